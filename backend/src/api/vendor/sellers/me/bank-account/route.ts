import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { bankAccountOfSeller } from "../../../../../lib/queries/payouts"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"
import { sellerScope } from "../../../seller-scope"
import type { VendorSaveBankAccountType } from "./validators"

/** GET /vendor/sellers/me/bank-account — the caller's bank account and its verification (null if none). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ bank_account: await bankAccountOfSeller(req.scope, sellerScope(req).seller_id) })
}

/** POST /vendor/sellers/me/bank-account — enter or change it (owner only); a change waits for staff verification. */
export const POST = async (req: AuthenticatedMedusaRequest<VendorSaveBankAccountType>, res: MedusaResponse) => {
  const scope = sellerScope(req)
  if (scope.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the seller's owner can change its bank account")
  }
  await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).saveSellerBankAccount(scope.seller_id, req.validatedBody)
  res.json({ bank_account: await bankAccountOfSeller(req.scope, scope.seller_id) })
}
