import { z } from "@medusajs/framework/zod"

/** A batch takes the lines settled up to `cutoff_at` (inclusive; default now, never in the future). */
export const AdminCreatePayout = z
  .object({
    cutoff_at: z.coerce
      .date()
      .refine((date) => date.getTime() <= Date.now(), { message: "Field 'cutoff_at' must not be in the future" })
      .optional(),
  })
  .strict()
export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>

/** The bank's reference of the transfer(s), optional. */
export const AdminMarkPayoutPaid = z.object({ transfer_reference: z.string().trim().min(1).max(200).nullish() }).strict()
export type AdminMarkPayoutPaidType = z.infer<typeof AdminMarkPayoutPaid>
