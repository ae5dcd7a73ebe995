/**
 * `npm run relevance` — precision@5 of the storefront's product search on the judged queries.
 *
 * Boots a real backend on a throw-away database (`startBackend()`: migrations, setup, seed),
 * waits until the search index holds the seeded catalog, sends every query of judged.json to
 * POST /store/search exactly as the storefront does, and writes report.md and report.json next
 * to this file. The engine is whatever the environment selects (MEILISEARCH_HOST → Meilisearch).
 *
 * SENTRA_BACKEND_URL + SENTRA_PUBLISHABLE_KEY run it against a backend that is already up
 * (handy while tuning). Exit code 1 when the mean is below the target.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { startBackend, type RunningBackend } from "@sentra/stack"
import { percentile, searchProducts, waitForIndex } from "../support/search"

interface JudgedQuery {
  q: string
  kind: string
  mode?: "typeahead"
  relevant: string[]
  forbidden?: string[]
}

interface Judged {
  metric: string
  target: number
  queries: JudgedQuery[]
}

interface QueryResult extends JudgedQuery {
  top: string[]
  hits: number
  forbidden_hits: string[]
  precision: number
  search_ms: number
  suggest_ms: number
}

const HERE = dirname(fileURLToPath(import.meta.url))
const K = 5

/** |top k ∩ relevant| / min(k, |relevant|); 0 when a forbidden product is in the top k. */
export function precisionAtK(top: string[], relevant: string[], forbidden: string[] = [], k = K) {
  const first = top.slice(0, k)
  const hits = first.filter((handle) => relevant.includes(handle)).length
  const forbiddenHits = first.filter((handle) => forbidden.includes(handle))
  const precision = forbiddenHits.length ? 0 : hits / Math.min(k, relevant.length)
  return { hits, forbiddenHits, precision }
}

async function runQuery(url: string, key: string, query: JudgedQuery): Promise<QueryResult> {
  const started = performance.now()
  const result = await searchProducts(url, key, {
    entity: "product",
    fields: ["handle"],
    filters: { q: query.q },
    pagination: { take: K },
    search_options: query.mode === "typeahead" ? { match_strategy: "last" } : {},
  })
  const searchMs = performance.now() - started
  const suggestStarted = performance.now()
  const suggest = await fetch(`${url}/store/search/suggest?q=${encodeURIComponent(query.q)}`, {
    headers: { "x-publishable-api-key": key },
  })
  await suggest.arrayBuffer()
  const suggestMs = performance.now() - suggestStarted
  if (!suggest.ok) {
    throw new Error(`GET /store/search/suggest ${suggest.status}`)
  }
  const top = result.hits.map((hit) => hit.document.handle)
  const { hits, forbiddenHits, precision } = precisionAtK(top, query.relevant, query.forbidden)
  return { ...query, top, hits, forbidden_hits: forbiddenHits, precision, search_ms: searchMs, suggest_ms: suggestMs }
}

function markdown(report: {
  engine: string
  generated_at: string
  mean: number
  target: number
  metric: string
  by_kind: Record<string, { queries: number; mean: number }>
  latency: Record<string, { p50: number; p95: number }>
  results: QueryResult[]
}): string {
  const pct = (value: number) => value.toFixed(2)
  const lines = [
    "# Search relevance report",
    "",
    `Produced by \`npm run relevance\` (test/relevance/run.ts) on ${report.generated_at}, engine: **${report.engine}**.`,
    "",
    `Metric: ${report.metric} Target: ${report.target}.`,
    "",
    `**Mean precision@5: ${pct(report.mean)}** over ${report.results.length} queries (${report.mean >= report.target ? "meets" : "BELOW"} the target).`,
    "",
    "| Kind | Queries | Mean P@5 |",
    "| --- | ---: | ---: |",
    ...Object.entries(report.by_kind).map(([kind, row]) => `| ${kind} | ${row.queries} | ${pct(row.mean)} |`),
    "",
    "Latency of this run (one client, sequential; informative only — the benchmark is `npm run bench:search`):",
    "",
    "| Route | p50 ms | p95 ms |",
    "| --- | ---: | ---: |",
    ...Object.entries(report.latency).map(([route, row]) => `| ${route} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} |`),
    "",
    "## Queries",
    "",
    "| Query | Kind | P@5 | Relevant in top 5 | Misses and intruders |",
    "| --- | --- | ---: | ---: | --- |",
    ...report.results.map((r) => {
      const expected = Math.min(K, r.relevant.length)
      const missing = r.relevant.filter((handle) => !r.top.includes(handle)).slice(0, expected - r.hits)
      const notes = [
        ...r.forbidden_hits.map((handle) => `forbidden: ${handle}`),
        ...(r.hits < expected ? missing.map((handle) => `missing: ${handle}`) : []),
      ].join("<br>")
      return `| \`${r.q}\`${r.mode ? ` (${r.mode})` : ""} | ${r.kind} | ${pct(r.precision)} | ${r.hits}/${expected} | ${notes} |`
    }),
    "",
  ]
  return lines.join("\n")
}

async function main() {
  const judged = JSON.parse(readFileSync(join(HERE, "judged.json"), "utf8")) as Judged
  const engine = process.env.MEILISEARCH_HOST ? `Meilisearch (${process.env.MEILISEARCH_HOST})` : "PostgreSQL (embedded default)"
  let backend: RunningBackend | undefined
  let url = process.env.SENTRA_BACKEND_URL
  let key = process.env.SENTRA_PUBLISHABLE_KEY
  if (!url || !key) {
    console.log("[relevance] starting a backend on a throw-away database (migrate, setup, seed)…")
    backend = await startBackend()
    url = backend.url
    key = backend.publishableKey
  }
  try {
    const { generateSeed } = await import("@sentra/seed-data")
    const documents = await waitForIndex(url, key, generateSeed().products.length)
    console.log(`[relevance] ${engine}: ${documents} products indexed; running ${judged.queries.length} queries`)

    const results: QueryResult[] = []
    for (const query of judged.queries) {
      results.push(await runQuery(url, key, query))
    }
    const mean = results.reduce((sum, r) => sum + r.precision, 0) / results.length
    const byKind: Record<string, { queries: number; mean: number }> = {}
    for (const kind of [...new Set(results.map((r) => r.kind))]) {
      const rows = results.filter((r) => r.kind === kind)
      byKind[kind] = { queries: rows.length, mean: rows.reduce((sum, r) => sum + r.precision, 0) / rows.length }
    }
    const latency = {
      "POST /store/search": { p50: percentile(results.map((r) => r.search_ms), 50), p95: percentile(results.map((r) => r.search_ms), 95) },
      "GET /store/search/suggest": {
        p50: percentile(results.map((r) => r.suggest_ms), 50),
        p95: percentile(results.map((r) => r.suggest_ms), 95),
      },
    }
    const report = {
      engine,
      generated_at: new Date().toISOString(),
      metric: judged.metric,
      target: judged.target,
      mean,
      by_kind: byKind,
      latency,
      results,
    }
    writeFileSync(join(HERE, "report.json"), `${JSON.stringify(report, null, 2)}\n`)
    writeFileSync(join(HERE, "report.md"), markdown(report))
    for (const r of results.filter((row) => row.precision < 1)) {
      console.log(`  ${r.precision.toFixed(2)}  ${r.q}  top: ${r.top.join(", ")}`)
    }
    console.log(`[relevance] mean precision@5 = ${mean.toFixed(3)} (target ${judged.target}); report: test/relevance/report.md`)
    process.exitCode = mean >= judged.target ? 0 : 1
  } finally {
    await backend?.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
