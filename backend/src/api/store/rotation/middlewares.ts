import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { storeRotationQueryConfig } from "./query-config"
import { StoreRotationQuery } from "./validators"

/** /store/rotation — Medusa requires the publishable key on all /store routes. */
export const storeRotationMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/rotation",
    middlewares: [validateAndTransformQuery(StoreRotationQuery, storeRotationQueryConfig)],
  },
]
