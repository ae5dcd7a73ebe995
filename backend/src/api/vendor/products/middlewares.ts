import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { VendorCreateProduct, VendorListProducts, VendorUpdateProduct } from "./validators"

export const vendorProductMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/products",
    middlewares: [validateAndTransformQuery(VendorListProducts, { isList: true, defaults: ["id"] })],
  },
  { method: ["POST"], matcher: "/vendor/products", middlewares: [validateAndTransformBody(VendorCreateProduct)] },
  { method: ["POST"], matcher: "/vendor/products/:id", middlewares: [validateAndTransformBody(VendorUpdateProduct)] },
]
