// How this project starts a browser: Debian's Chromium (`npx playwright install` can't download browsers on the
// machines it is built on), headless, with nothing that would reach the internet. Used by the Playwright config and
// by scripts/bench/synthesize-invoices.ts.

export const DEBIAN_CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
