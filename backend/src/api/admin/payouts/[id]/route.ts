import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePayoutBatch } from "../../../../lib/queries/payouts"

/** GET /admin/payouts/:id — the batch with one row per seller (amount and bank account as batched). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ payout: await retrievePayoutBatch(req.scope, req.params.id) })
}
