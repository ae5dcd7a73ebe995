import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCartMiddlewares } from "./carts/middlewares"
import { storeDistrictMiddlewares } from "./districts/middlewares"
import { storeOrderGroupMiddlewares } from "./order-groups/middlewares"
import { storeOrderMiddlewares } from "./orders/middlewares"
import { storeProductMiddlewares } from "./products/middlewares"
import { storeRotationMiddlewares } from "./rotation/middlewares"
import { storeSearchMiddlewares } from "./search/middlewares"
import { storeSellerMiddlewares } from "./sellers/middlewares"

/** /store/* requires the publishable key (Medusa); add each route folder's validators here. */
export const storeMiddlewares: MiddlewareRoute[] = [
  ...storeDistrictMiddlewares,
  ...storeSellerMiddlewares,
  ...storeProductMiddlewares,
  ...storeOrderGroupMiddlewares,
  ...storeOrderMiddlewares,
  ...storeCartMiddlewares,
  ...storeSearchMiddlewares,
  ...storeRotationMiddlewares,
]
