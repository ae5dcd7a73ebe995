import { writeFileSync } from "node:fs"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { MedusaModule } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DISTRICT_MODULE } from "../modules/district"
import type DistrictModuleService from "../modules/district/service"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"
import { runSetup } from "../setup"
import { setupOptionsFromEnv, type SetupProgress } from "../setup/options"

/** Prefix of the progress lines `npm run dev` turns into its progress indicator (@sentra/stack). */
export const PROGRESS_PREFIX = "sentra-progress:"

/**
 * `medusa exec ./src/scripts/setup.ts` — idempotent commerce setup + seed, as the environment
 * says (src/setup/options.ts: development seeds and creates logins, production creates no login
 * and seeds only with SENTRA_SEED=demo).
 *
 * The search index is built once, after the seed, not product by product while it is written: on a
 * fresh database the index has no active version until it is first seeded, so ingesting the
 * seed's events would fail once per event. This process stops the Search Module's ingestion
 * subscriber before it writes, and rebuilds the indexes in one pass when it created anything.
 *
 * SENTRA_SETUP_OUTPUT names a JSON file that receives the publishable key and a summary (how
 * `npm run dev` hands the key to the storefront and prints what was seeded).
 */
export default async function setup({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  pauseSearchIngestion(container)
  const progress: SetupProgress = (phase, done, total) => console.log(`${PROGRESS_PREFIX} ${phase} ${done}/${total}`)
  const result = await runSetup(container, { ...setupOptionsFromEnv(process.env), progress })
  const seededIn = Date.now() - started

  const created = result.createdDistricts + (result.catalog?.createdProducts ?? 0)
  let indexedIn: number | null = null
  if (created > 0) {
    const indexStarted = Date.now()
    await container.resolve(Modules.SEARCH).reindex()
    indexedIn = Date.now() - indexStarted
  }
  const summary = { ...(await totals(container)), seededIn, indexedIn, created: result.catalog?.createdProducts ?? 0 }
  if (process.env.SENTRA_SETUP_OUTPUT) {
    writeFileSync(
      process.env.SENTRA_SETUP_OUTPUT,
      JSON.stringify({ publishableKey: result.publishableKey, regionId: result.regionId, summary }, null, 2)
    )
  }
  logger.info(
    `Sentra setup done in ${seededIn} ms: ${summary.districts} kecamatan, ${summary.sellers} sellers, ` +
      `${summary.products} products (${summary.created} new); search index ${indexedIn === null ? "unchanged" : `rebuilt in ${indexedIn} ms`}; ` +
      `development admin ${result.adminCreated ? "created" : "not created (present, or production)"}`
  )
}

/** Unsubscribes Medusa's search-ingestion subscriber from every event of every index, in this process. */
function pauseSearchIngestion(container: MedusaContainer) {
  const eventBus = container.resolve(Modules.EVENT_BUS)
  const events = new Set(MedusaModule.getSearchIndexes().flatMap((index) => index.events ?? []))
  for (const event of events) {
    eventBus.unsubscribe(event, noSubscriber, { subscriberId: SEARCH_INGESTION_SUBSCRIBER })
  }
}
const SEARCH_INGESTION_SUBSCRIBER = "search-ingestion"
const noSubscriber = async () => undefined

async function totals(container: MedusaContainer) {
  const [, districts] = await container.resolve<DistrictModuleService>(DISTRICT_MODULE).listAndCountDistricts({}, { take: 1 })
  const [, sellers] = await container.resolve<SellerModuleService>(SELLER_MODULE).listAndCountSellers({}, { take: 1 })
  const [, products] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1 })
  return { districts, sellers, products }
}
