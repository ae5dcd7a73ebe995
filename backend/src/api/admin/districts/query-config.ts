/**
 * Fields of the staff's kecamatan reads: all its fields, plus its sellers' statuses to count them
 * (helpers.ts: toAdminDistrict).
 *
 * A plain list, not a `validateAndTransformQuery` config read from `req.queryConfig`: Medusa's
 * field parser turns a bare `*` default into `.*`, so the admin reads keep passing this list to
 * `query.graph` themselves until `*` is spelled out field by field.
 */
export const ADMIN_DISTRICT_FIELDS = ["*", "sellers.id", "sellers.status"]
