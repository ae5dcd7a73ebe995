import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type { TicketStatus } from "../../../modules/seller/models"
import type SellerModuleService from "../../../modules/seller/service"
import { paymentMethodOf } from "@sentra/vocabulary"
import { isReleased, transitionError } from "../ticket-rules"
import { ORDER_METADATA, type UpdateTicketStatusInput } from "../types"
import { childOrderIds } from "../../../lib/queries/seller-orders"
import type { MoneyMove } from "./move-money"

/**
 * What happens to the money of a released (declined/cancelled) seller part, decided from the
 * parent order's payment (see docs/decisions/030-split-orders.md):
 * - `cancel_parent`: no other part is still going ahead → Medusa's cancelOrderWorkflow on the
 *   parent (voids the authorization or refunds what was captured, shipping fee included);
 * - `refund`: money was captured → refundPaymentWorkflow for this part's total;
 * - `release`: only authorized → the part's total is added to the parent's
 *   metadata.released_amount and must not be captured;
 * - `none`: the parent was already canceled (its payment with it).
 */
export type PaymentAction =
  | { action: "none" }
  | { action: "cancel_parent" }
  | { action: "refund"; payment_id: string; amount: number }
  | { action: "release" }

export interface ReleasePlan {
  parent_order_id: string
  parent_line_item_ids: string[]
  amount: number
  currency_code: string
  payment: PaymentAction
}

/**
 * Completing a part settles it (docs/decisions/096-settlement.md): a Medusa fulfilment for its
 * items on the shopper's order (reservations become shipped stock), and its money captured when
 * it wasn't yet (cash: received at handover; a card payment was captured at placement).
 */
export interface SettlePlan {
  parent_order_id: string
  items: { id: string; quantity: number }[]
  shipping_option_id: string | null
  capture: { payment_id: string; amount: number } | null
  /** The ledger line of the settled part. */
  entry: { seller_id: string; order_id: string; parent_order_id: string; method: string; gross: number; currency_code: string }
}

export interface TicketUpdatePlan {
  parent_order_id: string
  ticket: { id: string; order_id: string; seller_id: string; status: TicketStatus; reason: string | null }
  release: ReleasePlan | null
  settle: SettlePlan | null
}

/** The money the update moves last (move-money.ts), if any. */
export function moneyMoveOf(plan: TicketUpdatePlan): MoneyMove | null {
  const part = { seller_order_id: plan.ticket.order_id, seller_id: plan.ticket.seller_id }
  if (plan.settle?.capture) {
    return {
      ...part,
      move: "capture",
      parent_order_id: plan.settle.parent_order_id,
      payment_id: plan.settle.capture.payment_id,
      amount: plan.settle.capture.amount,
      currency_code: plan.settle.entry.currency_code,
    }
  }
  const release = plan.release
  if (release?.payment.action === "refund") {
    const { payment_id, amount } = release.payment
    return { ...part, move: "refund", parent_order_id: release.parent_order_id, payment_id, amount, currency_code: release.currency_code }
  }
  if (release?.payment.action === "cancel_parent") {
    return {
      ...part,
      move: "cancel_order",
      parent_order_id: release.parent_order_id,
      payment_id: null,
      amount: null,
      currency_code: release.currency_code,
    }
  }
  return null
}

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- query.graph rows

/**
 * Loads the seller's ticket (404 when the order is not this seller's), checks the transition
 * (400 with the reason otherwise) and, for declined/cancelled, plans the release. Read-only.
 */
export const prepareTicketUpdateStep = createStep(
  "prepare-ticket-update",
  async (input: UpdateTicketStatusInput, { container }): Promise<StepResponse<TicketUpdatePlan>> => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const [ticket] = await service.listOrderTickets({ order_id: input.order_id, seller_id: input.seller_id })
    if (!ticket) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} not found`)
    }
    const error = transitionError({
      from: ticket.status,
      to: input.status,
      fulfillment_type: ticket.fulfillment_type,
      reason: input.reason,
      pickup_code: input.pickup_code,
      expected_pickup_code: ticket.pickup_code,
    })
    if (error) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id", "total", "currency_code", "metadata", "items.id", "items.quantity", "items.metadata",
        "shipping_methods.shipping_option_id",
      ],
      filters: { id: ticket.order_id },
    })
    const child = data[0] as Row
    const release = isReleased(input.status) ? await planRelease(container, service, child) : null
    const settle = input.status === "completed" && child.metadata?.[ORDER_METADATA.parentOrderId]
      ? await planSettlement(container, ticket.seller_id, child)
      : null
    return new StepResponse({
      parent_order_id: child.metadata?.[ORDER_METADATA.parentOrderId] ?? null,
      ticket: {
        id: ticket.id,
        order_id: ticket.order_id,
        seller_id: ticket.seller_id,
        status: ticket.status,
        reason: ticket.reason ?? null,
      },
      release,
      settle,
    })
  }
)

async function planSettlement(container: MedusaContainer, sellerId: string, child: Row): Promise<SettlePlan> {
  const parentId: string = child.metadata[ORDER_METADATA.parentOrderId]
  const amount = Number(child.total)
  const parent = await loadParentPayments(container, parentId)
  const payment = livePayments(parent)[0]
  const uncaptured = payment ? MathBN.sub(MathBN.convert(payment.raw_amount), sum(payment.captures)) : MathBN.convert(0)
  const toCapture = MathBN.min(uncaptured, amount)
  return {
    parent_order_id: parentId,
    items: (child.items ?? [])
      .filter((item: Row) => item.metadata?.[ORDER_METADATA.parentLineItemId])
      .map((item: Row) => ({ id: item.metadata[ORDER_METADATA.parentLineItemId] as string, quantity: Number(item.quantity) })),
    shipping_option_id: child.shipping_methods?.[0]?.shipping_option_id ?? null,
    capture: payment && MathBN.gt(toCapture, 0) ? { payment_id: payment.id, amount: toCapture.toNumber() } : null,
    entry: {
      seller_id: sellerId,
      order_id: child.id,
      parent_order_id: parentId,
      method: paymentMethodOf(payment?.provider_id) ?? payment?.provider_id ?? "none",
      gross: amount,
      currency_code: child.currency_code,
    },
  }
}

async function planRelease(container: MedusaContainer, service: SellerModuleService, child: Row): Promise<ReleasePlan> {
  const childId: string = child.id
  const parentId: string = child.metadata[ORDER_METADATA.parentOrderId]
  const parentLineItemIds: string[] = (child.items ?? [])
    .map((item: Row) => item.metadata?.[ORDER_METADATA.parentLineItemId])
    .filter(Boolean)
  const amount = Number(child.total)

  const siblings = (await childOrderIds(container, parentId)).filter((id) => id !== childId)
  const siblingTickets = siblings.length ? await service.listOrderTickets({ order_id: siblings }) : []
  const othersGoAhead = siblingTickets.some((t) => !isReleased(t.status))

  const parent = await loadParentPayments(container, parentId)
  let payment: PaymentAction = { action: "cancel_parent" }
  if (parent.status === "canceled") {
    payment = { action: "none" }
  } else if (othersGoAhead) {
    // Money captured for parts already completed (cash received by their sellers) is theirs:
    // only what was captured beyond them can belong to this part (a card captured at placement).
    const completedOthers = siblingTickets.filter((t) => t.status === "completed").map((t) => t.order_id)
    const refundable = refundablePayment(parent, await ordersTotal(container, completedOthers))
    const refundAmount = refundable ? Math.min(amount, refundable.amount) : 0
    payment = refundable && refundAmount > 0
      ? { action: "refund", payment_id: refundable.payment_id, amount: refundAmount }
      : { action: "release" }
  }
  return { parent_order_id: parentId, parent_line_item_ids: parentLineItemIds, amount, currency_code: child.currency_code, payment }
}

async function loadParentPayments(container: MedusaContainer, orderId: string): Promise<Row> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.raw_amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.raw_amount",
      "payment_collections.payments.refunds.raw_amount",
    ],
    filters: { id: orderId },
  })
  return data[0] as Row
}

const sum = (rows: Row[] | undefined) =>
  (rows ?? []).reduce<ReturnType<typeof MathBN.convert>>((total, row) => MathBN.add(total, MathBN.convert(row.raw_amount)), MathBN.convert(0))

const livePayments = (parent: Row): Row[] =>
  (parent.payment_collections ?? []).flatMap((pc: Row) => pc?.payments ?? []).filter((p: Row) => !p.canceled_at)

async function ordersTotal(container: MedusaContainer, orderIds: string[]): Promise<number> {
  if (!orderIds.length) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "total"], filters: { id: orderIds } })
  return (data as Row[]).reduce((total, order) => total + Number(order.total), 0)
}

/** The parent's payment with money captured, not refunded and not owed to `heldForOthers`, if any. */
function refundablePayment(parent: Row, heldForOthers: number) {
  for (const payment of livePayments(parent)) {
    const refundable = MathBN.sub(MathBN.sub(sum(payment.captures), sum(payment.refunds)), heldForOthers)
    if (MathBN.gt(refundable, 0)) {
      return { payment_id: payment.id as string, amount: refundable.toNumber() }
    }
  }
  return null
}
