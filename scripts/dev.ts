/**
 * `npm run dev`: the whole product on one machine with one command.
 * Database (embedded PostgreSQL unless DATABASE_URL is set) → migrations → idempotent setup
 * and seed → Medusa (API + Admin) and the Remix storefront, with the publishable key handed
 * to the storefront through its environment.
 */
import {
  BACKEND_DIR,
  bin,
  STOREFRONT_DIR,
  migrate,
  setup,
  startProcess,
  stopProcess,
  waitForUrl,
} from "@sentra/stack"
import { printReady, stackPorts, startProjectDatabase } from "./lib/common"

async function main() {
  const startedAt = Date.now()
  const ports = stackPorts(5173)
  console.log("[sentra] starting the database…")
  const database = await startProjectDatabase()
  console.log(`[sentra] database: ${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"} on port ${database.port}`)

  await migrate(database.url, { quiet: true, env: { MEDUSA_BACKEND_URL: ports.backendUrl } })
  console.log("[sentra] migrations applied")
  const { publishableKey } = await setup(database.url, {
    seed: process.env.SENTRA_SEED !== "false",
    env: { MEDUSA_BACKEND_URL: ports.backendUrl },
  })
  console.log("[sentra] setup and seed done")

  const backend = startProcess(bin("medusa", BACKEND_DIR), ["develop"], {
    cwd: BACKEND_DIR,
    env: { DATABASE_URL: database.url, PORT: String(ports.backendPort), MEDUSA_BACKEND_URL: ports.backendUrl },
    label: "backend",
  })
  const storefront = startProcess(
    bin("remix", STOREFRONT_DIR),
    ["vite:dev", "--port", String(ports.storefrontPort), "--strictPort"],
    {
      cwd: STOREFRONT_DIR,
      env: { MEDUSA_BACKEND_URL: ports.backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey },
      label: "storefront",
    }
  )

  let stopping = false
  const shutdown = async (code: number) => {
    if (stopping) return
    stopping = true
    console.log("\n[sentra] stopping…")
    await Promise.all([stopProcess(backend), stopProcess(storefront)])
    await database.stop()
    process.exit(code)
  }
  process.on("SIGINT", () => void shutdown(0))
  process.on("SIGTERM", () => void shutdown(0))
  backend.on("exit", (code) => !stopping && (console.error(`[sentra] backend exited (${code})`), void shutdown(1)))
  storefront.on("exit", (code) => !stopping && (console.error(`[sentra] storefront exited (${code})`), void shutdown(1)))

  await waitForUrl(`${ports.backendUrl}/health`, 180_000, backend)
  await waitForUrl(ports.storefrontUrl, 120_000, storefront)
  printReady({ ...ports, seconds: (Date.now() - startedAt) / 1000 })
}

main().catch((error) => {
  console.error("[sentra] could not start:", error)
  process.exit(1)
})
