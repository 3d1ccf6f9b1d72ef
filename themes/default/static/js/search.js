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

  // ---- Reading the index pieces (twin of src/search/query.rs) ----
  // search/<lang>/index.js holds counts and the first term of each vocabulary chunk;
  // c<N>.js a run of terms and their postings; f<N>.js a run of posts. Cut from tinysearch's
  // exact storage bytes at record boundaries, they load only as a query needs them.
  var TITLE_MARK = "\u0001";
  var utf8 = new TextDecoder("utf-8", { fatal: true });

  function decodeBase64(text) {
    var binary = atob(text), bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function reader(bytes) {
    var at = 0;
    function take(n) {
      if (at + n > bytes.length) throw new Error("the search index ends too early");
      var slice = bytes.subarray(at, at + n);
      at += n;
      return slice;
    }
    return {
      done: function () { return at >= bytes.length; },
      leb: function () {
        var value = 0, scale = 1;
        for (;;) {
          var b = take(1)[0];
          value += (b & 0x7f) * scale;
          if ((b & 0x80) === 0) return value;
          scale *= 128;
        }
      },
      varint: function () {
        var first = take(1)[0];
        if (first <= 250) return first;
        var size = { 251: 2, 252: 4, 253: 8 }[first];
        if (!size) throw new Error("unsupported number size in the search index");
        var b = take(size), value = 0;
        for (var i = size - 1; i >= 0; i--) value = value * 256 + b[i];
        return value;
      },
      string: function () { return utf8.decode(take(this.varint())); },
      postings: function () {
        var k = this.leb(), ids = [], previous = 0;
        for (var j = 0; j < k; j++) { previous = j === 0 ? this.leb() : previous + this.leb(); ids.push(previous); }
        return ids;
      },
    };
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

  function lowerBound(list, value) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (compare(list[mid], value) < 0) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // load(kind, n) resolves to the JSON value of piece "manifest" | "chunk" n | "fragment" n.
  function Searcher(load) {
    this.load = load;
    this.chunks = {};
    this.fragments = {};
  }

  Searcher.prototype.open = function () {
    var self = this;
    return self.load("manifest").then(function (manifest) { self.manifest = manifest; return self; });
  };

  Searcher.prototype.chunkOf = function (term) {
    var starts = this.manifest.chunks, lo = 0, hi = starts.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (compare(starts[mid], term) <= 0) lo = mid + 1; else hi = mid;
    }
    return Math.max(lo - 1, 0);
  };

  Searcher.prototype.chunk = function (n) {
    var self = this;
    if (!self.chunks[n]) {
      self.chunks[n] = self.load("chunk", n).then(function (value) {
        var terms = value[0].split("\n"), r = reader(decodeBase64(value[1]));
        return { terms: terms, postings: terms.map(function () { return r.postings(); }) };
      });
    }
    return self.chunks[n];
  };

  // Posts listed under term exactly, or under every term starting with it.
  Searcher.prototype.matching = function (term, prefix) {
    var self = this, ids = [];
    function from(n) {
      return self.chunk(n).then(function (chunk) {
        for (var i = lowerBound(chunk.terms, term); i < chunk.terms.length; i++) {
          var t = chunk.terms[i];
          if (prefix ? !t.startsWith(term) : t !== term) break;
          Array.prototype.push.apply(ids, chunk.postings[i]);
        }
        var next = self.manifest.chunks[n + 1];
        return prefix && next !== undefined && next.startsWith(term) ? from(n + 1) : ids;
      });
    }
    return from(self.chunkOf(term));
  };

  Searcher.prototype.post = function (id) {
    var self = this, size = self.manifest.fragment_posts, n = Math.floor(id / size);
    if (!self.fragments[n]) {
      self.fragments[n] = self.load("fragment", n).then(function (value) {
        var r = reader(decodeBase64(value)), posts = [];
        while (!r.done()) {
          var title = r.string(), url = r.string(), meta = JSON.parse(r.string());
          posts.push({ title: title, url: url, excerpt: meta.e, lang: meta.l, fallback: !!meta.f });
        }
        return posts;
      });
    }
    return self.fragments[n].then(function (posts) { return posts[id % size]; });
  };

  Searcher.prototype.search = function (query, limit) {
    var self = this, count = self.manifest.posts, scores = new Array(count).fill(0);
    var steps = tokenize(query).map(function (term) {
      var prefix = Array.from(term).length >= 3, marked = TITLE_MARK + term;
      return Promise.all([
        prefix ? self.matching(marked, true) : Promise.resolve([]),
        self.matching(marked, false),
        self.matching(term, prefix),
      ]);
    });
    return Promise.all(steps).then(function (perTerm) {
      perTerm.forEach(function (lists) {
        var title = new Uint8Array(count), body = new Uint8Array(count);
        lists[0].forEach(function (id) { title[id] = 2; });
        lists[1].forEach(function (id) { title[id] = 3; });
        lists[2].forEach(function (id) { body[id] = 1; });
        for (var d = 0; d < count; d++) scores[d] += title[d] + body[d];
      });
      var ranked = [];
      scores.forEach(function (score, d) { if (score > 0) ranked.push([score, d]); });
      ranked.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
      return Promise.all(ranked.slice(0, limit).map(function (r) { return self.post(r[1]); }));
    });
  };

  var api = { normalize: normalize, tokenize: tokenize, Searcher: Searcher };
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

  var GLOBALS = { manifest: "cairnSearchIndex", chunk: "cairnSearchChunks", fragment: "cairnSearchFragments" };
  var base = form.getAttribute("data-index").replace(/index\.js$/, "");

  // Loads a piece with a <script> tag (fetch is blocked on file://).
  function loadPiece(kind, n) {
    var key = kind === "manifest" ? lang : lang + "/" + n;
    var file = kind === "manifest" ? "index.js" : (kind === "chunk" ? "c" : "f") + n + ".js";
    return new Promise(function (resolve, reject) {
      var slot = function () { return (window[GLOBALS[kind]] || {})[key]; };
      if (slot() !== undefined) { resolve(slot()); return; }
      var script = document.createElement("script");
      script.src = base + file;
      script.onload = function () { slot() === undefined ? reject(new Error("empty search piece " + file)) : resolve(slot()); };
      script.onerror = function () { reject(new Error("search index piece missing: " + file)); };
      document.head.appendChild(script);
    });
  }

  function load() {
    if (!loaded) loaded = new Searcher(loadPiece).open();
    return loaded;
  }
  api.query = function (query, limit) { return load().then(function (s) { return s.search(query, limit); }); };

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
    // A title or excerpt may run in the other direction than the page: isolate it.
    a.dir = "auto";
    li.appendChild(a);
    if (post.fallback) {
      var badge = document.createElement("span");
      badge.className = "badge untranslated";
      badge.textContent = strings.untranslated;
      li.appendChild(badge);
    }
    var p = document.createElement("p");
    p.setAttribute("lang", post.lang);
    p.dir = "auto";
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
      return index.search(query, 8).then(function (results) {
        if (input.value.trim() !== query) return;
        show(results, query, list, true);
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        active = -1;
      });
    }).catch(function (error) { status.textContent = strings.unavailable; console.error(error); });
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
    load()
      .then(function (index) { return query ? index.search(query, 50) : []; })
      .then(function (results) { show(results, query, target, false); })
      .catch(function (error) { status.textContent = strings.unavailable; console.error(error); });
  }

  if (page) {
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    runPage(query);
  }
})();
