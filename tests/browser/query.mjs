// Usage: node query.mjs SEARCH_DIR LANG LIMIT QUERY... — runs the theme's search.js reader
// (no browser) on a built site's search/<lang>/ pieces and prints, per query, the ranked
// result URLs (each hit's, then its folded sections', then "+N" when N more are folded); also the median time per query and the median bytes of the pieces one query
// loads when it is the first (a fresh reader each time).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";

const require = createRequire(import.meta.url);
const { Searcher } = require("../../themes/default/static/js/search.js");
const [dir, lang, limit, ...queries] = process.argv.slice(2);
const globals = { manifest: "cairnSearchIndex", chunk: "cairnSearchChunks", fragment: "cairnSearchFragments", stemmer: "cairnSearchStemmers" };
const files = { manifest: "index.js", stemmer: "stem.js" };
let bytesLoaded = 0;
function load(kind, n) {
  const file = `${dir}/${lang}/` + (files[kind] || (kind === "chunk" ? "c" : "f") + n + ".js");
  const text = readFileSync(file, "utf8");
  bytesLoaded += Buffer.byteLength(text);
  const sandbox = { window: {} };
  vm.runInNewContext(text, sandbox);
  return Promise.resolve(sandbox.window[globals[kind]][files[kind] ? lang : `${lang}/${n}`]);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const results = [];
const bytes = [];
const times = [];
for (const query of queries) {
  bytesLoaded = 0;
  const searcher = await new Searcher(load).open();
  const hits = await searcher.search(query, Number(limit));
  results.push(hits.flatMap((h) => [h.post, ...h.sections].map((p) => p.url).concat(h.more ? [`+${h.more}`] : [])));
  bytes.push(bytesLoaded);
  const started = process.hrtime.bigint();
  await searcher.search(query, Number(limit));
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
process.stdout.write(JSON.stringify({ results, median_first_query_bytes: median(bytes), median_ms: median(times) }) + "\n");
