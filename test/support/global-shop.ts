import type { TestProject } from "vitest/node"
import { hasChromium } from "./browser"

declare module "vitest" {
  export interface ProvidedContext {
    shop: { backend: { url: string; publishableKey: string }; storefront: { url: string } } | null
  }
}

/**
 * One backend (embedded PostgreSQL, migrated and seeded, product index built) and one storefront
 * for every journey file, started once before them and stopped after them: a boot costs a minute
 * or two. Journeys create their own data (carts, sellers, orders) and assert on it, not on totals.
 * Without chromium every journey is skipped, so nothing is started.
 */
export default async function setup(project: TestProject) {
  if (!hasChromium) {
    project.provide("shop", null)
    return
  }
  const { startBackend, startStorefront } = await import("@sentra/stack")
  const backend = await startBackend()
  try {
    const storefront = await startStorefront(backend)
    project.provide("shop", {
      backend: { url: backend.url, publishableKey: backend.publishableKey },
      storefront: { url: storefront.url },
    })
    return async () => {
      await storefront.stop()
      await backend.stop()
    }
  } catch (error) {
    await backend.stop()
    throw error
  }
}
