import {
  unlessPath,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { listAdminDistrictsQueryConfig, retrieveAdminDistrictQueryConfig } from "./query-config"
import { AdminGetDistrictParams, AdminListDistrictsQuery, AdminLoadDistrictsBody, AdminUpdateDistrictBody } from "./validators"

/** The fields of the one kecamatan GET and POST /admin/districts/:code answer with. */
const districtQuery = validateAndTransformQuery(AdminGetDistrictParams, retrieveAdminDistrictQueryConfig)

/** "/admin/districts/load" matches ":code" too; Medusa runs every matching middleware. */
const notLoad = /^\/admin\/districts\/load\/?$/

/** /admin/districts — Medusa authenticates admin users for all /admin routes. */
export const adminDistrictMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/districts",
    middlewares: [validateAndTransformQuery(AdminListDistrictsQuery, listAdminDistrictsQueryConfig)],
  },
  { method: ["GET"], matcher: "/admin/districts/:code", middlewares: [districtQuery] },
  {
    method: ["POST"],
    matcher: "/admin/districts/load",
    middlewares: [validateAndTransformBody(AdminLoadDistrictsBody)],
  },
  {
    method: ["POST"],
    matcher: "/admin/districts/:code",
    middlewares: [unlessPath(notLoad, validateAndTransformBody(AdminUpdateDistrictBody)), unlessPath(notLoad, districtQuery)],
  },
]
