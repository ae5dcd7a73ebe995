/**
 * @sentra/search-contract: what the storefront (storefront/app/lib/search*.ts) and the backend
 * (backend/src/search/product.ts, backend/src/lib/search/) agree on about product search through
 * Medusa's POST /store/search. Constants and types only; an ES module, safe in the browser.
 */

/** The product index's name (backend/src/search/product.ts). */
export const PRODUCT_INDEX = "product"

/** The document fields a result card shows. */
export const PRODUCT_HIT_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "price",
  "seller_id",
  "seller_name",
  "district_name",
  "city",
  "badges",
  "in_stock",
] as const

/** The facetable fields the storefront's filters use (value facets, `price` as stats). */
export const PRODUCT_FACETS = {
  categories: "category_handles",
  districts: "district_code",
  cities: "city_code",
  badges: "badges",
  inStock: "in_stock",
  price: "price",
} as const

/** A hit's document as the storefront reads it: the PRODUCT_HIT_FIELDS of an indexed product. */
export interface ProductHitDocument {
  id: string
  handle: string
  title: string
  thumbnail?: string | null
  price?: number | null
  /** Which seller the storefront counts as shown (docs/decisions/102-fair-exposure.md). */
  seller_id?: string | null
  seller_name?: string | null
  district_name?: string | null
  city?: string | null
  badges?: string[] | null
  in_stock?: boolean | null
}
