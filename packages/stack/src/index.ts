/**
 * How Sentra's processes are started, in one place: `npm run dev`, `npm start` and the
 * cross-app test suites all go through these functions.
 */
import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, type WriteStream } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { freePort, startEphemeralDatabase, type Database } from "@sentra/dev-db"

export { freePort }

export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../..")
export const BACKEND_DIR = join(ROOT_DIR, "backend")
export const STOREFRONT_DIR = join(ROOT_DIR, "storefront")

/** A workspace's CLI: its own node_modules/.bin first (npm nests version conflicts), then the root's. */
export function bin(name: string, workspaceDir: string = ROOT_DIR): string {
  const own = join(workspaceDir, "node_modules", ".bin", name)
  return existsSync(own) ? own : join(ROOT_DIR, "node_modules", ".bin", name)
}

export type Env = Record<string, string | undefined>

export interface RunOptions {
  cwd: string
  env?: Env
  /** Prefix of each output line on the console. */
  label: string
  /** No output on the console (it is still collected, written to `logFile` and shown on failure). */
  quiet?: boolean
  /** Appends every output line to this file (its folder is created). */
  logFile?: string
  /** Called with every output line (without its newline), e.g. to follow progress or echo errors. */
  onLine?: (line: string) => void
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    const lines = followOutput(child, options, (text) => {
      output = (output + text).slice(-20_000)
    })
    child.on("error", reject)
    child.on("close", (code) => {
      lines.end()
      if (code === 0) {
        resolvePromise()
      } else {
        reject(new Error(`${options.label}: \`${command} ${args.join(" ")}\` exited with ${code}\n${output.slice(-4000)}`))
      }
    })
  })
}

/** Starts a long-running process; its output goes where `options` say (see RunOptions). */
export function startProcess(command: string, args: string[], options: RunOptions): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group, so stopping it also stops what it forked (medusa develop → start).
    detached: true,
  })
  const lines = followOutput(child, options)
  child.on("exit", () => lines.end())
  child.on("error", (error) => writePrefixed(options.label, `could not start ${command}: ${error.message}`))
  return child
}

/** Splits a child's stdout and stderr into lines for the console, the log file and `onLine`. */
function followOutput(child: ChildProcess, options: RunOptions, collect?: (text: string) => void) {
  let log: WriteStream | undefined
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true })
    log = createWriteStream(options.logFile, { flags: "a" })
  }
  const partial = { stdout: "", stderr: "" }
  const take = (stream: "stdout" | "stderr") => (chunk: Buffer) => {
    const text = chunk.toString()
    collect?.(text)
    log?.write(text)
    const parts = (partial[stream] + text).split("\n")
    partial[stream] = parts.pop() ?? ""
    for (const line of parts) {
      if (!options.quiet) writePrefixed(options.label, line)
      options.onLine?.(line)
    }
  }
  child.stdout?.on("data", take("stdout"))
  child.stderr?.on("data", take("stderr"))
  return {
    end() {
      for (const stream of ["stdout", "stderr"] as const) {
        if (partial[stream]) {
          if (!options.quiet) writePrefixed(options.label, partial[stream])
          options.onLine?.(partial[stream])
          partial[stream] = ""
        }
      }
      log?.end()
    },
  }
}

function writePrefixed(label: string, line: string) {
  process.stdout.write(`[${label}] ${line}\n`)
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g")

/**
 * Whether a log line of Medusa, Vite or Remix reports an error (JSON logs with level "error",
 * or pretty logs starting with "error:"), so a quiet start can still show it loudly.
 */
export function isErrorLine(line: string): boolean {
  const plain = line.replace(ANSI, "").trim()
  return /^\{.*"level":"error"/.test(plain) || /^error\b/i.test(plain) || /^\[?(vite|remix)\]? .*error/i.test(plain)
}

export function medusa(args: string[], options: RunOptions): Promise<void> {
  return run(bin("medusa", BACKEND_DIR), args, options)
}

/** `medusa db:migrate`: core, links and Sentra's own module migrations. */
export function migrate(databaseUrl: string, options: { quiet?: boolean; env?: Env; logFile?: string } = {}): Promise<void> {
  return medusa(["db:migrate"], {
    cwd: BACKEND_DIR,
    env: { ...options.env, DATABASE_URL: databaseUrl },
    label: "migrate",
    quiet: options.quiet,
    logFile: options.logFile,
  })
}

export interface SetupSummary {
  districts: number
  sellers: number
  products: number
  /** Products this run created. */
  created: number
  seededIn: number
  /** Milliseconds the product search index took to rebuild; null when nothing changed. */
  indexedIn: number | null
}

export interface SetupOutput {
  publishableKey: string
  regionId: string
  summary: SetupSummary
}

/** What backend/src/scripts/setup.ts prints before each step of its long phases. */
const PROGRESS_LINE = /^sentra-progress: (\w+) (\d+)\/(\d+)$/

/**
 * Idempotent commerce setup + seed (backend/src/scripts/setup.ts); returns the publishable key and
 * what the database now holds. `seed` overrides SENTRA_SEED; unset, the environment decides
 * (backend/src/setup/options.ts).
 */
export async function setup(
  databaseUrl: string,
  options: {
    seed?: boolean
    quiet?: boolean
    env?: Env
    logFile?: string
    onProgress?: (phase: string, done: number, total: number) => void
  } = {}
): Promise<SetupOutput> {
  const dir = mkdtempSync(join(tmpdir(), "sentra-setup-"))
  const output = join(dir, "setup.json")
  try {
    await medusa(["exec", "./src/scripts/setup.ts"], {
      cwd: BACKEND_DIR,
      env: {
        ...options.env,
        DATABASE_URL: databaseUrl,
        ...(options.seed === undefined ? {} : { SENTRA_SEED: options.seed ? "demo" : "false" }),
        SENTRA_SETUP_OUTPUT: output,
      },
      label: "setup",
      quiet: options.quiet,
      logFile: options.logFile,
      onLine: (line) => {
        const match = PROGRESS_LINE.exec(line)
        if (match) options.onProgress?.(match[1], Number(match[2]), Number(match[3]))
      },
    })
    return JSON.parse(readFileSync(output, "utf8")) as SetupOutput
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Polls a URL until it answers (any status below 500) or the time is up. */
export async function waitForUrl(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`process for ${url} exited with ${child.exitCode} before it was ready`)
    }
    try {
      const response = await fetch(url)
      if (response.status < 500) {
        return
      }
      lastError = new Error(`status ${response.status}`)
    } catch (error) {
      lastError = error
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms: ${String(lastError)}`)
}

export function stopProcess(child: ChildProcess | undefined, timeoutMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve()
  }
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      child.kill(signal)
    }
  }
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => signalGroup("SIGKILL"), timeoutMs)
    child.once("exit", () => {
      clearTimeout(timer)
      // Reap anything the process left behind in its group.
      signalGroup("SIGKILL")
      resolvePromise()
    })
    signalGroup("SIGTERM")
  })
}

/**
 * /health answers before the Search Module has built the product index (it seeds the index in
 * the background at boot): wait until the index answers with documents.
 */
export async function waitForProductIndex(url: string, publishableKey: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ""
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/store/search`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
      body: JSON.stringify({ entity: "product", pagination: { take: 0 } }),
    }).catch((error: Error) => ({ ok: false, status: 0, json: async () => ({ message: error.message }) }))
    const body = (await response.json()) as { results?: { metadata: { count: number | null } }[]; message?: string }
    if (response.ok && (body.results?.[0]?.metadata.count ?? 0) > 0) {
      return
    }
    last = body.message ?? JSON.stringify(body)
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`product index not ready after ${timeoutMs} ms: ${last}`)
}

/**
 * For a backend under test: its clients log in from one address (127.0.0.1) far more often in a
 * minute than people do, so the login rate limits (decision 103) are raised out of their way.
 */
export const TEST_LOGIN_LIMITS = { SENTRA_AUTH_RATE_LIMIT: "1000", SENTRA_AUTH_RATE_LIMIT_IP: "1000" } as const

export interface RunningBackend extends SetupOutput {
  url: string
  database: Database
  process: ChildProcess
  stop(): Promise<void>
}

/**
 * A real backend for cross-app tests and benchmarks: a throw-away embedded PostgreSQL (or
 * DATABASE_URL's server), migrated, set up and seeded, and `medusa start` on a free port.
 */
export async function startBackend(options: { seed?: boolean; env?: Env; quiet?: boolean; admin?: boolean } = {}): Promise<RunningBackend> {
  const quiet = options.quiet ?? !process.env.SENTRA_DEBUG
  const database = await startEphemeralDatabase("sentra")
  try {
    const port = await freePort()
    const url = `http://localhost:${port}`
    // Image URLs are written at seed time, so setup must already know the backend's address.
    const env = { ...options.env, MEDUSA_BACKEND_URL: url }
    await migrate(database.url, { quiet, env })
    const output = await setup(database.url, { seed: options.seed ?? true, quiet, env })
    const child = startProcess(bin("medusa", BACKEND_DIR), ["start", "--port", String(port)], {
      cwd: BACKEND_DIR,
      env: {
        ...env,
        DATABASE_URL: database.url,
        PORT: String(port),
        // Medusa Admin (/app) through its development server, only for the suites that open it.
        DISABLE_MEDUSA_ADMIN: options.admin ? "false" : "true",
        NODE_ENV: "development",
      },
      label: "backend",
      quiet,
    })
    await waitForUrl(`${url}/health`, 120_000, child)
    if (options.seed !== false) {
      await waitForProductIndex(url, output.publishableKey, 180_000)
    }
    return {
      ...output,
      url,
      database,
      process: child,
      stop: async () => {
        await stopProcess(child)
        await database.stop()
      },
    }
  } catch (error) {
    await database.stop()
    throw error
  }
}

export interface RunningStorefront {
  url: string
  process: ChildProcess
  stop(): Promise<void>
}

/** The storefront's Vite dev server on a free port, talking to the given backend. */
export async function startStorefront(
  backend: { url: string; publishableKey: string },
  options: { quiet?: boolean; env?: Env } = {}
): Promise<RunningStorefront> {
  const quiet = options.quiet ?? !process.env.SENTRA_DEBUG
  const port = await freePort()
  const url = `http://localhost:${port}`
  const child = startProcess(bin("remix", STOREFRONT_DIR), ["vite:dev", "--port", String(port), "--strictPort"], {
    cwd: STOREFRONT_DIR,
    env: { ...options.env, MEDUSA_BACKEND_URL: backend.url, MEDUSA_PUBLISHABLE_KEY: backend.publishableKey },
    label: "storefront",
    quiet,
  })
  try {
    await waitForUrl(url, 60_000, child)
  } catch (error) {
    await stopProcess(child)
    throw error
  }
  return { url, process: child, stop: () => stopProcess(child) }
}
