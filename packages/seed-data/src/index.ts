/**
 * @sentra/seed-data: Sentra's demo catalog, offline and deterministic (the kecamatan of the seed
 * cities, the categories, sellers, products and their images), and the seeded randomness it is
 * drawn with. The category vocabulary is @sentra/vocabulary; the area data @sentra/area-data.
 */
import { loadDistricts, type DistrictRecord } from "@sentra/area-data"
import { CATEGORIES, type CategorySeed } from "@sentra/vocabulary"
import { buildFeaturedDistricts, type FeaturedDistrictSeed } from "./featured.js"
import { buildProducts, type ProductSeed } from "./products.js"
import { buildSellers, SELLER_DEFS, type SellerSeed } from "./sellers.js"

/** Kota Bandung, Kota Bekasi, Kota Depok, Kota Serang. */
export const SEED_CITY_CODES: string[] = ["32.73", "32.75", "32.76", "36.73"]

/** The demo shopper's address in Medusa's shape, for suites that check out through the API. */
export const DEMO_SHOPPER_ADDRESS = {
  first_name: "Siti",
  last_name: "Aminah",
  address_1: "Jl. Dago No. 10",
  city: "Kota Bandung",
  province: "Jawa Barat",
  postal_code: "40135",
  country_code: "id",
  phone: "081234567890",
}

export { PRICE_RULES, slugify, type ProductSeed } from "./products.js"
export { districtHeroSvg, productImageSvg } from "./images.js"
export type { FeaturedDistrictSeed } from "./featured.js"
export type { SellerSeed } from "./sellers.js"
export { hashString, mulberry32, pick, randomInt, rngFor, sample, weighted, type Rng } from "./random.js"

export interface SeedData {
  districts: DistrictRecord[]
  categories: CategorySeed[]
  sellers: SellerSeed[]
  products: ProductSeed[]
  /** Kecamatan featured on the home page, with headline, story, hero image and flagship. */
  featuredDistricts: FeaturedDistrictSeed[]
}

/** Generates the full seed data set. Pure and deterministic: every call returns equal data. */
export function generateSeed(): SeedData {
  const districts = loadDistricts(SEED_CITY_CODES)
  const sellers = buildSellers(districts)

  const districtByCode = new Map(districts.map((d) => [d.code, d]))
  const codes = new Map(SELLER_DEFS.map((def) => [def.handle, def.code]))
  const places = new Map(
    sellers.map((s) => {
      const district = districtByCode.get(s.districtCode)!
      return [s.handle, { district: district.name, city: district.regencyName }]
    })
  )
  const products = buildProducts(sellers, codes, places)

  const featuredDistricts = buildFeaturedDistricts(products)
  return { districts, categories: structuredClone(CATEGORIES), sellers, products, featuredDistricts }
}
