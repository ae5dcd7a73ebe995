/**
 * Store-visible products counted and paged in SQL, so that kecamatan and seller reads never load
 * every product of every seller they touch. Visible = the product is published, not deleted, in
 * one of the publishable key's sales channels, and linked to an approved seller (the same rule
 * as docs/api.md "Visibility"; the sales channel is what the visibility workflow maintains).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { cheapestPrice, inStock, PRICE_AND_STOCK_FIELDS } from "../search/product-documents"

/** Table of the seller ↔ product link (src/links/seller-product.ts; Medusa's composeTableName). */
const SELLER_PRODUCT_TABLE = "seller_seller_product_product"

export interface VisibleProductScope {
  sellerIds: string[]
  salesChannelIds: string[]
  /** Only these products (e.g. flagships). */
  productIds?: string[]
}

function visible(knex: Knex, scope: VisibleProductScope) {
  const rows = knex(`${SELLER_PRODUCT_TABLE} as sp`)
    .join("product as p", "p.id", "sp.product_id")
    .join("seller as s", "s.id", "sp.seller_id")
    .whereNull("sp.deleted_at")
    .whereNull("p.deleted_at")
    .whereNull("s.deleted_at")
    .where("p.status", ProductStatus.PUBLISHED)
    .where("s.status", "approved")
    .whereIn("sp.seller_id", scope.sellerIds)
    .whereExists(
      knex("product_sales_channel as psc")
        .select(knex.raw("1"))
        .whereRaw("psc.product_id = p.id")
        .whereNull("psc.deleted_at")
        .whereIn("psc.sales_channel_id", scope.salesChannelIds)
    )
  return scope.productIds ? rows.whereIn("p.id", scope.productIds) : rows
}

const empty = (scope: VisibleProductScope) =>
  !scope.sellerIds.length || !scope.salesChannelIds.length || (scope.productIds && !scope.productIds.length)

const pg = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** seller id → number of its store-visible products (sellers without any are absent). One aggregate query. */
export async function visibleProductCounts(container: MedusaContainer, scope: VisibleProductScope): Promise<Map<string, number>> {
  if (empty(scope)) return new Map()
  const rows: { seller_id: string; count: string | number }[] = await visible(pg(container), scope)
    .select("sp.seller_id")
    .countDistinct({ count: "p.id" })
    .groupBy("sp.seller_id")
  return new Map(rows.map((row) => [row.seller_id, Number(row.count)]))
}

export interface VisibleProductRow {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  seller_id: string
}

/** One page of store-visible products, by title, and how many there are in all. */
export async function visibleProductPage(
  container: MedusaContainer,
  scope: VisibleProductScope,
  page: { limit: number; offset: number }
): Promise<{ products: VisibleProductRow[]; count: number }> {
  if (empty(scope)) return { products: [], count: 0 }
  const knex = pg(container)
  const [products, [{ count }]] = await Promise.all([
    visible(knex, scope)
      .select("p.id", "p.title", "p.handle", "p.thumbnail", "sp.seller_id")
      .orderBy([{ column: "p.title" }, { column: "p.id" }])
      .limit(page.limit)
      .offset(page.offset),
    visible(knex, scope).countDistinct({ count: "p.id" }),
  ])
  return {
    products: (products as VisibleProductRow[]).map((p) => ({ ...p, thumbnail: p.thumbnail ?? null })),
    count: Number(count),
  }
}

/** What a product card in a store read shows. */
export interface StoreProductCard {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  /** The cheapest base IDR price in whole Rupiah; null when unpriced. */
  price: number | null
  in_stock: boolean
}

/** Price and stock fields for product cards (the same rules as the search documents). */
export const PRODUCT_CARD_FIELDS = ["id", "title", "handle", "thumbnail", ...PRICE_AND_STOCK_FIELDS]

type CardRow = Omit<StoreProductCard, "price" | "in_stock"> & { variants?: Parameters<typeof inStock>[0] | null }

export function toProductCard(row: CardRow): StoreProductCard {
  const variants = (row.variants ?? []).filter(Boolean)
  return {
    id: row.id,
    title: row.title,
    handle: row.handle,
    thumbnail: row.thumbnail ?? null,
    price: cheapestPrice(variants),
    in_stock: inStock(variants),
  }
}

/** A product row as the rotation and the exposure report read it (with status and sales channels). */
export type VisibilityRow = CardRow & { status: string; sales_channels?: ({ id: string } | null)[] | null }

/**
 * Store-visible (published, in one of `channels`; the caller reads approved sellers only) and in
 * stock: what the fair rotation may show (decision 095).
 */
export function visibleInStock<T extends VisibilityRow>(product: T | null | undefined, channels: ReadonlySet<string>): product is T {
  return (
    !!product &&
    product.status === ProductStatus.PUBLISHED &&
    (product.sales_channels ?? []).some((c) => !!c && channels.has(c.id)) &&
    inStock((product.variants ?? []).filter(Boolean))
  )
}

/** Product cards by id (callers check visibility first), keyed by id. */
export async function productCards(container: MedusaContainer, ids: string[]): Promise<Map<string, StoreProductCard>> {
  if (!ids.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: PRODUCT_CARD_FIELDS,
    filters: { id: [...new Set(ids)] },
  })
  return new Map((data as unknown as CardRow[]).map((row) => [row.id, toProductCard(row)]))
}
