/**
 * `npm start` after `npm run build`: the production path on one machine (NODE_ENV=production).
 * Refuses to start without real secrets and CORS origins (backend/src/production.ts); then
 * migrations and idempotent setup (no logins; demo catalog only with SENTRA_SEED=demo), the
 * built backend (`backend/.medusa/server`, `medusa start`) and the built storefront (`remix-serve`).
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import { BACKEND_DIR, bin, STOREFRONT_DIR, migrate, setup, startProcess, stopProcess, waitForUrl } from "@sentra/stack"
import { ProductionConfigError, assertProductionEnv } from "../backend/src/production"
import { printReady, stackPorts, startProjectDatabase } from "./lib/common"

async function main() {
  const startedAt = Date.now()
  process.env.NODE_ENV = "production"
  assertProductionEnv(process.env)
  const builtBackend = join(BACKEND_DIR, ".medusa", "server")
  const builtStorefront = join(STOREFRONT_DIR, "build", "server", "index.js")
  if (!existsSync(builtBackend) || !existsSync(builtStorefront)) {
    throw new Error("No build found: run `npm run build` first.")
  }
  const ports = stackPorts(3000)
  const database = await startProjectDatabase()
  const production = { NODE_ENV: "production", DATABASE_URL: database.url, MEDUSA_BACKEND_URL: ports.backendUrl }
  await migrate(database.url, { quiet: true, env: production })
  const { publishableKey } = await setup(database.url, { env: production })

  const backend = startProcess(bin("medusa", BACKEND_DIR), ["start", "--port", String(ports.backendPort)], {
    cwd: builtBackend,
    env: { ...production, PORT: String(ports.backendPort) },
    label: "backend",
  })
  const storefront = startProcess(bin("remix-serve", STOREFRONT_DIR), [builtStorefront], {
    cwd: STOREFRONT_DIR,
    env: { NODE_ENV: "production", PORT: String(ports.storefrontPort), MEDUSA_BACKEND_URL: ports.backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey },
    label: "storefront",
  })

  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    await Promise.all([stopProcess(backend), stopProcess(storefront)])
    await database.stop()
    process.exit(code)
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))
  backend.on("exit", (code) => !stopping && void shutdown(code ?? 1))
  storefront.on("exit", (code) => !stopping && void shutdown(code ?? 1))

  await waitForUrl(`${ports.backendUrl}/health`, 180_000, backend)
  await waitForUrl(ports.storefrontUrl, 60_000, storefront)
  printReady({ ...ports, seconds: (Date.now() - startedAt) / 1000, production: true })
}

main().catch((error) => {
  if (error instanceof ProductionConfigError) {
    console.error(`[sentra] ${error.message}`)
  } else {
    console.error("[sentra] could not start:", error)
  }
  process.exit(1)
})
