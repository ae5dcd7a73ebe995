import type { MiddlewareRoute } from "@medusajs/framework/http"

/** /admin/* is authenticated by Medusa itself (admin users); add each route folder's validators here. */
export const adminMiddlewares: MiddlewareRoute[] = []
