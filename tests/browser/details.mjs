// Usage: node details.mjs URL SELECTOR [WIDTH] — with JavaScript disabled, clicks the
// <summary> at SELECTOR and reports whether its <details> was open before and after, and
// which copy of the site menu (wide list, narrow toggle) shows at WIDTH.
import { withPage, print } from "./browser.mjs";

const [url, selector, width] = process.argv.slice(2);
print(await withPage(async (page) => {
  await page.setViewportSize({ width: Number(width || 1280), height: 900 });
  await page.goto(url);
  const open = () => page.evaluate((sel) => document.querySelector(sel).closest("details").open, selector);
  // Which of the two copies of the site menu shows at this width.
  const menus = await page.evaluate(() => [".site-menu-wide", ".site-menu-narrow"]
    .map((sel) => getComputedStyle(document.querySelector(sel)).display !== "none"));
  const before = await open();
  await page.click(selector);
  const afterClick = await open();
  const linkVisible = await page.evaluate(
    (sel) => document.querySelector(sel).closest("details").querySelector("a").getBoundingClientRect().height > 0,
    selector);
  await page.focus(selector);
  await page.keyboard.press("Enter");
  const afterEnter = await open();
  return { menus, before, afterClick, linkVisible, afterEnter };
}, { javaScriptEnabled: false }));
