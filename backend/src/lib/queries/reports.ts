/**
 * The city's program figures for a period (GET /admin/reports): per kecamatan and per main
 * category, from the payout ledger (settled parts), the status history and the catalog.
 * Definitions (decision 097):
 * - gmv: the gross of the parts settled (completed) in the period; declined/cancelled parts never
 *   reach the ledger, so they never count;
 * - orders: those settled parts (one seller's part of a shopper order is one order for its seller,
 *   its kecamatan and its category); average_order_value = round(gmv / orders);
 * - active_sellers: sellers with at least one settled part in the period;
 * - new_sellers_approved: sellers approved for the first time (pending → approved) in the period;
 * - products_listed: published products of sellers approved today, created before the period ends;
 * - a seller counts in the category it lists first, so the category table adds up to the total.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATEGORIES } from "@sentra/vocabulary"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { listLedgerLines } from "./ledger"

export interface ReportFigures {
  gmv: number
  orders: number
  average_order_value: number
  active_sellers: number
  new_sellers_approved: number
  products_listed: number
}

export interface DistrictReportRow extends ReportFigures {
  code: string
  name: string
  regency_code: string
  regency_name: string
}

export interface CategoryReportRow extends ReportFigures {
  category: string
  name: string
}

export interface SalesReport {
  from: string
  to: string
  regency_code: string | null
  by_district: DistrictReportRow[]
  by_category: CategoryReportRow[]
  totals: ReportFigures
}

export const REPORT_FIGURES: (keyof ReportFigures)[] = [
  "gmv", "orders", "average_order_value", "active_sellers", "new_sellers_approved", "products_listed",
]

const OTHER_CATEGORY = "lainnya"

interface SellerRow {
  id: string
  status: string
  categories: string[] | null
  district?: { code: string } | null
  products?: ({ id: string; status: string; created_at: string | Date } | null)[] | null
}

/** What each seller brings to the figures in the period. */
interface SellerFacts {
  gross: number
  parts: number
  approved: boolean
  products: number
}

function sumFigures(facts: SellerFacts[]): ReportFigures {
  const gmv = facts.reduce((sum, f) => sum + f.gross, 0)
  const orders = facts.reduce((sum, f) => sum + f.parts, 0)
  return {
    gmv,
    orders,
    average_order_value: orders ? Math.round(gmv / orders) : 0,
    active_sellers: facts.filter((f) => f.parts > 0).length,
    new_sellers_approved: facts.filter((f) => f.approved).length,
    products_listed: facts.reduce((sum, f) => sum + f.products, 0),
  }
}

/** The report for [from, to) and, optionally, one kabupaten/kota (regency code like 32.73). */
export async function buildSalesReport(
  container: MedusaContainer,
  { from, to, regency_code }: { from: Date; to: Date; regency_code?: string }
): Promise<SalesReport> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const sellerService: SellerModuleService = container.resolve(SELLER_MODULE)

  const { data: districts } = await query.graph({
    entity: "district",
    fields: ["code", "name", "regency_code", "regency_name"],
    filters: regency_code ? { regency_code } : {},
    pagination: { order: { code: "ASC" } },
  })
  const inScope = new Set(districts.map((d) => d.code))
  const { data: sellerRows } = await query.graph({
    entity: "seller",
    fields: ["id", "status", "categories", "district.code", "products.id", "products.status", "products.created_at"],
  })
  const sellers = (sellerRows as unknown as SellerRow[]).filter((s) => s.district && inScope.has(s.district.code))
  const sellerIds = sellers.map((s) => s.id)

  const [lines, approvals] = sellerIds.length
    ? await Promise.all([
        listLedgerLines(container, { seller_id: sellerIds, from, to }),
        sellerService.listSellerStatusChanges(
          { seller_id: sellerIds, from_status: "pending", to_status: "approved", created_at: { $gte: from, $lt: to } },
          { select: ["seller_id"] }
        ),
      ])
    : [[], []]
  const approvedIds = new Set(approvals.map((a) => a.seller_id as string))

  const facts = new Map<string, SellerFacts>()
  for (const seller of sellers) {
    const listed = seller.status === "approved"
      ? (seller.products ?? []).filter((p) => p && p.status === "published" && new Date(p.created_at) < to).length
      : 0
    facts.set(seller.id, { gross: 0, parts: 0, approved: approvedIds.has(seller.id), products: listed })
  }
  for (const line of lines) {
    const f = facts.get(line.seller_id)!
    f.gross += line.gross
    f.parts += 1
  }

  const factsOf = (keep: (seller: SellerRow) => boolean) => sellers.filter(keep).map((s) => facts.get(s.id)!)
  const mainCategory = (seller: SellerRow) => seller.categories?.[0] ?? OTHER_CATEGORY
  const categoryKeys = [...CATEGORIES.map((c) => c.handle), ...(sellers.some((s) => !s.categories?.length) ? [OTHER_CATEGORY] : [])]

  return {
    from: from.toISOString(),
    to: to.toISOString(),
    regency_code: regency_code ?? null,
    by_district: districts.map((d) => ({
      code: d.code,
      name: d.name,
      regency_code: d.regency_code,
      regency_name: d.regency_name,
      ...sumFigures(factsOf((s) => s.district!.code === d.code)),
    })),
    by_category: categoryKeys.map((key) => ({
      category: key,
      name: CATEGORIES.find((c) => c.handle === key)?.name ?? "Lainnya",
      ...sumFigures(factsOf((s) => mainCategory(s) === key)),
    })),
    totals: sumFigures([...facts.values()]),
  }
}
