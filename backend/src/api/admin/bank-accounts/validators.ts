import { z } from "@medusajs/framework/zod"
import { BANK_ACCOUNT_STATUSES } from "../../../modules/ledger/models/bank-account"

export const AdminListBankAccountsQuery = z.object({ status: z.enum(BANK_ACCOUNT_STATUSES).optional() }).strict()
export type AdminListBankAccountsQueryType = z.infer<typeof AdminListBankAccountsQuery>
