import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { storeDefaults } from "../../../lib/queries/store-defaults"
import { productCards, visibleProductCounts, visibleProductPage } from "../../../lib/queries/visible-products"

type DistrictRow = Record<string, unknown> & { sellers?: ({ id: string; status: string } | null)[] | null }

/** A kecamatan as city staff see it: all its fields plus how many sellers it has per status. */
export function toAdminDistrict({ sellers, ...district }: DistrictRow) {
  const sellers_by_status = { pending: 0, approved: 0, suspended: 0 } as Record<string, number>
  for (const seller of sellers ?? []) {
    if (seller) sellers_by_status[seller.status] = (sellers_by_status[seller.status] ?? 0) + 1
  }
  return { ...district, sellers_by_status }
}

const approvedIds = (row: DistrictRow) => (row.sellers ?? []).flatMap((s) => (s?.status === "approved" ? [s.id] : []))

/** The store's visibility scope for the approved sellers of these kecamatan rows. */
async function visibleScope(container: MedusaContainer, rows: DistrictRow[]) {
  const { sales_channel_id } = await storeDefaults(container)
  return { sellerIds: rows.flatMap(approvedIds), salesChannelIds: [sales_channel_id] }
}

/** Kecamatan rows as staff see them, each with `product_count`: its approved sellers' store-visible products. */
export async function toAdminDistricts(container: MedusaContainer, rows: DistrictRow[]) {
  const counts = await visibleProductCounts(container, await visibleScope(container, rows))
  return rows.map((row) => ({
    ...toAdminDistrict(row),
    product_count: approvedIds(row).reduce((sum, id) => sum + (counts.get(id) ?? 0), 0),
  }))
}

/** Upper bound of flagship candidates listed for one kecamatan (its sellers' visible products). */
const MAX_CANDIDATES = 500

async function districtRow(container: MedusaContainer, code: string, fields: string[]): Promise<DistrictRow> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "district", fields, filters: { code } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `District ${code} was not found`)
  }
  return data[0] as DistrictRow
}

/** One kecamatan as staff see it, with these fields (query-config.ts), or a 404. */
export async function retrieveAdminDistrict(container: MedusaContainer, code: string, fields: string[]) {
  const [district] = await toAdminDistricts(container, [await districtRow(container, code, fields)])
  return district
}

/**
 * What may be a kecamatan's flagship: the store-visible products of its approved sellers, by
 * seller then title (the same rule POST /admin/districts/:code enforces).
 */
export async function flagshipCandidates(container: MedusaContainer, code: string) {
  const row = await districtRow(container, code, ["id", "sellers.id", "sellers.name", "sellers.status"])
  const { products: visible } = await visibleProductPage(container, await visibleScope(container, [row]), {
    limit: MAX_CANDIDATES,
    offset: 0,
  })
  const cards = await productCards(container, visible.map((p) => p.id))
  const bySeller = new Map<string, typeof visible>()
  for (const product of visible) bySeller.set(product.seller_id, [...(bySeller.get(product.seller_id) ?? []), product])
  const sellers = ((row.sellers ?? []) as ({ id: string; name: string; status: string } | null)[])
    .filter((s) => s?.status === "approved")
    .sort((a, b) => a!.name.localeCompare(b!.name, "id"))
  return sellers.flatMap((s) =>
    (bySeller.get(s!.id) ?? []).flatMap((p) => {
      const card = cards.get(p.id)
      return card ? [{ ...card, seller: { id: s!.id, name: s!.name } }] : []
    })
  )
}
