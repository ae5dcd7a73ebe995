/**
 * The city's program figures for a period (GET /admin/reports): per kecamatan, per main category,
 * per creative subsector and per cohort, plus a weekly trend, from the payout ledger (settled
 * parts), the status history and the catalog. Definitions (decision 097):
 * - gmv: the gross of the parts settled (completed) in the period; declined/cancelled parts never
 *   reach the ledger, so they never count;
 * - orders: those settled parts (one seller's part of a shopper order is one order for its seller,
 *   its kecamatan and its category); average_order_value = round(gmv / orders);
 * - active_sellers: sellers with at least one settled part in the period;
 * - new_sellers_approved: sellers approved for the first time (pending → approved) in the period;
 * - products_listed: published products of sellers approved today, created before the period ends;
 * - a seller counts in the category it lists first, so the category table adds up to the total;
 * - a seller counts in **each** of its creative subsectors (a batik maker tagged fesyen and kriya is
 *   in both), so the subsector table does NOT add up to the total; sellers with no subsector are
 *   the row "Belum diisi" (shown only when there are any);
 * - cohorts: "Usaha perempuan" (women_owned), "Wirausaha baru (WUB)" (new_entrepreneur) and
 *   "Semua penjual" (every seller in scope, equal to the totals) to compare against; a seller can
 *   be in both cohorts, so the first two rows do not add up to the last;
 * - by_week: gmv and orders per ISO week (Monday to Sunday in WIB, by the day the part settled),
 *   every week touching the period listed, weeks without sales as zero; the first and last week
 *   count only their days inside the period, so the weeks add up to the totals.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATEGORIES, CREATIVE_SUBSECTORS, todayInWib } from "@sentra/vocabulary"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { toCsv } from "../csv"
import type { ReportTable } from "../report-tables"
import { isoWeeksBetween, isoWeekOf, type IsoWeek } from "../weeks"
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

export interface SubsectorReportRow extends ReportFigures {
  subsector: string
  name: string
}

export const REPORT_COHORTS = ["women_owned", "new_entrepreneur", "all"] as const
export type ReportCohort = (typeof REPORT_COHORTS)[number]

export interface CohortReportRow extends ReportFigures {
  cohort: ReportCohort
  name: string
}

export interface WeekReportRow extends IsoWeek {
  gmv: number
  orders: number
}

export interface SalesReport {
  from: string
  to: string
  regency_code: string | null
  by_district: DistrictReportRow[]
  by_category: CategoryReportRow[]
  by_subsector: SubsectorReportRow[]
  by_cohort: CohortReportRow[]
  by_week: WeekReportRow[]
  totals: ReportFigures
}

export const REPORT_FIGURES: (keyof ReportFigures)[] = [
  "gmv", "orders", "average_order_value", "active_sellers", "new_sellers_approved", "products_listed",
]

const OTHER_CATEGORY = "lainnya"
const NO_SUBSECTOR = "belum-diisi"

const COHORTS: { cohort: ReportCohort; name: string; has: (seller: SellerRow) => boolean }[] = [
  { cohort: "women_owned", name: "Usaha perempuan", has: (s) => Boolean(s.women_owned) },
  { cohort: "new_entrepreneur", name: "Wirausaha baru (WUB)", has: (s) => Boolean(s.new_entrepreneur) },
  { cohort: "all", name: "Semua penjual", has: () => true },
]

interface SellerRow {
  id: string
  status: string
  categories: string[] | null
  creative_subsectors: string[] | null
  women_owned: boolean | null
  new_entrepreneur: boolean | null
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
    fields: [
      "id", "status", "categories", "creative_subsectors", "women_owned", "new_entrepreneur",
      "district.code", "products.id", "products.status", "products.created_at",
    ],
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
  const subsectorsOf = (seller: SellerRow) => (seller.creative_subsectors?.length ? seller.creative_subsectors : [NO_SUBSECTOR])
  const subsectors = [
    ...CREATIVE_SUBSECTORS,
    ...(sellers.some((s) => !s.creative_subsectors?.length) ? [{ code: NO_SUBSECTOR, name: "Belum diisi" }] : []),
  ]

  // Each week starts at zero; a settled part adds to the week of its day in WIB.
  const weeks = new Map(isoWeeksBetween(todayInWib(from), todayInWib(new Date(to.getTime() - 1))).map((w) => [w.week, { ...w, gmv: 0, orders: 0 }]))
  for (const line of lines) {
    const week = weeks.get(isoWeekOf(todayInWib(new Date(line.settled_at))).week)!
    week.gmv += line.gross
    week.orders += 1
  }

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
    by_subsector: subsectors.map(({ code, name }) => ({ subsector: code, name, ...sumFigures(factsOf((s) => subsectorsOf(s).includes(code))) })),
    by_cohort: COHORTS.map(({ cohort, name, has }) => ({ cohort, name, ...sumFigures(factsOf(has)) })),
    by_week: [...weeks.values()],
    totals: sumFigures([...facts.values()]),
  }
}

/** Each table's CSV: its columns and one row per report row. */
const CSV_TABLES: { [T in ReportTable]: (report: SalesReport) => { header: string[]; rows: (string | number)[][] } } = {
  district: (r) => ({
    header: ["code", "name", "regency_name", ...REPORT_FIGURES],
    rows: r.by_district.map((row) => [row.code, row.name, row.regency_name, ...REPORT_FIGURES.map((f) => row[f])]),
  }),
  category: (r) => figureTable("category", r.by_category),
  subsector: (r) => figureTable("subsector", r.by_subsector),
  cohort: (r) => figureTable("cohort", r.by_cohort),
  week: (r) => ({
    header: ["week", "week_start", "gmv", "orders"],
    rows: r.by_week.map((row) => [row.week, row.week_start, row.gmv, row.orders]),
  }),
}

function figureTable<K extends string>(key: K, rows: (ReportFigures & { name: string } & Record<K, string>)[]) {
  return { header: [key, "name", ...REPORT_FIGURES], rows: rows.map((row) => [row[key], row.name, ...REPORT_FIGURES.map((f) => row[f])]) }
}

/** One table of the report as CSV (`table=` of GET /admin/reports). */
export function reportCsv(report: SalesReport, table: ReportTable): string {
  const { header, rows } = CSV_TABLES[table](report)
  return toCsv(header, rows)
}
