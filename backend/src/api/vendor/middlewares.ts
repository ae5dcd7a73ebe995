import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { vendorLedgerMiddlewares } from "./ledger/middlewares"
import { vendorBankAccountMiddlewares } from "./sellers/me/bank-account/middlewares"
import { vendorOrderMiddlewares } from "./orders/middlewares"
import { vendorProductMiddlewares } from "./products/middlewares"
import { requireSellerScope } from "./seller-scope"
import { vendorSellerMiddlewares } from "./sellers/middlewares"
import { vendorUploadMiddlewares } from "./uploads/middlewares"

/**
 * Secure by default: every /vendor route needs a `seller` token and the caller's seller scope.
 * The only exception is onboarding (POST /vendor/sellers), which accepts a fresh identity that
 * has no seller yet (the handler refuses identities that already have one).
 */
const vendorAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendor*",
    middlewares: [
      authenticate("seller", ["session", "bearer"], { allowUnregistered: true }),
      (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
        // Under app.use("/vendor*") Express strips the matched part from req.path: use the full URL.
        const path = req.originalUrl.split("?")[0].replace(/\/+$/, "")
        const onboarding = req.method === "POST" && path === "/vendor/sellers"
        return onboarding ? next() : requireSellerScope(req as never, res, next)
      },
    ],
  },
]

/** Auth first, then each vendor route folder's own validators (add new folders here). */
export const vendorMiddlewares: MiddlewareRoute[] = [
  ...vendorAuthMiddlewares,
  ...vendorSellerMiddlewares,
  ...vendorProductMiddlewares,
  ...vendorUploadMiddlewares,
  ...vendorOrderMiddlewares,
  ...vendorLedgerMiddlewares,
  ...vendorBankAccountMiddlewares,
]
