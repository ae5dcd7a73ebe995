import { startStripeServer } from "@sentra/stripe-test-server"
import type { TestProject } from "vitest/node"
import { hasChromium } from "./browser"

declare module "vitest" {
  export interface ProvidedContext {
    shop: { backend: { url: string; publishableKey: string }; storefront: { url: string }; stripeUrl: string } | null
  }
}

/**
 * One backend (embedded PostgreSQL, migrated and seeded, product index built) and one storefront
 * for every journey file, started once before them and stopped after them: a boot costs a minute
 * or two. Journeys create their own data (carts, sellers, orders) and assert on it, not on totals.
 * Card payment is on, as in production with Stripe keys: Medusa's Stripe provider talks to a local
 * Stripe test server and the storefront has a publishable key (Stripe.js itself cannot load here).
 * Medusa Admin is on (served at /app by its development server) for the staff journey.
 * Without chromium every journey is skipped, so nothing is started.
 */
export default async function setup(project: TestProject) {
  if (!hasChromium) {
    project.provide("shop", null)
    return
  }
  const stripe = await startStripeServer()
  const { startBackend, startStorefront, TEST_LOGIN_LIMITS } = await import("@sentra/stack")
  const stop: (() => Promise<void>)[] = [() => stripe.close()]
  const stopAll = async () => {
    for (const step of stop.reverse()) await step()
  }
  try {
    const backend = await startBackend({ admin: true, env: { ...TEST_LOGIN_LIMITS, STRIPE_API_KEY: "sk_test_sentra_local", STRIPE_API_BASE: stripe.url } })
    stop.push(() => backend.stop())
    const storefront = await startStorefront(backend, { env: { STRIPE_PUBLISHABLE_KEY: "pk_test_sentra_local" } })
    stop.push(() => storefront.stop())
    project.provide("shop", {
      backend: { url: backend.url, publishableKey: backend.publishableKey },
      storefront: { url: storefront.url },
      stripeUrl: stripe.url,
    })
    return stopAll
  } catch (error) {
    await stopAll()
    throw error
  }
}
