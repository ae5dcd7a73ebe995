/** What `npm run dev`, `npm start`, `npm run db` and `npm run create-admin` share. */
import { join } from "node:path"
import { startDatabase } from "@sentra/dev-db"
import { ROOT_DIR } from "@sentra/stack"

/** The project's database: embedded PostgreSQL in `.sentra/postgres`, or DATABASE_URL's server. */
export function startProjectDatabase() {
  return startDatabase({
    dataDir: join(ROOT_DIR, ".sentra", "postgres"),
    database: "sentra",
    port: Number(process.env.SENTRA_PG_PORT || 54329),
  })
}

export function stackPorts(defaultStorefrontPort: number) {
  const backendPort = Number(process.env.BACKEND_PORT || 9000)
  const storefrontPort = Number(process.env.STOREFRONT_PORT || defaultStorefrontPort)
  const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort}`
  return { backendPort, storefrontPort, backendUrl, storefrontUrl: `http://localhost:${storefrontPort}` }
}

export function printReady(info: { storefrontUrl: string; backendUrl: string; seconds: number; production?: boolean }) {
  const login = info.production
    ? ["   login         staff accounts only: `npm run create-admin -- --email <email>` creates one"]
    : [
        `   login         ${process.env.SENTRA_ADMIN_EMAIL || "admin@sentra.local"} / ${
          process.env.SENTRA_ADMIN_PASSWORD ? "(from SENTRA_ADMIN_PASSWORD)" : "sentra-admin"
        }`,
      ]
  console.log(
    [
      "",
      "────────────────────────────────────────────────────────",
      ` Sentra is running (ready in ${info.seconds.toFixed(1)} s)`,
      ` Storefront      ${info.storefrontUrl}`,
      ` API             ${info.backendUrl}`,
      ` Medusa Admin    ${info.backendUrl}/app`,
      ...login,
      " Stop with Ctrl+C",
      "────────────────────────────────────────────────────────",
      "",
    ].join("\n")
  )
}
