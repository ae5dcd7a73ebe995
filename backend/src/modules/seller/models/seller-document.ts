import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

export const DOCUMENT_TYPES = ["nib", "pirt", "halal"] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/** A legality document (NIB, PIRT, halal). Only city staff set `verified`. */
const SellerDocument = model
  .define("seller_document", {
    id: model.id({ prefix: "seldoc" }).primaryKey(),
    type: model.enum([...DOCUMENT_TYPES]),
    number: model.text(),
    expires_at: model.dateTime().nullable(),
    /** Photo of the certificate (a `/vendor/uploads` URL) for staff to compare with the number. */
    photo_url: model.text().nullable(),
    verified: model.boolean().default(false),
    verified_at: model.dateTime().nullable(),
    verified_by: model.text().nullable(),
    seller: model.belongsTo(() => Seller, { mappedBy: "documents" }),
  })
  .indexes([
    { name: "IDX_seller_document_type_unique", on: ["seller_id", "type"], unique: true, where: "deleted_at IS NULL" },
  ])

export default SellerDocument
