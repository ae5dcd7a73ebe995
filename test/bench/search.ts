/**
 * `npm run bench:search` — load benchmark of the storefront's product search (issue 4, item 7).
 * Not a test: it measures and writes test/bench/results/search-<size>.json and search.md.
 *
 * 1. Boots a real backend on a throw-away embedded PostgreSQL (`startBackend()`: migrations,
 *    setup, seed) and waits until the seeded products are indexed.
 * 2. For each size (10,000 then 100,000 documents), `medusa exec medusa/prepare.ts` grows the
 *    product index with synthetic documents through the Search Module's `upsertDocuments`, runs
 *    VACUUM ANALYZE, and captures the SQL the two routes send for every request of the mix.
 * 3. Measures POST /store/search and GET /store/search/suggest over HTTP — one request at a time,
 *    then at a fixed arrival rate (open loop) — and, in the same run, the floor: the captured SQL
 *    replayed straight to PostgreSQL in the same order and at the same rate.
 * 4. Writes the reports, stops the backend and deletes its database.
 *
 * Only localhost traffic; every phase is bounded in time and count. Knobs (environment):
 * BENCH_SIZES=10000,100000  BENCH_SEARCH_RATE=2  BENCH_SUGGEST_RATE=4  BENCH_DURATION_S=60
 * BENCH_SUGGEST_DURATION_S=20  BENCH_SEQUENTIAL=20  BENCH_SEARCH_MIX=120  BENCH_SUGGEST_MIX=80
 * SENTRA_DEBUG=1 shows the backend's output.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { generateSeed } from "@sentra/seed-data"
import { BACKEND_DIR, medusa, startBackend, type RunningBackend } from "@sentra/stack"
import type pg from "pg"
import { waitForIndex } from "../support/search"
import { floorPool, FLOOR_POOL_SIZE, replay, settle } from "./floor"
import { openLoop, sequential, summarize, type LoadStats, type Send } from "./load"
import type { CapturedRequest, PrepareOutput } from "./medusa/prepare"
import { searchMix, suggestMix, type SearchCase, type SuggestCase } from "./queries"
import { compare, markdown, targetChecks, type Comparison, type SizeResult } from "./report"

const HERE = dirname(fileURLToPath(import.meta.url))
const RESULTS = join(HERE, "results")
const COMMAND = "npm run bench:search"

const numberEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return process.env[name] && Number.isFinite(value) && value > 0 ? value : fallback
}

const CONFIG = {
  sizes: (process.env.BENCH_SIZES ?? "10000,100000").split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0),
  search: {
    rate_per_s: numberEnv("BENCH_SEARCH_RATE", 2),
    // Each fixed-rate phase sends the whole mix once (120 bodies at 2/s, 80 queries at 4/s), so
    // its p95 is over every kind of request, not the second-slowest of the first forty.
    duration_s: numberEnv("BENCH_DURATION_S", 60),
    // The storefront gives up on a results page after 8 s (storefront/app/lib/search.server.ts).
    timeout_ms: 8_000,
  },
  suggest: {
    rate_per_s: numberEnv("BENCH_SUGGEST_RATE", 4),
    duration_s: numberEnv("BENCH_SUGGEST_DURATION_S", 20),
    // ... and on suggestions after 2 s.
    timeout_ms: 2_000,
  },
  // One at a time measures service time: a long timeout, and a bound on the phase instead.
  sequential: { requests: numberEnv("BENCH_SEQUENTIAL", 20), max_s: 120, timeout_ms: 60_000 },
  mix: { search: numberEnv("BENCH_SEARCH_MIX", 120), suggest: numberEnv("BENCH_SUGGEST_MIX", 80) },
}

const log = (message: string) => console.log(`[bench] ${new Date().toISOString().slice(11, 19)} ${message}`)

function tally(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {}
  kinds.forEach((kind) => (counts[kind] = (counts[kind] ?? 0) + 1))
  return counts
}

/** An HTTP send for the load generator: any non-2xx answer or unreadable body is an error. */
function httpSend(request: (i: number, signal: AbortSignal) => Promise<Response>, check: (json: unknown) => boolean): Send {
  return async (i, signal) => {
    const response = await request(i, signal)
    const text = await response.text()
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`)
    }
    if (!check(JSON.parse(text))) {
      throw new Error("unexpected response body")
    }
  }
}

interface Phase {
  label: string
  route: Send
  floor: Send
  cases: number
  rate: number
  durationMs: number
  timeoutMs: number
}

class SizeRun {
  readonly loadAverage: Record<string, number> = {}
  cancelled = 0

  constructor(private readonly pool: pg.Pool) {}

  private async recover() {
    this.cancelled += (await settle(this.pool)).cancelled
  }

  private async measure(name: string, run: () => Promise<LoadStats>): Promise<LoadStats> {
    await this.recover()
    this.loadAverage[name] = loadavg()[0]
    const stats = await run()
    log(`  ${name}: ${stats.ok}/${stats.requests} ok, p50 ${stats.p50_ms ?? "timeout"} ms, p95 ${stats.p95_ms ?? "timeout"} ms, p99 ${stats.p99_ms ?? "timeout"} ms`)
    return stats
  }

  /** The same requests one at a time, over HTTP and as SQL. */
  async sequential(phase: Phase): Promise<Comparison> {
    const one = (send: Send): Send => async (i, signal) => {
      try {
        await send(i, signal)
      } catch (error) {
        // A request given up on keeps the server busy: let it finish (or cancel it) before the next.
        await this.recover()
        throw error
      }
    }
    const { requests, max_s: maxS, timeout_ms: timeoutMs } = CONFIG.sequential
    const options = { count: requests, maxMs: maxS * 1000, timeoutMs, cases: phase.cases }
    const stats = { mode: "sequential", rate: null, timeoutMs } as const
    const route = await this.measure(`${phase.label} one-at-a-time route`, async () =>
      summarize(await sequential({ ...options, send: one(phase.route) }), stats)
    )
    const floor = await this.measure(`${phase.label} one-at-a-time floor`, async () =>
      summarize(await sequential({ ...options, count: route.requests, send: one(phase.floor) }), stats)
    )
    return compare(route, floor)
  }

  /** The same request sequence at the same fixed arrival rate, over HTTP and as SQL. */
  async fixedRate(phase: Phase): Promise<Comparison> {
    const options = { rate: phase.rate, durationMs: phase.durationMs, timeoutMs: phase.timeoutMs, cases: phase.cases }
    const stats = { mode: "open-loop", rate: phase.rate, timeoutMs: phase.timeoutMs } as const
    const route = await this.measure(`${phase.label} fixed-rate route`, async () =>
      summarize(await openLoop({ ...options, send: phase.route }), stats)
    )
    const floor = await this.measure(`${phase.label} fixed-rate floor`, async () =>
      summarize(await openLoop({ ...options, send: phase.floor }), stats)
    )
    await this.recover()
    return compare(route, floor)
  }
}

async function prepareSize(backend: RunningBackend, size: number, mixFile: string, workDir: string): Promise<PrepareOutput> {
  const outFile = join(workDir, `prepare-${size}.json`)
  const script = relative(BACKEND_DIR, join(HERE, "medusa", "prepare.ts"))
  await medusa(["exec", script, String(size), mixFile, outFile], {
    cwd: BACKEND_DIR,
    env: { DATABASE_URL: backend.database.url, MEDUSA_BACKEND_URL: backend.url },
    label: "prepare",
    quiet: !process.env.SENTRA_DEBUG,
  })
  return JSON.parse(readFileSync(outFile, "utf8")) as PrepareOutput
}

async function benchSize(options: {
  backend: RunningBackend
  pool: pg.Pool
  size: number
  search: SearchCase[]
  suggest: SuggestCase[]
  mixFile: string
  workDir: string
}): Promise<SizeResult> {
  const { backend, pool, size, search, suggest } = options
  log(`${size.toLocaleString("en")} products: growing the index and capturing the routes' SQL (medusa exec)…`)
  const prepared = await prepareSize(backend, size, options.mixFile, options.workDir)
  const documents = await waitForIndex(backend.url, backend.publishableKey, size)
  log(
    `  index: ${documents} documents (${prepared.seeded.added} written in ${prepared.seeded.seconds.toFixed(0)} s); ` +
      `${prepared.search.length + prepared.suggest.length} requests captured`
  )

  const searchBodies = search.map((item) => JSON.stringify(item.body))
  const headers = { "content-type": "application/json", "x-publishable-api-key": backend.publishableKey }
  const floorSend = (captured: CapturedRequest[]): Send => (i, signal) => replay(pool, captured[i], signal)
  const searchPhase: Phase = {
    label: "search",
    route: httpSend(
      (i, signal) => fetch(`${backend.url}/store/search`, { method: "POST", headers, body: searchBodies[i], signal }),
      (json) => Array.isArray((json as { results?: unknown[] }).results)
    ),
    floor: floorSend(prepared.search),
    cases: search.length,
    rate: CONFIG.search.rate_per_s,
    durationMs: CONFIG.search.duration_s * 1000,
    timeoutMs: CONFIG.search.timeout_ms,
  }
  const suggestPhase: Phase = {
    label: "suggest",
    route: httpSend(
      (i, signal) =>
        fetch(`${backend.url}/store/search/suggest?q=${encodeURIComponent(suggest[i].q)}&limit=${suggest[i].limit}`, {
          headers: { "x-publishable-api-key": backend.publishableKey },
          signal,
        }),
      (json) => Array.isArray((json as { products?: unknown[] }).products)
    ),
    floor: floorSend(prepared.suggest),
    cases: suggest.length,
    rate: CONFIG.suggest.rate_per_s,
    durationMs: CONFIG.suggest.duration_s * 1000,
    timeoutMs: CONFIG.suggest.timeout_ms,
  }

  const run = new SizeRun(pool)
  const searchSequential = await run.sequential(searchPhase)
  const searchFixed = await run.fixedRate(searchPhase)
  const suggestSequential = await run.sequential(suggestPhase)
  const suggestFixed = await run.fixedRate(suggestPhase)

  const cpu = cpus()
  return {
    benchmark: "search",
    command: COMMAND,
    generated_at: new Date().toISOString(),
    engine: "PostgreSQL (embedded default, packages/search-postgres-indonesian)",
    machine: {
      cpus: cpu.length,
      cpu_model: cpu[0]?.model.trim() ?? "unknown",
      node: process.version,
      platform: `${platform()} ${release()}`,
      memory_gb: Math.round(totalmem() / 2 ** 30),
    },
    size,
    index: {
      documents,
      real: prepared.real_documents,
      synthetic: prepared.synthetic_documents,
      seeded_now: prepared.seeded.added,
      seed_seconds: prepared.seeded.seconds,
      seed_documents_per_second: prepared.seeded.documents_per_second,
      vacuum_seconds: prepared.vacuum_seconds,
    },
    mix: {
      search: search.length,
      suggest: suggest.length,
      search_kinds: tally(search.map((item) => item.kind)),
      suggest_kinds: tally(suggest.map((item) => item.kind)),
    },
    config: {
      search: CONFIG.search,
      suggest: CONFIG.suggest,
      sequential: CONFIG.sequential,
      floor_pool: FLOOR_POOL_SIZE,
    },
    load_average: run.loadAverage,
    search: { sequential: searchSequential, fixed_rate: searchFixed },
    suggest: { sequential: suggestSequential, fixed_rate: suggestFixed },
    cancelled_statements: run.cancelled,
  }
}

async function main() {
  if (process.env.MEILISEARCH_HOST) {
    throw new Error("bench:search measures the PostgreSQL engine (the floor is its SQL): unset MEILISEARCH_HOST")
  }
  const started = Date.now()
  const workDir = mkdtempSync(join(tmpdir(), "sentra-bench-"))
  log(`sizes ${CONFIG.sizes.join(", ")}; starting a backend on a throw-away database (migrate, setup, seed)…`)
  const backend = await startBackend()
  // Nobody reads the backend's output unless SENTRA_DEBUG: drain it, or its request log fills the pipe and blocks it.
  backend.process.stdout?.resume()
  backend.process.stderr?.resume()
  const pool = floorPool(backend.database.url)
  const results: SizeResult[] = []
  try {
    await waitForIndex(backend.url, backend.publishableKey, generateSeed().products.length)
    const search = searchMix(CONFIG.mix.search)
    const suggest = suggestMix(CONFIG.mix.suggest)
    const mixFile = join(workDir, "mix.json")
    writeFileSync(mixFile, JSON.stringify({ search, suggest }))
    for (const size of [...CONFIG.sizes].sort((a, b) => a - b)) {
      const result = await benchSize({ backend, pool, size, search, suggest, mixFile, workDir })
      writeFileSync(join(RESULTS, `search-${size}.json`), `${JSON.stringify(result, null, 2)}\n`)
      results.push(result)
      for (const check of targetChecks(result)) {
        log(`  ${check.verdict}  ${check.target}: ${check.measured}`)
      }
    }
    const runtime = (Date.now() - started) / 1000
    const notes = { finished_at: new Date().toISOString(), runtime_s: runtime, load_average: loadavg() }
    writeFileSync(join(RESULTS, "search.md"), markdown(results, notes))
    log(`done in ${Math.round(runtime)} s; reports in test/bench/results/`)
  } finally {
    await pool.end().catch(() => undefined)
    await backend.stop()
    rmSync(workDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
