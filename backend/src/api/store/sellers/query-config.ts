/**
 * Fields of the store's seller reads. Only these reach the store: no member emails, document
 * numbers, status or status history.
 */
export const storeSellerFields = [
  "id",
  "handle",
  "name",
  "description",
  "logo_url",
  "categories",
  "creative_subsectors",
  "whatsapp",
  "pickup_address",
  "time_zone",
  "women_owned",
  "new_entrepreneur",
  "opening_hours",
  "holiday_closures",
  "preparation_minutes",
  "lead_time_days",
  "documents.type",
  "documents.verified",
  "documents.expires_at",
  "district.code",
  "district.name",
  "district.regency_name",
]

export const retrieveStoreSellerQueryConfig = {
  defaults: storeSellerFields,
  isList: false,
}

export const listStoreSellersQueryConfig = {
  ...retrieveStoreSellerQueryConfig,
  isList: true,
}
