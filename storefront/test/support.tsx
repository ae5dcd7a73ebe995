/** Shared by the route suites that run against a real backend (browse, shop). */
import { createRemixStub } from "@remix-run/testing"
import type { Env, RunningBackend } from "@sentra/stack"
import type { ComponentType } from "react"
import { renderToString } from "react-dom/server"

/**
 * Starts a migrated, seeded backend and points the storefront's env at it. env.server.ts reads
 * process.env when first imported: import the routes only after this. `env` goes to the backend
 * (e.g. STRIPE_API_KEY).
 */
export async function startRouteBackend(env?: Env): Promise<RunningBackend> {
  const { startBackend } = await import("@sentra/stack")
  const backend = await startBackend({ env })
  process.env.MEDUSA_BACKEND_URL = backend.url
  process.env.MEDUSA_PUBLISHABLE_KEY = backend.publishableKey
  return backend
}

/** A route's page rendered to HTML with the given loader data. */
export function render(pattern: string, path: string, Component: ComponentType, data: unknown): string {
  const id = "routes/page"
  const RemixStub = createRemixStub([{ id, path: pattern, Component, loader: () => data as never }])
  return renderToString(<RemixStub initialEntries={[path]} hydrationData={{ loaderData: { [id]: data } }} />)
}
