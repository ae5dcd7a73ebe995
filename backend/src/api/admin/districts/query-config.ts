/**
 * Fields of the staff's kecamatan reads, read by the routes from `req.queryConfig.fields`
 * (`validateAndTransformQuery` in middlewares.ts): all its columns, plus its sellers' statuses to
 * count them (helpers.ts: toAdminDistrict).
 *
 * The columns are spelled out: Medusa's field parser turns a bare `*` default into `.*`. They are
 * what `*` selected: every column of the district model.
 */
export const adminDistrictFields = [
  "id", "code", "name", "regency_code", "regency_name", "province_code", "province_name", "featured_rank",
  "headline", "story", "hero_image_url", "flagship_product_id", "created_at", "updated_at", "deleted_at",
  "sellers.id",
  "sellers.status",
]

export const retrieveAdminDistrictQueryConfig = {
  defaults: adminDistrictFields,
  isList: false,
}

export const listAdminDistrictsQueryConfig = {
  ...retrieveAdminDistrictQueryConfig,
  isList: true,
}
