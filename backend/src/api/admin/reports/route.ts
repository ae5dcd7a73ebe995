import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toCsv } from "../../../lib/csv"
import { buildSalesReport, REPORT_FIGURES } from "../../../lib/queries/reports"
import type { AdminGetReportsType } from "./validators"

/**
 * GET /admin/reports?from=&to=&regency_code=&format=json|csv&table=district|category — the
 * program's figures per kecamatan and per category (lib/queries/reports.ts). CSV: one table.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetReportsType>, res: MedusaResponse) => {
  const { from, to, regency_code, format, table } = req.validatedQuery as AdminGetReportsType
  const report = await buildSalesReport(req.scope, { from, to, regency_code })
  if (format !== "csv") {
    res.json({ report })
    return
  }
  const csv =
    table === "category"
      ? toCsv(["category", "name", ...REPORT_FIGURES], report.by_category.map((r) => [r.category, r.name, ...REPORT_FIGURES.map((f) => r[f])]))
      : toCsv(
          ["code", "name", "regency_name", ...REPORT_FIGURES],
          report.by_district.map((r) => [r.code, r.name, r.regency_name, ...REPORT_FIGURES.map((f) => r[f])])
        )
  const period = `${req.query.from}_${req.query.to}`
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="sentra-laporan-${table === "category" ? "kategori" : "kecamatan"}-${period}.csv"`)
  res.send(csv)
}
