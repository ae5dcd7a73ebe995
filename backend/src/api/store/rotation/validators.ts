import { z } from "@medusajs/framework/zod"

export const StoreRotationQuery = z.object({
  /** A category handle: a main category (kuliner, fesyen, kriya) or a sub category. */
  category: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(48).default(12),
})
export type StoreRotationQueryType = z.infer<typeof StoreRotationQuery>
