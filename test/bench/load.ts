/**
 * Load generation and latency statistics, the same for the HTTP routes and for the SQL floor.
 *
 * `openLoop` is an open-loop scheduler: request i is due at start + i / rate whatever happened to
 * the earlier ones (no coordinated omission), and its latency is measured from the moment it was
 * due, so a server that falls behind shows it in the percentiles. A request still unanswered after
 * `timeoutMs` is an error (its latency counts as infinite). `sequential` sends one request at a time
 * (service time without queueing).
 */
import { percentile } from "../support/search"

export interface Sample {
  /** Index of the request in the mix. */
  case: number
  /** ms from due time (open loop) or send time (sequential) to the answer. */
  latency_ms: number
  ok: boolean
  error?: string
}

/** Resolves when the request is answered; rejects (with a short reason) when it failed. */
export type Send = (caseIndex: number, signal: AbortSignal) => Promise<void>

export interface LoadStats {
  mode: "open-loop" | "sequential"
  rate_per_s: number | null
  /** A request unanswered after this long is an error. */
  timeout_ms: number
  duration_s: number
  requests: number
  ok: number
  errors: number
  /** Error reasons and how often they occurred. */
  error_kinds: Record<string, number>
  /** Answered requests per second of the phase (send window plus the wait for the last answers). */
  throughput_per_s: number
  /** Latency percentiles in ms over all requests; failed requests count as infinitely slow (null). */
  p50_ms: number | null
  p95_ms: number | null
  p99_ms: number | null
  max_ms: number | null
  mean_ok_ms: number | null
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

async function timed(send: Send, caseIndex: number, due: number, timeoutMs: number): Promise<Sample> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    await send(caseIndex, controller.signal)
    const latency = performance.now() - due
    return latency > timeoutMs
      ? { case: caseIndex, latency_ms: latency, ok: false, error: `slower than ${timeoutMs} ms` }
      : { case: caseIndex, latency_ms: latency, ok: true }
  } catch (error) {
    const reason = controller.signal.aborted ? `timeout (${timeoutMs} ms)` : error instanceof Error ? error.message : String(error)
    return { case: caseIndex, latency_ms: performance.now() - due, ok: false, error: reason.slice(0, 120) }
  } finally {
    clearTimeout(timer)
  }
}

/** `rate` requests per second for `durationMs`, cycling through `cases` cases from `offset`. */
export async function openLoop(options: {
  rate: number
  durationMs: number
  timeoutMs: number
  cases: number
  offset?: number
  send: Send
}): Promise<{ samples: Sample[]; elapsedMs: number }> {
  const total = Math.max(1, Math.round((options.rate * options.durationMs) / 1000))
  const interval = 1000 / options.rate
  const started = performance.now()
  const pending: Promise<Sample>[] = []
  for (let i = 0; i < total; i++) {
    const due = started + i * interval
    await sleep(due - performance.now())
    pending.push(timed(options.send, ((options.offset ?? 0) + i) % options.cases, due, options.timeoutMs))
  }
  const samples = await Promise.all(pending)
  return { samples, elapsedMs: performance.now() - started }
}

/** One request at a time over the cases, until `count` requests or `maxMs` have passed. */
export async function sequential(options: {
  count: number
  maxMs: number
  timeoutMs: number
  cases: number
  send: Send
}): Promise<{ samples: Sample[]; elapsedMs: number }> {
  const started = performance.now()
  const samples: Sample[] = []
  for (let i = 0; i < options.count && performance.now() - started < options.maxMs; i++) {
    samples.push(await timed(options.send, i % options.cases, performance.now(), options.timeoutMs))
  }
  return { samples, elapsedMs: performance.now() - started }
}

export function summarize(
  run: { samples: Sample[]; elapsedMs: number },
  options: { mode: LoadStats["mode"]; rate: number | null; timeoutMs: number }
): LoadStats {
  const { samples } = run
  const ok = samples.filter((sample) => sample.ok)
  const errorKinds: Record<string, number> = {}
  samples.filter((sample) => !sample.ok).forEach((sample) => (errorKinds[sample.error ?? "error"] = (errorKinds[sample.error ?? "error"] ?? 0) + 1))
  // Failed requests sort last, as if they never came back.
  const latencies = samples.map((sample) => (sample.ok ? sample.latency_ms : Number.POSITIVE_INFINITY))
  const at = (p: number) => {
    const value = latencies.length ? percentile(latencies, p) : Number.NaN
    return Number.isFinite(value) ? round(value) : null
  }
  return {
    mode: options.mode,
    rate_per_s: options.rate,
    timeout_ms: options.timeoutMs,
    duration_s: round(run.elapsedMs / 1000),
    requests: samples.length,
    ok: ok.length,
    errors: samples.length - ok.length,
    error_kinds: errorKinds,
    throughput_per_s: round(ok.length / (run.elapsedMs / 1000)),
    p50_ms: at(50),
    p95_ms: at(95),
    p99_ms: at(99),
    max_ms: at(100),
    mean_ok_ms: ok.length ? round(ok.reduce((sum, sample) => sum + sample.latency_ms, 0) / ok.length) : null,
  }
}

const round = (value: number) => Math.round(value * 10) / 10
