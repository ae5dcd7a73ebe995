import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import SellerExposure from "./models/seller-exposure"

/** Impressions of one seller on one day (WIB, YYYY-MM-DD) on one surface. */
export interface ExposureCount {
  seller_id: string
  day: string
  surface: string
  impressions: number
}

/** The transaction's entity manager (Medusa passes it in the shared context). */
interface SqlManager {
  execute<T = unknown>(sql: string, params?: unknown[], method?: "all" | "get" | "run"): Promise<T>
}

/** Adds up entries for the same (seller, day, surface): one row each, so one upsert touches a row once. */
export function mergeExposureCounts(counts: readonly ExposureCount[]): ExposureCount[] {
  const merged = new Map<string, ExposureCount>()
  for (const count of counts) {
    const key = `${count.seller_id}\u0000${count.day}\u0000${count.surface}`
    const row = merged.get(key)
    if (row) row.impressions += count.impressions
    else merged.set(key, { ...count })
  }
  return [...merged.values()]
}

export default class ExposureModuleService extends MedusaService({ SellerExposure }) {
  /**
   * Adds a flush's counts to the stored ones in one statement (one transaction): a row per
   * (seller, day, surface) is created or its impressions grow by the flushed amount, so concurrent
   * flushes add up exactly (PostgreSQL serialises the conflicting upserts per row).
   */
  @InjectTransactionManager()
  async addImpressions(counts: readonly ExposureCount[], @MedusaContext() context: Context = {}): Promise<number> {
    const rows = mergeExposureCounts(counts).filter((row) => row.impressions > 0)
    if (!rows.length) return 0
    const values = rows.map(() => "(?, ?, ?, ?, ?, now(), now())").join(", ")
    const params = rows.flatMap((row) => [generateEntityId(undefined, "sexp"), row.seller_id, row.day, row.surface, row.impressions])
    await (context.transactionManager as SqlManager).execute(
      `insert into seller_exposure (id, seller_id, day, surface, impressions, created_at, updated_at) values ${values}
       on conflict (seller_id, day, surface) where deleted_at is null
       do update set impressions = seller_exposure.impressions + excluded.impressions, updated_at = now()`,
      params
    )
    return rows.length
  }
}
