import {
  unlessPath,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminListDistrictsQuery, AdminLoadDistrictsBody, AdminUpdateDistrictBody } from "./validators"

/** /admin/districts — Medusa authenticates admin users for all /admin routes. */
export const adminDistrictMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/districts",
    middlewares: [validateAndTransformQuery(AdminListDistrictsQuery, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/districts/load",
    middlewares: [validateAndTransformBody(AdminLoadDistrictsBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/districts/:code",
    // "/admin/districts/load" matches ":code" too; Medusa runs every matching middleware.
    middlewares: [unlessPath(/^\/admin\/districts\/load\/?$/, validateAndTransformBody(AdminUpdateDistrictBody))],
  },
]
