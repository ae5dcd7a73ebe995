import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { VendorGetLedger } from "./validators"

/** Auth and seller scope come from the /vendor* middleware; these only validate input. */
export const vendorLedgerMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/vendor/ledger", middlewares: [validateAndTransformQuery(VendorGetLedger, {})] },
]
