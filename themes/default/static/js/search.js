// cairn offline search: reads the index pieces that search/<lang>/*.js assign to globals
// (plain <script>s, so they load from file:// too), decodes cairn's index format and ranks
// results as cairn's Rust reference does (src/search/query.rs). normalize()/tokenize() mirror
// src/search/normalize.rs rule by rule.
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
  var HEBREW_POINTS = [0x0591, 0x05bd, 0x05bf, 0x05bf, 0x05c1, 0x05c2, 0x05c4, 0x05c5, 0x05c7, 0x05c7];
  var JOINERS = [0x200c, 0x200d, 0x00ad, 0x00ad];
  var CJK = [0x1100, 0x11ff, 0x3040, 0x30ff, 0x3130, 0x318f, 0x31f0, 0x31ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff,
    0xac00, 0xd7af, 0xf900, 0xfaff, 0x20000, 0x2fa1f];
  var ARABIC_UNIFY = { 0x0622: 0x0627, 0x0623: 0x0627, 0x0625: 0x0627, 0x0671: 0x0627, 0x0649: 0x064a,
    0x06cc: 0x064a, 0x06a9: 0x0643, 0x0629: 0x0647 };
  var WORD = /[\p{Alphabetic}\p{M}\p{N}]/u;
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
      if (inRanges(cp, ARABIC_MARKS) || inRanges(cp, HEBREW_POINTS) || inRanges(cp, JOINERS)) continue;
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
  // search/<lang>/index.js holds counts, posts per page and the first term of each
  // vocabulary chunk; c<N>.js a run of terms and their postings; f<N>.js a run of posts
  // (docs/search.md gives the bytes). They load only as a query needs them.
  var FOLDED_SECTIONS = 3;
  var IN_TITLE = 1;

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
      byte: function () { return take(1)[0]; },
      leb: function () {
        var value = 0, scale = 1;
        for (;;) {
          var b = take(1)[0];
          value += (b & 0x7f) * scale;
          if ((b & 0x80) === 0) return value;
          scale *= 128;
        }
      },
      // A term's record: IDF, then postings [post, impact << 2 | field flags, first position].
      term: function (posts) {
        var k = this.leb(), idf = this.byte(), postings = [], id = 0;
        for (var j = 0; j < k; j++) {
          id += this.leb();
          if (id >= posts) throw new Error("a posting points past the posts");
          postings.push([id, this.byte(), this.leb()]);
        }
        return { idf: idf, postings: postings };
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

  // load(kind, n) resolves to the value of piece "manifest" | "chunk" n | "fragment" n (JSON)
  // or "stemmer" (a function word -> stem, for languages whose manifest names one).
  function Searcher(load) {
    this.load = load;
    this.chunks = {};
    this.fragments = {};
  }

  Searcher.prototype.open = function () {
    var self = this;
    return self.load("manifest").then(function (manifest) {
      var r = reader(decodeBase64(manifest.pages)), next = 0;
      self.manifest = manifest;
      self.pageStarts = [];
      while (!r.done()) { self.pageStarts.push(next); next += r.leb(); }
      if (next !== manifest.posts) throw new Error("the page list does not add up to the posts");
      self.pageOf = new Uint32Array(next);
      self.pageStarts.forEach(function (start, page) { self.pageOf.fill(page, start); });
      self.stem = function (word) { return word; };
      if (!manifest.stemmer) return self;
      return self.load("stemmer").then(function (stem) { self.stem = stem; return self; });
    });
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
        var records = terms.map(function () { return r.term(self.manifest.posts); });
        if (!r.done()) throw new Error("a vocabulary chunk is damaged");
        return { terms: terms, records: records };
      });
    }
    return self.chunks[n];
  };

  // The term's best match in each post: score, first position and (all matches') field
  // flags by post, and the posts it matches in the order first met; as the whole term or,
  // with prefix, as the start of longer terms, in vocabulary order.
  Searcher.prototype.matches = function (term, prefix) {
    var self = this, count = self.manifest.posts;
    var m = { score: new Float64Array(count), position: new Uint32Array(count), flags: new Uint8Array(count), ids: [] };
    function add(record, exact) {
      var postings = record.postings;
      for (var j = 0; j < postings.length; j++) {
        var p = postings[j], id = p[0], score = record.idf * (p[1] >> 2);
        if (!exact) score = Math.ceil(score / 2);
        if (m.flags[id] === 0 && m.score[id] === 0) m.ids.push(id);
        if (score > m.score[id]) { m.score[id] = score; m.position[id] = p[2]; }
        m.flags[id] |= (p[1] & 3) | 4;
      }
    }
    function from(n) {
      return self.chunk(n).then(function (chunk) {
        for (var i = lowerBound(chunk.terms, term); i < chunk.terms.length; i++) {
          var t = chunk.terms[i], exact = t === term;
          if (!exact && !(prefix && t.startsWith(term))) break;
          add(chunk.records[i], exact);
        }
        var next = self.manifest.chunks[n + 1];
        return prefix && next !== undefined && next.startsWith(term) ? from(n + 1) : m;
      });
    }
    if (prefix) {
      // An unfinished word can run past its stem (consentimient, indexed as consent): the
      // longest term of four characters or more that it starts with, in its chunk, matches too.
      var head = Array.from(term).slice(0, 4).join("");
      return self.chunk(self.chunkOf(term)).then(function (chunk) {
        for (var i = lowerBound(chunk.terms, term) - 1; i >= 0; i--) {
          var t = chunk.terms[i];
          if (Array.from(head).length < 4 || !t.startsWith(head)) break;
          if (term.startsWith(t)) { add(chunk.records[i], false); break; }
        }
        return from(self.chunkOf(term));
      });
    }
    return from(self.chunkOf(term));
  };

  Searcher.prototype.post = function (id) {
    var self = this, size = self.manifest.fragment_posts, n = Math.floor(id / size);
    if (!self.fragments[n]) {
      self.fragments[n] = self.load("fragment", n).then(function (value) {
        return value.map(function (post) {
          return { title: post[0], url: post[1], excerpt: post[2].e, lang: post[2].l, fallback: !!post[2].f };
        });
      });
    }
    return self.fragments[n].then(function (posts) { return posts[id % size]; });
  };

  // Resolves to up to limit hits {post, sections, more}, best first, ranked as
  // src/search/query.rs ranks (its module comment gives the rules).
  Searcher.prototype.search = function (query, limit) {
    var self = this, terms = tokenize(query).map(function (t) { return self.stem(t); });
    var prefix = terms.length > 0 && Array.from(terms[terms.length - 1]).length >= 3;
    return Promise.all(terms.map(function (term, i) {
      return self.matches(term, prefix && i + 1 === terms.length);
    })).then(function (perTerm) {
      var count = self.manifest.posts, scores = new Float64Array(count), title = new Uint8Array(count);
      var titleTerms = new Uint16Array(count), seen = new Uint8Array(count), ids = [];
      perTerm.forEach(function (m) {
        m.ids.forEach(function (id) {
          if (!seen[id]) { seen[id] = 1; ids.push(id); }
          scores[id] += m.score[id];
          title[id] |= m.flags[id] & IN_TITLE;
          if (m.flags[id] & IN_TITLE) titleTerms[id]++;
        });
      });
      for (var i = 0; i + 1 < perTerm.length; i++) {
        var m = perTerm[i], other = perTerm[i + 1];
        m.ids.forEach(function (id) {
          if (!other.flags[id]) return;
          var gap = other.position[id] - m.position[id], least = Math.min(m.score[id], other.score[id]);
          scores[id] += gap === 1 ? least : (gap !== 0 && Math.abs(gap) <= 3 ? Math.floor(least / 4) : 0);
        });
      }
      var groups = new Map(), starts = self.pageStarts, pageOf = self.pageOf, wholeTitle = new Set();
      ids.sort(function (a, b) { return a - b; }).forEach(function (id) {
        var page = pageOf[id];
        if (!groups.has(page)) groups.set(page, []);
        groups.get(page).push([id, scores[id], title[id] !== 0]);
        if (titleTerms[id] === perTerm.length) wholeTitle.add(page);
      });
      var ranked = [];
      groups.forEach(function (posts, page) {
        var intro = starts[page];
        var first = function (p) { return p[0] === intro && p[2] ? 0 : 1; };
        posts.sort(function (a, b) { return first(a) - first(b) || b[1] - a[1] || a[0] - b[0]; });
        ranked.push([Math.max.apply(null, posts.map(function (p) { return p[1]; })), page, posts, wholeTitle.has(page) ? 1 : 0]);
      });
      ranked.sort(function (a, b) { return b[3] - a[3] || b[0] - a[0] || a[1] - b[1]; });
      return Promise.all(ranked.slice(0, limit).map(function (group) {
        var posts = group[2];
        return Promise.all(posts.slice(0, 1 + FOLDED_SECTIONS).map(function (p) { return self.post(p[0]); }))
          .then(function (shown) {
            return { post: shown[0], sections: shown.slice(1), more: Math.max(posts.length - 1 - FOLDED_SECTIONS, 0) };
          });
      }));
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

  var GLOBALS = { manifest: "cairnSearchIndex", chunk: "cairnSearchChunks", fragment: "cairnSearchFragments",
    stemmer: "cairnSearchStemmers" };
  var FILES = { manifest: "index.js", stemmer: "stem.js" };
  var base = form.getAttribute("data-index").replace(/index\.js$/, "");

  // Loads a piece with a <script> tag (fetch is blocked on file://).
  function loadPiece(kind, n) {
    var key = FILES[kind] ? lang : lang + "/" + n;
    var file = FILES[kind] || (kind === "chunk" ? "c" : "f") + n + ".js";
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

  function plural(key, count) {
    var forms = strings[key];
    var category = typeof Intl !== "undefined" && Intl.PluralRules ? new Intl.PluralRules(lang).select(count) : "other";
    return (forms[category] || forms.other).replace("{count}", count);
  }

  // Excerpt with the words that match the query (after normalization and stemming) in <mark>.
  function highlighted(text, terms, stem) {
    var fragment = document.createDocumentFragment();
    text.split(/([^\p{Alphabetic}\p{M}\p{N}]+)/u).forEach(function (part) {
      var words = tokenize(part).map(stem);
      var hit = words.length > 0 && words.some(function (w) {
        return terms.some(function (t) { return w === t || (Array.from(t).length >= 3 && w.startsWith(t)) || w.indexOf(t) >= 0 && isCjk(t[0]); });
      });
      if (hit) { var mark = document.createElement("mark"); mark.textContent = part; fragment.appendChild(mark); }
      else fragment.appendChild(document.createTextNode(part));
    });
    return fragment;
  }

  // A result's list item; a section folded under its page's first result is indented.
  function item(post, terms, stem, id, folded) {
    var li = document.createElement("li");
    if (id) { li.id = id; li.setAttribute("role", "option"); }
    if (folded) li.className = "folded";
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
    p.appendChild(highlighted(post.excerpt, terms, stem));
    li.appendChild(p);
    return li;
  }

  // Each hit, then the sections folded under it, then how many more of its page match.
  // stem is the language's stemmer (the index's), so highlighting matches what search matched.
  function show(hits, query, target, withIds, stem) {
    var terms = tokenize(query).map(stem), n = 0;
    target.textContent = "";
    hits.forEach(function (hit) {
      [hit.post].concat(hit.sections).forEach(function (post, i) {
        target.appendChild(item(post, terms, stem, withIds ? "cairn-result-" + n++ : null, i > 0));
      });
      if (hit.more > 0) {
        var li = document.createElement("li");
        li.className = "folded more";
        if (withIds) li.setAttribute("role", "presentation");
        li.textContent = plural("more", hit.more);
        target.appendChild(li);
      }
    });
    status.textContent = query ? (hits.length ? plural("results", hits.length) : strings.none) : "";
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
        show(results, query, list, true, index.stem);
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
      .then(function (index) {
        return (query ? index.search(query, 50) : Promise.resolve([])).then(function (results) {
          show(results, query, target, false, index.stem);
        });
      })
      .catch(function (error) { status.textContent = strings.unavailable; console.error(error); });
  }

  if (page) {
    var query = new URLSearchParams(location.search).get("q") || "";
    input.value = query;
    runPage(query);
  }
})();
