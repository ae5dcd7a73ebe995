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

const BEGIN = /^\s*(BEGIN|START TRANSACTION)\b/i
const END = /^\s*(COMMIT|ROLLBACK)\b/i

/**
 * Replays one captured request; rejects when aborted (the statements already sent run on). A
 * transaction the request opened (e.g. a search statement with its own `SET LOCAL` planner
 * settings) is replayed on one connection from BEGIN to COMMIT, as the backend ran it; the pool
 * would otherwise send each of its statements to whichever connection is free.
 */
export function replay(pool: pg.Pool, request: CapturedRequest, signal: AbortSignal): Promise<void> {
  const run = (async () => {
    let pinned: pg.PoolClient | undefined
    try {
      for (const wave of waves(request)) {
        if (signal.aborted) {
          return
        }
        await Promise.all(
          wave.map(async (statement) => {
            if (!pinned && BEGIN.test(statement.text)) pinned = await pool.connect()
            await (pinned ?? pool).query({ text: statement.text, values: statement.values })
            if (pinned && END.test(statement.text)) {
              pinned.release()
              pinned = undefined
            }
          })
        )
      }
    } finally {
      pinned?.release(true) // left inside a transaction (aborted or failed): not back into the pool
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
