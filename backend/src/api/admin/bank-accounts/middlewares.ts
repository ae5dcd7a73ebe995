import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminReviewSellerBody } from "../sellers/validators"
import { AdminListBankAccountsQuery, AdminVerifyBankAccountBody } from "./validators"

/** /admin/bank-accounts — Medusa authenticates admin users for all /admin routes. */
export const adminBankAccountMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/bank-accounts", middlewares: [validateAndTransformQuery(AdminListBankAccountsQuery, {})] },
  { method: ["POST"], matcher: "/admin/bank-accounts/:id/verify", middlewares: [validateAndTransformBody(AdminVerifyBankAccountBody)] },
  { method: ["POST"], matcher: "/admin/bank-accounts/:id/reject", middlewares: [validateAndTransformBody(AdminReviewSellerBody)] },
]
