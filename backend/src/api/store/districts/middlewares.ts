import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListDistrictsQuery } from "./validators"

/** /store/districts — Medusa requires the publishable key on all /store routes. */
export const storeDistrictMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/districts",
    middlewares: [validateAndTransformQuery(StoreListDistrictsQuery, {})],
  },
]
