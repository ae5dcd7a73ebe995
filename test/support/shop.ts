import { startBackend, startStorefront, type RunningBackend, type RunningStorefront } from "@sentra/stack"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll } from "vitest"
import { launchBrowser } from "./browser"

export interface Shop {
  backend: RunningBackend
  storefront: RunningStorefront
  browser: Browser
}

/**
 * One backend, one storefront and one browser for a journey suite: started before its tests,
 * stopped after them. The returned object is filled in by the time the tests run.
 */
export function useShop(options: { ready?: (storefrontUrl: string) => Promise<void>; timeoutMs?: number } = {}): Shop {
  const shop = {} as Shop
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    shop.backend = await startBackend()
    shop.storefront = await startStorefront(shop.backend)
    const launched = await launchBrowser()
    shop.browser = launched.browser
    close = launched.close
    await options.ready?.(shop.storefront.url)
  }, options.timeoutMs ?? 300_000)

  afterAll(async () => {
    await close?.()
    await shop.storefront?.stop()
    await shop.backend?.stop()
  })
  return shop
}
