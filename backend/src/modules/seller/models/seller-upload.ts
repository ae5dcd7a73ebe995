import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

/**
 * One file a seller uploaded (`POST /vendor/uploads`), counted against its upload quota
 * (docs/decisions/093). The row is written (reserved) before the file is stored; `file_id` and
 * `url` are filled in once the File Module has it.
 */
const SellerUpload = model
  .define("seller_upload", {
    id: model.id({ prefix: "selup" }).primaryKey(),
    file_id: model.text().nullable(),
    url: model.text().nullable(),
    bytes: model.number(),
    seller: model.belongsTo(() => Seller, { mappedBy: "uploads" }),
  })
  .indexes([{ name: "IDX_seller_upload_seller_id", on: ["seller_id"], where: "deleted_at IS NULL" }])

export default SellerUpload
