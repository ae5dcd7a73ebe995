import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetLedger } from "./validators"

/** /admin/ledger — Medusa authenticates admin users for all /admin routes. */
export const adminLedgerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ledger", middlewares: [validateAndTransformQuery(AdminGetLedger, {})] },
]
