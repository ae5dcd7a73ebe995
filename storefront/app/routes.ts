import { flatRoutes } from "@remix-run/fs-routes"
import type { RouteConfig } from "@remix-run/route-config"

// Unit tests may sit next to their route (mitra.rate-limited.test.ts): they are not routes.
export default flatRoutes({ ignoredRouteFiles: ["**/*.test.{ts,tsx}"] }) satisfies RouteConfig
