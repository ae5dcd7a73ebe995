import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listBankAccounts } from "../../../lib/queries/payouts"
import type { AdminListBankAccountsQueryType } from "./validators"

/** GET /admin/bank-accounts?status=pending — sellers' bank accounts (oldest change first) with the seller's name. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBankAccountsQueryType>, res: MedusaResponse) => {
  res.json({ bank_accounts: await listBankAccounts(req.scope, req.validatedQuery.status) })
}
