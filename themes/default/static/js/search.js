// cairn offline search: reads the index that search/index.<lang>.js assigns to
// window.cairnSearchIndex (a plain <script>, so it loads from file:// too), decodes
// tinysearch's exact storage format and ranks results as cairn's Rust reference does
// (src/search/query.rs). normalize()/tokenize() mirror src/search/normalize.rs rule by rule.
(function () {
  "use strict";

  // ---- Normalization (twin of src/search/normalize.rs) ----
  function inRanges(cp, ranges) {
    for (var i = 0; i < ranges.length; i += 2) {
      if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
    }
    return false;
  }
  var LATIN_DIACRITICS = [0x0300, 0x036f, 0x1ab0, 0x1aff, 0x1dc0, 0x1dff, 0x20d0, 0x20ff, 0xfe20, 0xfe2f];
  var ARABIC_MARKS = [0x0610, 0x061a, 0x064b, 0x065f, 0x0670, 0x0670, 0x06d6, 0x06ed, 0x0640, 0x0640];
  var JOINERS = [0x200c, 0x200d, 0x00ad, 0x00ad];
  var CJK = [0x1100, 0x11ff, 0x3040, 0x30ff, 0x3130, 0x318f, 0x31f0, 0x31ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff,
    0xac00, 0xd7af, 0xf900, 0xfaff, 0x20000, 0x2fa1f];
  var ARABIC_UNIFY = { 0x0622: 0x0627, 0x0623: 0x0627, 0x0625: 0x0627, 0x0671: 0x0627, 0x0649: 0x064a,
    0x06cc: 0x064a, 0x06a9: 0x0643, 0x0629: 0x0647 };
  var WORD = /[\p{Alphabetic}\p{N}]/u;
  var NUMERIC = /\p{N}/u;

  function isCjk(ch) { return inRanges(ch.codePointAt(0), CJK); }

  function normalize(text) {
    var out = "";
    for (var ch of text.toLowerCase().normalize("NFKD")) {
      if (!inRanges(ch.codePointAt(0), LATIN_DIACRITICS)) out += ch;
    }
    var result = "";
    for (var c of out.normalize("NFC")) {
      var cp = c.codePointAt(0);
      if (inRanges(cp, ARABIC_MARKS) || inRanges(cp, JOINERS)) continue;
      result += ARABIC_UNIFY[cp] ? String.fromCodePoint(ARABIC_UNIFY[cp]) : c;
    }
    return result;
  }

  function tokenize(text) {
    var terms = [];
    var words = [];
    var word = [];
    for (var ch of normalize(text)) {
      if (WORD.test(ch)) { word.push(ch); } else if (word.length) { words.push(word); word = []; }
    }
    if (word.length) words.push(word);
    words.forEach(function (chars) {
      var start = 0;
      while (start < chars.length) {
        var cjk = isCjk(chars[start]);
        var end = start;
        while (end < chars.length && isCjk(chars[end]) === cjk) end++;
        var run = chars.slice(start, end);
        if (cjk && run.length > 1) {
          for (var i = 0; i + 1 < run.length; i++) terms.push(run[i] + run[i + 1]);
        } else if (cjk || run.length > 1 || NUMERIC.test(run[0])) {
          terms.push(run.join(""));
        }
        start = end;
      }
    });
    return terms;
  }

  // ---- Decoding tinysearch's exact storage format ----
  function decode(bytes) {
    var at = 0;
    var utf8 = new TextDecoder("utf-8", { fatal: true });
    function take(n) {
      if (at + n > bytes.length) throw new Error("the search index ends too early");
      var slice = bytes.subarray(at, at + n);
      at += n;
      return slice;
    }
    function leb() {
      var value = 0, scale = 1;
      for (;;) {
        var b = take(1)[0];
        value += (b & 0x7f) * scale;
        if ((b & 0x80) === 0) return value;
        scale *= 128;
      }
    }
    function varint() {
      var first = take(1)[0];
      if (first <= 250) return first;
      var size = { 251: 2, 252: 4, 253: 8 }[first];
      if (!size) throw new Error("unsupported number size in the search index");
      var b = take(size), value = 0;
      for (var i = size - 1; i >= 0; i--) value = value * 256 + b[i];
      return value;
    }
    function string() { return utf8.decode(take(varint())); }
    var magic = utf8.decode(take(11));
    if (magic !== "tinysearch\u0002") throw new Error("not a cairn search index");
    leb();
    var count = varint();
    var posts = [];
    for (var p = 0; p < count; p++) {
      var title = string(), url = string(), meta = JSON.parse(string());
      posts.push({ title: title, url: url, excerpt: meta.e, lang: meta.l, fallback: !!meta.f, titleTerms: tokenize(title) });
    }
    var termCount = leb();
    var vocab = utf8.decode(take(leb()));
    var terms = vocab.length ? vocab.slice(0, -1).split("\n") : [];
    if (terms.length !== termCount) throw new Error("the search index vocabulary is damaged");
    var postings = [];
    for (var t = 0; t < termCount; t++) {
      var k = leb(), ids = [], previous = 0;
      for (var j = 0; j < k; j++) { previous = j === 0 ? leb() : previous + leb(); ids.push(previous); }
      postings.push(ids);
    }
    return { posts: posts, terms: terms, postings: postings };
  }

  // Code-point order, as Rust compares strings (UTF-16 order differs for astral characters).
  function compare(a, b) {
    var ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
    for (;;) {
      var x = ia.next(), y = ib.next();
      if (x.done || y.done) return (x.done ? 0 : 1) - (y.done ? 0 : 1);
      var d = x.value.codePointAt(0) - y.value.codePointAt(0);
      if (d !== 0) return d;
    }
  }

  function search(index, query, limit) {
    var scores = new Array(index.posts.length).fill(0);
    tokenize(query).forEach(function (term) {
      var prefix = Array.from(term).length >= 3;
      index.posts.forEach(function (post, d) {
        if (post.titleTerms.indexOf(term) >= 0) scores[d] += 3;
        else if (prefix && post.titleTerms.some(function (t) { return t.startsWith(term); })) scores[d] += 2;
      });
      var lo = 0, hi = index.terms.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (compare(index.terms[mid], term) < 0) lo = mid + 1; else hi = mid;
      }
      var matched = new Uint8Array(index.posts.length);
      for (var i = lo; i < index.terms.length; i++) {
        var t = index.terms[i];
        if (prefix ? !t.startsWith(term) : t !== term) break;
        index.postings[i].forEach(function (id) { matched[id] = 1; });
      }
      matched.forEach(function (hit, d) { scores[d] += hit; });
    });
    var ranked = [];
    scores.forEach(function (score, d) { if (score > 0) ranked.push([score, d]); });
    ranked.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    return ranked.slice(0, limit).map(function (r) { return index.posts[r[1]]; });
  }

  function decodeBase64(text) {
    var binary = atob(text), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  var api = { normalize: normalize, tokenize: tokenize, decode: decode, search: search, decodeBase64: decodeBase64 };
  if (typeof module !== "undefined" && module.exports) { module.exports = api; return; }
  window.cairnSearch = api;

  // ---- The search box and results page ----
  var form = document.querySelector("form[data-search]");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var list = document.getElementById("cairn-search-results");
  var status = document.getElementById("cairn-search-status");
  var lang = form.getAttribute("data-lang");
  var root = form.getAttribute("data-root");
  var strings = JSON.parse(form.getAttribute("data-strings"));
  var page = document.querySelector("[data-search-page]");
  var loaded = null;
  var active = -1;
  form.hidden = false;

  function load() {
    if (loaded) return loaded;
    loaded = new Promise(function (resolve, reject) {
      var ready = function () {
        try { resolve(decode(decodeBase64(window.cairnSearchIndex[lang]))); } catch (e) { reject(e); }
      };
      if (window.cairnSearchIndex && window.cairnSearchIndex[lang]) { ready(); return; }
      var script = document.createElement("script");
      script.src = form.getAttribute("data-index");
      script.onload = ready;
      script.onerror = function () { reject(new Error("search index missing")); };
      document.head.appendChild(script);
    });
    return loaded;
  }

  function href(url) {
    var hash = url.indexOf("#");
    var path = hash < 0 ? url : url.slice(0, hash);
    var anchor = hash < 0 ? "" : url.slice(hash);
    // file:// does not open index.html for a folder.
    if (location.protocol === "file:" && (path === "" || path.slice(-1) === "/")) path += "index.html";
    return root + path + anchor;
  }

  function plural(count) {
    var forms = strings.results;
    var category = typeof Intl !== "undefined" && Intl.PluralRules ? new Intl.PluralRules(lang).select(count) : "other";
    return (forms[category] || forms.other).replace("{count}", count);
  }

  // Excerpt with the words that match the query (after normalization) in <mark>.
  function highlighted(text, terms) {
    var fragment = document.createDocumentFragment();
    text.split(/([^\p{Alphabetic}\p{N}]+)/u).forEach(function (part) {
      var words = tokenize(part);
      var hit = words.length > 0 && words.some(function (w) {
        return terms.some(function (t) { return w === t || (Array.from(t).length >= 3 && w.startsWith(t)) || w.indexOf(t) >= 0 && isCjk(t[0]); });
      });
      if (hit) { var mark = document.createElement("mark"); mark.textContent = part; fragment.appendChild(mark); }
      else fragment.appendChild(document.createTextNode(part));
    });
    return fragment;
  }

  function item(post, terms, id) {
    var li = document.createElement("li");
    if (id) { li.id = id; li.setAttribute("role", "option"); }
    var a = document.createElement("a");
    a.href = href(post.url);
    a.textContent = post.title;
    a.setAttribute("lang", post.lang);
    li.appendChild(a);
    if (post.fallback) {
      var badge = document.createElement("span");
      badge.className = "badge untranslated";
      badge.textContent = strings.untranslated;
      li.appendChild(badge);
    }
    var p = document.createElement("p");
    p.setAttribute("lang", post.lang);
    p.appendChild(highlighted(post.excerpt, terms));
    li.appendChild(p);
    return li;
  }

  function show(results, query, target, withIds) {
    var terms = tokenize(query);
    target.textContent = "";
    results.forEach(function (post, i) { target.appendChild(item(post, terms, withIds ? "cairn-result-" + i : null)); });
    status.textContent = query ? (results.length ? plural(results.length) : strings.none) : "";
  }

  function setActive(index) {
    var options = list.querySelectorAll("[role=option]");
    if (!options.length) return;
    active = (index + options.length) % options.length;
    options.forEach(function (o, i) { o.setAttribute("aria-selected", i === active ? "true" : "false"); });
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function update() {
    var query = input.value.trim();
    load().then(function (index) {
      if (input.value.trim() !== query) return;
      if (!query) { list.textContent = ""; status.textContent = ""; close(); return; }
      show(search(index, query, 8), query, list, true);
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }, function (error) { status.textContent = strings.unavailable; console.error(error); });
  }

  input.addEventListener("focus", load, { once: true });
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); if (list.hidden) update(); setActive(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); setActive(active - 1); }
    else if (event.key === "Escape") { if (list.hidden) input.value = ""; close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      var link = list.querySelectorAll("[role=option] a")[active];
      if (link) link.click();
    }
  });
  document.addEventListener("click", function (event) { if (!form.contains(event.target)) close(); });
  form.addEventListener("submit", function (event) {
    if (page) { event.preventDefault(); runPage(input.value.trim()); close(); }
    else if (location.protocol === "file:") {
      // Keep the query across the page change: file:// keeps query strings, but the form
      // action is a folder that file:// cannot open by itself.
      event.preventDefault();
      location.href = href(form.getAttribute("data-page")) + "?q=" + encodeURIComponent(input.value.trim());
    }
  });

  function runPage(query) {
    var target = page.querySelector("ol");
    load().then(function (index) { show(query ? search(index, query, 50) : [], query, target, false); });
  }

  if (page) {
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    runPage(query);
  }
})();
