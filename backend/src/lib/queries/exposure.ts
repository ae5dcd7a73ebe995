/**
 * Read side of the exposure counters (src/modules/exposure, docs/decisions/102-fair-exposure.md):
 * how often each seller was shown to shoppers in a period, per surface and per kecamatan, and the
 * sellers the rotation could show who were not shown at all.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPOSURE_SURFACES, type ExposureSurface } from "@sentra/vocabulary"
import { storeRotationFields } from "../../api/store/rotation/query-config"
import { EXPOSURE_MODULE } from "../../modules/exposure"
import type ExposureModuleService from "../../modules/exposure/service"
import { visibleInStock, type VisibilityRow } from "./visible-products"

export type SurfaceCounts = Record<ExposureSurface, number>

export interface SellerExposureRow {
  seller_id: string
  name: string
  handle: string
  district: { code: string; name: string } | null
  surfaces: SurfaceCounts
  total: number
}

export interface DistrictExposureRow {
  code: string
  name: string
  /** Sellers of the kecamatan shown at least once. */
  sellers_shown: number
  surfaces: SurfaceCounts
  total: number
}

export interface ExposureReport {
  /** Days in WIB, both included. */
  from: string
  to: string
  /** Sellers shown at least once, most impressions first. */
  by_seller: SellerExposureRow[]
  by_district: DistrictExposureRow[]
  /** Approved sellers with a store-visible product in stock and no impression in the period. */
  not_shown: Omit<SellerExposureRow, "surfaces" | "total">[]
  totals: { surfaces: SurfaceCounts; total: number }
}

interface SellerRow {
  id: string
  handle: string
  name: string
  status: string
  district?: { code: string; name: string } | null
  products?: (VisibilityRow | null)[] | null
}

const noCounts = (): SurfaceCounts => Object.fromEntries(EXPOSURE_SURFACES.map((s) => [s, 0])) as SurfaceCounts

function add(into: { surfaces: SurfaceCounts; total: number }, surface: ExposureSurface, impressions: number) {
  into.surfaces[surface] += impressions
  into.total += impressions
}

/** Which of `ids` are sellers (any status): the flush ignores entries of unknown ids. */
export async function existingSellerIds(container: MedusaContainer, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "seller", fields: ["id"], filters: { id: ids } })
  return new Set((data as { id: string }[]).map((s) => s.id))
}

/** The exposure report for the days `from` … `to` (WIB, YYYY-MM-DD, both included). */
export async function buildExposureReport(container: MedusaContainer, { from, to }: { from: string; to: string }): Promise<ExposureReport> {
  const exposure: ExposureModuleService = container.resolve(EXPOSURE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [counts, { data }, [store]] = await Promise.all([
    exposure.listSellerExposures({ day: { $gte: from, $lte: to } }, { select: ["seller_id", "surface", "impressions"], take: null }),
    query.graph({ entity: "seller", fields: ["status", ...storeRotationFields] }),
    container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] }),
  ])
  const sellers = data as unknown as SellerRow[]
  const channels = new Set(store?.default_sales_channel_id ? [store.default_sales_channel_id] : [])

  const bySeller = new Map<string, SellerExposureRow>()
  const byDistrict = new Map<string, DistrictExposureRow>()
  const totals = { surfaces: noCounts(), total: 0 }
  const sellerById = new Map(sellers.map((s) => [s.id, s]))
  for (const count of counts) {
    const seller = sellerById.get(count.seller_id)
    if (!seller) continue
    const surface = count.surface as ExposureSurface
    const impressions = Number(count.impressions)
    const district = seller.district ? { code: seller.district.code, name: seller.district.name } : null
    let row = bySeller.get(seller.id)
    if (!row) {
      row = { seller_id: seller.id, name: seller.name, handle: seller.handle, district, surfaces: noCounts(), total: 0 }
      bySeller.set(seller.id, row)
    }
    add(row, surface, impressions)
    add(totals, surface, impressions)
    if (district) {
      let place = byDistrict.get(district.code)
      if (!place) {
        place = { ...district, sellers_shown: 0, surfaces: noCounts(), total: 0 }
        byDistrict.set(district.code, place)
      }
      add(place, surface, impressions)
    }
  }
  for (const row of bySeller.values()) {
    if (row.district) byDistrict.get(row.district.code)!.sellers_shown += 1
  }

  const notShown = sellers
    .filter((s) => s.status === "approved" && !bySeller.has(s.id) && (s.products ?? []).some((p) => visibleInStock(p, channels)))
    .map((s) => ({
      seller_id: s.id,
      name: s.name,
      handle: s.handle,
      district: s.district ? { code: s.district.code, name: s.district.name } : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "id"))

  return {
    from,
    to,
    by_seller: [...bySeller.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "id")),
    by_district: [...byDistrict.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "id")),
    not_shown: notShown,
    totals,
  }
}
