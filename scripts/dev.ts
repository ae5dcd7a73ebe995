/**
 * `npm run dev`: the whole product on one machine with one command.
 * Database (embedded PostgreSQL unless DATABASE_URL is set) → migrations → idempotent setup
 * and seed → Medusa (`medusa develop`: API + Admin) and the Remix storefront (Vite dev server),
 * with the publishable key handed to the storefront through its environment.
 */
import { BACKEND_DIR, bin, runStack, STOREFRONT_DIR } from "./lib/common"

runStack({
  title: "development",
  production: false,
  defaultStorefrontPort: 5173,
  backend: () => ({ command: bin("medusa", BACKEND_DIR), args: ["develop"], cwd: BACKEND_DIR }),
  storefront: (ports) => ({
    command: bin("remix", STOREFRONT_DIR),
    args: ["vite:dev", "--port", String(ports.storefrontPort), "--strictPort"],
    cwd: STOREFRONT_DIR,
  }),
}).catch((error) => {
  console.error("\n[sentra] could not start:", error instanceof Error ? error.message : error)
  process.exit(1)
})
