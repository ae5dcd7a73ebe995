import { backendAssetUrl } from "~/lib/asset-url"
import { env } from "~/lib/env.server"
import { medusa } from "~/lib/medusa.server"
import { cheapestVariantPrice } from "~/lib/price"

/** What a product card renders, and nothing more. */
export interface HomeProduct {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  /** Whole Rupiah; null when no variant has an IDR price. */
  price: number | null
}

const REGION_CURRENCY = "idr"

let indonesiaRegionId: Promise<string> | undefined

/** The id of the Indonesia region (currency IDR), looked up once per server process. */
export function getIndonesiaRegionId(): Promise<string> {
  indonesiaRegionId ??= medusa.store.region
    .list({ currency_code: REGION_CURRENCY, fields: "id,currency_code", limit: 1 })
    .then(({ regions }) => {
      const region = regions.find((r) => r.currency_code === REGION_CURRENCY)
      if (!region) {
        throw new Error(`No Medusa region with currency "${REGION_CURRENCY}": is the backend seeded?`)
      }
      return region.id
    })
    .catch((error: unknown) => {
      indonesiaRegionId = undefined // retry on the next request
      throw error
    })
  return indonesiaRegionId
}

export async function listHomeProducts({ limit }: { limit: number }): Promise<HomeProduct[]> {
  const regionId = await getIndonesiaRegionId()
  const { products } = await medusa.store.product.list({
    limit,
    region_id: regionId,
    fields: "id,title,handle,thumbnail,*variants.calculated_price",
  })
  return products.map((product) => ({
    id: product.id,
    title: product.title,
    handle: product.handle,
    thumbnail: backendAssetUrl(product.thumbnail, env.MEDUSA_BACKEND_URL),
    price: cheapestVariantPrice(product.variants),
  }))
}
