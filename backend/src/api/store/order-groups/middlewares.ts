import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { retrieveStoreOrderGroupQueryConfig } from "./query-config"
import { StoreGetOrderGroup } from "./validators"

export const storeOrderGroupMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/order-groups/:id",
    middlewares: [
      // Optional: a signed-in customer proves ownership with the token, a guest with the email.
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreGetOrderGroup, retrieveStoreOrderGroupQueryConfig),
    ],
  },
]
