import { model } from "@medusajs/framework/utils"

/** The money moves a seller part can need after the goods moved (decision 096). */
export const PAYMENT_MOVES = ["capture", "refund", "cancel_order"] as const
export type PaymentMove = (typeof PAYMENT_MOVES)[number]

export const PAYMENT_ISSUE_STATUSES = ["open", "resolved"] as const
export type PaymentIssueStatus = (typeof PAYMENT_ISSUE_STATUSES)[number]

/**
 * A money move that failed after its part already moved on (a refund Stripe refused while the
 * seller declined, a capture that did not go through at handover). The part keeps its new status;
 * the money waits here, `open`, until staff retry it (`resolution: retried`) or settle it outside
 * Sentra and say how (`manual`, with a note). Nothing is shown as paid or refunded while open.
 */
const PaymentIssue = model.define("payment_issue", {
  id: model.id({ prefix: "payiss" }).primaryKey(),
  move: model.enum([...PAYMENT_MOVES]),
  status: model.enum([...PAYMENT_ISSUE_STATUSES]).default("open"),
  /** The seller order (part) whose money this is, its shopper's order and its seller. */
  seller_order_id: model.text(),
  parent_order_id: model.text(),
  seller_id: model.text(),
  /** The payment to capture or refund (null for cancel_order: Medusa settles the whole payment). */
  payment_id: model.text().nullable(),
  amount: model.bigNumber().nullable(),
  currency_code: model.text(),
  attempts: model.number().default(1),
  last_error: model.text(),
  resolved_at: model.dateTime().nullable(),
  resolved_by: model.text().nullable(),
  resolution: model.enum(["retried", "manual"]).nullable(),
  resolution_note: model.text().nullable(),
}).indexes([
  { on: ["status", "created_at"] },
  { on: ["seller_order_id"] },
])

export default PaymentIssue
