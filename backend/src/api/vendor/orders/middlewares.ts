import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { VendorGetOrder, VendorListOrders, VendorUpdateOrderStatus } from "./validators"

/** Auth and seller scope come from the /vendor* middleware; these only validate input. */
export const vendorOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/orders",
    middlewares: [validateAndTransformQuery(VendorListOrders, { isList: true, defaultLimit: 20 })],
  },
  {
    method: ["GET"],
    matcher: "/vendor/orders/:id",
    middlewares: [validateAndTransformQuery(VendorGetOrder, {})],
  },
  {
    method: ["POST"],
    matcher: "/vendor/orders/:id/status",
    middlewares: [validateAndTransformBody(VendorUpdateOrderStatus)],
  },
]
