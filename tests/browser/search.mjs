// Usage: node search.mjs URL QUERY — opens URL, types QUERY into the search box, and prints
// the result links, the announced status, the "N more in this page" lines, and where Enter on
// the first result leads.
import { withPage, print } from "./browser.mjs";

const [url, query] = process.argv.slice(2);
print(await withPage(async (page) => {
  await page.goto(url);
  const box = page.locator("#cairn-search-input");
  await box.click();
  await box.pressSequentially(query, { delay: 20 });
  await page.locator("#cairn-search-results li").first().waitFor({ timeout: 10000 });
  const results = await page.locator("#cairn-search-results li a").evaluateAll((links) => links.map((a) => a.href));
  const marks = await page.locator("#cairn-search-results mark").allTextContents();
  const folded = await page.locator("#cairn-search-results li.folded[role=option] a").evaluateAll((links) => links.map((a) => a.href));
  const more = await page.locator("#cairn-search-results li.more").allTextContents();
  const status = await page.locator("#cairn-search-status").textContent();
  const expanded = await box.getAttribute("aria-expanded");
  await box.press("ArrowDown");
  const selected = await page.locator("#cairn-search-results [aria-selected=true] a").getAttribute("href");
  await Promise.all([page.waitForURL((u) => u.href !== url), box.press("Enter")]);
  return { results, marks, folded, more, status, expanded, selected, landed: page.url() };
}));
