/**
 * The commerce frame every Sentra city needs, created idempotently: each piece is looked up
 * by a stable name first and created only when missing, so running setup twice changes nothing.
 */
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { regionPaymentProviders } from "../config"
import { FULFILLMENT_NAMES, SHIPPING_OPTIONS, shippingOptionsFor } from "../lib/fulfillment"

export { SHIPPING_OPTIONS }

export const SETUP_NAMES = {
  store: "Sentra",
  salesChannel: "Sentra Storefront",
  region: "Indonesia",
  publishableKey: "Sentra Storefront",
  stockLocation: "Sentra Hub Bandung",
  ...FULFILLMENT_NAMES,
  shippingProfile: "Default Shipping Profile",
} as const


export interface CommerceContext {
  storeId: string
  regionId: string
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

export async function ensureCommerce(container: MedusaContainer): Promise<CommerceContext> {
  const salesChannelId = await ensureSalesChannel(container)
  const storeId = await ensureStore(container, salesChannelId)
  const regionId = await ensureRegion(container)
  await ensureTaxRegion(container)
  const shippingProfileId = await ensureShippingProfile(container)
  const stockLocationId = await ensureStockLocation(container, salesChannelId)
  await ensureShippingOptions(container, stockLocationId, shippingProfileId)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  return { storeId, regionId, salesChannelId, stockLocationId, shippingProfileId, publishableKey }
}

async function ensureSalesChannel(container: MedusaContainer): Promise<string> {
  const service = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await service.listSalesChannels({ name: SETUP_NAMES.salesChannel })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: SETUP_NAMES.salesChannel, description: "Etalase online produk UMKM kota" },
      ],
    },
  })
  return result[0].id
}

async function ensureStore(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const service = container.resolve(Modules.STORE)
  const [store] = await service.listStores({}, { relations: ["supported_currencies"] })
  const currencies = store.supported_currencies ?? []
  const idrOnly = currencies.length === 1 && currencies[0].currency_code === "idr" && currencies[0].is_default
  if (
    store.name === SETUP_NAMES.store &&
    idrOnly &&
    store.default_sales_channel_id === salesChannelId &&
    (await isTaxInclusive(container, "currency_code", "idr"))
  ) {
    return store.id
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: SETUP_NAMES.store,
        supported_currencies: [{ currency_code: "idr", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
  return store.id
}

/** Tax inclusiveness lives in the pricing module's price preferences. */
export async function isTaxInclusive(container: MedusaContainer, attribute: string, value: string): Promise<boolean> {
  const [preference] = await container.resolve(Modules.PRICING).listPricePreferences({ attribute, value })
  return preference?.is_tax_inclusive === true
}

/**
 * The region, with exactly the payment providers the environment asks for (regionPaymentProviders):
 * an existing region is reconciled on every run, so setting STRIPE_API_KEY or SENTRA_CASH=off
 * later takes effect at the next start.
 */
async function ensureRegion(container: MedusaContainer): Promise<string> {
  const service = container.resolve(Modules.REGION)
  const [existing] = await service.listRegions({ name: SETUP_NAMES.region })
  if (existing) {
    await reconcilePaymentProviders(container, existing.id)
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: SETUP_NAMES.region,
          currency_code: "idr",
          countries: ["id"],
          automatic_taxes: true,
          is_tax_inclusive: true,
          payment_providers: regionPaymentProviders(process.env),
        },
      ],
    },
  })
  return result[0].id
}

async function reconcilePaymentProviders(container: MedusaContainer, regionId: string): Promise<void> {
  const wanted = regionPaymentProviders(process.env)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: regionId } })
  const current = (data[0]?.payment_providers ?? []).map((p: { id: string } | null) => p!.id).sort()
  if (current.join() !== [...wanted].sort().join()) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: regionId }, update: { payment_providers: wanted } },
    })
  }
}

/**
 * Indonesia as a tax region without a default rate: UMKM under the PKP turnover threshold do not
 * charge PPN, and prices are tax-inclusive, so a rate added later does not change shelf prices.
 */
async function ensureTaxRegion(container: MedusaContainer): Promise<void> {
  const service = container.resolve(Modules.TAX)
  const [existing] = await service.listTaxRegions({ country_code: "id" })
  if (existing) {
    return
  }
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "id", provider_id: "tp_system" }],
  })
}

async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const service = container.resolve(Modules.FULFILLMENT)
  const [existing] = await service.listShippingProfiles({ type: "default" })
  if (existing) {
    return existing.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: SETUP_NAMES.shippingProfile, type: "default" }] },
  })
  return result[0].id
}

async function ensureStockLocation(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const service = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await service.listStockLocations({ name: SETUP_NAMES.stockLocation })
  if (existing) {
    return existing.id
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: SETUP_NAMES.stockLocation,
          address: {
            address_1: "Jl. Ir. H. Juanda No. 1",
            city: "Kota Bandung",
            province: "Jawa Barat",
            postal_code: "40132",
            country_code: "ID",
          },
        },
      ],
    },
  })
  const location = result[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  return location.id
}

async function ensureShippingOptions(
  container: MedusaContainer,
  stockLocationId: string,
  shippingProfileId: string
): Promise<void> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [fulfillmentSet] = await fulfillment.listFulfillmentSets(
    { name: SETUP_NAMES.fulfillmentSet },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: SETUP_NAMES.fulfillmentSet,
      type: "shipping",
      service_zones: [
        { name: SETUP_NAMES.serviceZone, geo_zones: [{ country_code: "id", type: "country" }] },
      ],
    })
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const serviceZoneId = fulfillmentSet.service_zones[0].id
  const existing = await fulfillment.listShippingOptions({ service_zone: { id: serviceZoneId } })
  const missing = SHIPPING_OPTIONS.filter((option) => !existing.some((e) => e.name === option.name))
  if (!missing.length) {
    return
  }
  await createShippingOptionsWorkflow(container).run({
    input: shippingOptionsFor(serviceZoneId, shippingProfileId).filter((option) => missing.some((m) => m.name === option.name)),
  })
}

async function ensurePublishableKey(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const service = container.resolve(Modules.API_KEY)
  const keys = await service.listApiKeys({ title: SETUP_NAMES.publishableKey, type: "publishable" })
  const active = keys.find((key) => !key.revoked_at)
  if (active) {
    return active.token
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: SETUP_NAMES.publishableKey, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}
