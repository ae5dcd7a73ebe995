import { z } from "@medusajs/framework/zod"
import { BANK_ACCOUNT_STATUSES } from "../../../modules/ledger/models/bank-account"

export const AdminListBankAccountsQuery = z.object({ status: z.enum(BANK_ACCOUNT_STATUSES).optional() }).strict()
export type AdminListBankAccountsQueryType = z.infer<typeof AdminListBankAccountsQuery>

/**
 * Verifying may name the account staff looked at: if the seller changed it since, `409` and
 * nothing changes (the page sends it; API callers may leave it out).
 */
export const AdminVerifyBankAccountBody = z
  .object({ bank_code: z.string().trim().min(1).optional(), account_number: z.string().trim().min(1).optional() })
  .strict()
export type AdminVerifyBankAccountBodyType = z.infer<typeof AdminVerifyBankAccountBody>
