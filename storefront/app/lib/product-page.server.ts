/** One product for /produk/:handle: Medusa's GET /store/products plus its seller. Server only. */
import { backendAssetUrl } from "~/lib/asset-url"
import { env } from "~/lib/env.server"
import { catalogRead } from "~/lib/catalog-cache.server"
import { getIndonesiaRegionId } from "~/lib/products.server"
import { getSellerCard, type SellerCardView } from "~/lib/sellers.server"
import type { Stock } from "~/lib/stock"

const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "thumbnail",
  "metadata",
  "images.id",
  "images.url",
  // "categories.handle" is not accepted by the store route; the whole category is.
  "*categories",
  "variants.id",
  "variants.title",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_quantity",
  "*variants.calculated_price",
].join(",")

export interface VariantView {
  id: string
  title: string
  /** Whole Rupiah; null when unpriced. */
  price: number | null
  stock: Stock
}

export interface ProductPageView {
  title: string
  subtitle: string | null
  description: string | null
  images: { url: string }[]
  category: { handle: string; name: string } | null
  madeToOrder: boolean
  variants: VariantView[]
  seller: SellerCardView | null
}

interface ProductRow {
  id: string
  title: string
  subtitle?: string | null
  handle: string
  description?: string | null
  thumbnail?: string | null
  metadata?: Record<string, unknown> | null
  images?: { id: string; url: string }[] | null
  categories?: { handle: string; name: string }[] | null
  variants?: {
    id: string
    title: string | null
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    inventory_quantity?: number | null
    calculated_price?: { calculated_amount?: number | null } | null
  }[] | null
  seller?: { handle: string } | null
}

export function stockOf(variant: NonNullable<ProductRow["variants"]>[number]): Stock {
  if (variant.manage_inventory === false || variant.allow_backorder) return { kind: "unlimited" }
  return { kind: "count", count: Math.max(0, variant.inventory_quantity ?? 0) }
}

/** A published product of an approved seller, or null. */
export async function getProductPage(handle: string): Promise<ProductPageView | null> {
  const regionId = await getIndonesiaRegionId()
  const { products } = await catalogRead<{ products: ProductRow[] }>("/store/products", { handle, region_id: regionId, fields: PRODUCT_FIELDS, limit: 1 })
  const product = products.find((p) => p.handle === handle)
  if (!product) return null
  const seller = product.seller ? await getSellerCard(product.seller.handle) : null
  const backend = env.MEDUSA_BACKEND_URL
  const urls = [product.thumbnail, ...(product.images ?? []).map((image) => image.url)]
    .map((url) => backendAssetUrl(url, backend))
    .filter((url): url is string => url !== null)
  return {
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    images: [...new Set(urls)].map((url) => ({ url })),
    category: product.categories?.[0] ? { handle: product.categories[0].handle, name: product.categories[0].name } : null,
    madeToOrder: product.metadata?.made_to_order === true,
    variants: (product.variants ?? []).map((variant) => {
      const amount = variant.calculated_price?.calculated_amount
      return {
        id: variant.id,
        title: variant.title ?? product.title,
        price: typeof amount === "number" && Number.isFinite(amount) ? amount : null,
        stock: stockOf(variant),
      }
    }),
    seller,
  }
}
