import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listVendorProductsQueryConfig, retrieveVendorProductQueryConfig } from "./query-config"
import { VendorCreateProduct, VendorGetProductParams, VendorListProducts, VendorUpdateProduct } from "./validators"

const productQuery = validateAndTransformQuery(VendorGetProductParams, retrieveVendorProductQueryConfig)

export const vendorProductMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/vendor/products",
    middlewares: [validateAndTransformQuery(VendorListProducts, listVendorProductsQueryConfig)],
  },
  { method: ["POST"], matcher: "/vendor/products", middlewares: [validateAndTransformBody(VendorCreateProduct), productQuery] },
  { method: ["GET"], matcher: "/vendor/products/:id", middlewares: [productQuery] },
  { method: ["POST"], matcher: "/vendor/products/:id", middlewares: [validateAndTransformBody(VendorUpdateProduct), productQuery] },
]
