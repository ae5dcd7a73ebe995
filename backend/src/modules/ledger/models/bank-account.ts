import { model } from "@medusajs/framework/utils"

export const BANK_ACCOUNT_STATUSES = ["pending", "verified", "rejected"] as const
export type BankAccountStatus = (typeof BANK_ACCOUNT_STATUSES)[number]

/**
 * The bank account a seller is paid to (one per seller). The seller enters it; city staff verify
 * or reject it like a legality document. A new or changed account is `pending` again: only a
 * `verified` account receives payouts.
 */
const SellerBankAccount = model
  .define("seller_bank_account", {
    id: model.id({ prefix: "sbank" }).primaryKey(),
    seller_id: model.text(),
    /** Transfer code of the bank (@sentra/vocabulary BANKS). */
    bank_code: model.text(),
    /** Digits only. */
    account_number: model.text(),
    account_holder: model.text(),
    status: model.enum([...BANK_ACCOUNT_STATUSES]).default("pending"),
    rejection_reason: model.text().nullable(),
    /** When and by which admin user it was last verified or rejected. */
    reviewed_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_seller_bank_account_seller_unique", on: ["seller_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_seller_bank_account_status", on: ["status"] },
  ])

export default SellerBankAccount
