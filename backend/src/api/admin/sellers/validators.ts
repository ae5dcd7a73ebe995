import { z } from "@medusajs/framework/zod"
import { SELLER_STATUSES } from "../../../modules/seller/models"

export const AdminListSellersQuery = z.object({
  status: z.enum(SELLER_STATUSES).optional(),
  district_code: z.string().trim().min(1).max(20).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  /** `oldest`: oldest first (the verification queue); `newest` (default). */
  sort: z.enum(["newest", "oldest"]).default("newest"),
})
export type AdminListSellersQueryType = z.infer<typeof AdminListSellersQuery>

/** GET /admin/sellers/:id and the POST routes that answer with the seller take no query parameters. */
export const AdminGetSellerParams = z.object({})

const reason = z.string().trim().min(1).max(1000)

/** Approving may carry a note; an empty body is fine. */
export const AdminApproveSellerBody = z.object({ reason: reason.nullish() }).strict()
export type AdminApproveSellerBodyType = z.infer<typeof AdminApproveSellerBody>

/** Suspending always needs a reason (shown to the seller). */
export const AdminSuspendSellerBody = z.object({ reason }).strict()
export type AdminSuspendSellerBodyType = z.infer<typeof AdminSuspendSellerBody>


/** Asking for changes and rejecting a document always say why (the seller reads it). */
export const AdminReviewSellerBody = z.object({ reason }).strict()
export type AdminReviewSellerBodyType = z.infer<typeof AdminReviewSellerBody>

export const AdminExpiringDocumentsQuery = z
  .object({ within_days: z.coerce.number().int().min(1).max(365).default(30) })
  .strict()
export type AdminExpiringDocumentsQueryType = z.infer<typeof AdminExpiringDocumentsQuery>
