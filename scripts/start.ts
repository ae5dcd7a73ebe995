/**
 * `npm start` after `npm run build`: the production path on one machine (NODE_ENV=production).
 * Refuses to start without real secrets and CORS origins (backend/src/production.ts); then
 * migrations and idempotent setup (no logins; demo catalog only with SENTRA_SEED=demo), the
 * built backend (`backend/.medusa/server`, `medusa start`) and the built storefront (`remix-serve`).
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import { assertProductionEnv, ProductionConfigError } from "../backend/src/production"
import { BACKEND_DIR, bin, runStack, STOREFRONT_DIR } from "./lib/common"

async function main() {
  process.env.NODE_ENV = "production"
  assertProductionEnv(process.env, { storefront: true })
  const builtBackend = join(BACKEND_DIR, ".medusa", "server")
  const builtStorefront = join(STOREFRONT_DIR, "build", "server", "index.js")
  if (!existsSync(builtBackend) || !existsSync(builtStorefront)) {
    throw new Error("No build found: run `npm run build` first.")
  }
  await runStack({
    title: "production",
    production: true,
    defaultStorefrontPort: 3000,
    backend: (ports) => ({ command: bin("medusa", BACKEND_DIR), args: ["start", "--port", String(ports.backendPort)], cwd: builtBackend }),
    storefront: () => ({ command: bin("remix-serve", STOREFRONT_DIR), args: [builtStorefront], cwd: STOREFRONT_DIR }),
  })
}

main().catch((error) => {
  console.error(error instanceof ProductionConfigError ? `[sentra] ${error.message}` : `[sentra] could not start: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
