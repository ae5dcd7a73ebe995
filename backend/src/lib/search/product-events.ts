/**
 * The events that change a product's search document, and how each maps to product ids.
 *
 * `graphConsume` re-reads the products and upserts or deletes their documents, so an event
 * only has to name the products it may have touched.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchConsumeEvent } from "@medusajs/framework/utils"

type Query = SearchTypes.SearchIngestionContext["container"]["query"]

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((id): id is string => typeof id === "string" && id.length > 0)

async function graphIds(query: Query, entity: string, field: string, filterIds: string[], withDeleted = false) {
  if (!filterIds.length) {
    return []
  }
  const { data } = await query.graph({ entity, fields: [field], filters: { id: filterIds }, withDeleted })
  return data
}

/** Product ids of variants (soft-deleted ones too: a deleted variant changes price and stock). */
async function productsOfVariants(query: Query, variantIds: string[]) {
  const rows = await graphIds(query, "product_variant", "product_id", variantIds, true)
  return rows.map((row) => (row as { product_id?: string }).product_id)
}

async function productsOfInventoryItems(query: Query, itemIds: string[]) {
  if (!itemIds.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "inventory_item",
    fields: ["variants.product_id"],
    filters: { id: itemIds },
    withDeleted: true,
  })
  return (data as { variants?: ({ product_id?: string } | null)[] | null }[]).flatMap((item) =>
    (item.variants ?? []).map((variant) => variant?.product_id)
  )
}

async function productsOfSellers(query: Query, sellerIds: string[]) {
  if (!sellerIds.length) {
    return []
  }
  const { data } = await query.graph({ entity: "seller", fields: ["products.id"], filters: { id: sellerIds } })
  return (data as { products?: ({ id: string } | null)[] | null }[]).flatMap((seller) =>
    (seller.products ?? []).map((product) => product?.id)
  )
}

const byItem = (entity: string) => async (query: Query, levelIds: string[]) => {
  const rows = await graphIds(query, entity, "inventory_item_id", levelIds, true)
  return productsOfInventoryItems(
    query,
    ids(rows.map((row) => (row as { inventory_item_id?: string }).inventory_item_id))
  )
}

type Resolver = (query: Query, eventIds: string[]) => Promise<(string | undefined)[]>

const PRODUCT: Resolver = async (_query, eventIds) => eventIds
const VARIANT: Resolver = productsOfVariants
const SELLER: Resolver = productsOfSellers
const INVENTORY_LEVEL: Resolver = byItem("inventory_level")
const RESERVATION: Resolver = byItem("reservation_item")
/** The storefront channel link of a product: detach events carry the (soft-deleted) link rows. */
const CHANNEL_LINK: Resolver = async (query, linkIds) => {
  const rows = await graphIds(query, "product_sales_channel", "product_id", linkIds, true)
  return rows.map((row) => (row as { product_id?: string }).product_id)
}

/** Event name → how to find the products it touches, and where its ids are in the payload. */
export const PRODUCT_INDEX_EVENTS: Record<string, { resolve: Resolver; key: "id" | "seller_id" }> = {
  // Products themselves (Medusa's product workflows)
  "product.created": { resolve: PRODUCT, key: "id" },
  "product.updated": { resolve: PRODUCT, key: "id" },
  "product.deleted": { resolve: PRODUCT, key: "id" },
  // Prices and stock live on variants
  "product-variant.created": { resolve: VARIANT, key: "id" },
  "product-variant.updated": { resolve: VARIANT, key: "id" },
  "product-variant.deleted": { resolve: VARIANT, key: "id" },
  // Stock: the inventory module's own events. Every change of a level emits them, whichever
  // workflow made it (orders reserve stock without a workflow event of their own); listening to
  // the workflow events as well would read every product twice.
  "inventory.inventory-level.created": { resolve: INVENTORY_LEVEL, key: "id" },
  "inventory.inventory-level.updated": { resolve: INVENTORY_LEVEL, key: "id" },
  "inventory.inventory-level.deleted": { resolve: INVENTORY_LEVEL, key: "id" },
  "inventory.reservation-item.created": { resolve: RESERVATION, key: "id" },
  "inventory.reservation-item.updated": { resolve: RESERVATION, key: "id" },
  "inventory.reservation-item.deleted": { resolve: RESERVATION, key: "id" },
  // Visibility: whichever workflow takes a product out of the storefront channel
  "LinkProductSalesChannel.detached": { resolve: CHANNEL_LINK, key: "id" },
  // The seller: status, profile (name, hours, cohort) and legality documents (badges)
  "seller.approved": { resolve: SELLER, key: "id" },
  "seller.suspended": { resolve: SELLER, key: "id" },
  "seller.updated": { resolve: SELLER, key: "id" },
  "seller.document_verified": { resolve: SELLER, key: "seller_id" },
  "seller.document_unverified": { resolve: SELLER, key: "seller_id" },
}

/** `resolve_ids` of the product index: the ids of the products an event may have changed. */
export async function productIdsOfEvent(
  event: SearchConsumeEvent,
  context: SearchTypes.SearchIngestionContext
): Promise<string[]> {
  const route = PRODUCT_INDEX_EVENTS[event.name]
  if (!route) {
    return []
  }
  const data = (event.data ?? {}) as Record<string, unknown>
  const found = await route.resolve(context.container.query, ids(data[route.key]))
  return [...new Set(ids(found))]
}

/** Only a deleted product leaves by id; every other event re-reads its products. */
export const isProductDeleted = (event: SearchConsumeEvent) => event.name === "product.deleted"
