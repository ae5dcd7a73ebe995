import type { MedusaContainer } from "@medusajs/framework/types"
import { productCards, visibleProductCounts, visibleProductPage, type StoreProductCard } from "../../../lib/queries/visible-products"

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
 * The public shape of kecamatan: curation fields, `seller_count` (approved sellers),
 * `product_count` (their store-visible products, one aggregate query for all rows) and
 * `flagship_product` (its card when it is store-visible and its seller is an approved seller of
 * this kecamatan, else null).
 */
export async function toStoreDistricts(container: MedusaContainer, rows: DistrictRow[], salesChannelIds: string[]) {
  const sellerIds = rows.flatMap(approvedSellerIds)
  const flagshipIds = rows.flatMap((row) => (row.flagship_product_id ? [row.flagship_product_id] : []))
  const scope = { sellerIds, salesChannelIds }
  const [counts, flagships] = await Promise.all([
    visibleProductCounts(container, scope),
    visibleProductPage(container, { ...scope, productIds: flagshipIds }, { limit: Math.max(1, flagshipIds.length), offset: 0 }),
  ])
  const flagshipSeller = new Map(flagships.products.map((p) => [p.id, p.seller_id]))
  const cards = await productCards(container, [...flagshipSeller.keys()])
  return rows.map((row) => {
    const ids = approvedSellerIds(row)
    const flagshipId = row.flagship_product_id
    const flagship: StoreProductCard | null =
      flagshipId && ids.includes(flagshipSeller.get(flagshipId) ?? "") ? (cards.get(flagshipId) ?? null) : null
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
        seller_count: ids.length,
        product_count: ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0),
        flagship_product: flagship,
      },
      sellerIds: ids,
    }
  })
}
