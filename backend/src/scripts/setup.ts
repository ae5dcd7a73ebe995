import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runSetup } from "../setup"
import { setupOptionsFromEnv } from "../setup/options"

/**
 * `medusa exec ./src/scripts/setup.ts` — idempotent commerce setup + seed, as the environment
 * says (src/setup/options.ts: development seeds and creates logins, production creates no login
 * and seeds only with SENTRA_SEED=demo). SENTRA_SETUP_OUTPUT names a JSON file that receives
 * the publishable key (how `npm run dev` hands it to the storefront without copy-paste).
 */
export default async function setup({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const result = await runSetup(container, setupOptionsFromEnv(process.env))
  if (process.env.SENTRA_SETUP_OUTPUT) {
    writeFileSync(
      process.env.SENTRA_SETUP_OUTPUT,
      JSON.stringify({ publishableKey: result.publishableKey, regionId: result.regionId }, null, 2)
    )
  }
  logger.info(
    `Sentra setup done in ${Date.now() - started} ms: ` +
      `${result.catalog?.createdProducts ?? 0} products and ${result.catalog?.createdCategories ?? 0} categories created, ` +
      `development admin ${result.adminCreated ? "created" : "not created (present, or production)"}`
  )
}
