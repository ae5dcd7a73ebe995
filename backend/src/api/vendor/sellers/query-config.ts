/** Fields of the caller's seller as the vendor panel reads it (helpers.ts shapes the response). */
export const vendorSellerFields = [
  "id", "handle", "name", "description", "logo_url", "categories", "creative_subsectors", "whatsapp",
  "pickup_address", "time_zone", "women_owned", "new_entrepreneur", "opening_hours", "holiday_closures",
  "preparation_minutes", "lead_time_days", "status", "status_reason", "created_at", "updated_at",
  "documents.id", "documents.type", "documents.number", "documents.expires_at", "documents.photo_url", "documents.verified",
  "documents.verified_at",
  "members.id", "members.email", "members.name", "members.role",
  "status_changes.from_status", "status_changes.to_status", "status_changes.reason", "status_changes.actor_type",
  "status_changes.created_at",
  "district.code", "district.name", "district.regency_name",
]

export const retrieveVendorSellerQueryConfig = {
  defaults: vendorSellerFields,
  isList: false,
}
