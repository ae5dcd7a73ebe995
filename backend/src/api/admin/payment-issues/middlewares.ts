import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListPaymentIssues, AdminResolvePaymentIssue, AdminRetryPaymentIssue } from "./validators"

/** /admin/payment-issues — Medusa authenticates admin users for all /admin routes. */
export const adminPaymentIssueMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/payment-issues", middlewares: [validateAndTransformQuery(AdminListPaymentIssues, {})] },
  { method: ["POST"], matcher: "/admin/payment-issues/:id/retry", middlewares: [validateAndTransformBody(AdminRetryPaymentIssue)] },
  { method: ["POST"], matcher: "/admin/payment-issues/:id/resolve", middlewares: [validateAndTransformBody(AdminResolvePaymentIssue)] },
]
