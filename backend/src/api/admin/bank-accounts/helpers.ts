import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveBankAccount } from "../../../lib/queries/payouts"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/** The handler of POST /admin/bank-accounts/:id/verify and /reject (with the reason the seller reads). */
export function bankAccountReviewHandler(verified: boolean) {
  return async (req: AuthenticatedMedusaRequest<{ reason?: string; bank_code?: string; account_number?: string }>, res: MedusaResponse) => {
    const { reason, bank_code, account_number } = req.validatedBody
    const review = verified ? { verified: true as const, seen: { bank_code, account_number } } : { verified: false as const, reason: reason! }
    await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).reviewSellerBankAccount(req.params.id, review, req.auth_context.actor_id)
    res.json({ bank_account: await retrieveBankAccount(req.scope, req.params.id) })
  }
}
