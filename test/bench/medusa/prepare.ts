/**
 * Runs inside the backend (`medusa exec ../test/bench/medusa/prepare.ts <size> <mix.json> <out.json>`,
 * driven by test/bench/search.ts), so it uses the application's own container, Search Module and
 * route code:
 *
 * 1. grows the product index to `size` documents with synthetic ones (catalog.ts), written through
 *    the Search Module's `upsertDocuments` in batches — the provider's own INSERTs, tsvectors and
 *    vocabulary, without the 100k Medusa products behind them;
 * 2. `VACUUM ANALYZE`s the document, vocabulary, facts and cells tables (what autovacuum does after a bulk load);
 * 3. runs every request of the mix through the real middleware chain and handler of
 *    POST /store/search and GET /store/search/suggest in this process, recording every statement
 *    sent to PostgreSQL (text, bound values as pg sends them, and which ones were in flight
 *    together), for the benchmark to replay as the floor. Every statement runs for real: later
 *    SQL depends on earlier results (the vocabulary lookups' corrections);
 * 4. writes what it did and the captured SQL to `out.json`.
 *
 * This folder is CommonJS (its package.json) because `medusa exec` loads scripts with require().
 */
import { writeFileSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { validateAndTransformBody, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { POST as searchRoute } from "@medusajs/medusa/api/store/search/route"
import { StoreSearch } from "@medusajs/medusa/api/store/search/validators"
import { PRODUCT_INDEX } from "@sentra/search-contract"
import { storeSearchMiddlewares } from "../../../backend/src/api/store/search/middlewares"
import { GET as suggestRoute } from "../../../backend/src/api/store/search/suggest/route"
import type { SearchCase, SuggestCase } from "../queries"
import { BENCH_ID_PREFIX, SyntheticCatalog, type BenchDocument, type IndexFacts } from "./catalog"

/** Documents per `upsertDocuments` call (the provider splits them into INSERTs of 200, in one transaction). */
const UPSERT_BATCH = 2_000
/** Batches in flight: PostgreSQL does most of the work (tsvectors, GIN indexes), one backend per batch. */
const UPSERT_CONCURRENCY = 2
/** The index the storefront searches (the search contract). */
const INDEX = PRODUCT_INDEX
/** The provider's catalog of physical tables (@medusajs/search-postgres). */
const CATALOG_TABLE = "search_postgres_index"
/**
 * Lookups the floor leaves out: the Search Module's and the provider's bookkeeping (active index
 * version, table catalog), cached in the process and re-read every few seconds, not per request.
 */
const BOOKKEEPING = /"(search_index|search_index_version|search_postgres_index)"/

export interface CapturedStatement {
  text: string
  values: (string | null)[]
  /** Statements of the same wave were in flight together; waves ran one after the other. */
  wave: number
}

export interface CapturedRequest {
  status: number
  statements: CapturedStatement[]
}

export interface PrepareOutput {
  table: string
  real_documents: number
  synthetic_documents: number
  seeded: { added: number; seconds: number; documents_per_second: number | null }
  vacuum_seconds: number
  search: CapturedRequest[]
  suggest: CapturedRequest[]
}

interface Knex {
  raw(sql: string, bindings?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
}

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => unknown

export default async function prepare({ container, args }: ExecArgs) {
  const [sizeArg, mixFile, outFile] = args
  const size = Number(sizeArg)
  if (!Number.isInteger(size) || size <= 0 || !mixFile || !outFile) {
    throw new Error("usage: medusa exec prepare.ts <size> <mix.json> <out.json>")
  }
  const mix = JSON.parse(readFileSync(mixFile, "utf8")) as { search: SearchCase[]; suggest: SuggestCase[] }
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Knex
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const table = await productTable(knex)
  const { facts, real } = await indexFacts(knex, table)
  const [{ synthetic }] = (await knex.raw(`SELECT count(*)::int AS synthetic FROM "${table}" WHERE id LIKE ?`, [`${BENCH_ID_PREFIX}%`])).rows as {
    synthetic: number
  }[]
  const target = Math.max(0, size - real)
  const catalog = new SyntheticCatalog(facts)

  const seedStarted = performance.now()
  let next = synthetic
  const writer = async () => {
    while (next < target) {
      const from = next
      next = Math.min(target, from + UPSERT_BATCH)
      const documents: BenchDocument[] = catalog.documents(from, next)
      await search.upsertDocuments({ index: INDEX, documents })
      if (Math.floor(next / 10_000) > Math.floor(from / 10_000)) {
        logger.info(`[bench] ${next + real} / ${size} documents`)
      }
    }
  }
  await Promise.all(Array.from({ length: UPSERT_CONCURRENCY }, writer))
  const added = Math.max(0, target - synthetic)
  const seedSeconds = (performance.now() - seedStarted) / 1000

  const vacuumStarted = performance.now()
  await knex.raw(`VACUUM ANALYZE "${table}"`)
  await knex.raw(`VACUUM ANALYZE "${table}_vocab"`)
  await knex.raw(`VACUUM ANALYZE "${table}_facts"`)
  await knex.raw(`VACUUM ANALYZE "${table}_facts_cells"`)
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000

  const recorder = new StatementRecorder()
  const routes = routeChains(container, facts.sales_channel_ids)
  const captureAll = async <T>(cases: T[], run: (item: T) => Promise<{ status: number; body: unknown }>) => {
    const captured: CapturedRequest[] = []
    for (const item of cases) {
      recorder.start()
      const response = await run(item)
      const statements = recorder.stop().filter((statement) => !BOOKKEEPING.test(statement.text))
      if (response.status !== 200) {
        throw new Error(`A benchmark request fails in the route (${response.status}): ${JSON.stringify(response.body)}`)
      }
      captured.push({ status: response.status, statements: renumberWaves(statements) })
    }
    return captured
  }
  // Once through each route first: module caches, the provider's catalog, the vocabulary table check.
  await routes.search(mix.search[0].body)
  await routes.suggest({ q: mix.suggest[0].q, limit: String(mix.suggest[0].limit) })
  const searchCaptured = await captureAll(mix.search, (item) => routes.search(item.body))
  const suggestCaptured = await captureAll(mix.suggest, (item) => routes.suggest({ q: item.q, limit: String(item.limit) }))
  recorder.restore()

  const output: PrepareOutput = {
    table,
    real_documents: real,
    synthetic_documents: target,
    seeded: { added, seconds: seedSeconds, documents_per_second: added ? added / seedSeconds : null },
    vacuum_seconds: vacuumSeconds,
    search: searchCaptured,
    suggest: suggestCaptured,
  }
  writeFileSync(outFile, JSON.stringify(output))
}

/** The physical table of the active `product` index version. */
async function productTable(knex: Knex): Promise<string> {
  const prefix = process.env.SEARCH_INDEX_PREFIX ?? ""
  const rows = (await knex.raw(`SELECT name, table_name FROM "${CATALOG_TABLE}"`)).rows as { name: string; table_name: string }[]
  const versions = rows
    .map((row) => ({ ...row, version: Number(new RegExp(`^${prefix}${INDEX}_v(\\d+)$`).exec(row.name)?.[1]) }))
    .filter((row) => Number.isInteger(row.version))
    .sort((a, b) => b.version - a.version)
  if (!versions.length) {
    throw new Error(`No PostgreSQL table for the "${INDEX}" search index (is the backend migrated, and on the PostgreSQL engine?)`)
  }
  return versions[0].table_name
}

/** Sales channel, per-seller profile and thumbnails from the documents the seed indexed. */
async function indexFacts(knex: Knex, table: string): Promise<{ facts: IndexFacts; real: number }> {
  const rows = (await knex.raw(`SELECT document FROM "${table}" WHERE id NOT LIKE ?`, [`${BENCH_ID_PREFIX}%`])).rows as {
    document: BenchDocument
  }[]
  if (!rows.length) {
    throw new Error("The product index holds no seeded documents: run the setup with the seed first")
  }
  const facts: IndexFacts = { sales_channel_ids: rows[0].document.sales_channel_ids, sellers: {}, thumbnails: {} }
  for (const { document } of rows) {
    facts.sellers[document.seller_handle] ??= {
      badges: document.badges,
      cohorts: document.cohorts,
      open_slots: document.open_slots ?? [],
      closed_slots: document.closed_slots ?? [],
    }
    facts.thumbnails[document.handle] = document.thumbnail
  }
  return { facts, real: rows.length }
}

/**
 * The two routes as the HTTP server runs them, minus HTTP: Medusa's body validator, Sentra's
 * store search middlewares (backend/src/api/store/search/middlewares.ts) and the handler, with the
 * publishable key's sales channels already resolved.
 */
function routeChains(container: ExecArgs["container"], salesChannelIds: string[]) {
  const middlewaresOf = (method: string, matcher: string) =>
    storeSearchMiddlewares
      .filter((route) => route.matcher === matcher && [route.method].flat().includes(method as never))
      .flatMap((route) => (route.middlewares ?? []) as Middleware[])
  const searchChain: Middleware[] = [validateAndTransformBody(StoreSearch) as Middleware, ...middlewaresOf("POST", "/store/search")]
  const suggestChain = middlewaresOf("GET", "/store/search/suggest")

  const run = async (chain: Middleware[], handler: (req: MedusaRequest, res: MedusaResponse) => Promise<void>, input: { body?: unknown; query?: unknown }) => {
    const req = {
      scope: container,
      body: structuredClone(input.body),
      query: input.query ?? {},
      allowed: [],
      publishable_key_context: { key: "bench", sales_channel_ids: salesChannelIds },
    } as unknown as MedusaRequest
    let status = 200
    let body: unknown
    const res = {
      status(code: number) {
        status = code
        return res
      },
      json(value: unknown) {
        body = value
        return res
      },
    } as unknown as MedusaResponse
    try {
      for (const middleware of chain) {
        await new Promise<void>((resolve, reject) => {
          Promise.resolve(middleware(req, res, (error?: unknown) => (error ? reject(error) : resolve()))).catch(reject)
        })
      }
      await handler(req, res)
    } catch (error) {
      return { status: 500, body: { message: error instanceof Error ? error.message : String(error) } }
    }
    return { status, body }
  }

  return {
    search: (body: unknown) => run(searchChain, searchRoute as never, { body }),
    suggest: (query: Record<string, string>) => run(suggestChain, suggestRoute as never, { query }),
  }
}

/** Waves numbered 0.. again after statements were left out. */
function renumberWaves(statements: CapturedStatement[]): CapturedStatement[] {
  const waves = [...new Set(statements.map((statement) => statement.wave))]
  return statements.map((statement) => ({ ...statement, wave: waves.indexOf(statement.wave) }))
}

interface PgModule {
  Client: { prototype: { query: (...args: unknown[]) => unknown } }
}

/**
 * Records what this process sends to PostgreSQL while started: it wraps `Client#query` of every
 * copy of `pg` the backend can load (knex's and MikroORM's), and keeps the text and the values
 * as pg serializes them. Start and end times group the statements into waves.
 */
class StatementRecorder {
  private readonly restores: (() => void)[] = []
  private records: { text: string; values: (string | null)[]; start: number; end: number }[] | undefined

  constructor() {
    const backendRequire = createRequire(join(process.cwd(), "package.json"))
    const paths = new Set<string>()
    for (const from of ["pg", "@mikro-orm/postgresql", "knex"]) {
      try {
        const resolved = from === "pg" ? backendRequire.resolve("pg") : createRequire(backendRequire.resolve(from)).resolve("pg")
        paths.add(resolved)
      } catch {
        // that copy is not installed
      }
    }
    for (const path of paths) {
      const pg = require(path) as PgModule
      const prepareValue = (require(join(path, "..", "utils")) as { prepareValue: (value: unknown) => unknown }).prepareValue
      const original = pg.Client.prototype.query
      if ((original as { __benchRecorder?: boolean }).__benchRecorder) {
        continue
      }
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      const recorder = this
      const wrapped = function (this: unknown, ...args: unknown[]) {
        const records = recorder.records
        if (!records) {
          return original.apply(this, args)
        }
        const config = args[0] as string | { text?: string; values?: unknown[] }
        const text = typeof config === "string" ? config : config?.text ?? ""
        const rawValues = (typeof config === "object" && config?.values) || (Array.isArray(args[1]) ? (args[1] as unknown[]) : [])
        const record = {
          text,
          values: rawValues.map((value) => {
            const prepared = prepareValue(value)
            return prepared === null || prepared === undefined ? null : Buffer.isBuffer(prepared) ? prepared.toString() : String(prepared)
          }),
          start: performance.now(),
          end: Number.NaN,
        }
        records.push(record)
        const done = () => {
          record.end = performance.now()
        }
        const last = args.length - 1
        const callback = typeof args[last] === "function" ? (args[last] as (...cbArgs: unknown[]) => unknown) : undefined
        if (callback) {
          args[last] = (...cbArgs: unknown[]) => {
            done()
            return callback(...cbArgs)
          }
        }
        const result = original.apply(this, args)
        if (result && typeof (result as Promise<unknown>).then === "function") {
          ;(result as Promise<unknown>).then(done, done)
        }
        return result
      }
      ;(wrapped as { __benchRecorder?: boolean }).__benchRecorder = true
      pg.Client.prototype.query = wrapped
      this.restores.push(() => {
        pg.Client.prototype.query = original
      })
    }
    if (!this.restores.length) {
      throw new Error("Could not find the pg driver the backend uses")
    }
  }

  start() {
    this.records = []
  }

  /** The statements since start(), in waves: a statement sent while every one of the current wave was still running joins it. */
  stop(): CapturedStatement[] {
    const records = (this.records ?? []).sort((a, b) => a.start - b.start)
    this.records = undefined
    const statements: CapturedStatement[] = []
    let wave = -1
    let waveEnds = Number.NEGATIVE_INFINITY
    for (const record of records) {
      const end = Number.isNaN(record.end) ? record.start : record.end
      if (record.start >= waveEnds) {
        wave += 1
        waveEnds = end
      } else {
        waveEnds = Math.min(waveEnds, end)
      }
      statements.push({ text: record.text, values: record.values, wave })
    }
    return statements
  }

  restore() {
    this.restores.forEach((restore) => restore())
  }
}
