import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    backend: { url: string; publishableKey: string }
  }
}

/**
 * One real backend (embedded PostgreSQL, migrated and seeded, product index built) for every
 * route suite in test/backend, started once before them and stopped after them.
 */
export default async function setup(project: TestProject) {
  const { startBackend } = await import("@sentra/stack")
  const backend = await startBackend()
  project.provide("backend", { url: backend.url, publishableKey: backend.publishableKey })
  return () => backend.stop()
}
