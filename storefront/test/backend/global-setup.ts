import { startStripeServer } from "@sentra/stripe-test-server"
import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    backend: { url: string; publishableKey: string }
    stripeUrl: string
  }
}

/**
 * One real backend (embedded PostgreSQL, migrated and seeded, product index built) for every
 * route suite in test/backend, started once before them and stopped after them. Card payment is
 * on: Medusa's Stripe provider talks to a local Stripe test server (no network); the storefront
 * offers card only where a suite sets STRIPE_PUBLISHABLE_KEY (card.test.tsx).
 */
export default async function setup(project: TestProject) {
  const stripe = await startStripeServer()
  const { startBackend, TEST_LOGIN_LIMITS } = await import("@sentra/stack")
  const backend = await startBackend({ env: { ...TEST_LOGIN_LIMITS, STRIPE_API_KEY: "sk_test_sentra_local", STRIPE_API_BASE: stripe.url } }).catch(async (error) => {
    await stripe.close()
    throw error
  })
  project.provide("backend", { url: backend.url, publishableKey: backend.publishableKey })
  project.provide("stripeUrl", stripe.url)
  return async () => {
    await backend.stop()
    await stripe.close()
  }
}
