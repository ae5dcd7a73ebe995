import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listStoreSellersQueryConfig, retrieveStoreSellerQueryConfig } from "./query-config"
import { StoreGetSellerParams, StoreListSellersQuery } from "./validators"

/** /store/sellers — Medusa requires the publishable key on all /store routes. */
export const storeSellerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/sellers",
    middlewares: [validateAndTransformQuery(StoreListSellersQuery, listStoreSellersQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/sellers/:handle",
    middlewares: [validateAndTransformQuery(StoreGetSellerParams, retrieveStoreSellerQueryConfig)],
  },
]
