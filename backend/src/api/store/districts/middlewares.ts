import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listStoreDistrictsQueryConfig, retrieveStoreDistrictQueryConfig } from "./query-config"
import { StoreGetDistrictParams, StoreListDistrictsQuery } from "./validators"

/** /store/districts — Medusa requires the publishable key on all /store routes. */
export const storeDistrictMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/districts",
    middlewares: [validateAndTransformQuery(StoreListDistrictsQuery, listStoreDistrictsQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/districts/:code",
    middlewares: [validateAndTransformQuery(StoreGetDistrictParams, retrieveStoreDistrictQueryConfig)],
  },
]
