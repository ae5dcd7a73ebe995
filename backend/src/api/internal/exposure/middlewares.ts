import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { fromStorefront } from "../../../lib/storefront-proof"
import { PostExposure } from "./validators"

/**
 * Only the storefront server may add impressions: it sends SENTRA_EXPOSURE_SECRET in a header.
 * Anything else (a shopper, a seller or staff token) → 401 before the body is read.
 */
export function requireExposureSecret(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!fromStorefront(req.headers)) {
    res.status(401).json({ type: "unauthorized", message: "Kunci penghitung paparan tidak valid (exposure secret missing or wrong)" })
    return
  }
  next()
}

export const internalExposureMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/internal/exposure",
    middlewares: [requireExposureSecret, validateAndTransformBody(PostExposure)],
  },
]
