/**
 * Read side of payouts (src/modules/ledger): sellers' bank accounts, payout batches with their
 * per-seller rows, the bank-transfer CSV and a seller's own payouts.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { bankByCode } from "@sentra/vocabulary"
import { LEDGER_MODULE } from "../../modules/ledger"
import type { BankAccountStatus } from "../../modules/ledger/models/bank-account"
import type LedgerModuleService from "../../modules/ledger/service"
import { toCsv } from "../csv"

const ledger = (container: MedusaContainer): LedgerModuleService => container.resolve(LEDGER_MODULE)
const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

export interface BankAccountView {
  id: string
  seller_id: string
  bank_code: string
  bank_name: string
  account_number: string
  account_holder: string
  status: BankAccountStatus
  rejection_reason: string | null
  reviewed_at: string | null
  updated_at: string
}

type BankAccountRow = Awaited<ReturnType<LedgerModuleService["listSellerBankAccounts"]>>[number]

function bankAccountView(a: BankAccountRow): BankAccountView {
  return {
    id: a.id,
    seller_id: a.seller_id,
    bank_code: a.bank_code,
    bank_name: bankByCode(a.bank_code)?.name ?? a.bank_code,
    account_number: a.account_number,
    account_holder: a.account_holder,
    status: a.status,
    rejection_reason: a.rejection_reason ?? null,
    reviewed_at: iso(a.reviewed_at),
    updated_at: iso(a.updated_at)!,
  }
}

/** Names and handles of sellers by id (sellers live in the seller module). */
export async function sellerNames(container: MedusaContainer, ids: string[]): Promise<Map<string, { name: string; handle: string }>> {
  if (!ids.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields: ["id", "name", "handle"], filters: { id: [...new Set(ids)] } })
  return new Map(data.map((s) => [s.id as string, { name: s.name as string, handle: s.handle as string }]))
}

/** Adds `seller: { name, handle }` to rows that have a seller_id. */
export async function withSellers<T extends { seller_id: string }>(container: MedusaContainer, rows: T[]) {
  const names = await sellerNames(container, rows.map((r) => r.seller_id))
  return rows.map((r) => ({ ...r, seller: names.get(r.seller_id) ?? null }))
}

export async function bankAccountOfSeller(container: MedusaContainer, seller_id: string): Promise<BankAccountView | null> {
  const [account] = await ledger(container).listSellerBankAccounts({ seller_id })
  return account ? bankAccountView(account) : null
}

/** Bank accounts (optionally of one status), oldest change first: the verification queue. */
export async function listBankAccounts(container: MedusaContainer, status?: BankAccountStatus) {
  const accounts = await ledger(container).listSellerBankAccounts(status ? { status } : {}, { order: { updated_at: "ASC" } })
  return withSellers(container, accounts.map(bankAccountView))
}

export async function retrieveBankAccount(container: MedusaContainer, id: string) {
  const [account] = await ledger(container).listSellerBankAccounts({ id })
  if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bank account ${id} was not found`)
  return (await withSellers(container, [bankAccountView(account)]))[0]
}

type BatchRow = Awaited<ReturnType<LedgerModuleService["listPayoutBatches"]>>[number]

function batchView(b: BatchRow) {
  return {
    id: b.id,
    status: b.status,
    cutoff_at: iso(b.cutoff_at)!,
    currency_code: b.currency_code,
    total: Number(b.total),
    sellers: b.items?.length ?? 0,
    created_at: iso(b.created_at)!,
    created_by: b.created_by,
    paid_at: iso(b.paid_at),
    paid_by: b.paid_by ?? null,
    transfer_reference: b.transfer_reference ?? null,
  }
}

/** Every payout batch, newest first, with its total and number of sellers. */
export async function listPayoutBatches(container: MedusaContainer) {
  const batches = await ledger(container).listPayoutBatches({}, { relations: ["items"], order: { created_at: "DESC", id: "DESC" } })
  return batches.map(batchView)
}

/** One batch with a row per seller (amount, bank account as batched, seller name), by seller name. */
export async function retrievePayoutBatch(container: MedusaContainer, id: string) {
  const [batch] = await ledger(container).listPayoutBatches({ id }, { relations: ["items"] })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch ${id} was not found`)
  const items = await withSellers(
    container,
    batch.items.map((i) => ({
      id: i.id,
      seller_id: i.seller_id,
      amount: Number(i.amount),
      lines: i.lines,
      bank_code: i.bank_code,
      bank_name: i.bank_name,
      account_number: i.account_number,
      account_holder: i.account_holder,
    }))
  )
  items.sort((a, b) => (a.seller?.name ?? "").localeCompare(b.seller?.name ?? "", "id"))
  return { ...batchView(batch), items }
}

export const PAYOUT_CSV_HEADER = ["seller_name", "bank", "bank_code", "account_number", "account_holder", "amount"]

/** The bank-transfer sheet of a batch: one row per seller, amounts in whole Rupiah. */
export function payoutCsv(batch: Awaited<ReturnType<typeof retrievePayoutBatch>>): string {
  return toCsv(
    PAYOUT_CSV_HEADER,
    batch.items.map((i) => [i.seller?.name ?? i.seller_id, i.bank_name, i.bank_code, i.account_number, i.account_holder, i.amount])
  )
}

/** A seller's rows in payout batches, newest first: amount, lines, batch status and payment. */
export async function listSellerPayouts(container: MedusaContainer, seller_id: string) {
  const items = await ledger(container).listPayoutItems({ seller_id }, { relations: ["batch"], order: { created_at: "DESC", id: "DESC" } })
  return items.map((i) => ({
    batch_id: i.batch.id,
    status: i.batch.status,
    amount: Number(i.amount),
    lines: i.lines,
    bank_name: i.bank_name,
    account_number: i.account_number,
    cutoff_at: iso(i.batch.cutoff_at)!,
    created_at: iso(i.batch.created_at)!,
    paid_at: iso(i.batch.paid_at),
    transfer_reference: i.batch.transfer_reference ?? null,
  }))
}
