import { z } from "@medusajs/framework/zod"

/** `email` proves ownership of a guest order (the order's email, any case). */
export const StoreGetOrderGroup = z
  .object({
    email: z.string().trim().email().optional(),
  })
  .strict()
export type StoreGetOrderGroupType = z.infer<typeof StoreGetOrderGroup>
