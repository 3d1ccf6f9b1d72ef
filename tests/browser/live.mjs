// Usage: node live.mjs URL PAGE_FILE CSS_FILE — live reload in Chromium against a running
// `cairn serve`: edits PAGE_FILE (the Markdown behind URL) and checks the open page reloads
// by itself at the same scroll position; breaks the file and checks the error overlay, fixes
// it and checks the overlay goes; writes CSS_FILE (the site's stylesheet override) and
// checks the stylesheet is swapped without a reload.
import { readFileSync, writeFileSync } from "node:fs";
import { withPage, print } from "./browser.mjs";

const [url, pageFile, cssFile] = process.argv.slice(2);
const original = readFileSync(pageFile, "utf8");
const wait = { timeout: 30000 };
// Predicates run while a page reloads too, when the new document may have no body yet.
const connected = () => document.documentElement?.getAttribute("data-cairn-live") === "connected";

print(await withPage(async (page) => {
  const result = {};
  await page.goto(url);
  await page.waitForFunction(connected, null, wait);
  await page.evaluate(() => { window.scrollTo(0, 1500); window.cairnMarker = 1; });

  writeFileSync(pageFile, original + "\nEdited by the browser test.\n");
  await page.waitForFunction(() => document.body?.innerText.includes("Edited by the browser test"), null, wait);
  await page.waitForFunction(connected, null, wait);
  result.reloaded = await page.evaluate(() => window.cairnMarker === undefined);
  result.scrollKept = await page
    .waitForFunction(() => Math.abs(window.scrollY - 1500) < 5, null, { timeout: 5000 })
    .then(() => true, async () => `scrollY ${await page.evaluate(() => window.scrollY)}`);

  writeFileSync(pageFile, original.replace("+++\n", "+++\nweight = \"heavy\"\n"));
  const overlay = await page.waitForSelector("#cairn-build-error", wait).then(() => true, () => false);
  result.overlayShown = overlay;
  result.overlayText = overlay ? await page.innerText("#cairn-build-error") : "";

  writeFileSync(pageFile, original + "\nFixed text.\n");
  await page.waitForFunction(() => document.body?.innerText.includes("Fixed text."), null, wait);
  result.fixedText = true;
  result.overlayGone = (await page.$("#cairn-build-error")) === null;

  await page.waitForFunction(connected, null, wait);
  await page.evaluate(() => { window.cairnMarker = 2; });
  const css = await page.evaluate(async () => (await fetch("/css/cairn.css")).text());
  writeFileSync(cssFile, css + "\nbody { outline: 7px solid rgb(1, 2, 3); }\n");
  await page.waitForFunction(() => document.body !== null && getComputedStyle(document.body).outlineWidth === "7px", null, wait);
  result.cssSwappedWithoutReload = await page.evaluate(() => window.cairnMarker === 2);
  return result;
}));
