// Usage: node query.mjs INDEX_JS LIMIT QUERY... — runs the theme's search.js reader on a
// built index file (no browser) and prints, per query, the ranked result URLs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";

const require = createRequire(import.meta.url);
const search = require("../../themes/default/static/js/search.js");
const [indexFile, limit, ...queries] = process.argv.slice(2);
const sandbox = { window: {} };
vm.runInNewContext(readFileSync(indexFile, "utf8"), sandbox);
const encoded = Object.values(sandbox.window.cairnSearchIndex)[0];
const index = search.decode(search.decodeBase64(encoded));
const started = process.hrtime.bigint();
const results = queries.map((q) => search.search(index, q, Number(limit)).map((p) => p.url));
const micros = Number(process.hrtime.bigint() - started) / 1000 / Math.max(queries.length, 1);
process.stdout.write(JSON.stringify({ results, micros_per_query: micros }) + "\n");
