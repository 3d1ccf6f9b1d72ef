// Live reload for `cairn serve`, added to pages only while serving (never in a build):
// reloads the page when its file changed (keeping the scroll position), swaps stylesheets
// when only CSS changed, and shows a failed build over the page until it is fixed.
(function () {
  "use strict";
  var scrollKey = "cairn-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    var restore = function () { window.scrollTo(0, Number(saved)); };
    if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
  }

  // The output file this page was served from.
  function ownFile() {
    var path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
    return path === "" || path.endsWith("/") ? path + "index.html" : path;
  }

  function reload() {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    location.reload();
  }

  function swapStylesheets() {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("cairn-reload", String(Date.now()));
      var fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener("load", function () { link.remove(); });
      link.after(fresh);
    });
  }

  var overlayId = "cairn-build-error";

  function hideFailure() {
    var old = document.getElementById(overlayId);
    if (old) old.remove();
  }

  function line(text, css) {
    var div = document.createElement("div");
    div.textContent = text;
    div.style.cssText = css || "";
    return div;
  }

  function showFailure(problems) {
    hideFailure();
    var box = document.createElement("div");
    box.id = overlayId;
    box.setAttribute("role", "alert");
    box.dir = "ltr";
    box.lang = "en";
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;" +
      "background:rgba(24,24,24,.95);color:#fff;font:15px/1.5 ui-monospace,monospace;text-align:left";
    box.appendChild(line("cairn: the build failed. The last good version is still served; " +
      "fix the file and this page updates by itself.", "font-weight:bold;margin-bottom:1em"));
    problems.forEach(function (p) {
      var where = p.file ? p.file + (p.line ? ":" + p.line : "") : "";
      var item = document.createElement("div");
      item.className = "cairn-build-error-item";
      item.style.cssText = "border-left:4px solid #e55;padding-left:1em;margin-bottom:1em;white-space:pre-wrap";
      if (where) item.appendChild(line(where, "color:#fc6"));
      item.appendChild(line(p.severity + ": " + p.message));
      if (p.hint) item.appendChild(line("hint: " + p.hint, "color:#aaa"));
      box.appendChild(item);
    });
    (document.body || document.documentElement).appendChild(box);
  }

  var events = new EventSource("/__cairn/events");
  events.addEventListener("open", function () {
    document.documentElement.setAttribute("data-cairn-live", "connected");
  });
  events.addEventListener("changed", function (e) {
    var own = ownFile();
    var stylesheets = false;
    var page = false;
    JSON.parse(e.data).forEach(function (path) {
      if (path.endsWith(".css")) stylesheets = true;
      else if (path === own || !(path.endsWith(".html") || path.startsWith("search/"))) page = true;
    });
    if (page) reload(); else if (stylesheets) swapStylesheets();
  });
  events.addEventListener("failed", function (e) { showFailure(JSON.parse(e.data)); });
  events.addEventListener("fixed", hideFailure);
})();
