/**
 * `npm start` after `npm run build`: the production path on one machine.
 * Migrations and idempotent setup (seed unless SENTRA_SEED=false), then the built backend
 * (`backend/.medusa/server`, `medusa start`) and the built storefront (`remix-serve`).
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import { startDatabase } from "@sentra/dev-db"
import { BACKEND_DIR, bin, ROOT_DIR, STOREFRONT_DIR, migrate, setup, startProcess, stopProcess, waitForUrl } from "@sentra/stack"
import { printReady, stackPorts } from "./lib/common"

async function main() {
  const startedAt = Date.now()
  const builtBackend = join(BACKEND_DIR, ".medusa", "server")
  const builtStorefront = join(STOREFRONT_DIR, "build", "server", "index.js")
  if (!existsSync(builtBackend) || !existsSync(builtStorefront)) {
    throw new Error("No build found: run `npm run build` first.")
  }
  const ports = stackPorts(3000)
  const database = await startDatabase({
    dataDir: join(ROOT_DIR, ".sentra", "postgres"),
    database: "sentra",
    port: Number(process.env.SENTRA_PG_PORT || 54329),
  })
  await migrate(database.url, { quiet: true, env: { MEDUSA_BACKEND_URL: ports.backendUrl } })
  const { publishableKey } = await setup(database.url, {
    seed: process.env.SENTRA_SEED !== "false",
    env: { MEDUSA_BACKEND_URL: ports.backendUrl },
  })

  const production = { NODE_ENV: "production", DATABASE_URL: database.url, MEDUSA_BACKEND_URL: ports.backendUrl }
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
  printReady({ ...ports, seconds: (Date.now() - startedAt) / 1000 })
}

main().catch((error) => {
  console.error("[sentra] could not start:", error)
  process.exit(1)
})
