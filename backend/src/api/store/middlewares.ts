import type { MiddlewareRoute } from "@medusajs/framework/http"

/** /store/* requires the publishable key (Medusa); add each route folder's validators here. */
export const storeMiddlewares: MiddlewareRoute[] = []
