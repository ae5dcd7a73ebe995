import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { loadDistricts } from "@sentra/area-data"
import { generateSeed, SEED_CITY_CODES } from "@sentra/seed-data"
import { sellerShippingProfiles } from "../lib/fulfillment"
import { DEV_ADMIN, ensureAdminUser } from "./admin"
import { seedCatalog, type CatalogResult } from "./catalog"
import { ensureCommerce, type CommerceContext } from "./commerce"
import { DEV_SELLER_PASSWORD, ensureDistricts, ensureFeaturedDistricts, ensureSellers, linkProductsToSellers } from "./marketplace"
import type { SetupOptions } from "./options"

export interface SetupResult extends CommerceContext {
  adminCreated: boolean
  createdDistricts: number
  catalog: CatalogResult | null
}

/** Regency (kota/kabupaten) codes whose kecamatan are loaded; SENTRA_CITY_CODES overrides. */
export function cityCodes(env: Record<string, string | undefined> = process.env): string[] {
  const configured = env.SENTRA_CITY_CODES?.split(",").map((c) => c.trim()).filter(Boolean)
  return configured?.length ? configured : SEED_CITY_CODES
}

/**
 * Everything a fresh Sentra database needs: the commerce frame, the kecamatan of the configured
 * cities, and as `options` say (src/setup/options.ts) the development admin login and the demo
 * sellers and catalog. Idempotent: safe to run on every start.
 */
export async function runSetup(container: MedusaContainer, options: SetupOptions): Promise<SetupResult> {
  const commerce = await ensureCommerce(container)
  const admin = options.admin === undefined ? DEV_ADMIN : options.admin
  const { created } = admin ? await ensureAdminUser(container, admin) : { created: false }
  const createdDistricts = await ensureDistricts(container, loadDistricts(cityCodes()))
  let catalog: CatalogResult | null = null

  if (options.seed) {
    const data = generateSeed()
    const sellerPassword = options.sellerPassword === undefined ? DEV_SELLER_PASSWORD : options.sellerPassword
    const sellerIds = await ensureSellers(container, data.sellers, sellerPassword, options.progress)
    const profiles = await sellerShippingProfiles(container, [...sellerIds.values()])
    const shippingProfileOf = (sellerHandle: string) => profiles.get(sellerIds.get(sellerHandle)!) ?? commerce.shippingProfileId
    catalog = await seedCatalog(container, data, { ...commerce, shippingProfileOf }, options.progress)
    const products = await container
      .resolve(Modules.PRODUCT)
      .listProducts({ handle: data.products.map((p) => p.handle) }, { select: ["id", "handle"] })
    const productIds = new Map(products.map((p) => [p.handle, p.id]))
    await linkProductsToSellers(
      container,
      data.products.map((p) => ({ productId: productIds.get(p.handle)!, sellerId: sellerIds.get(p.sellerHandle)! }))
    )
    await ensureFeaturedDistricts(container, data.featuredDistricts)
  }
  return { ...commerce, adminCreated: created, createdDistricts, catalog }
}
