/** Shared by the route suites that run against the real backend of global-setup.ts. */
import { createRemixStub } from "@remix-run/testing"
import type { ComponentType } from "react"
import { renderToString } from "react-dom/server"
import { inject } from "vitest"

/** The shared backend's address and publishable key. */
export const backend = inject("backend")

/** A route's page rendered to HTML with the given loader data (and action data, as after a failed post). */
export function render(pattern: string, path: string, Component: ComponentType, data: unknown, actionData?: unknown): string {
  const id = "routes/page"
  const RemixStub = createRemixStub([{ id, path: pattern, Component, loader: () => data as never }])
  const hydrationData = { loaderData: { [id]: data }, ...(actionData === undefined ? {} : { actionData: { [id]: actionData } }) }
  return renderToString(<RemixStub initialEntries={[path]} hydrationData={hydrationData} />)
}

/** Text as React writes it into HTML, to look for it in a rendered page. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;")
}
