/**
 * Fields of the store's kecamatan reads; `sellers.*` only to count approved sellers, never
 * returned (helpers.ts shapes the response).
 */
export const storeDistrictFields = [
  "id",
  "code",
  "name",
  "regency_code",
  "regency_name",
  "province_name",
  "featured_rank",
  "headline",
  "story",
  "hero_image_url",
  "flagship_product_id",
  "sellers.id",
  "sellers.status",
]

export const retrieveStoreDistrictQueryConfig = {
  defaults: storeDistrictFields,
  isList: false,
}

export const listStoreDistrictsQueryConfig = {
  ...retrieveStoreDistrictQueryConfig,
  isList: true,
}
