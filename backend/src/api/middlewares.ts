import { defineMiddlewares } from "@medusajs/framework/http"
import { vendorAuthMiddlewares } from "./vendor/middlewares"

export default defineMiddlewares({
  routes: [...vendorAuthMiddlewares],
})
