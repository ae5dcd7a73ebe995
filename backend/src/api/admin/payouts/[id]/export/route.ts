import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutCsv, retrievePayoutBatch } from "../../../../../lib/queries/payouts"

/** GET /admin/payouts/:id/export — the bank-transfer CSV of the batch (whole Rupiah). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const batch = await retrievePayoutBatch(req.scope, req.params.id)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="sentra-payout-${batch.id}.csv"`)
  res.send(payoutCsv(batch))
}
