import type { Browser } from "playwright-core"
import { afterAll, beforeAll, inject } from "vitest"
import { launchBrowser } from "./browser"

export interface Shop {
  backend: { url: string; publishableKey: string }
  storefront: { url: string }
  /** The local Stripe test server the backend's Stripe provider talks to. */
  stripeUrl: string
  browser: Browser
}

/**
 * The journeys' shared backend and storefront (global-shop.ts) and a browser of this suite's own,
 * launched before its tests and closed after them. The returned object is filled in by the time
 * the tests run.
 */
export function useShop(options: { ready?: (storefrontUrl: string) => Promise<void>; timeoutMs?: number } = {}): Shop {
  const shop = {} as Shop
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const stack = inject("shop")
    if (!stack) throw new Error("the journeys' global setup started no shop (is chromium installed?)")
    Object.assign(shop, stack)
    const launched = await launchBrowser()
    shop.browser = launched.browser
    close = launched.close
    await options.ready?.(shop.storefront.url)
  }, options.timeoutMs ?? 120_000)

  afterAll(async () => {
    await close?.()
  })
  return shop
}
