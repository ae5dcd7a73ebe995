import { z } from "@medusajs/framework/zod"
import { LedgerPeriod } from "../../vendor/ledger/validators"

export const AdminGetLedger = z
  .object({
    ...LedgerPeriod,
    seller_id: z.string().trim().min(1).optional(),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()
export type AdminGetLedgerType = z.infer<typeof AdminGetLedger>
