import { z } from "@medusajs/framework/zod"

export const STORE_SELLER_CATEGORIES = ["kuliner", "fesyen", "kriya"] as const

export const StoreListSellersQuery = z.object({
  district_code: z.string().trim().min(1).max(20).optional(),
  category: z.enum(STORE_SELLER_CATEGORIES).optional(),
  /** One seller by handle, without its products (the storefront's seller card). */
  handle: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListSellersQueryType = z.infer<typeof StoreListSellersQuery>

/** GET /store/sellers/:handle: one page of the seller's products. */
export const StoreGetSellerParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreGetSellerParamsType = z.infer<typeof StoreGetSellerParams>
