import { model } from "@medusajs/framework/utils"
import PayoutItem from "./payout-item"

export const PAYOUT_STATUSES = ["pending", "paid"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/**
 * A payout batch: the ledger lines settled up to `cutoff_at` that were in no batch yet, one item
 * per seller to transfer to. Its lines point at it (`ledger_entry.payout_batch_id`). `pending`
 * until staff mark it paid; a paid batch never changes.
 */
const PayoutBatch = model.define("payout_batch", {
  id: model.id({ prefix: "pay" }).primaryKey(),
  cutoff_at: model.dateTime(),
  currency_code: model.text(),
  status: model.enum([...PAYOUT_STATUSES]).default("pending"),
  total: model.bigNumber(),
  created_by: model.text(),
  paid_at: model.dateTime().nullable(),
  paid_by: model.text().nullable(),
  transfer_reference: model.text().nullable(),
  items: model.hasMany(() => PayoutItem, { mappedBy: "batch" }),
})
  .cascades({ delete: ["items"] })

export default PayoutBatch
