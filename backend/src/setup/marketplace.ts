/**
 * Districts and sellers of the seed, loaded through the same workflow the onboarding API uses.
 * Idempotent: districts are keyed by code, sellers by handle.
 */
import type { IAuthModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { DistrictRecord } from "@sentra/area-data"
import type { FeaturedDistrictSeed, SellerSeed } from "@sentra/seed-data"
import { SELLER_MODULE } from "../modules/seller"
import type SellerModuleService from "../modules/seller/service"
import { createMissingDistricts } from "../workflows/district/steps/ensure-districts"
import { updateDistrictWorkflow } from "../workflows/district/update-district"
import { createSellerWorkflow } from "../workflows/seller/create-seller"
import { uploadGeneratedImages } from "./catalog"
import { DEV_SELLER_PASSWORD, type SetupProgress } from "./options"

export { DEV_SELLER_PASSWORD } from "./options"

/** Creates the kecamatan not loaded yet; the same code path as POST /admin/districts/load. */
export async function ensureDistricts(container: MedusaContainer, districts: DistrictRecord[]): Promise<number> {
  return (await createMissingDistricts(container, districts)).length
}

/**
 * Creates missing seed sellers (approved, documents verified). With a `password`, each owner
 * gets a login (`<handle>@seller.sentra.local`); with null, the sellers have none.
 */
export async function ensureSellers(
  container: MedusaContainer,
  sellers: SellerSeed[],
  password: string | null = DEV_SELLER_PASSWORD,
  progress?: SetupProgress
): Promise<Map<string, string>> {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const existing = await service.listSellers({ handle: sellers.map((s) => s.handle) }, { select: ["id", "handle"] })
  const ids = new Map(existing.map((s) => [s.handle, s.id]))
  const auth = container.resolve(Modules.AUTH)

  const missing = sellers.filter((s) => !ids.has(s.handle))
  for (const [done, seed] of missing.entries()) {
    progress?.("sellers", done, missing.length)
    const authIdentityId = password === null ? undefined : await registerOwner(auth, seed.ownerEmail, password)
    const { legality } = seed
    const documents = [
      { type: "nib" as const, doc: legality.nib },
      { type: "pirt" as const, doc: legality.pirt },
      { type: "halal" as const, doc: legality.halal },
    ].flatMap(({ type, doc }) => (doc ? [{ type, number: doc.number, expires_at: doc.expiresAt, verified: true }] : []))

    const { result } = await createSellerWorkflow(container).run({
      input: {
        seller: {
          handle: seed.handle,
          name: seed.name,
          description: seed.description,
          district_code: seed.districtCode,
          categories: seed.categories,
          creative_subsectors: seed.creativeSubsectors,
          whatsapp: seed.whatsapp.replace(/\D/g, "").replace(/^0/, "62"),
          pickup_address: seed.pickupAddress,
          time_zone: seed.timeZone,
          women_owned: seed.womenOwned,
          new_entrepreneur: seed.newEntrepreneur,
          opening_hours: seed.openingHours,
          holiday_closures: seed.holidayClosures,
          preparation_minutes: seed.preparationMinutes,
          lead_time_days: seed.leadTimeDays,
          documents,
        },
        owner: { email: seed.ownerEmail, name: null },
        auth_identity_id: authIdentityId,
        status: "approved",
        actor: { type: "system", id: "seed" },
      },
    })
    ids.set(seed.handle, result.seller.id)
  }
  progress?.("sellers", missing.length, missing.length)
  return ids
}

async function registerOwner(auth: IAuthModuleService, email: string, password: string): Promise<string> {
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity.id
}

/** Links each product to its seller (skips links that exist). */
export async function linkProductsToSellers(
  container: MedusaContainer,
  productSellers: { productId: string; sellerId: string }[]
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: linked } = await query.graph({
    entity: "product",
    fields: ["id", "seller.id"],
    filters: { id: productSellers.map((p) => p.productId) },
  })
  const hasSeller = new Set(linked.filter((p) => (p as { seller?: { id: string } }).seller).map((p) => p.id))
  const missing = productSellers.filter((p) => !hasSeller.has(p.productId))
  if (missing.length) {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create(
      missing.map((p) => ({ [SELLER_MODULE]: { seller_id: p.sellerId }, [Modules.PRODUCT]: { product_id: p.productId } }))
    )
  }
}

/**
 * The seed's featured kecamatan (headline, story, hero image, flagship product), through the
 * same workflow as POST /admin/districts/:code. Only while no kecamatan is featured at all:
 * once staff curate, setup never overwrites them. Returns how many it featured.
 */
export async function ensureFeaturedDistricts(container: MedusaContainer, featured: FeaturedDistrictSeed[]): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: curated } = await query.graph({
    entity: "district",
    fields: ["id"],
    filters: { featured_rank: { $ne: null } },
    pagination: { take: 1, skip: 0 },
  })
  if (curated.length || !featured.length) return 0
  const products = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: featured.map((d) => d.flagshipHandle) }, { select: ["id", "handle"] })
  const productId = new Map(products.map((p) => [p.handle, p.id]))
  const heroUrls = await uploadGeneratedImages(container, featured.map((d) => d.heroImage))
  for (const [index, district] of featured.entries()) {
    await updateDistrictWorkflow(container).run({
      input: {
        code: district.code,
        update: {
          featured_rank: district.rank,
          headline: district.headline,
          story: district.story,
          hero_image_url: heroUrls[index],
          flagship_product_id: productId.get(district.flagshipHandle) ?? null,
        },
      },
    })
  }
  return featured.length
}
