import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { sentraErrorHandler } from "./error-handler"
import { hookMiddlewares } from "./hooks/middlewares"
import { refuseNulInput } from "./input-guard"
import { internalExposureMiddlewares } from "./internal/exposure/middlewares"
import { storeMiddlewares } from "./store/middlewares"
import { vendorMiddlewares } from "./vendor/middlewares"

/**
 * Every route area keeps its own middlewares next to its routes (validators, auth, query
 * config); this file only puts them together.
 */
export default defineMiddlewares({
  errorHandler: sentraErrorHandler,
  routes: [{ matcher: "/*", middlewares: [refuseNulInput] }, ...authMiddlewares, ...vendorMiddlewares, ...adminMiddlewares, ...storeMiddlewares, ...hookMiddlewares, ...internalExposureMiddlewares],
})
