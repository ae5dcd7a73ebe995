import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminApproveSellerBody,
  AdminExpiringDocumentsQuery,
  AdminListSellersQuery,
  AdminReviewSellerBody,
  AdminSuspendSellerBody,
} from "./validators"

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
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/request-changes",
    middlewares: [validateAndTransformBody(AdminReviewSellerBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/documents/:type/reject",
    middlewares: [validateAndTransformBody(AdminReviewSellerBody)],
  },
  {
    method: ["GET"],
    matcher: "/admin/seller-documents/expiring",
    middlewares: [validateAndTransformQuery(AdminExpiringDocumentsQuery, {})],
  },
]
