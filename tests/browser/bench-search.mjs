// Benchmark (not a test): query times and loaded bytes of cairn's search in Chromium.
// Usage: node bench-search.mjs PAGE_URL QUERIES_JSON — opens PAGE_URL (file://), runs each
// query through the page's search once cold (fresh page: measures the bytes of the index
// pieces it loaded) and once warm (median time over all queries).
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withPage, print } from "./browser.mjs";

const [url, queriesFile] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile, "utf8"));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
print(await withPage(async (page) => {
  const bytes = [];
  for (const query of queries.slice(0, 20)) {
    await page.goto(url);
    await page.evaluate((q) => window.cairnSearch.query(q, 8), query);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src).filter((src) => src.includes("/search/")));
    bytes.push(scripts.reduce((sum, src) => sum + statSync(fileURLToPath(src)).size, 0));
  }
  await page.goto(url);
  const times = await page.evaluate(async (qs) => {
    const out = [];
    for (const q of qs) {
      await window.cairnSearch.query(q, 8);
      const started = performance.now();
      await window.cairnSearch.query(q, 8);
      out.push(performance.now() - started);
    }
    return out;
  }, queries);
  return { median_ms: median(times), median_first_query_bytes: median(bytes) };
}));
