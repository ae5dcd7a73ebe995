import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListSellersQuery } from "./validators"

/** /store/sellers — Medusa requires the publishable key on all /store routes. */
export const storeSellerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/sellers",
    middlewares: [validateAndTransformQuery(StoreListSellersQuery, {})],
  },
]
