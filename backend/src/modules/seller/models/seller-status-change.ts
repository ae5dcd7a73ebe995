import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

/** Audit trail of a seller's status: who changed it, when (created_at), from what, and why. */
const SellerStatusChange = model.define("seller_status_change", {
  id: model.id({ prefix: "selst" }).primaryKey(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  reason: model.text().nullable(),
  actor_type: model.text(),
  actor_id: model.text(),
  seller: model.belongsTo(() => Seller, { mappedBy: "status_changes" }),
})

export default SellerStatusChange
