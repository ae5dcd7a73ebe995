/** The benchmark's result files: one JSON per index size, and the combined Markdown report. */
import type { LoadStats } from "./load"

export interface Comparison {
  route: LoadStats
  floor: LoadStats
  /** route / floor at p50 and p95 (null when either side has no finite value). */
  ratio_p50: number | null
  ratio_p95: number | null
}

export interface SizeResult {
  benchmark: "search"
  command: string
  generated_at: string
  engine: string
  machine: { cpus: number; cpu_model: string; node: string; platform: string; memory_gb: number }
  size: number
  index: {
    documents: number
    real: number
    synthetic: number
    seeded_now: number
    seed_seconds: number
    seed_documents_per_second: number | null
    vacuum_seconds: number
  }
  mix: { search: number; suggest: number; search_kinds: Record<string, number>; suggest_kinds: Record<string, number> }
  config: {
    search: { rate_per_s: number; duration_s: number; timeout_ms: number }
    suggest: { rate_per_s: number; duration_s: number; timeout_ms: number }
    sequential: { requests: number; max_s: number; timeout_ms: number }
    floor_pool: number
  }
  /** Load average (1 min) when each phase started, by phase. */
  load_average: Record<string, number>
  search: { sequential: Comparison; fixed_rate: Comparison }
  suggest: { sequential: Comparison; fixed_rate: Comparison }
  /** Leftover statements cancelled between phases (requests the client had given up on). */
  cancelled_statements: number
}

export interface TargetCheck {
  target: string
  measured: string
  verdict: "PASS" | "MISS" | "n/a"
}

/** p95 targets of issue 4 for POST /store/search at a fixed arrival rate. */
export const P95_TARGET_MS: Record<number, number> = { 10_000: 50, 100_000: 150 }
export const FLOOR_RATIO_TARGET = 3

export function compare(route: LoadStats, floor: LoadStats): Comparison {
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null && b > 0 ? Math.round((a / b) * 100) / 100 : null)
  return { route, floor, ratio_p50: ratio(route.p50_ms, floor.p50_ms), ratio_p95: ratio(route.p95_ms, floor.p95_ms) }
}

const ms = (value: number | null, timeoutMs: number) => (value === null ? `> ${timeoutMs} (timeouts)` : value.toFixed(value < 100 ? 1 : 0))

export function targetChecks(result: SizeResult): TargetCheck[] {
  const checks: TargetCheck[] = []
  const fixed = result.search.fixed_rate
  const p95Target = P95_TARGET_MS[result.size]
  if (p95Target !== undefined) {
    checks.push({
      target: `POST /store/search p95 ≤ ${p95Target} ms at ${result.size.toLocaleString("en")} products (${result.config.search.rate_per_s}/s)`,
      measured: `${ms(fixed.route.p95_ms, fixed.route.timeout_ms)} ms`,
      verdict: fixed.route.p95_ms !== null && fixed.route.p95_ms <= p95Target ? "PASS" : "MISS",
    })
  }
  for (const [label, comparison] of [
    ["fixed rate", fixed],
    ["one at a time", result.search.sequential],
  ] as const) {
    const ratio = comparison.ratio_p95
    const { route, floor } = comparison
    checks.push({
      target: `route p95 ≤ ${FLOOR_RATIO_TARGET}× floor p95 (${label}, ${result.size.toLocaleString("en")})`,
      measured:
        ratio === null
          ? `route ${ms(route.p95_ms, route.timeout_ms)} ms / floor ${ms(floor.p95_ms, floor.timeout_ms)} ms`
          : `${ratio}× (${ms(route.p95_ms, route.timeout_ms)} / ${ms(floor.p95_ms, floor.timeout_ms)} ms)`,
      // Both sides timing out says nothing about the route's overhead.
      verdict: ratio === null ? (route.p95_ms === null && floor.p95_ms !== null ? "MISS" : "n/a") : ratio <= FLOOR_RATIO_TARGET ? "PASS" : "MISS",
    })
  }
  return checks
}

function comparisonRows(name: string, comparison: Comparison): string[] {
  const row = (side: string, stats: LoadStats) =>
    `| ${name} | ${side} | ${stats.rate_per_s ?? "1 at a time"} | ${stats.requests} | ${stats.ok} | ${stats.errors} | ${stats.throughput_per_s} | ${ms(stats.p50_ms, stats.timeout_ms)} | ${ms(stats.p95_ms, stats.timeout_ms)} | ${ms(stats.p99_ms, stats.timeout_ms)} |`
  return [
    row("route", comparison.route),
    row("floor (SQL)", comparison.floor),
    `| ${name} | route ÷ floor | | | | | | ${comparison.ratio_p50 ?? "–"} | ${comparison.ratio_p95 ?? "–"} | |`,
  ]
}

export function markdown(results: SizeResult[], notes: { finished_at: string; runtime_s: number; load_average: number[] }): string {
  const first = results[0]
  const lines = [
    "# Search benchmark",
    "",
    `Produced by \`${first.command}\` (test/bench/search.ts), finished ${notes.finished_at}; whole run ${Math.round(notes.runtime_s / 60)} min.`,
    `Engine: **${first.engine}**. Machine: ${first.machine.cpus} cores (${first.machine.cpu_model}), ${first.machine.memory_gb} GB, ${first.machine.platform}, Node ${first.machine.node}.`,
    `Load average (1/5/15 min; the benchmark shares the machine with the backend and PostgreSQL) at the end ${notes.load_average.map((v) => v.toFixed(2)).join(" / ")}; at the start of each phase in the table below.`,
    "",
    "How to read it: *route* is `POST /store/search` (or `GET /store/search/suggest`) over HTTP on a real backend; *floor* is the",
    "SQL those requests sent to PostgreSQL (captured inside the backend), replayed straight through `pg` with the same",
    "concurrency per request. *Fixed rate* is an open-loop arrival rate (latency counted from when a request was due);",
    "*one at a time* is service time without queueing. A request unanswered within the timeout is an error and counts as",
    "infinitely slow in the percentiles (shown as `> timeout`). Latencies in ms. How it is measured, why the figures are what",
    "they are and what to tune: docs/decisions/050-search-benchmark.md.",
    "",
    "## Targets (issue 4)",
    "",
    "| Target | Measured | Verdict |",
    "| --- | --- | --- |",
    ...results.flatMap((result) => targetChecks(result).map((check) => `| ${check.target} | ${check.measured} | **${check.verdict}** |`)),
    "",
  ]
  for (const result of results) {
    const s = result.config
    lines.push(
      `## ${result.size.toLocaleString("en")} products`,
      "",
      `Index: ${result.index.documents.toLocaleString("en")} documents (${result.index.real} seeded products + ${result.index.synthetic.toLocaleString("en")} synthetic), ` +
        `${result.index.seeded_now.toLocaleString("en")} written in this run in ${result.index.seed_seconds.toFixed(0)} s` +
        (result.index.seed_documents_per_second ? ` (${Math.round(result.index.seed_documents_per_second)} documents/s through \`upsertDocuments\`)` : "") +
        `, then VACUUM ANALYZE (${result.index.vacuum_seconds.toFixed(1)} s).`,
      `Mix: ${result.mix.search} search bodies, ${result.mix.suggest} suggest queries. Search ${s.search.rate_per_s}/s for ${s.search.duration_s} s (timeout ${s.search.timeout_ms} ms); ` +
        `suggest ${s.suggest.rate_per_s}/s for ${s.suggest.duration_s} s (timeout ${s.suggest.timeout_ms} ms); one at a time: up to ${s.sequential.requests} requests or ${s.sequential.max_s} s (timeout ${s.sequential.timeout_ms} ms). ` +
        `Floor pool: ${s.floor_pool} connections. Leftover statements cancelled between phases: ${result.cancelled_statements}.`,
      `Load average at phase start: ${Object.entries(result.load_average)
        .map(([phase, value]) => `${phase} ${value.toFixed(2)}`)
        .join(", ")}.`,
      "",
      "| Route | Side | Rate /s | Requests | OK | Errors | Answered /s | p50 | p95 | p99 |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...comparisonRows("search, fixed rate", result.search.fixed_rate),
      ...comparisonRows("search, one at a time", result.search.sequential),
      ...comparisonRows("suggest, fixed rate", result.suggest.fixed_rate),
      ...comparisonRows("suggest, one at a time", result.suggest.sequential),
      ""
    )
    const errors = [result.search.fixed_rate, result.search.sequential, result.suggest.fixed_rate, result.suggest.sequential]
      .flatMap((comparison) => [comparison.route, comparison.floor])
      .flatMap((stats) => Object.entries(stats.error_kinds))
    if (errors.length) {
      const merged: Record<string, number> = {}
      errors.forEach(([kind, count]) => (merged[kind] = (merged[kind] ?? 0) + count))
      lines.push(`Errors: ${Object.entries(merged).map(([kind, count]) => `${kind} × ${count}`).join("; ")}.`, "")
    }
  }
  return lines.join("\n")
}
