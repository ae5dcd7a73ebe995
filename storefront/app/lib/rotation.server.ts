/**
 * This hour's fair rotation of products (GET /store/rotation, decision 095) for the home page and
 * a category's first page. Server only. (The home's featured kecamatan: districts.server.ts.)
 */
import type { ProductCardView } from "~/components/product-card"
import { backendAssetUrl } from "~/lib/asset-url"
import type { StoreCard } from "~/lib/districts.server"
import { env } from "~/lib/env.server"
import { catalogRead } from "~/lib/catalog-cache.server"

interface StoreRotationCard extends StoreCard {
  seller: { id: string; handle: string; name: string }
  district: { code: string; name: string } | null
}

/** This hour's products (all of them, or of one category), each seller in turn. */
export async function listRotation(
  { limit, category }: { limit: number; category?: string }
): Promise<ProductCardView[]> {
  const { products } = await catalogRead<{ products: StoreRotationCard[] }>("/store/rotation", { limit, ...(category ? { category } : {}) })
  return products.map((product) => ({
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: backendAssetUrl(product.thumbnail, env.MEDUSA_BACKEND_URL),
    price: product.price,
    seller: product.seller.name,
    sellerId: product.seller.id,
    district: product.district?.name ?? null,
  }))
}
