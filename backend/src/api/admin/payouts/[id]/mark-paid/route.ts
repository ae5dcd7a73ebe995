import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePayoutBatch } from "../../../../../lib/queries/payouts"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"
import type { AdminMarkPayoutPaidType } from "../../validators"

/** POST /admin/payouts/:id/mark-paid { transfer_reference? } — idempotent; a paid batch never changes. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMarkPayoutPaidType>, res: MedusaResponse) => {
  await req.scope
    .resolve<LedgerModuleService>(LEDGER_MODULE)
    .markPayoutBatchPaid(req.params.id, { reference: req.validatedBody.transfer_reference ?? null, actor_id: req.auth_context.actor_id })
  res.json({ payout: await retrievePayoutBatch(req.scope, req.params.id) })
}
