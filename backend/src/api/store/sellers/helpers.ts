/**
 * What the store shows of sellers. Only approved sellers ever reach these functions' callers'
 * responses, and only the fields of query-config.ts: no member emails, document numbers, status or
 * status history.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { DocumentType } from "../../../modules/seller/models"
import { isOpenNow } from "../../../modules/seller/opening-hours"

interface SellerRow {
  id: string
  handle: string
  name: string
  description: string | null
  logo_url: string | null
  categories: string[]
  creative_subsectors: string[]
  whatsapp: string
  pickup_address: string | null
  time_zone: string
  women_owned: boolean
  new_entrepreneur: boolean
  opening_hours: Record<string, { open: string; close: string }[]>
  holiday_closures: string[]
  preparation_minutes: number
  lead_time_days: number
  documents?: ({ type: DocumentType; verified: boolean; expires_at: string | Date | null } | null)[] | null
  district?: { code: string; name: string; regency_name: string } | null
}

export type Badges = Record<DocumentType, boolean>

/** A badge per legality document that city staff verified and that has not expired at `at`. */
export function sellerBadges(documents: SellerRow["documents"], at: Date): Badges {
  const valid = (type: DocumentType) =>
    (documents ?? []).some(
      (doc) => doc?.type === type && doc.verified && (!doc.expires_at || new Date(doc.expires_at) > at)
    )
  return { nib: valid("nib"), pirt: valid("pirt"), halal: valid("halal") }
}

/** The public shape of an approved seller. */
export function toStoreSeller(row: SellerRow, at: Date) {
  const { documents, district, ...seller } = row
  return {
    ...seller,
    badges: sellerBadges(documents, at),
    district: district ? { code: district.code, name: district.name, city: district.regency_name } : null,
    open_now: isOpenNow(
      { opening_hours: row.opening_hours, holiday_closures: row.holiday_closures, time_zone: row.time_zone },
      at
    ),
  }
}

export type StoreSeller = ReturnType<typeof toStoreSeller>

/** Approved sellers matching `filters` (seller fields), as store sellers; sorted by name. `fields`: query-config.ts. */
export async function listStoreSellers(
  container: MedusaContainer,
  fields: string[],
  filters: Record<string, unknown>,
  pagination?: { skip: number; take: number }
): Promise<{ sellers: StoreSeller[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "seller",
    fields,
    filters: { ...filters, status: "approved" },
    pagination: { ...pagination, order: { name: "ASC", id: "ASC" } },
  })
  const now = new Date()
  return {
    sellers: (data as unknown as SellerRow[]).map((row) => toStoreSeller(row, now)),
    count: metadata?.count ?? data.length,
  }
}
