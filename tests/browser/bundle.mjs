// Usage: node bundle.mjs INDEX_URL — opens an unpacked bundle's index.html from file://,
// follows the first section link, switches to the second language of the switcher, and
// searches for "QUERY" there; prints where each step landed.
import { withPage, print } from "./browser.mjs";

const [url, query] = process.argv.slice(2);
print(await withPage(async (page) => {
  await page.goto(url);
  const home = page.url();
  const title = await page.title();
  await Promise.all([page.waitForURL((u) => u.href !== home), page.locator(".listing a").first().click()]);
  const followed = page.url();
  const followedH1 = await page.locator("h1").textContent();
  const switcher = page.locator(".language-switcher a").first();
  const target = await switcher.getAttribute("hreflang");
  await Promise.all([page.waitForURL((u) => u.href !== followed), switcher.click()]);
  const switched = page.url();
  const switchedLang = await page.locator("html").getAttribute("lang");
  const box = page.locator("#cairn-search-input");
  await box.click();
  await box.pressSequentially(query, { delay: 20 });
  await page.locator("#cairn-search-results li").first().waitFor({ timeout: 10000 });
  const result = await page.locator("#cairn-search-results li a").first().evaluate((a) => a.href);
  return { title, followed, followedH1, target, switched, switchedLang, result };
}));
