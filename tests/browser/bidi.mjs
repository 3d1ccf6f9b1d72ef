// Usage: node bidi.mjs URL SELECTOR TEXT [URL SELECTOR TEXT ...] — for each triple, finds the
// first element matching SELECTOR whose text is TEXT and prints the horizontal centre of each
// of its characters in logical (typed) order, measured with Range.getClientRects, to check
// the visual order bidirectional text is shown in. Spaces are left out.
import { withPage, print } from "./browser.mjs";

const args = process.argv.slice(2);
const checks = [];
for (let i = 0; i + 3 <= args.length; i += 3) checks.push(args.slice(i, i + 3));

print(await withPage(async (page) => {
  const results = [];
  for (const [url, selector, wanted] of checks) {
    await page.goto(url);
    results.push(await page.evaluate(([sel, text]) => {
      const el = Array.from(document.querySelectorAll(sel)).find((e) => e.textContent.trim() === text);
      if (!el) return { found: false, selector: sel, text };
      const chars = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const ch = node.data[i];
          if (/\s/.test(ch)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
          if (rects.length) chars.push({ ch, x: (rects[0].left + rects[0].right) / 2 });
        }
      }
      return { found: true, selector: sel, text, direction: getComputedStyle(el).direction, chars };
    }, [selector, wanted]));
  }
  return { results };
}));
