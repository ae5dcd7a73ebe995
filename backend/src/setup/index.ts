import type { MedusaContainer } from "@medusajs/framework/types"
import { generateSeed } from "@sentra/seed-data"
import { ensureAdminUser } from "./admin"
import { seedCatalog, type CatalogResult } from "./catalog"
import { ensureCommerce, type CommerceContext } from "./commerce"

export interface SetupResult extends CommerceContext {
  adminCreated: boolean
  catalog: CatalogResult | null
}

/**
 * Everything a fresh Sentra database needs: the commerce frame, the development admin login
 * and (unless `seed` is false) the generated catalog. Safe to run on every start.
 */
export async function runSetup(container: MedusaContainer, options: { seed: boolean }): Promise<SetupResult> {
  const commerce = await ensureCommerce(container)
  const { created } = await ensureAdminUser(container)
  const catalog = options.seed ? await seedCatalog(container, generateSeed(), commerce) : null
  return { ...commerce, adminCreated: created, catalog }
}
