import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminListMarketplaceOrders } from "./validators"

/** /admin/marketplace-orders — Medusa authenticates admin users for all /admin routes. */
export const adminMarketplaceOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/marketplace-orders", middlewares: [validateAndTransformQuery(AdminListMarketplaceOrders, {})] },
]
