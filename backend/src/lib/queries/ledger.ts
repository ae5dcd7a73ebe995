/**
 * Read side of the payout ledger (src/modules/ledger): the settled parts of one seller (its panel)
 * or of all sellers (city staff), with totals that say who owes whom.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

export interface LedgerLine {
  id: string
  seller_id: string
  order_id: string
  parent_order_id: string
  method: string
  currency_code: string
  gross: number
  fee: number
  net: number
  fee_percent: number
  settled_at: string
  /** The payout batch that took the line, or null (not paid out yet). */
  payout_batch_id: string | null
}

export interface LedgerTotals {
  parts: number
  gross: number
  fee: number
  net: number
  /** Cash the sellers received at handover. */
  cash_received_by_seller: number
  /** Card money the city received (captured at placement). */
  card_received_by_city: number
  /**
   * What the city owes the seller(s): the net of card parts minus the fee of cash parts (a cash
   * part's fee is owed to the city by the seller who holds the cash). Negative: owed to the city.
   */
  balance_owed_to_seller: number
}

export interface LedgerFilters {
  seller_id?: string | string[]
  from?: Date
  to?: Date
}

/** Totals of ledger lines (pure; amounts in whole Rupiah). */
export function ledgerTotals(lines: Pick<LedgerLine, "method" | "gross" | "fee" | "net">[]): LedgerTotals {
  const totals: LedgerTotals = {
    parts: lines.length, gross: 0, fee: 0, net: 0, cash_received_by_seller: 0, card_received_by_city: 0, balance_owed_to_seller: 0,
  }
  for (const line of lines) {
    totals.gross += line.gross
    totals.fee += line.fee
    totals.net += line.net
    if (line.method === "cash") {
      totals.cash_received_by_seller += line.gross
      totals.balance_owed_to_seller -= line.fee
    } else {
      totals.card_received_by_city += line.gross
      totals.balance_owed_to_seller += line.net
    }
  }
  return totals
}

/** Every line matching the filters, oldest first (settled_at = when the part was completed). */
export async function listLedgerLines(container: MedusaContainer, filters: LedgerFilters): Promise<LedgerLine[]> {
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const created_at: Record<string, Date> = {}
  if (filters.from) created_at.$gte = filters.from
  if (filters.to) created_at.$lt = filters.to
  const entries = await ledger.listLedgerEntries(
    {
      ...(filters.seller_id ? { seller_id: filters.seller_id } : {}),
      ...(Object.keys(created_at).length ? { created_at } : {}),
    },
    { order: { created_at: "ASC", id: "ASC" } }
  )
  return entries.map((e) => ({
    id: e.id,
    seller_id: e.seller_id,
    order_id: e.order_id,
    parent_order_id: e.parent_order_id,
    method: e.method,
    currency_code: e.currency_code,
    gross: Number(e.gross),
    fee: Number(e.fee),
    net: Number(e.net),
    fee_percent: e.fee_percent,
    settled_at: new Date(e.created_at).toISOString(),
    payout_batch_id: e.payout_batch_id ?? null,
  }))
}
