import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreatePayout, AdminMarkPayoutPaid } from "./validators"

/** /admin/payouts — Medusa authenticates admin users for all /admin routes. */
export const adminPayoutMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/payouts", middlewares: [validateAndTransformBody(AdminCreatePayout)] },
  { method: ["POST"], matcher: "/admin/payouts/:id/mark-paid", middlewares: [validateAndTransformBody(AdminMarkPayoutPaid)] },
]
