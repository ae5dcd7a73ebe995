/** Kecamatan as the store API gives them (GET /store/districts[/:code]). Server only. */
import { backendAssetUrl } from "~/lib/asset-url"
import { env } from "~/lib/env.server"
import { catalogRead } from "~/lib/catalog-cache.server"
import { isNotFound } from "~/lib/not-found.server"

/** The store allows up to 500 per page; the four seeded cities have 59. */
const DISTRICT_PAGE = 500

/** The store's product card (docs/api/admin-store.md). */
export interface StoreCard {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  price: number | null
  in_stock: boolean
}

interface StoreDistrict {
  code: string
  name: string
  city: string
  regency_code: string
  featured_rank: number | null
  headline: string | null
  hero_image_url: string | null
  seller_count: number
  product_count: number
  flagship_product: StoreCard | null
}

interface StoreDistrictDetail extends StoreDistrict {
  story: string | null
  sellers: { handle: string; name: string; categories: string[]; open_now: boolean }[]
}

export interface DistrictListItem {
  code: string
  name: string
  featured: boolean
  sellerCount: number
  productCount: number
}

export interface CityGroup {
  code: string
  name: string
  districts: DistrictListItem[]
}

/** Every loaded kecamatan grouped by city (cities by name; featured kecamatan first, then by name). */
export async function listDistrictsByCity(): Promise<CityGroup[]> {
  const rows: StoreDistrict[] = []
  for (let offset = 0; ; offset += DISTRICT_PAGE) {
    const page = await catalogRead<{ districts: StoreDistrict[]; count: number }>("/store/districts", { limit: DISTRICT_PAGE, offset })
    rows.push(...page.districts)
    if (page.districts.length < DISTRICT_PAGE || rows.length >= page.count) break
  }
  const cities = new Map<string, CityGroup>()
  for (const row of rows) {
    const city = cities.get(row.regency_code) ?? { code: row.regency_code, name: row.city, districts: [] }
    city.districts.push({
      code: row.code,
      name: row.name,
      featured: row.featured_rank !== null,
      sellerCount: row.seller_count,
      productCount: row.product_count,
    })
    cities.set(row.regency_code, city)
  }
  return [...cities.values()].sort((a, b) => a.name.localeCompare(b.name, "id"))
}

export interface DistrictPageView {
  code: string
  name: string
  city: string
  headline: string | null
  story: string | null
  hero: string | null
  sellerCount: number
  productCount: number
  flagship: FlagshipView | null
  sellers: { handle: string; name: string; openNow: boolean }[]
}

export interface FlagshipView {
  title: string
  handle: string
  thumbnail: string | null
  price: number | null
}

const toFlagship = (card: StoreCard | null): FlagshipView | null =>
  card && { title: card.title, handle: card.handle, thumbnail: backendAssetUrl(card.thumbnail, env.MEDUSA_BACKEND_URL), price: card.price }

export interface FeaturedDistrictView {
  code: string
  name: string
  city: string
  headline: string | null
  hero: string | null
  flagship: FlagshipView | null
}

/** At most this many featured kecamatan on the home page. */
const FEATURED_LIMIT = 6

/** The featured kecamatan ("One District One Product"), by rank, each with its flagship's card. */
export async function listFeaturedDistricts(): Promise<FeaturedDistrictView[]> {
  const { districts } = await catalogRead<{ districts: StoreDistrict[] }>("/store/districts", { featured: "true", limit: FEATURED_LIMIT })
  return districts.map((district) => ({
    code: district.code,
    name: district.name,
    city: district.city,
    headline: district.headline,
    hero: backendAssetUrl(district.hero_image_url, env.MEDUSA_BACKEND_URL),
    flagship: toFlagship(district.flagship_product),
  }))
}

/** One kecamatan with its approved sellers; null when the code is unknown. */
export async function getDistrictPage(code: string): Promise<DistrictPageView | null> {
  let district: StoreDistrictDetail
  try {
    ;({ district } = await catalogRead<{ district: StoreDistrictDetail }>(`/store/districts/${encodeURIComponent(code)}`))
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  return {
    code: district.code,
    name: district.name,
    city: district.city,
    headline: district.headline,
    story: district.story,
    hero: backendAssetUrl(district.hero_image_url, env.MEDUSA_BACKEND_URL),
    sellerCount: district.seller_count,
    productCount: district.product_count,
    flagship: toFlagship(district.flagship_product),
    sellers: district.sellers.map((seller) => ({ handle: seller.handle, name: seller.name, openNow: seller.open_now })),
  }
}
