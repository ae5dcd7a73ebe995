import { z } from "@medusajs/framework/zod"
import { SELLER_STATUSES } from "../../../modules/seller/models"

export const AdminListSellersQuery = z.object({
  status: z.enum(SELLER_STATUSES).optional(),
  district_code: z.string().trim().min(1).max(20).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListSellersQueryType = z.infer<typeof AdminListSellersQuery>

const reason = z.string().trim().min(1).max(1000)

/** Approving may carry a note; an empty body is fine. */
export const AdminApproveSellerBody = z.object({ reason: reason.nullish() }).strict()
export type AdminApproveSellerBodyType = z.infer<typeof AdminApproveSellerBody>

/** Suspending always needs a reason (shown to the seller). */
export const AdminSuspendSellerBody = z.object({ reason }).strict()
export type AdminSuspendSellerBodyType = z.infer<typeof AdminSuspendSellerBody>

