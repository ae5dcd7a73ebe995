/**
 * The seller's balance page (/mitra/saldo): what `GET /vendor/ledger` returns, summed and made
 * into rows (pure; unit-tested). Amounts are whole Rupiah.
 */
import { formatDateTime, formatRupiah } from "@sentra/format"
import type { Locale } from "~/i18n/panel"
import type { MitraKey } from "~/i18n/mitra.id"

/** One settled part, as `GET /vendor/ledger` lists it (oldest first). */
export interface VendorLedgerLine {
  id: string
  order_id: string
  method: string
  gross: number
  fee: number
  net: number
  settled_at: string
  payout_batch_id: string | null
}

/** One of the seller's rows in a payout batch (newest first). */
export interface VendorPayout {
  batch_id: string
  status: "pending" | "paid"
  amount: number
  lines: number
  bank_name: string
  account_number: string
  created_at: string
  paid_at: string | null
  transfer_reference: string | null
}

export interface SaldoSummary {
  /** Card net of lines in no payout batch yet: the city holds it and owes it to the seller. */
  cardNetOwed: number
  /** Cash fees of lines in no payout batch yet: the seller holds the cash and owes the fee. */
  cashFeeOwed: number
  /** cardNetOwed − cashFeeOwed: what the next payout batch would take (decision 098). */
  balance: number
  /** Amount of payouts made but not transferred yet. */
  pendingPayouts: number
}

/** The summary at the top of the page: the same rule as a payout batch, over unbatched lines. */
export function saldoSummary(lines: Pick<VendorLedgerLine, "method" | "fee" | "net" | "payout_batch_id">[], payouts: Pick<VendorPayout, "status" | "amount">[]): SaldoSummary {
  let cardNetOwed = 0
  let cashFeeOwed = 0
  for (const line of lines) {
    if (line.payout_batch_id) continue
    if (line.method === "cash") cashFeeOwed += Number(line.fee)
    else cardNetOwed += Number(line.net)
  }
  const pendingPayouts = payouts.filter((p) => p.status === "pending").reduce((sum, p) => sum + Number(p.amount), 0)
  return { cardNetOwed, cashFeeOwed, balance: cardNetOwed - cashFeeOwed, pendingPayouts }
}

/** Date and time in WIB in the panel's language. */
export function wibTime(iso: string, locale: Locale): string {
  return formatDateTime(iso, "WIB", locale === "id" ? "id-ID" : "en-GB")
}

/** A ledger line as the page shows it. */
export interface LedgerRow {
  id: string
  orderId: string
  /** The order's number (#1042) when the seller's recent orders name it. */
  orderNumber: number | null
  settledAt: string
  methodKey: MitraKey
  gross: string
  fee: string
  net: string
  paidOut: boolean
}

/** Lines shown at first, and how many more each "Lihat lebih banyak" adds. */
export const LEDGER_PAGE = 50

/** `?tampil=` → how many lines to show: a multiple of LEDGER_PAGE, at least one page. */
export function shownCount(value: string | null): number {
  const n = Number(value)
  return Number.isInteger(n) && n > LEDGER_PAGE ? Math.ceil(n / LEDGER_PAGE) * LEDGER_PAGE : LEDGER_PAGE
}

/** The newest `shown` lines, newest first, formatted; `more` when older lines were left out. */
export function ledgerRows(lines: VendorLedgerLine[], orderNumbers: ReadonlyMap<string, number>, shown: number = LEDGER_PAGE): { rows: LedgerRow[]; more: boolean } {
  const newest = [...lines].sort((a, b) => b.settled_at.localeCompare(a.settled_at) || b.id.localeCompare(a.id))
  return {
    rows: newest.slice(0, shown).map((line) => ({
      id: line.id,
      orderId: line.order_id,
      orderNumber: orderNumbers.get(line.order_id) ?? null,
      settledAt: line.settled_at,
      methodKey: line.method === "cash" ? "mitra.saldo.method.cash" : "mitra.saldo.method.card",
      gross: formatRupiah(line.gross),
      fee: formatRupiah(line.fee),
      net: formatRupiah(line.net),
      paidOut: !!line.payout_batch_id,
    })),
    more: newest.length > shown,
  }
}

/** A payout as the page shows it. */
export interface PayoutRow {
  id: string
  paid: boolean
  amount: string
  orders: number
  bank: string
  accountNumber: string
  createdAt: string
  paidAt: string | null
  reference: string | null
}

export function payoutRows(payouts: VendorPayout[]): PayoutRow[] {
  return payouts.map((p) => ({
    id: p.batch_id,
    paid: p.status === "paid",
    amount: formatRupiah(p.amount),
    orders: p.lines,
    bank: p.bank_name,
    accountNumber: p.account_number,
    createdAt: p.created_at,
    paidAt: p.paid_at,
    reference: p.transfer_reference,
  }))
}

/** Where payouts go and whether they can be made: the bank account's state. */
export type PayoutAccountState = "missing" | "pending" | "rejected" | "verified"

export function payoutAccountState(account: { status: "pending" | "verified" | "rejected" } | null): PayoutAccountState {
  return account ? account.status : "missing"
}

/** The sentence under the summary for each account state (verified: where payouts go; else what they wait for). */
export const ACCOUNT_KEY: Record<PayoutAccountState, MitraKey> = {
  verified: "mitra.saldo.account.verified",
  pending: "mitra.saldo.account.pending",
  rejected: "mitra.saldo.account.rejected",
  missing: "mitra.saldo.account.missing",
}
