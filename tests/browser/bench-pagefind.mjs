// Benchmark (not a test): Pagefind on the same content, served over HTTP on 127.0.0.1 (it
// cannot run from file://). Usage: node bench-pagefind.mjs BASE_URL QUERIES_JSON — for
// each query in a fresh page: bytes transferred for pagefind.search(q) and the data of
// the first 8 results; then the median warm query time.
import { readFileSync } from "node:fs";
import { withPage, print } from "./browser.mjs";

const [base, queriesFile] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile, "utf8"));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
print(await withPage(async (page) => {
  let loaded = 0;
  page.on("response", async (response) => {
    if (response.url().includes("/pagefind/")) {
      try { loaded += (await response.body()).length; } catch { /* redirects have no body */ }
    }
  });
  const search = (q) => page.evaluate(async (query) => {
    const pagefind = await import("/pagefind/pagefind.js");
    const found = await pagefind.search(query);
    await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
    return found.results.length;
  }, q);
  const bytes = [];
  for (const query of queries.slice(0, 20)) {
    await page.goto(`${base}/index.html`);
    loaded = 0;
    await search(query);
    await page.waitForTimeout(100);
    bytes.push(loaded);
  }
  await page.goto(`${base}/index.html`);
  const times = await page.evaluate(async (qs) => {
    const pagefind = await import("/pagefind/pagefind.js");
    const out = [];
    for (const q of qs) {
      const first = await pagefind.search(q);
      await Promise.all(first.results.slice(0, 8).map((r) => r.data()));
      const started = performance.now();
      const found = await pagefind.search(q);
      await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
      out.push(performance.now() - started);
    }
    return out;
  }, queries);
  return { median_ms: median(times), median_first_query_bytes: median(bytes) };
}));
