/**
 * The home page's reads: featured kecamatan with their flagship (GET /store/districts?featured=true)
 * and this hour's fair rotation of products (GET /store/rotation). Server only.
 */
import type { ProductCardView } from "~/components/product-card"
import { backendAssetUrl } from "~/lib/asset-url"
import { env } from "~/lib/env.server"
import { medusa } from "~/lib/medusa.server"

/** The store's product card (docs/api/admin-store.md). */
interface StoreCard {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price: number | null
  in_stock: boolean
}

interface StoreFeaturedDistrict {
  code: string
  name: string
  city: string
  headline: string | null
  hero_image_url: string | null
  flagship_product: StoreCard | null
}

interface StoreRotationCard extends StoreCard {
  seller: { handle: string; name: string }
  district: { code: string; name: string } | null
}

export interface FeaturedDistrictView {
  code: string
  name: string
  city: string
  headline: string | null
  hero: string | null
  flagship: { handle: string; title: string; thumbnail: string | null; price: number | null } | null
}

/** At most this many featured kecamatan on the home page. */
const FEATURED_LIMIT = 6

export async function listFeaturedDistricts(signal?: AbortSignal): Promise<FeaturedDistrictView[]> {
  const { districts } = await medusa.client.fetch<{ districts: StoreFeaturedDistrict[] }>("/store/districts", {
    query: { featured: "true", limit: FEATURED_LIMIT },
    signal,
  })
  const backend = env.MEDUSA_BACKEND_URL
  return districts.map((district) => {
    const flagship = district.flagship_product
    return {
      code: district.code,
      name: district.name,
      city: district.city,
      headline: district.headline,
      hero: backendAssetUrl(district.hero_image_url, backend),
      flagship: flagship && {
        handle: flagship.handle,
        title: flagship.title,
        thumbnail: backendAssetUrl(flagship.thumbnail, backend),
        price: flagship.price,
      },
    }
  })
}

/** This hour's products (all of them, or of one category), each seller in turn. */
export async function listRotation(
  { limit, category }: { limit: number; category?: string },
  signal?: AbortSignal
): Promise<ProductCardView[]> {
  const { products } = await medusa.client.fetch<{ products: StoreRotationCard[] }>("/store/rotation", {
    query: { limit, ...(category ? { category } : {}) },
    signal,
  })
  return products.map((product) => ({
    id: product.id,
    handle: product.handle,
    title: product.title,
    thumbnail: backendAssetUrl(product.thumbnail, env.MEDUSA_BACKEND_URL),
    price: product.price,
    seller: product.seller.name,
    district: product.district?.name ?? null,
  }))
}
