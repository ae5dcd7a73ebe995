import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveBankAccount } from "../../../lib/queries/payouts"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/** The handler of POST /admin/bank-accounts/:id/verify and /reject (with the reason the seller reads). */
export function bankAccountReviewHandler(verified: boolean) {
  return async (req: AuthenticatedMedusaRequest<{ reason?: string }>, res: MedusaResponse) => {
    const review = verified ? { verified: true as const } : { verified: false as const, reason: req.validatedBody.reason! }
    await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).reviewSellerBankAccount(req.params.id, review, req.auth_context.actor_id)
    res.json({ bank_account: await retrieveBankAccount(req.scope, req.params.id) })
  }
}
