import { z } from "@medusajs/framework/zod"

export const SUGGEST_MAX_LIMIT = 10

/** GET /store/search/suggest: what the shopper has typed so far. */
export const StoreSearchSuggestQuery = z
  .object({
    q: z.string().trim().min(1).max(100),
    limit: z.coerce.number().int().min(1).max(SUGGEST_MAX_LIMIT).default(5),
  })
  .strict()
export type StoreSearchSuggestQueryType = z.infer<typeof StoreSearchSuggestQuery>

