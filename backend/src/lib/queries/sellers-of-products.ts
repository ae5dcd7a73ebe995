import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export interface ProductSeller {
  id: string
  status: string
  name: string
  /** Pre-order lead time in days (0: not a pre-order seller). */
  lead_time_days: number
}

/** product id → its seller (through the seller ↔ product link); products without one are absent. */
export async function sellersOfProducts(container: MedusaContainer, productIds: string[]): Promise<Map<string, ProductSeller>> {
  const map = new Map<string, ProductSeller>()
  if (!productIds.length) {
    return map
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "seller.id", "seller.status", "seller.name", "seller.lead_time_days"],
    filters: { id: [...new Set(productIds)] },
  })
  for (const product of data as { id: string; seller?: ProductSeller | null }[]) {
    if (product.seller?.id) {
      map.set(product.id, product.seller)
    }
  }
  return map
}
