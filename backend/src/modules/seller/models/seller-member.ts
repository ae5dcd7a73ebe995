import { model } from "@medusajs/framework/utils"
import Seller from "./seller"

export const MEMBER_ROLES = ["owner", "staff"] as const

/**
 * A person who signs in to a seller's panel (auth actor type `seller`, emailpass). The auth
 * identity's `app_metadata.seller_id` holds this member's id: the actor is the member, and the
 * seller is found through it.
 */
const SellerMember = model
  .define("seller_member", {
    id: model.id({ prefix: "selmem" }).primaryKey(),
    email: model.text(),
    name: model.text().nullable(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
  })
  .indexes([{ name: "IDX_seller_member_email_unique", on: ["email"], unique: true, where: "deleted_at IS NULL" }])

export default SellerMember
