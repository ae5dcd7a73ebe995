/**
 * The floor: the SQL a route sent for a request (captured in the backend by medusa/prepare.ts),
 * sent again straight to PostgreSQL through `pg` — no HTTP, no Medusa, no provider code. Waves run
 * one after the other, the statements of a wave together, as the provider sent them.
 */
import pg from "pg"
import type { CapturedRequest, CapturedStatement } from "./medusa/prepare"

/** Knex's default pool size, which the backend's connection keeps (no pool configured). */
export const FLOOR_POOL_SIZE = 10

export function floorPool(databaseUrl: string): pg.Pool {
  return new pg.Pool({ connectionString: databaseUrl, max: FLOOR_POOL_SIZE, application_name: "sentra-bench-floor" })
}

function waves(request: CapturedRequest): CapturedStatement[][] {
  const grouped: CapturedStatement[][] = []
  for (const statement of request.statements) {
    ;(grouped[statement.wave] ??= []).push(statement)
  }
  return grouped.filter(Boolean)
}

/** Replays one captured request; rejects when aborted (the statements already sent run on). */
export function replay(pool: pg.Pool, request: CapturedRequest, signal: AbortSignal): Promise<void> {
  const run = (async () => {
    for (const wave of waves(request)) {
      if (signal.aborted) {
        return
      }
      await Promise.all(wave.map((statement) => pool.query({ text: statement.text, values: statement.values })))
    }
  })()
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(new Error("aborted"))
    signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true })
  })
  run.catch(() => undefined)
  aborted.catch(() => undefined)
  return Promise.race([run, aborted])
}

/**
 * Waits until nothing but this query runs in the database, cancelling what is still running after
 * `graceMs` (statements of requests the client gave up on, from the backend or the floor pool).
 */
export async function settle(pool: pg.Pool, graceMs = 3_000, maxMs = 120_000): Promise<{ waited_ms: number; cancelled: number }> {
  const started = Date.now()
  let cancelled = 0
  let quietSince: number | undefined
  while (Date.now() - started < maxMs) {
    const { rows } = await pool.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`
    )
    if (!rows.length) {
      quietSince ??= Date.now()
      if (Date.now() - quietSince >= 1_000) {
        break
      }
    } else {
      quietSince = undefined
      if (Date.now() - started >= graceMs) {
        await pool.query(`SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid`, [rows.map((row) => row.pid)])
        cancelled += rows.length
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { waited_ms: Date.now() - started, cancelled }
}
