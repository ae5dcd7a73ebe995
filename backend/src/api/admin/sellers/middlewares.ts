import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminApproveSellerBody, AdminListSellersQuery, AdminSuspendSellerBody } from "./validators"

/** /admin/sellers — Medusa authenticates admin users for all /admin routes. */
export const adminSellerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sellers",
    middlewares: [validateAndTransformQuery(AdminListSellersQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveSellerBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/suspend",
    middlewares: [validateAndTransformBody(AdminSuspendSellerBody)],
  },
]
