import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetExposure } from "./validators"

/** /admin/exposure — Medusa authenticates admin users for all /admin routes. */
export const adminExposureMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/exposure", middlewares: [validateAndTransformQuery(AdminGetExposure, {})] },
]
