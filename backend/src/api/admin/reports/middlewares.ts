import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetReports } from "./validators"

/** /admin/reports — Medusa authenticates admin users for all /admin routes. */
export const adminReportMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/reports", middlewares: [validateAndTransformQuery(AdminGetReports, {})] },
]
