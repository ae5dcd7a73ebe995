/**
 * `npm run db`: only the development database, for running Medusa CLI commands by hand
 * (e.g. `DATABASE_URL=… npx medusa db:generate seller` in backend/). Prints the URL; Ctrl+C stops it.
 */
import { join } from "node:path"
import { startDatabase } from "@sentra/dev-db"
import { ROOT_DIR } from "@sentra/stack"

async function main() {
  const database = await startDatabase({
    dataDir: join(ROOT_DIR, ".sentra", "postgres"),
    database: "sentra",
    port: Number(process.env.SENTRA_PG_PORT || 54329),
  })
  console.log(`DATABASE_URL=${database.url}`)
  const stop = async () => {
    await database.stop()
    process.exit(0)
  }
  process.on("SIGINT", () => void stop())
  process.on("SIGTERM", () => void stop())
  setInterval(() => undefined, 1 << 30)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
