import { z } from "@medusajs/framework/zod"

/** A period of settled parts: `from` inclusive, `to` exclusive (ISO dates or date-times). */
export const LedgerPeriod = {
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
}

export const VendorGetLedger = z.object(LedgerPeriod).strict()
export type VendorGetLedgerType = z.infer<typeof VendorGetLedger>
