import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { bankByCode } from "@sentra/vocabulary"
import SellerBankAccount, { type BankAccountStatus } from "./models/bank-account"
import LedgerEntry from "./models/ledger-entry"
import PayoutBatch from "./models/payout-batch"
import PayoutItem from "./models/payout-item"
import PaymentIssue from "./models/payment-issue"

export interface BankAccountInput {
  bank_code: string
  account_number: string
  account_holder: string
}

/** `seen`: the account as staff saw it when verifying; a difference means the seller changed it since. */
export type BankAccountReview =
  | { verified: true; seen?: { bank_code?: string; account_number?: string } }
  | { verified: false; reason: string }

/** Why a seller with unbatched lines is not in a new batch (its lines carry over). */
export type LeftOutReason = "nothing_owed" | "no_bank_account" | "bank_account_pending" | "bank_account_rejected"

export interface LeftOutSeller {
  seller_id: string
  amount: number
  lines: number
  reason: LeftOutReason
}

interface UnbatchedLine {
  id: string
  seller_id: string
  method: string
  currency_code: string
  fee: string | number
  net: string | number
}

/** The transaction's entity manager (Medusa passes it in the shared context). */
interface SqlManager {
  execute<T = unknown>(sql: string, params?: unknown[], method?: "all" | "get" | "run"): Promise<T>
}
const sql = (context: Context) => context.transactionManager as SqlManager

/**
 * What a seller is owed for its lines: card nets (money the city holds) minus cash fees (money
 * the seller holds and owes the city), in whole Rupiah.
 */
export function payoutAmount(lines: { method: string; fee: number; net: number }[]): number {
  return lines.reduce((sum, l) => sum + (l.method === "cash" ? -l.fee : l.net), 0)
}

export default class LedgerModuleService extends MedusaService({ LedgerEntry, SellerBankAccount, PayoutBatch, PayoutItem, PaymentIssue }) {
  /**
   * The seller enters or changes its bank account. A new or changed account is `pending` (staff
   * check it again); saving the same values changes nothing and keeps the verification.
   */
  @InjectTransactionManager()
  async saveSellerBankAccount(seller_id: string, input: BankAccountInput, @MedusaContext() context: Context = {}) {
    const [current] = await sql(context).execute<{ id: string; bank_code: string; account_number: string; account_holder: string }[]>(
      `select id, bank_code, account_number, account_holder from seller_bank_account where seller_id = ? and deleted_at is null for update`,
      [seller_id]
    )
    if (!current) {
      return this.createSellerBankAccounts({ seller_id, ...input, status: "pending" }, context)
    }
    if (current.bank_code === input.bank_code && current.account_number === input.account_number && current.account_holder === input.account_holder) {
      return this.retrieveSellerBankAccount(current.id, {}, context)
    }
    return this.updateSellerBankAccounts(
      { id: current.id, ...input, status: "pending", rejection_reason: null, reviewed_at: null, reviewed_by: null },
      context
    )
  }

  /** City staff verify or reject (with a reason the seller reads) a seller's bank account. */
  @InjectTransactionManager()
  async reviewSellerBankAccount(id: string, review: BankAccountReview, actor_id: string, @MedusaContext() context: Context = {}) {
    const [current] = await sql(context).execute<{ id: string; status: BankAccountStatus; bank_code: string; account_number: string }[]>(
      `select id, status, bank_code, account_number from seller_bank_account where id = ? and deleted_at is null for update`,
      [id]
    )
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Bank account ${id} was not found`)
    }
    const seen = review.verified ? review.seen : undefined
    if ((seen?.bank_code && seen.bank_code !== current.bank_code) || (seen?.account_number && seen.account_number !== current.account_number)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "The seller changed this bank account since it was shown; look at it again")
    }
    const status: BankAccountStatus = review.verified ? "verified" : "rejected"
    if (current.status === status) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The bank account is already ${status}`)
    }
    return this.updateSellerBankAccounts(
      { id, status, rejection_reason: review.verified ? null : review.reason, reviewed_at: new Date(), reviewed_by: actor_id },
      context
    )
  }

  /**
   * Makes a payout batch of every ledger line settled up to `cutoff_at` that is in no batch yet,
   * one item per seller that is owed more than 0 and has a verified bank account (its account is
   * copied into the item). Other sellers are left out and their lines stay unbatched.
   *
   * One transaction: the unbatched lines are locked (`for update`), so a second batch made at the
   * same moment waits and then sees them batched; the lines are linked with a conditional update
   * (`payout_batch_id is null`), so a line can never be taken twice. Returns a null batch when no
   * seller can be paid (nothing is written then).
   */
  @InjectTransactionManager()
  async createPayoutBatch(input: { cutoff_at: Date; actor_id: string }, @MedusaContext() context: Context = {}) {
    const lines = await sql(context).execute<UnbatchedLine[]>(
      `select id, seller_id, method, currency_code, fee, net from ledger_entry
        where payout_batch_id is null and deleted_at is null and created_at <= ?
        order by created_at, id for update`,
      [input.cutoff_at]
    )
    const bySeller = new Map<string, UnbatchedLine[]>()
    for (const line of lines) bySeller.set(line.seller_id, [...(bySeller.get(line.seller_id) ?? []), line])
    const currencies = new Set(lines.map((l) => l.currency_code))
    if (currencies.size > 1) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unbatched lines are in several currencies: ${[...currencies].join(", ")}`)
    }
    const accounts = bySeller.size
      ? await this.listSellerBankAccounts({ seller_id: [...bySeller.keys()] }, {}, context)
      : []

    const left_out: LeftOutSeller[] = []
    const items: { seller_id: string; amount: number; lines: string[]; account: (typeof accounts)[number] }[] = []
    for (const [seller_id, sellerLines] of bySeller) {
      const amount = payoutAmount(sellerLines.map((l) => ({ method: l.method, fee: Number(l.fee), net: Number(l.net) })))
      const account = accounts.find((a) => a.seller_id === seller_id)
      const reason: LeftOutReason | null =
        amount <= 0 ? "nothing_owed"
        : !account ? "no_bank_account"
        : account.status === "pending" ? "bank_account_pending"
        : account.status === "rejected" ? "bank_account_rejected"
        : null
      if (reason || !account) left_out.push({ seller_id, amount, lines: sellerLines.length, reason: reason ?? "no_bank_account" })
      else items.push({ seller_id, amount, lines: sellerLines.map((l) => l.id), account })
    }
    if (!items.length) {
      return { batch: null, left_out }
    }

    const batch = await this.createPayoutBatches(
      {
        cutoff_at: input.cutoff_at,
        currency_code: [...currencies][0],
        status: "pending",
        total: items.reduce((sum, i) => sum + i.amount, 0),
        created_by: input.actor_id,
      },
      context
    )
    await this.createPayoutItems(
      items.map((i) => ({
        batch_id: batch.id,
        seller_id: i.seller_id,
        amount: i.amount,
        lines: i.lines.length,
        bank_code: i.account.bank_code,
        bank_name: bankByCode(i.account.bank_code)?.name ?? i.account.bank_code,
        account_number: i.account.account_number,
        account_holder: i.account.account_holder,
      })),
      context
    )
    const ids = items.flatMap((i) => i.lines)
    const linked = await sql(context).execute<{ id: string }[]>(
      `update ledger_entry set payout_batch_id = ?, updated_at = now() where id in (${ids.map(() => "?").join(", ")}) and payout_batch_id is null returning id`,
      [batch.id, ...ids]
    )
    if (linked.length !== ids.length) {
      // Cannot happen while the lines are locked above; refuse rather than pay a line twice.
      throw new MedusaError(MedusaError.Types.CONFLICT, "Some ledger lines were taken by another payout batch; try again")
    }
    return { batch, left_out }
  }

  /**
   * Staff transferred the money: the batch is paid (with the bank's transfer reference, if any).
   * Marking a paid batch paid again answers it unchanged; a different reference is refused.
   */
  @InjectTransactionManager()
  async markPayoutBatchPaid(id: string, input: { reference: string | null; actor_id: string }, @MedusaContext() context: Context = {}) {
    const [current] = await sql(context).execute<{ status: string; transfer_reference: string | null }[]>(
      `select status, transfer_reference from payout_batch where id = ? and deleted_at is null for update`,
      [id]
    )
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout batch ${id} was not found`)
    }
    if (current.status === "paid") {
      if (input.reference && input.reference !== current.transfer_reference) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "This payout batch is already paid and cannot change")
      }
      return this.retrievePayoutBatch(id, {}, context)
    }
    return this.updatePayoutBatches(
      { id, status: "paid", paid_at: new Date(), paid_by: input.actor_id, transfer_reference: input.reference },
      context
    )
  }

  /**
   * Closes an open payment issue: the retried move went through (`retried`) or staff settled the
   * money outside Sentra (`manual`, with their note). A closed issue never reopens.
   */
  @InjectTransactionManager()
  async closePaymentIssue(
    id: string,
    input: { resolution: "retried" | "manual"; actor_id: string; note?: string | null },
    @MedusaContext() context: Context = {}
  ) {
    const [current] = await sql(context).execute<{ status: string }[]>(
      `select status from payment_issue where id = ? and deleted_at is null for update`,
      [id]
    )
    if (!current) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment issue ${id} was not found`)
    }
    if (current.status !== "open") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Payment issue ${id} is already resolved`)
    }
    return this.updatePaymentIssues(
      { id, status: "resolved", resolution: input.resolution, resolved_at: new Date(), resolved_by: input.actor_id, resolution_note: input.note ?? null },
      context
    )
  }

  /** A retry failed again: one more attempt and its error. */
  @InjectTransactionManager()
  async notePaymentIssueFailure(id: string, error: string, @MedusaContext() context: Context = {}) {
    await sql(context).execute(`update payment_issue set attempts = attempts + 1, last_error = ?, updated_at = now() where id = ?`, [error, id])
  }
}
