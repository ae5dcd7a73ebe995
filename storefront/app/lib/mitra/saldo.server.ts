import { vendor } from "./api.server"
import { BANK_ACCOUNT_PATH, type VendorBankAccount } from "./bank-account"
import type { VendorLedgerLine, VendorPayout } from "./saldo"
import type { SellerSession } from "./session.server"

/**
 * What /mitra/saldo needs from the backend: the seller's ledger lines and payouts, its bank
 * account, and the numbers of its recent completed orders (ledger lines name orders by id only).
 */
export async function loadSaldo(request: Request, session: SellerSession) {
  const [ledger, bank, completed] = await Promise.all([
    vendor<{ lines: VendorLedgerLine[]; payouts: VendorPayout[] }>(request, session, "/ledger"),
    vendor<{ bank_account: VendorBankAccount | null }>(request, session, BANK_ACCOUNT_PATH),
    vendor<{ orders: { id: string; display_id: number }[] }>(request, session, "/orders", { query: { status: "completed", limit: 100 } }),
  ])
  return {
    lines: ledger.lines,
    payouts: ledger.payouts,
    bankAccount: bank.bank_account,
    orderNumbers: new Map(completed.orders.map((o) => [o.id, o.display_id])),
  }
}
