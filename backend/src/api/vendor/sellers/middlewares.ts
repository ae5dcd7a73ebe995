import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { retrieveVendorSellerQueryConfig } from "./query-config"
import { VendorCreateSeller, VendorGetSellerParams, VendorUpdateSeller } from "./validators"

const sellerQuery = validateAndTransformQuery(VendorGetSellerParams, retrieveVendorSellerQueryConfig)

export const vendorSellerMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/sellers", middlewares: [validateAndTransformBody(VendorCreateSeller), sellerQuery] },
  { method: ["GET"], matcher: "/vendor/sellers/me", middlewares: [sellerQuery] },
  { method: ["POST"], matcher: "/vendor/sellers/me", middlewares: [validateAndTransformBody(VendorUpdateSeller), sellerQuery] },
]
