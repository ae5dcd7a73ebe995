import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPayoutBatches, retrievePayoutBatch, withSellers } from "../../../lib/queries/payouts"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { AdminCreatePayoutType } from "./validators"

/** GET /admin/payouts — every payout batch, newest first, with its total and number of sellers. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ payouts: await listPayoutBatches(req.scope) })
}

/**
 * POST /admin/payouts { cutoff_at? } — a batch of the unbatched ledger lines settled up to the
 * cut-off (default now). `payout` is null when no seller can be paid; `left_out` lists the sellers
 * whose lines carry over and why.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePayoutType>, res: MedusaResponse) => {
  const { batch, left_out } = await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .createPayoutBatch({ cutoff_at: req.validatedBody.cutoff_at ?? new Date(), actor_id: req.auth_context.actor_id })
  res.json({
    payout: batch ? await retrievePayoutBatch(req.scope, batch.id) : null,
    left_out: await withSellers(req.scope, left_out),
  })
}
