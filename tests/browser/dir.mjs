// Usage: node dir.mjs URL SELECTOR — prints the computed direction and the horizontal
// position of SELECTOR (to check right-to-left layout), and the page's width at 320 px.
import { withPage, print } from "./browser.mjs";

const [url, selector] = process.argv.slice(2);
print(await withPage(async (page) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(url);
  return await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const box = el.getBoundingClientRect();
    return {
      direction: getComputedStyle(el).direction,
      left: box.left,
      right: box.right,
      scrollWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    };
  }, selector);
}));
