import { z } from "@medusajs/framework/zod"
import { TICKET_STATUSES } from "../../../modules/seller/models"
import { requiresReason, SELLER_SET_STATUSES } from "../../../workflows/order/ticket-rules"

/** `status=received` or `status=received,preparing` (also repeated `status[]=`). */
const statusList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").map((s) => s.trim()).filter(Boolean) : value),
  z.array(z.enum(TICKET_STATUSES)).min(1)
)

export const VendorListOrders = z
  .object({
    status: statusList.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type VendorListOrdersType = z.infer<typeof VendorListOrders>

export const VendorGetOrder = z.object({}).strict()

export const VendorUpdateOrderStatus = z
  .object({
    status: z.enum(SELLER_SET_STATUSES),
    reason: z.string().trim().min(1).max(500).optional(),
    pickup_code: z.string().trim().min(1).max(20).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (requiresReason(body.status) && !body.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: `Field 'reason' is required for status '${body.status}' (alasan wajib diisi)`,
      })
    }
  })
export type VendorUpdateOrderStatusType = z.infer<typeof VendorUpdateOrderStatus>
