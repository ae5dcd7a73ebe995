/**
 * The authorization matrix's two tools: the route list as the file tree defines it, and a
 * fingerprint of the database to prove a refused request wrote nothing.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

const EXPORTED_METHOD = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return routeFiles(path)
    return entry.name === "route.ts" ? [path] : []
  })
}

/**
 * Every "METHOD /path/:param" our route files under `apiDir/<area>` export, sorted: the folder
 * path is the URL (`[id]` → `:id`), the exported handlers are the methods.
 */
export function derivedRoutes(apiDir: string, areas: string[]): string[] {
  return areas
    .flatMap((area) => routeFiles(join(apiDir, area)))
    .flatMap((file) => {
      const folder = relative(apiDir, join(file, "..")).split(sep)
      const url = "/" + folder.map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
      return [...readFileSync(file, "utf8").matchAll(EXPORTED_METHOD)].map(([, method]) => `${method} ${url}`)
    })
    .sort()
}

/** Row count and the latest updated_at / deleted_at of every table that has updated_at. */
export async function databaseFingerprint(pg: Knex): Promise<Record<string, string>> {
  const { rows: columns } = await pg.raw<{ rows: { table_name: string; column_name: string }[] }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name IN ('updated_at', 'deleted_at')`
  )
  const tables = new Map<string, Set<string>>()
  for (const { table_name, column_name } of columns) {
    tables.set(table_name, (tables.get(table_name) ?? new Set()).add(column_name))
  }
  const selects = [...tables]
    .filter(([, has]) => has.has("updated_at"))
    .map(([table, has]) => {
      const deleted = has.has("deleted_at") ? `max("deleted_at")` : "NULL"
      return `SELECT '${table}' AS t, count(*) || '/' || coalesce(max("updated_at")::text, '') || '/' || coalesce(${deleted}::text, '') AS f FROM "${table}"`
    })
  const { rows } = await pg.raw<{ rows: { t: string; f: string }[] }>(selects.join(" UNION ALL "))
  return Object.fromEntries(rows.map((row) => [row.t, row.f]))
}

/** The fingerprint once two reads `gapMs` apart agree: subscribers of earlier writes have finished. */
export async function settledFingerprint(pg: Knex, gapMs = 500, attempts = 20): Promise<Record<string, string>> {
  let previous = await databaseFingerprint(pg)
  for (let i = 0; i < attempts; i++) {
    await new Promise((resolve) => setTimeout(resolve, gapMs))
    const current = await databaseFingerprint(pg)
    if (changedTables(previous, current).length === 0) return current
    previous = current
  }
  throw new Error(`the database kept changing for ${(gapMs * attempts) / 1000} s`)
}

/** Tables whose fingerprint differs between two snapshots. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]).sort()
