/**
 * How a product becomes a search document: the `query.graph` selection and the transform.
 *
 * A product is in the index iff it is in the store's default sales channel — the visibility
 * rule (`syncProductVisibilityStep`: published AND seller approved). Any row the transform
 * rejects is deleted from the index by Medusa's `graphConsume` / catch-up, so approval,
 * suspension, unpublishing and deletion all end up in the index the same way.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { ProductHitDocument } from "@sentra/search-contract" with { "resolution-mode": "import" }
import { mainCategoryOf } from "@sentra/vocabulary"
import { closedSlots, weeklyOpenSlots } from "./open-slots"

/** What cheapestPrice() and inStock() read of a product's variants (also used by store product cards). */
export const PRICE_AND_STOCK_FIELDS = [
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.rules_count",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "sales_channels.id",
  "tags.value",
  "categories.handle",
  "categories.name",
  "categories.parent_category.handle",
  "categories.parent_category.name",
  "variants.id",
  ...PRICE_AND_STOCK_FIELDS,
  "seller.id",
  "seller.handle",
  "seller.name",
  "seller.women_owned",
  "seller.new_entrepreneur",
  "seller.time_zone",
  "seller.opening_hours",
  "seller.holiday_closures",
  "seller.documents.type",
  "seller.documents.verified",
  "seller.documents.expires_at",
  "seller.district.code",
  "seller.district.name",
  "seller.district.regency_code",
  "seller.district.regency_name",
]

/** The currency searched prices are in (the store's only currency). */
export const PRICE_CURRENCY = "idr"

interface Row {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  status: string
  created_at: string | Date
  sales_channels?: ({ id: string } | null)[] | null
  tags?: ({ value: string } | null)[] | null
  categories?: ({ handle: string; name: string; parent_category?: { handle: string; name: string } | null } | null)[] | null
  variants?: (Variant | null)[] | null
  seller?: Seller | null
}

interface Variant {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  prices?: ({ amount: number | string; currency_code: string; price_list_id?: string | null; rules_count?: number | null } | null)[] | null
  inventory_items?: ({
    required_quantity?: number | null
    inventory?: { location_levels?: ({ stocked_quantity?: number | null; reserved_quantity?: number | null } | null)[] | null } | null
  } | null)[] | null
}

interface Seller {
  id: string
  handle: string
  name: string
  women_owned?: boolean | null
  new_entrepreneur?: boolean | null
  time_zone?: string | null
  opening_hours?: Record<string, { open: string; close: string }[]> | null
  holiday_closures?: string[] | null
  documents?: ({ type: string; verified: boolean; expires_at?: string | Date | null } | null)[] | null
  district?: { code: string; name: string; regency_code: string; regency_name: string } | null
}

/** A product's document; what the storefront reads of a hit is the search contract's ProductHitDocument. */
export type ProductSearchDocument = SearchTypes.SearchDocument & ProductHitDocument & {
  handle: string
  title: string
  price: number | null
  in_stock: boolean
  badges: string[]
  cohorts: string[]
}

const present = <T>(values: (T | null | undefined)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => value !== null && value !== undefined)

/** Cheapest base price (no price list, no rules) in whole Rupiah, or null when unpriced. */
export function cheapestPrice(variants: Variant[]): number | null {
  const amounts = variants.flatMap((variant) =>
    present(variant.prices)
      .filter((price) => price.currency_code === PRICE_CURRENCY && !price.price_list_id && !price.rules_count)
      .map((price) => Number(price.amount))
      .filter((amount) => Number.isFinite(amount))
  )
  return amounts.length ? Math.min(...amounts) : null
}

/** A variant can be bought when it doesn't track stock, allows backorders, or has stock left. */
export function inStock(variants: Variant[]): boolean {
  return variants.some((variant) => {
    if (!variant.manage_inventory || variant.allow_backorder) {
      return true
    }
    const items = present(variant.inventory_items)
    if (!items.length) {
      return false
    }
    return items.every((item) => {
      const available = present(item.inventory?.location_levels).reduce(
        (sum, level) => sum + Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
        0
      )
      return available >= Math.max(1, Number(item.required_quantity ?? 1))
    })
  })
}

/** Legality badges shown to shoppers: documents city staff verified that have not expired. */
export function badgesOf(seller: Seller | null | undefined, now = new Date()): string[] {
  const badges = present(seller?.documents)
    .filter((doc) => doc.verified && (!doc.expires_at || new Date(doc.expires_at).getTime() > now.getTime()))
    .map((doc) => doc.type)
  return [...new Set(badges)].sort()
}

export function cohortsOf(seller: Seller | null | undefined): string[] {
  return [...(seller?.women_owned ? ["women_owned"] : []), ...(seller?.new_entrepreneur ? ["new_entrepreneur"] : [])]
}

export function toProductDocument(row: Row, now = new Date()): ProductSearchDocument {
  const variants = present(row.variants)
  const categories = present(row.categories)
  const seller = row.seller ?? null
  const district = seller?.district ?? null
  const categoryHandles = [
    ...new Set(categories.flatMap((c) => [c.handle, ...(c.parent_category ? [c.parent_category.handle] : [])])),
  ]
  const categoryNames = [...new Set(categories.flatMap((c) => [c.name, ...(c.parent_category ? [c.parent_category.name] : [])]))]
  const mainCategory = categoryHandles.map((handle) => mainCategoryOf(handle)).find(Boolean) ?? null
  const schedule = {
    time_zone: seller?.time_zone,
    opening_hours: seller?.opening_hours,
    holiday_closures: seller?.holiday_closures,
  }

  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    thumbnail: row.thumbnail ?? null,
    status: row.status,
    sales_channel_ids: present(row.sales_channels).map((channel) => channel.id),
    tags: present(row.tags).map((tag) => tag.value),
    category_handles: categoryHandles,
    category_names: categoryNames,
    main_category: mainCategory,
    seller_id: seller?.id ?? null,
    seller_handle: seller?.handle ?? null,
    seller_name: seller?.name ?? null,
    district_code: district?.code ?? null,
    district_name: district?.name ?? null,
    city_code: district?.regency_code ?? null,
    city: district?.regency_name ?? null,
    badges: badgesOf(seller, now),
    cohorts: cohortsOf(seller),
    price: cheapestPrice(variants),
    in_stock: inStock(variants),
    open_slots: seller ? weeklyOpenSlots(schedule, now) : [],
    closed_slots: seller ? closedSlots(schedule, now) : [],
    created_at: new Date(row.created_at).toISOString(),
  }
}

/**
 * Rows → documents for the rows that belong in the storefront: in the store's default sales
 * channel. The channel is read once per page.
 */
export async function toProductDocuments(
  rows: Row[],
  context: SearchTypes.SearchIngestionContext
): Promise<ProductSearchDocument[]> {
  const { data: stores } = await context.container.query.graph({
    entity: "store",
    fields: ["default_sales_channel_id"],
  })
  const channel = (stores[0] as { default_sales_channel_id?: string | null } | undefined)?.default_sales_channel_id
  if (!channel) {
    return []
  }
  const now = new Date()
  return rows
    .filter((row) => present(row.sales_channels).some((c) => c.id === channel))
    .map((row) => toProductDocument(row, now))
}
