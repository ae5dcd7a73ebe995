import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import SellerProductLink from "../../links/seller-product"
import { sellerShippingProfiles } from "../fulfillment"

export interface StoreDefaults {
  sales_channel_id: string
  shipping_profile_id: string
  stock_location_id: string
}

/**
 * Where a seller's listings live: the store's default (storefront) sales channel, the seller's own
 * shipping profile (the default one for a seller without, or without a seller) and the stock
 * location of that sales channel (the first, if several).
 */
export async function storeDefaults(container: MedusaContainer, sellerId?: string): Promise<StoreDefaults> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const salesChannelId = store?.default_sales_channel_id
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"] })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: channels } = salesChannelId
    ? await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
    : { data: [] }
  const locationId = (channels[0] as { stock_locations?: ({ id: string } | null)[] } | undefined)?.stock_locations?.find(Boolean)?.id
  if (!salesChannelId || !profile || !locationId) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "The store is not set up: it needs a default sales channel with a stock location and a default shipping profile"
    )
  }
  const own = sellerId ? (await sellerShippingProfiles(container, [sellerId])).get(sellerId) : undefined
  return { sales_channel_id: salesChannelId, shipping_profile_id: own ?? profile.id, stock_location_id: locationId }
}

/** Ids of the seller's products, optionally only among `productIds` (the seller ↔ product link). */
export async function sellerProductIds(container: MedusaContainer, sellerId: string, productIds?: string[]): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { seller_id: sellerId, ...(productIds ? { product_id: productIds } : {}) },
  })
  return (data as { product_id: string }[]).map((row) => row.product_id)
}
