import { model } from "@medusajs/framework/utils"
import PayoutBatch from "./payout-batch"

/**
 * One seller's transfer in a batch: the amount (sum of card nets − sum of cash fees of its lines
 * in the batch, whole Rupiah) and the verified bank account as it was when the batch was made.
 */
const PayoutItem = model
  .define("payout_item", {
    id: model.id({ prefix: "payi" }).primaryKey(),
    seller_id: model.text(),
    amount: model.bigNumber(),
    lines: model.number(),
    bank_code: model.text(),
    bank_name: model.text(),
    account_number: model.text(),
    account_holder: model.text(),
    batch: model.belongsTo(() => PayoutBatch, { mappedBy: "items" }),
  })
  .indexes([
    { name: "IDX_payout_item_batch_seller_unique", on: ["batch_id", "seller_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_payout_item_seller", on: ["seller_id"] },
  ])

export default PayoutItem
