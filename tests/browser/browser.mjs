// Launches Debian's Chromium headless through playwright-core, for the Rust integration
// tests. Flags keep Chromium from reaching for the network (the test machines have none).
import { chromium } from "playwright-core";

// `options` are Playwright context options (`javaScriptEnabled`, `bypassCSP`, ...).
export async function withPage(fn, options = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--allow-file-access-from-files"],
  });
  try {
    const page = await browser.newPage(options);
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    const result = await fn(page);
    return { ...result, errors };
  } finally {
    await browser.close();
  }
}

export function print(result) {
  process.stdout.write(JSON.stringify(result) + "\n");
}
