// Usage: node query.mjs SEARCH_DIR LANG LIMIT QUERY... — runs the theme's search.js reader
// (no browser) on a built site's search/<lang>/ pieces and prints, per query, the ranked
// result URLs, the bytes of the pieces the first query loaded, and the time per query.
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

const results = [];
let firstQueryBytes = 0;
const times = [];
for (const [i, query] of queries.entries()) {
  const searcher = await new Searcher(load).open();
  const started = process.hrtime.bigint();
  results.push((await searcher.search(query, Number(limit))).map((p) => p.url));
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
  if (i === 0) firstQueryBytes = bytesLoaded;
}
times.sort((a, b) => a - b);
const median_ms = times.length ? times[Math.floor(times.length / 2)] : 0;
process.stdout.write(JSON.stringify({ results, first_query_bytes: firstQueryBytes, median_ms }) + "\n");
