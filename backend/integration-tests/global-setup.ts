import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
/**
 * One PostgreSQL for the whole backend test run. Medusa's test runners create a database per
 * suite on it and read DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD (not DATABASE_URL); they turn
 * SSL on unless the host contains "localhost", so 127.0.0.1 is rewritten to localhost.
 */
type Database = import("@sentra/dev-db", { with: { "resolution-mode": "import" } }).Database

let database: Database | undefined
let uploadDir: string | undefined

export async function setup() {
  // @sentra/dev-db is ESM; this file compiles to CommonJS for Medusa's build.
  const { fromUrl, startEphemeralDatabase } = await import("@sentra/dev-db")
  database = process.env.DATABASE_URL
    ? fromUrl(process.env.DATABASE_URL)
    : await startEphemeralDatabase("postgres")
  process.env.DB_HOST = database.host === "127.0.0.1" ? "localhost" : database.host
  process.env.DB_PORT = String(database.port)
  process.env.DB_USERNAME = database.user
  process.env.DB_PASSWORD = database.password
  // The runners build their own per-suite URLs; never let a dev DATABASE_URL leak into the app.
  delete process.env.DATABASE_URL
  // Seeded images of test runs go to a temporary folder, not backend/static.
  uploadDir = mkdtempSync(join(tmpdir(), "sentra-uploads-"))
  process.env.SENTRA_UPLOAD_DIR = uploadDir
}

export async function teardown() {
  await database?.stop()
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true })
}
