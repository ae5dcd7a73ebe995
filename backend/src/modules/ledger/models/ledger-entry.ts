import { model } from "@medusajs/framework/utils"

/**
 * One settled seller part (a seller order completed and handed over), in the order's currency
 * (whole Rupiah): what the shopper paid for it (gross), the city's platform fee and the seller's
 * net. `method` says where the money is: `cash` was received by the seller at handover (the seller
 * owes the fee to the city), `card` was received by the city (the city owes the net to the seller).
 * One line per seller order; the unique index makes settling twice impossible.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    parent_order_id: model.text(),
    method: model.text(),
    currency_code: model.text(),
    gross: model.bigNumber(),
    fee: model.bigNumber(),
    net: model.bigNumber(),
    fee_percent: model.float(),
    /**
     * The payout batch that pays (or collects) this line; null until one takes it. One column, so
     * a line is in at most one batch; batches set it with a conditional update (service.ts).
     */
    payout_batch_id: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_ledger_entry_order_unique", on: ["order_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_ledger_entry_seller", on: ["seller_id"] },
    { name: "IDX_ledger_entry_payout_batch", on: ["payout_batch_id"] },
  ])

export default LedgerEntry
