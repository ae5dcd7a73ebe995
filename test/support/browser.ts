import { existsSync } from "node:fs"
import { chromium, type Browser } from "playwright-core"

/** Debian's chromium (`apt-get install chromium`); test tools cannot download browsers here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const hasChromium = existsSync(CHROMIUM_PATH)

export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
  return {
    browser,
    // Playwright gives every launch a fresh, throw-away profile.
    close: () => browser.close(),
  }
}

/** Phone-sized context, like most Sentra shoppers. */
export const PHONE = { viewport: { width: 390, height: 844 }, locale: "id-ID", isMobile: true, hasTouch: true }
