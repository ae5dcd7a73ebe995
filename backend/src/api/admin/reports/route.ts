import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildSalesReport, reportCsv } from "../../../lib/queries/reports"
import { reportCsvFilename } from "../../../lib/report-tables"
import type { AdminGetReportsType } from "./validators"

/**
 * GET /admin/reports?from=&to=&regency_code=&format=json|csv&table=district|category|subsector|cohort|week
 * — the program's figures per kecamatan, category, creative subsector and cohort, and the weekly
 * trend (lib/queries/reports.ts). CSV: one table.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetReportsType>, res: MedusaResponse) => {
  const { from, to, regency_code, format, table } = req.validatedQuery as AdminGetReportsType
  const report = await buildSalesReport(req.scope, { from, to, regency_code })
  if (format !== "csv") {
    res.json({ report })
    return
  }
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${reportCsvFilename(table, String(req.query.from), String(req.query.to))}"`)
  res.send(reportCsv(report, table))
}
