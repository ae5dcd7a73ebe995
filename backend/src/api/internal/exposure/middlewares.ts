import { createHash, timingSafeEqual } from "node:crypto"
import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { EXPOSURE_SECRET_HEADER } from "@sentra/vocabulary"
import { exposureSecret } from "../../../production"
import { PostExposure } from "./validators"

const digest = (value: string) => createHash("sha256").update(value).digest()

/**
 * Only the storefront server may add impressions: it sends SENTRA_EXPOSURE_SECRET in a header.
 * Anything else (a shopper, a seller or staff token) → 401 before the body is read.
 */
export function requireExposureSecret(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const given = req.headers[EXPOSURE_SECRET_HEADER]
  if (typeof given !== "string" || !timingSafeEqual(digest(given), digest(exposureSecret(process.env)))) {
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
