import type { MedusaContainer } from "@medusajs/framework/types"
import { visibleProductsBySeller, type StoreProductCard } from "../sellers/helpers"

export interface DistrictRow {
  id: string
  code: string
  name: string
  regency_code: string
  regency_name: string
  province_name: string
  featured_rank: number | null
  headline: string | null
  story: string | null
  hero_image_url: string | null
  flagship_product_id: string | null
  sellers?: ({ id: string; status: string } | null)[] | null
}

export const approvedSellerIds = (row: DistrictRow) =>
  (row.sellers ?? []).flatMap((s) => (s?.status === "approved" ? [s.id] : []))

/**
 * The public shape of kecamatan: curation fields, `seller_count` (approved sellers) and
 * `product_count` (their store-visible products), plus the visible products per district for
 * callers that need them (flagship lookup).
 */
export async function toStoreDistricts(container: MedusaContainer, rows: DistrictRow[], salesChannelIds: string[]) {
  const products = await visibleProductsBySeller(container, rows.flatMap(approvedSellerIds), salesChannelIds)
  return rows.map((row) => {
    const sellerIds = approvedSellerIds(row)
    const visible: StoreProductCard[] = sellerIds.flatMap((id) => products.get(id) ?? [])
    return {
      district: {
        code: row.code,
        name: row.name,
        city: row.regency_name,
        regency_code: row.regency_code,
        province: row.province_name,
        featured_rank: row.featured_rank,
        headline: row.headline,
        story: row.story,
        hero_image_url: row.hero_image_url,
        seller_count: sellerIds.length,
        product_count: visible.length,
      },
      visible,
      sellerIds,
      flagshipId: row.flagship_product_id,
    }
  })
}
