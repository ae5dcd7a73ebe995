import { z } from "@medusajs/framework/zod"
import { BANKS, normalizeAccountNumber } from "@sentra/vocabulary"
import { fieldError } from "../../validators"

const BANK_CODES = BANKS.map((b) => b.code) as [string, ...string[]]

/**
 * The bank account a seller is paid to. Strict: status and review fields are staff-only. Error
 * messages name the field (the panel shows them next to it).
 */
export const VendorSaveBankAccount = z
  .object({
    bank_code: z.enum(BANK_CODES, { error: fieldError(`must be one of the bank codes: ${BANK_CODES.join(", ")}`) }),
    account_number: z.string({ error: fieldError("is required") }).transform((value, ctx) => {
      const digits = normalizeAccountNumber(value)
      if (!digits) {
        ctx.addIssue({ code: "custom", message: "Field 'account_number' must be 6 to 20 digits (spaces and dashes are ignored)" })
        return z.NEVER
      }
      return digits
    }),
    account_holder: z
      .string({ error: fieldError("is required") })
      .trim()
      .min(3, { error: fieldError("must be at least 3 characters") })
      .max(100, { error: fieldError("must be at most 100 characters") }),
  })
  .strict()
export type VendorSaveBankAccountType = z.infer<typeof VendorSaveBankAccount>
