/**
 * Keeping an index's facts and cells tables usable: (re)building them when the layout changes,
 * refreshing their planner statistics after writes, dropping them with the index.
 */
import { dropFactsDdl, factsDdl } from "./ddl"
import type { Facts } from "./layout"

/** Runs SQL with `?` placeholders: Medusa's database manager, or one transaction of it. */
export interface SqlRunner {
  execute(sql: string, params?: unknown[]): Promise<unknown[]>
}

/** The layout the tables were built with (the facts table's comment), or null when there are none. */
export async function factsSignature(db: SqlRunner, facts: Facts): Promise<string | null> {
  const [row] = (await db.execute(`SELECT obj_description(to_regclass(?), 'pg_class') AS signature`, [facts.table])) as {
    signature: string | null
  }[]
  return row?.signature ?? null
}

/**
 * (Re)builds the tables from the document table unless another process just did. Run in a
 * transaction: writes to the document table wait while the tables are built, so none is missed
 * between the copy and the trigger.
 */
export async function rebuildFacts(transaction: SqlRunner, documentTable: string, facts: Facts): Promise<void> {
  await transaction.execute(`SELECT pg_advisory_xact_lock(hashtext(?))`, [facts.table])
  await transaction.execute(`LOCK TABLE "${documentTable}" IN SHARE MODE`)
  // Another process may have built it while this one waited.
  if ((await factsSignature(transaction, facts)) === facts.signature) return
  for (const statement of factsDdl(documentTable, facts)) {
    await transaction.execute(statement)
  }
}

/**
 * Analyzes the facts and cells tables when more of their rows changed since their last analysis
 * than autovacuum waits for (50 + 10 %): what autovacuum would do up to a minute later. A new
 * index's tables are built (and analyzed) empty, then filled by the seed; until they are analyzed
 * again the planner reads "no rows" and picks plans that cost a hundred times more.
 */
export async function analyzeStaleFacts(db: SqlRunner, facts: Facts): Promise<void> {
  const stale = (await db.execute(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
     WHERE c.relname IN (?, ?) AND s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)`,
    [facts.table, facts.cells]
  )) as { name: string }[]
  for (const { name } of stale) {
    await db.execute(`ANALYZE "${name}"`)
  }
}

export async function dropFacts(db: SqlRunner, facts: Facts): Promise<void> {
  for (const statement of dropFactsDdl(facts)) {
    await db.execute(statement)
  }
}
