import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCsv } from "../../../lib/csv"
import { ledgerTotals, listLedgerLines, type LedgerTotals } from "../../../lib/queries/ledger"
import type { AdminGetLedgerType } from "./validators"

const CSV_COLUMNS: (keyof LedgerTotals)[] = [
  "parts", "gross", "fee", "net", "cash_received_by_seller", "card_received_by_city", "balance_owed_to_seller",
]

/**
 * GET /admin/ledger?seller_id=&from=&to=&format=json|csv — settled parts of every seller (or one)
 * in a period, totals per seller and overall. CSV: one row per seller (the payout sheet).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerType>, res: MedusaResponse) => {
  const { seller_id, from, to, format } = req.validatedQuery as AdminGetLedgerType
  const lines = await listLedgerLines(req.scope, { seller_id, from, to })
  const sellerIds = [...new Set(lines.map((l) => l.seller_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sellers } = sellerIds.length
    ? await query.graph({ entity: "seller", fields: ["id", "handle", "name"], filters: { id: sellerIds } })
    : { data: [] }
  const perSeller = sellers
    .map((s) => ({ seller_id: s.id, handle: s.handle, name: s.name, totals: ledgerTotals(lines.filter((l) => l.seller_id === s.id)) }))
    .sort((a, b) => a.name.localeCompare(b.name, "id"))

  if (format === "csv") {
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="sentra-ledger.csv"`)
    res.send(toCsv(["seller_id", "handle", "name", ...CSV_COLUMNS], perSeller.map((s) => [s.seller_id, s.handle, s.name, ...CSV_COLUMNS.map((c) => s.totals[c])])))
    return
  }
  res.json({ lines, sellers: perSeller, totals: ledgerTotals(lines) })
}
