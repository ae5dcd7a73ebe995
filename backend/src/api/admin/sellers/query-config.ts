/**
 * Fields of the staff's seller reads (helpers.ts shapes the responses), read by the routes from
 * `req.queryConfig.fields` (`validateAndTransformQuery` in middlewares.ts).
 *
 * The seller's own columns are spelled out: Medusa's field parser turns a bare `*` default into
 * `.*`. They are what `*` selected: every column of the seller model.
 */
const sellerColumns = [
  "id", "handle", "name", "description", "logo_url", "categories", "creative_subsectors", "whatsapp",
  "pickup_address", "time_zone", "women_owned", "new_entrepreneur", "opening_hours", "holiday_closures",
  "preparation_minutes", "lead_time_days", "status", "status_reason", "created_at", "updated_at", "deleted_at",
]

/** Everything city staff see of a seller in lists: the profile, its documents and its kecamatan. */
export const adminSellerFields = [
  ...sellerColumns,
  "documents.*",
  "district.id",
  "district.code",
  "district.name",
  "district.regency_code",
  "district.regency_name",
]

/** One seller: the list fields plus its members and status history. */
export const adminSellerDetailFields = [...adminSellerFields, "members.*", "status_changes.*"]

export const listAdminSellersQueryConfig = {
  defaults: adminSellerFields,
  isList: true,
}

export const retrieveAdminSellerQueryConfig = {
  defaults: adminSellerDetailFields,
  isList: false,
}
