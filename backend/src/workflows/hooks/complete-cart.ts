/**
 * Before any cart becomes an order — the store's complete route, a payment webhook, or any other
 * path through Medusa's completeCartWorkflow — every item is checked again, whatever happened
 * since it was added: it must belong to an approved seller (otherwise the order could not be
 * split into seller orders), and its product must still be published in the cart's sales channel.
 * A completed cart (a retry) is not checked again.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { sellersOfProducts } from "../../lib/queries/sellers-of-products"
import { unsellableVariants } from "./cart-visibility"

export async function assertCartOrderable(container: MedusaContainer, cartId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "sales_channel_id", "items.id", "items.title", "items.product_id", "items.variant_id"],
    filters: { id: cartId },
  })
  type Item = { title: string; product_id: string | null; variant_id: string | null }
  const cart = data[0] as
    | { completed_at: Date | null; sales_channel_id: string | null; items?: (Item | null)[] | null }
    | undefined
  if (!cart || cart.completed_at) {
    // Missing carts are reported by completeCartWorkflow itself.
    return
  }
  const items = (cart.items ?? []).filter((i) => !!i)
  const sellers = await sellersOfProducts(container, items.flatMap((i) => (i.product_id ? [i.product_id] : [])))
  const unavailable = items.filter((i) => sellers.get(i.product_id ?? "")?.status !== "approved")
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
}

completeCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await assertCartOrderable(container, input.id)
})
