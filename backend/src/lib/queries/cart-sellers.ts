import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellersOfProducts, type ProductSeller } from "./sellers-of-products"

export interface CartItemRow {
  title: string
  product_id: string | null
  variant_id: string | null
}

export interface CartWithSellers {
  id: string
  completed_at: Date | string | null
  sales_channel_id: string | null
  metadata: Record<string, unknown> | null
  items: CartItemRow[]
  /** product id → its seller (products without a seller are absent). */
  sellerOfProduct: Map<string, ProductSeller>
  /** The distinct sellers of the cart's items, in item order. */
  sellers: ProductSeller[]
}

/** A cart with its items and each item's seller (status, lead time); null when there is no such cart. */
export async function cartWithSellers(container: MedusaContainer, cartId: string): Promise<CartWithSellers | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "sales_channel_id", "metadata", "items.id", "items.title", "items.product_id", "items.variant_id"],
    filters: { id: cartId },
  })
  const cart = data[0] as (Omit<CartWithSellers, "items" | "sellerOfProduct" | "sellers"> & { items?: (CartItemRow | null)[] | null }) | undefined
  if (!cart) return null
  const items = (cart.items ?? []).filter((i): i is CartItemRow => !!i)
  const sellerOfProduct = await sellersOfProducts(container, items.flatMap((i) => (i.product_id ? [i.product_id] : [])))
  const sellers = [...new Map(items.flatMap((i) => {
    const seller = sellerOfProduct.get(i.product_id ?? "")
    return seller ? [[seller.id, seller] as const] : []
  })).values()]
  return { ...cart, metadata: cart.metadata ?? null, items, sellerOfProduct, sellers }
}
