import { z } from "@medusajs/framework/zod"

export const AdminListMarketplaceOrders = z
  .object({
    /** Kecamatan code, e.g. 32.73.02: groups with a part of a seller there. */
    district_code: z.string().trim().regex(/^\d{2}\.\d{2}\.\d{2}$/, { message: "Field 'district_code' must be a kecamatan code like 32.73.02" }).optional(),
    /** Groups with a part of this seller. */
    seller_id: z.string().trim().min(1).max(100).optional(),
    /** The shopper's order number (`12` or `#12`) or part of the shopper's email. */
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListMarketplaceOrdersType = z.infer<typeof AdminListMarketplaceOrders>
