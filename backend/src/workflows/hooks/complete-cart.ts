/**
 * Before any cart becomes an order — the store's complete route, a payment webhook, or any other
 * path through Medusa's completeCartWorkflow — every item is checked again, whatever happened
 * since it was added: it must belong to an approved seller (otherwise the order could not be
 * split into seller orders), and its product must still be published in the cart's sales channel.
 * The shopper's notes and pre-order dates (`metadata.part_details`) are checked again too.
 * A completed cart (a retry) is not checked again.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { cartWithSellers } from "../../lib/queries/cart-sellers"
import { assertPartDetails } from "../order/part-details"
import { ORDER_METADATA } from "../order/types"
import { unsellableVariants } from "./cart-visibility"

export async function assertCartOrderable(container: MedusaContainer, cartId: string): Promise<void> {
  const cart = await cartWithSellers(container, cartId)
  if (!cart || cart.completed_at) {
    // Missing carts are reported by completeCartWorkflow itself.
    return
  }
  const { items, sellerOfProduct } = cart
  const unavailable = items.filter((i) => sellerOfProduct.get(i.product_id ?? "")?.status !== "approved")
  if (unavailable.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Produk berikut tidak bisa dipesan karena penjualnya tidak aktif: ${unavailable.map((i) => i.title).join(", ")}`
    )
  }
  const withdrawn = new Set(
    await unsellableVariants(container, items.flatMap((i) => (i.variant_id ? [i.variant_id] : [])), cart.sales_channel_id)
  )
  const gone = items.filter((i) => !i.variant_id || withdrawn.has(i.variant_id))
  if (gone.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Produk berikut sudah tidak dijual: ${gone.map((i) => i.title).join(", ")}`
    )
  }
  // Cart metadata is writable by whoever holds the cart id: the notes and ready dates the split
  // copies onto the seller orders are checked here, on every completion path.
  assertPartDetails(cart.metadata?.[ORDER_METADATA.partDetails], cart.sellers, ORDER_METADATA.partDetails)
}

completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertCartOrderable(container, input.id)
})
