import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { sentraFeatureFlags, sentraHttpConfig, sentraModules } from "./src/config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: sentraHttpConfig(process.env),
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL,
  },
  modules: sentraModules(process.env),
  featureFlags: sentraFeatureFlags(process.env),
})
