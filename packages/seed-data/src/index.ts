/**
 * @sentra/seed-data: offline, deterministic seed data for Sentra
 * (kecamatan of the seed cities, categories, sellers, products and their images).
 */
import { loadDistricts, SEED_CITY_CODES, type DistrictRecord } from "./areas.js"
import { CATEGORIES, type CategorySeed } from "./categories.js"
import { buildProducts, type ProductSeed } from "./products.js"
import { buildSellers, SELLER_DEFS, type SellerSeed } from "./sellers.js"

export {
  ATTRIBUTION,
  SEED_CITY_CODES,
  loadDistricts,
  loadProvinces,
  loadRegencies,
  loadVillages,
  parseCsv,
  type DistrictRecord,
  type RegencyRecord,
  type VillageRecord,
} from "./areas.js"
export {
  CATEGORIES,
  CREATIVE_SUBSECTORS,
  categoryName,
  mainCategoryOf,
  type CategorySeed,
  type MainCategory,
} from "./categories.js"
export { PRICE_RULES, slugify, type ProductSeed, type VariantSeed } from "./products.js"
export { productImageSvg } from "./images.js"
export type { LegalDoc, SellerSeed, WeeklyHours } from "./sellers.js"

export interface SeedData {
  districts: DistrictRecord[]
  categories: CategorySeed[]
  sellers: SellerSeed[]
  products: ProductSeed[]
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

  return { districts, categories: structuredClone(CATEGORIES), sellers, products }
}
