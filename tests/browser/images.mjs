// Usage: node images.mjs PAGE_URL WIDTH — opens a page (from file:// in the bundle test) in a
// WIDTH px wide window, scrolls each content image into view (lazy ones load then), waits
// for them, and prints which file each one loaded and whether it decoded.
import { withPage, print } from "./browser.mjs";

const [url, width] = process.argv.slice(2);
print(await withPage(async (page) => {
  await page.goto(url);
  const images = page.locator(".content img");
  for (let i = 0; i < await images.count(); i++) {
    await images.nth(i).scrollIntoViewIfNeeded();
    await images.nth(i).evaluate((img) => img.decode().catch(() => {}));
  }
  const loaded = await images.evaluateAll((imgs) => imgs.map((img) => ({
    src: img.currentSrc.split("/").pop(), decoded: img.complete && img.naturalWidth > 0,
  })));
  return { loaded };
}, { viewport: { width: Number(width), height: 700 }, deviceScaleFactor: 1 }));
