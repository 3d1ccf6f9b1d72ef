// Usage: node query.mjs SEARCH_DIR LANG LIMIT QUERY... — runs the theme's search.js reader
// (no browser) on a built site's search/<lang>/ pieces and prints, per query, the ranked
// result URLs; also the median time per query and the median bytes of the pieces one query
// loads when it is the first (a fresh reader each time).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";

const require = createRequire(import.meta.url);
const { Searcher } = require("../../themes/default/static/js/search.js");
const [dir, lang, limit, ...queries] = process.argv.slice(2);
const globals = { manifest: "cairnSearchIndex", chunk: "cairnSearchChunks", fragment: "cairnSearchFragments" };
let bytesLoaded = 0;
function load(kind, n) {
  const file = `${dir}/${lang}/` + (kind === "manifest" ? "index.js" : (kind === "chunk" ? "c" : "f") + n + ".js");
  const text = readFileSync(file, "utf8");
  bytesLoaded += Buffer.byteLength(text);
  const sandbox = { window: {} };
  vm.runInNewContext(text, sandbox);
  return Promise.resolve(sandbox.window[globals[kind]][kind === "manifest" ? lang : `${lang}/${n}`]);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const results = [];
const bytes = [];
const times = [];
for (const query of queries) {
  bytesLoaded = 0;
  const searcher = await new Searcher(load).open();
  results.push((await searcher.search(query, Number(limit))).map((p) => p.url));
  bytes.push(bytesLoaded);
  const started = process.hrtime.bigint();
  await searcher.search(query, Number(limit));
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
process.stdout.write(JSON.stringify({ results, median_first_query_bytes: median(bytes), median_ms: median(times) }) + "\n");
