import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ledgerTotals, listLedgerLines } from "../../../lib/queries/ledger"
import { listSellerPayouts } from "../../../lib/queries/payouts"
import { sellerScope } from "../seller-scope"
import type { VendorGetLedgerType } from "./validators"

/**
 * GET /vendor/ledger?from=&to= — the caller's settled parts and what the city owes it (or it owes),
 * and its payouts (rows in payout batches, pending or paid; not limited by the period).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, VendorGetLedgerType>, res: MedusaResponse) => {
  const { seller_id } = sellerScope(req)
  const { from, to } = req.validatedQuery as VendorGetLedgerType
  const lines = await listLedgerLines(req.scope, { seller_id, from, to })
  res.json({ lines, totals: ledgerTotals(lines), payouts: await listSellerPayouts(req.scope, seller_id) })
}
