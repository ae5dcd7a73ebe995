import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { requireSellerScope } from "./seller-scope"

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
        const onboarding = req.method === "POST" && req.path.replace(/\/+$/, "") === "/vendor/sellers"
        return onboarding ? next() : requireSellerScope(req as never, res, next)
      },
    ],
  },
]

/** Auth first, then each vendor route folder's own validators (add new folders here). */
export const vendorMiddlewares: MiddlewareRoute[] = [...vendorAuthMiddlewares]
