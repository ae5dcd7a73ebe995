/**
 * Fields of the staff's seller reads (helpers.ts shapes the responses).
 *
 * Plain lists, not `validateAndTransformQuery` configs read from `req.queryConfig`: Medusa's field
 * parser turns a bare `*` default into `.*`, so the admin reads keep passing these lists to
 * `query.graph` themselves until `*` is spelled out field by field.
 */

/** Everything city staff see of a seller in lists: the profile, its documents and its kecamatan. */
export const ADMIN_SELLER_FIELDS = [
  "*",
  "documents.*",
  "district.id",
  "district.code",
  "district.name",
  "district.regency_code",
  "district.regency_name",
]

/** One seller: the list fields plus its members and status history. */
export const ADMIN_SELLER_DETAIL_FIELDS = [...ADMIN_SELLER_FIELDS, "members.*", "status_changes.*"]
