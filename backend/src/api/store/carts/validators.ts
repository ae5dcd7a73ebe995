import { z } from "@medusajs/framework/zod"

/**
 * POST /store/carts/:id/part-details: one entry per seller part (seller ids of the cart). The
 * lengths and the date window are checked against the cart by the workflow (one message per field).
 */
export const StoreSetPartDetails = z
  .object({
    parts: z
      .array(
        z
          .object({
            seller_id: z.string().trim().min(1).max(100),
            note: z.string().max(2000).nullish(),
            ready_date: z.string().max(40).nullish(),
          })
          .strict()
      )
      .max(50),
  })
  .strict()
  .superRefine((body, ctx) => {
    const seen = new Set<string>()
    body.parts.forEach((part, index) => {
      if (seen.has(part.seller_id)) {
        ctx.addIssue({
          code: "custom",
          path: ["parts", index, "seller_id"],
          message: `Field 'parts.${index}.seller_id' repeats a seller: each seller may appear once`,
        })
      }
      seen.add(part.seller_id)
    })
  })
export type StoreSetPartDetailsType = z.infer<typeof StoreSetPartDetails>
