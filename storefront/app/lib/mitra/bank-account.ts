/** The seller's bank account form (/mitra/profil): parsing what sellers type (pure; unit-tested). */
import { BANKS, normalizeAccountNumber } from "@sentra/vocabulary"
import type { MitraKey } from "~/i18n/mitra.id"

/** The vendor API's route of the seller's own bank account (GET and POST). */
export const BANK_ACCOUNT_PATH = "/sellers/me/bank-account"

export const BANK_FIELDS = ["bank_code", "account_number", "account_holder"] as const
export type BankField = (typeof BANK_FIELDS)[number]

export interface BankAccountBody {
  bank_code: string
  account_number: string
  account_holder: string
}

/** `GET /vendor/sellers/me/bank-account`, the fields the panel shows. */
export interface VendorBankAccount extends BankAccountBody {
  bank_name: string
  status: "pending" | "verified" | "rejected"
  rejection_reason: string | null
}

export const BANK_ERROR: Record<BankField, MitraKey> = {
  bank_code: "mitra.bank.error.bank",
  account_number: "mitra.bank.error.number",
  account_holder: "mitra.bank.error.holder",
}

/** The form's values as typed and either the body to send or the message key of each bad field. */
export function parseBankForm(form: FormData): { values: Record<BankField, string>; body: BankAccountBody | null; errors: Partial<Record<BankField, MitraKey>> } {
  const values = Object.fromEntries(BANK_FIELDS.map((f) => [f, String(form.get(f) ?? "").trim()])) as Record<BankField, string>
  const errors: Partial<Record<BankField, MitraKey>> = {}
  if (!BANKS.some((b) => b.code === values.bank_code)) errors.bank_code = BANK_ERROR.bank_code
  const accountNumber = normalizeAccountNumber(values.account_number)
  if (!accountNumber) errors.account_number = BANK_ERROR.account_number
  const holder = values.account_holder.replace(/\s+/g, " ")
  if (holder.length < 3 || holder.length > 100) errors.account_holder = BANK_ERROR.account_holder
  if (Object.keys(errors).length || !accountNumber) return { values, body: null, errors }
  return { values, body: { bank_code: values.bank_code, account_number: accountNumber, account_holder: holder }, errors }
}
