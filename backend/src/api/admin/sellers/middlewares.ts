import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listAdminSellersQueryConfig, retrieveAdminSellerQueryConfig } from "./query-config"
import {
  AdminApproveSellerBody,
  AdminExpiringDocumentsQuery,
  AdminGetSellerParams,
  AdminListSellersQuery,
  AdminReviewSellerBody,
  AdminSuspendSellerBody,
} from "./validators"

/** The fields of the one seller these routes answer with. */
const sellerQuery = validateAndTransformQuery(AdminGetSellerParams, retrieveAdminSellerQueryConfig)

/** /admin/sellers — Medusa authenticates admin users for all /admin routes. */
export const adminSellerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/sellers",
    middlewares: [validateAndTransformQuery(AdminListSellersQuery, listAdminSellersQueryConfig)],
  },
  { method: ["GET"], matcher: "/admin/sellers/:id", middlewares: [sellerQuery] },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/approve",
    middlewares: [validateAndTransformBody(AdminApproveSellerBody), sellerQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/suspend",
    middlewares: [validateAndTransformBody(AdminSuspendSellerBody), sellerQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/request-changes",
    middlewares: [validateAndTransformBody(AdminReviewSellerBody), sellerQuery],
  },
  {
    method: ["POST"],
    matcher: "/admin/sellers/:id/documents/:type/reject",
    middlewares: [validateAndTransformBody(AdminReviewSellerBody), sellerQuery],
  },
  { method: ["POST"], matcher: "/admin/sellers/:id/documents/:type/verify", middlewares: [sellerQuery] },
  { method: ["POST"], matcher: "/admin/sellers/:id/documents/:type/unverify", middlewares: [sellerQuery] },
  {
    method: ["GET"],
    matcher: "/admin/seller-documents/expiring",
    middlewares: [validateAndTransformQuery(AdminExpiringDocumentsQuery, {})],
  },
]
