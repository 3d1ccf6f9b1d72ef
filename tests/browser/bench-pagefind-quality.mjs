// Benchmark (not a test): Pagefind's ranking for search-quality figures. Usage:
// node bench-pagefind-quality.mjs BASE_URL QUERIES_JSON — QUERIES_JSON maps a page path
// (whose <html lang> picks Pagefind's index) to queries; prints, per page path, each query's
// first 10 result URLs.
import { readFileSync } from "node:fs";
import { withPage, print } from "./browser.mjs";

const [base, queriesFile] = process.argv.slice(2);
const byPage = JSON.parse(readFileSync(queriesFile, "utf8"));
print(await withPage(async (page) => {
  const results = {};
  for (const [path, queries] of Object.entries(byPage)) {
    await page.goto(`${base}/${path}`);
    results[path] = await page.evaluate(async (qs) => {
      const pagefind = await import("/pagefind/pagefind.js");
      const out = [];
      for (const q of qs) {
        const found = await pagefind.search(q);
        out.push(await Promise.all(found.results.slice(0, 10).map(async (r) => (await r.data()).url)));
      }
      return out;
    }, queries);
  }
  return { results };
}));
