// Usage: node audit.mjs DIR PATH... — serves DIR over HTTP (404 pages use root-absolute
// links, which file:// cannot follow) and runs axe-core's WCAG 2.2 A and AA rules on every
// PATH at 1280 and 320 px in one browser (each page loaded once, then narrowed), and
// measures horizontal overflow at 320 px.
// Prints the violations and the overflowing pages (both empty when all is well). The
// pages' CSP forbids injected scripts, so the audit context bypasses it.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join, normalize } from "node:path";
import { withPage, print } from "./browser.mjs";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json" };
const [dir, ...paths] = process.argv.slice(2);

const server = createServer(async (req, res) => {
  let path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  if (path.endsWith("/")) path += "index.html";
  try {
    const body = await readFile(join(dir, path));
    res.writeHead(200, { "content-type": TYPES[extname(path)] || "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${server.address().port}/`;

try {
  print(await withPage(async (page) => {
    // Injected into every document as it loads: once per page, not once per width.
    await page.context().addInitScript({ path: axePath });
    const violations = [];
    const overflowing = [];
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(base + path);
      // The narrow width is the same page resized, as a reader turning a phone sees it.
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        const found = await page.evaluate(async (tags) => {
          const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
          return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
        }, TAGS);
        for (const v of found) violations.push({ path, width, ...v });
        if (width === 320) {
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > 320) overflowing.push({ path, scrollWidth });
        }
      }
    }
    return { violations, overflowing, audited: paths.length * 2 };
  }, { bypassCSP: true }));
} finally {
  server.close();
}
