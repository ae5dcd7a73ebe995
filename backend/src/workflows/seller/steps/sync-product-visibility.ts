import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * The store shows a product only when it is published AND its seller is approved.
 *
 * That rule is enforced in one place: membership of the storefront sales channel (the store's
 * default channel, the one the publishable key is bound to). Medusa's store routes — product
 * lists, product pages, carts and search — already only see products of the key's channel, so
 * a draft, a product of a pending seller or of a suspended seller is invisible everywhere and
 * cannot be added to a cart (enforced by the cart hooks in src/workflows/hooks/cart-visibility.ts).
 *
 * Run this step after anything that changes a product's status or a seller's status.
 */
export function isStoreVisible(productStatus: string | null | undefined, sellerStatus: string | null | undefined): boolean {
  return productStatus === ProductStatus.PUBLISHED && sellerStatus === "approved"
}

export interface SyncVisibilityInput {
  product_ids?: string[]
  seller_ids?: string[]
}

interface Changes {
  channelId: string
  added: string[]
  removed: string[]
}

type ProductRow = { id: string; status: string; sales_channels?: ({ id: string } | null)[] | null }

async function storefrontChannel(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) {
    throw new Error("The store has no default sales channel: run setup first")
  }
  return store.default_sales_channel_id
}

async function loadProducts(container: MedusaContainer, input: SyncVisibilityInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows: { product: ProductRow; sellerStatus: string | null }[] = []
  if (input.seller_ids?.length) {
    const { data: sellers } = await query.graph({
      entity: "seller",
      fields: ["id", "status", "products.id", "products.status", "products.sales_channels.id"],
      filters: { id: input.seller_ids },
    })
    for (const seller of sellers as { status: string; products?: ProductRow[] }[]) {
      for (const product of seller.products ?? []) {
        rows.push({ product, sellerStatus: seller.status })
      }
    }
  }
  if (input.product_ids?.length) {
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "status", "sales_channels.id", "seller.status"],
      filters: { id: input.product_ids },
    })
    for (const product of products as (ProductRow & { seller?: { status: string } | null })[]) {
      rows.push({ product, sellerStatus: product.seller?.status ?? null })
    }
  }
  return rows
}

function channelLinks(channelId: string, productIds: string[]) {
  return productIds.map((product_id) => ({
    [Modules.PRODUCT]: { product_id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
  }))
}

export const syncProductVisibilityStep = createStep(
  "sync-product-visibility",
  async (input: SyncVisibilityInput, { container }) => {
    const channelId = await storefrontChannel(container)
    const rows = await loadProducts(container, input)
    const added: string[] = []
    const removed: string[] = []
    for (const { product, sellerStatus } of rows) {
      const listed = (product.sales_channels ?? []).some((c) => c?.id === channelId)
      const visible = isStoreVisible(product.status, sellerStatus)
      if (visible && !listed) added.push(product.id)
      if (!visible && listed) removed.push(product.id)
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (added.length) await link.create(channelLinks(channelId, added))
    if (removed.length) await link.dismiss(channelLinks(channelId, removed))
    const changes: Changes = { channelId, added, removed }
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changes.added.length) await link.dismiss(channelLinks(changes.channelId, changes.added))
    if (changes.removed.length) await link.create(channelLinks(changes.channelId, changes.removed))
  }
)
