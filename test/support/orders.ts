import { PAYMENT_PROVIDERS } from "@sentra/vocabulary"
import { expect } from "vitest"
import { backendApi, type Json } from "./api"
import type { Shop } from "./shop"

/** What the shopper types at checkout, when a journey needs it other than the defaults. */
export interface ShopperInput {
  firstName?: string
  address?: string
  /** A note for the product's seller (POST /store/carts/:id/part-details). */
  note?: { sellerId: string; text: string }
}

/**
 * A shopper's cash pickup order of two of one product, placed through the store API: its seller
 * order id, number and pickup code (for journeys that then work the order in the panel), and the
 * shopper's order id (the storefront's /pesanan/:id).
 */
export async function placePickupOrder(shop: Shop, productId: string, email: string, input: ShopperInput = {}) {
  const { api, post } = backendApi(shop)
  const { body: products } = await api(`/store/products?id=${productId}&fields=id,*variants,shipping_profile.id`)
  const product = products.products[0]
  const { body: regions } = await api("/store/regions")
  const { body: created } = await post("/store/carts", { region_id: regions.regions[0].id, email })
  const cartId = created.cart.id
  expect((await post(`/store/carts/${cartId}/line-items`, { variant_id: product.variants[0].id, quantity: 2 })).status).toBe(200)
  await post(`/store/carts/${cartId}`, {
    shipping_address: {
      first_name: input.firstName ?? "Siti",
      last_name: "Aminah",
      address_1: input.address ?? "Ambil sendiri di penjual",
      country_code: "id",
      phone: "6281234567890",
    },
  })
  if (input.note) {
    const details = await post(`/store/carts/${cartId}/part-details`, { parts: [{ seller_id: input.note.sellerId, note: input.note.text }] })
    expect(details.status).toBe(200)
  }
  const { body: options } = await api(`/store/shipping-options?cart_id=${cartId}`)
  const pickup = options.shipping_options.find((o: Json) => o.shipping_profile_id === product.shipping_profile.id && o.type?.code === "pickup")
  await post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickup.id })
  const { body: pc } = await post("/store/payment-collections", { cart_id: cartId })
  await post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDERS.cash })
  const { body: done } = await post(`/store/carts/${cartId}/complete`, {})
  expect(done.type).toBe("order")
  const { body: group } = await api(`/store/order-groups/${done.order.id}?email=${encodeURIComponent(email)}`)
  const part = group.order_group.parts[0]
  return { orderId: part.id as string, displayId: part.display_id as number, pickupCode: part.pickup_code as string, groupId: done.order.id as string }
}
