import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { VendorSaveBankAccount } from "./validators"

/** Auth and seller scope come from the /vendor* middleware; this only validates input. */
export const vendorBankAccountMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/sellers/me/bank-account", middlewares: [validateAndTransformBody(VendorSaveBankAccount)] },
]
