/**
 * Read side of payment issues (src/modules/ledger/models/payment-issue.ts): what staff see in
 * /admin/payment-issues, and which parts show their money as pending.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../modules/ledger"
import type { PaymentIssueStatus, PaymentMove } from "../../modules/ledger/models/payment-issue"
import type LedgerModuleService from "../../modules/ledger/service"
import { withSellers } from "./payouts"

const ledger = (container: MedusaContainer): LedgerModuleService => container.resolve(LEDGER_MODULE)
type IssueRow = Awaited<ReturnType<LedgerModuleService["listPaymentIssues"]>>[number]

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null)

function issueView(issue: IssueRow) {
  return {
    id: issue.id,
    move: issue.move,
    status: issue.status,
    seller_id: issue.seller_id,
    seller_order_id: issue.seller_order_id,
    parent_order_id: issue.parent_order_id,
    payment_id: issue.payment_id ?? null,
    amount: issue.amount === null || issue.amount === undefined ? null : Number(issue.amount),
    currency_code: issue.currency_code,
    attempts: issue.attempts,
    last_error: issue.last_error,
    created_at: iso(issue.created_at)!,
    updated_at: iso(issue.updated_at)!,
    resolved_at: iso(issue.resolved_at),
    resolved_by: issue.resolved_by ?? null,
    resolution: issue.resolution ?? null,
    resolution_note: issue.resolution_note ?? null,
  }
}

/** Display numbers of orders by id (the shopper's order and the seller order, as staff know them). */
async function displayIds(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, number>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: [...new Set(ids)] } })
  return new Map(data.map((o) => [o.id as string, Number(o.display_id)]))
}

async function withOrdersAndSellers(container: MedusaContainer, issues: IssueRow[]) {
  const views = issues.map(issueView)
  const numbers = await displayIds(container, views.flatMap((v) => [v.parent_order_id, v.seller_order_id]))
  return (await withSellers(container, views)).map((v) => ({
    ...v,
    parent_order_display_id: numbers.get(v.parent_order_id) ?? null,
    seller_order_display_id: numbers.get(v.seller_order_id) ?? null,
  }))
}

/** Issues with a status, oldest first (open ones are a to-do list), paged. */
export async function listPaymentIssues(container: MedusaContainer, filter: { status: PaymentIssueStatus; limit: number; offset: number }) {
  const [issues, count] = await ledger(container).listAndCountPaymentIssues(
    { status: filter.status },
    { order: { created_at: filter.status === "open" ? "ASC" : "DESC" }, take: filter.limit, skip: filter.offset }
  )
  return { payment_issues: await withOrdersAndSellers(container, issues), count, limit: filter.limit, offset: filter.offset }
}

export async function retrievePaymentIssue(container: MedusaContainer, id: string) {
  const [view] = await withOrdersAndSellers(container, [await ledger(container).retrievePaymentIssue(id)])
  return view
}

/** seller order id → the move of its open payment issue (a part's money is pending while one is open). */
export async function openPaymentMoves(container: MedusaContainer, sellerOrderIds: string[]): Promise<Map<string, PaymentMove>> {
  if (!sellerOrderIds.length) return new Map()
  const issues = await ledger(container).listPaymentIssues({ seller_order_id: sellerOrderIds, status: "open" }, { select: ["seller_order_id", "move"] })
  return new Map(issues.map((i) => [i.seller_order_id, i.move]))
}
