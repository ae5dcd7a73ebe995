/**
 * `npm run db`: only the development database, for running Medusa CLI commands by hand
 * (e.g. `DATABASE_URL=… npx medusa db:generate seller` in backend/). Prints the URL; Ctrl+C stops it.
 */
import { startProjectDatabase } from "./lib/common"

async function main() {
  const database = await startProjectDatabase()
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
