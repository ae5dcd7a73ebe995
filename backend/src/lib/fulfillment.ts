/**
 * How Sentra hands orders over: every seller offers pickup at its door and local delivery within
 * the city, as two shipping options of its own shipping profile in the one Sentra service zone.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

/** Names setup gives the fulfillment frame (looked up by name, created once). */
export const FULFILLMENT_NAMES = {
  fulfillmentSet: "Sentra Ambil & Antar",
  serviceZone: "Indonesia",
} as const

/** The two ways to receive a seller's part; `code` is the shipping option type code. */
export const SHIPPING_OPTIONS = [
  {
    name: "Ambil sendiri",
    code: "pickup",
    description: "Ambil pesanan langsung di tempat penjual (gratis).",
    amount: 0,
  },
  {
    name: "Antar lokal",
    code: "local-delivery",
    description: "Diantar kurir lokal dalam kota, 1 hari kerja.",
    amount: 15000,
  },
] as const

/** Shipping option input for `createShippingOptionsWorkflow`: both options for one profile. */
export function shippingOptionsFor(serviceZoneId: string, shippingProfileId: string) {
  return SHIPPING_OPTIONS.map((option) => ({
    name: option.name,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: serviceZoneId,
    shipping_profile_id: shippingProfileId,
    type: { label: option.name, description: option.description, code: option.code },
    prices: [{ currency_code: "idr", amount: option.amount }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  }))
}

/** The Sentra service zone (setup creates it). */
export async function sentraServiceZoneId(container: MedusaContainer): Promise<string> {
  const [set] = await container
    .resolve(Modules.FULFILLMENT)
    .listFulfillmentSets({ name: FULFILLMENT_NAMES.fulfillmentSet }, { relations: ["service_zones"] })
  const zone = set?.service_zones?.[0]
  if (!zone) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store is not set up: no Sentra fulfillment set")
  }
  return zone.id
}

/** seller id → its shipping profile id (sellers without one are absent). */
export async function sellerShippingProfiles(container: MedusaContainer, sellerIds: string[]): Promise<Map<string, string>> {
  if (!sellerIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields: ["id", "shipping_profile.id"], filters: { id: sellerIds } })
  return new Map(
    (data as { id: string; shipping_profile?: { id: string } | null }[]).flatMap((s) =>
      s.shipping_profile?.id ? [[s.id, s.shipping_profile.id] as const] : []
    )
  )
}
