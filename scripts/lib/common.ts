/**
 * What `npm run dev`, `npm start`, `npm run db` and `npm run create-admin` share: the project's
 * database, and the whole stack run with one quiet line per phase.
 *
 * Each process's full output goes to `.sentra/logs/<process>.log`; the console shows one line per
 * phase with what it did and how long it took, a progress line while the first seed runs (on a
 * terminal), error lines of the running processes, and the URLs. `SENTRA_DEBUG=1` or `--verbose`
 * streams every process's output as well.
 */
import { rmSync } from "node:fs"
import { join, relative } from "node:path"
import { startDatabase } from "@sentra/dev-db"
import {
  BACKEND_DIR,
  bin,
  isErrorLine,
  migrate,
  ROOT_DIR,
  setup,
  startProcess,
  stopProcess,
  STOREFRONT_DIR,
  waitForUrl,
  type Env,
} from "@sentra/stack"

/** The project's database: embedded PostgreSQL in `.sentra/postgres`, or DATABASE_URL's server. */
export function startProjectDatabase() {
  return startDatabase({
    dataDir: join(ROOT_DIR, ".sentra", "postgres"),
    database: "sentra",
    port: Number(process.env.SENTRA_PG_PORT || 54329),
  })
}

export interface Ports {
  backendPort: number
  storefrontPort: number
  backendUrl: string
  storefrontUrl: string
}

interface Command {
  command: string
  args: string[]
  cwd: string
}

export interface StackMode {
  /** Shown in the first line. */
  title: string
  production: boolean
  defaultStorefrontPort: number
  backend(ports: Ports): Command
  storefront(ports: Ports): Command
}

const LOG_DIR = join(ROOT_DIR, ".sentra", "logs")
const verbose = !!process.env.SENTRA_DEBUG || process.argv.includes("--verbose")
const tty = !!process.stdout.isTTY

function stackPorts(defaultStorefrontPort: number): Ports {
  const backendPort = Number(process.env.BACKEND_PORT || 9000)
  const storefrontPort = Number(process.env.STOREFRONT_PORT || defaultStorefrontPort)
  const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort}`
  return { backendPort, storefrontPort, backendUrl, storefrontUrl: `http://localhost:${storefrontPort}` }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** One line per phase: `[sentra] <phase> <what it did> (<time>)`. */
async function phase<T>(name: string, work: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const started = Date.now()
  if (tty) process.stdout.write(`[sentra] ${name.padEnd(12)} …`)
  const result = await work()
  const line = `[sentra] ${name.padEnd(12)} ${describe(result)} (${seconds(Date.now() - started)})`
  process.stdout.write(tty ? `\r\x1b[2K${line}\n` : `${line}\n`)
  return result
}

function progressLine(name: string) {
  return (step: string, done: number, total: number) => {
    if (tty) process.stdout.write(`\r\x1b[2K[sentra] ${name.padEnd(12)} ${step} ${done}/${total} …`)
  }
}

/** Output options of a stack process: its log file, streamed when verbose, errors always shown. */
function output(label: string) {
  return {
    label,
    quiet: !verbose,
    logFile: join(LOG_DIR, `${label}.log`),
    onLine: (line: string) => {
      if (!verbose && isErrorLine(line)) process.stderr.write(`\x1b[31m[${label}] ${line}\x1b[0m\n`)
    },
  }
}

export async function runStack(mode: StackMode): Promise<void> {
  const startedAt = Date.now()
  const ports = stackPorts(mode.defaultStorefrontPort)
  rmSync(LOG_DIR, { recursive: true, force: true })
  const logs = relative(process.cwd(), LOG_DIR) || LOG_DIR
  console.log(`[sentra] ${mode.title} — full logs in ${logs}/${verbose ? "" : " (SENTRA_DEBUG=1 streams them)"}`)

  const database = await phase("database", startProjectDatabase, (db) =>
    `${db.embedded ? "embedded PostgreSQL" : "DATABASE_URL"} on port ${db.port}`
  )
  const env: Env = { MEDUSA_BACKEND_URL: ports.backendUrl, ...(mode.production ? { NODE_ENV: "production" } : {}) }
  await phase("migrations", () => migrate(database.url, { env, ...output("migrate") }), () => "applied")
  const { publishableKey } = await phase(
    "setup",
    () => setup(database.url, { env, ...output("setup"), onProgress: progressLine("setup") }),
    ({ summary: s }) =>
      `${s.districts} kecamatan, ${s.sellers} sellers, ${s.products} products (${s.created} new)` +
      (s.indexedIn === null ? "" : `; search index built in ${seconds(s.indexedIn)}`)
  )

  const backendCommand = mode.backend(ports)
  const backend = startProcess(backendCommand.command, backendCommand.args, {
    cwd: backendCommand.cwd,
    env: { ...env, DATABASE_URL: database.url, PORT: String(ports.backendPort) },
    ...output("backend"),
  })
  const storefrontCommand = mode.storefront(ports)
  const storefront = startProcess(storefrontCommand.command, storefrontCommand.args, {
    cwd: storefrontCommand.cwd,
    env: {
      ...(mode.production ? { NODE_ENV: "production" } : {}),
      PORT: String(ports.storefrontPort),
      MEDUSA_BACKEND_URL: ports.backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
    },
    ...output("storefront"),
  })

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
  for (const [name, child] of [["backend", backend], ["storefront", storefront]] as const) {
    child.on("exit", (code) => {
      if (stopping) return
      console.error(`[sentra] ${name} exited (${code}); its log: ${logs}/${name}.log`)
      void shutdown(1)
    })
  }

  await phase("backend", () => waitForUrl(`${ports.backendUrl}/health`, 180_000, backend), () => `ready on ${ports.backendUrl}`)
  await phase("storefront", () => waitForUrl(ports.storefrontUrl, 120_000, storefront), () => `ready on ${ports.storefrontUrl}`)
  printReady({ ...ports, seconds: (Date.now() - startedAt) / 1000, production: mode.production })
}

function printReady(info: Ports & { seconds: number; production: boolean }) {
  const login = info.production
    ? ["   login         staff accounts only: `npm run create-admin -- --email <email>` creates one"]
    : [
        `   login         ${process.env.SENTRA_ADMIN_EMAIL || "admin@sentra.local"} / ${
          process.env.SENTRA_ADMIN_PASSWORD ? "(from SENTRA_ADMIN_PASSWORD)" : "sentra-admin"
        }`,
      ]
  const sellers = info.production ? [] : [" Sellers         <handle>@seller.sentra.local / sentra-seller"]
  console.log(
    [
      "",
      "────────────────────────────────────────────────────────",
      ` Sentra is running (ready in ${info.seconds.toFixed(1)} s)`,
      ` Storefront      ${info.storefrontUrl}`,
      ` API             ${info.backendUrl}`,
      ` Medusa Admin    ${info.backendUrl}/app`,
      ...login,
      ...sellers,
      " Stop with Ctrl+C",
      "────────────────────────────────────────────────────────",
      "",
    ].join("\n")
  )
}

export { BACKEND_DIR, bin, STOREFRONT_DIR }
