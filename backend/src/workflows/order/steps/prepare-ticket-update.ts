import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type { TicketStatus } from "../../../modules/seller/models"
import type SellerModuleService from "../../../modules/seller/service"
import { isReleased, transitionError } from "../ticket-rules"
import { ORDER_METADATA, type UpdateTicketStatusInput } from "../types"
import { childOrderIds } from "../../../lib/queries/seller-orders"

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
  payment: PaymentAction
}

export interface TicketUpdatePlan {
  parent_order_id: string
  ticket: { id: string; order_id: string; seller_id: string; status: TicketStatus; reason: string | null }
  release: ReleasePlan | null
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
      fields: ["id", "total", "metadata", "items.id", "items.metadata"],
      filters: { id: ticket.order_id },
    })
    const child = data[0] as Row
    const release = isReleased(input.status) ? await planRelease(container, service, child) : null
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
    })
  }
)

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
    const refundable = refundablePayment(parent)
    payment = refundable
      ? { action: "refund", payment_id: refundable.payment_id, amount: Math.min(amount, refundable.amount) }
      : { action: "release" }
  }
  return { parent_order_id: parentId, parent_line_item_ids: parentLineItemIds, amount, payment }
}

async function loadParentPayments(container: MedusaContainer, orderId: string): Promise<Row> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "payment_collections.payments.id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.raw_amount",
      "payment_collections.payments.refunds.raw_amount",
    ],
    filters: { id: orderId },
  })
  return data[0] as Row
}

/** The parent's payment with money captured and not yet refunded, if any. */
function refundablePayment(parent: Row) {
  const payments: Row[] = (parent.payment_collections ?? []).flatMap((pc: Row) => pc?.payments ?? [])
  const sum = (rows: Row[] | undefined) =>
    (rows ?? []).reduce<ReturnType<typeof MathBN.convert>>((total, row) => MathBN.add(total, MathBN.convert(row.raw_amount)), MathBN.convert(0))
  for (const payment of payments) {
    if (payment.canceled_at) continue
    const refundable = MathBN.sub(sum(payment.captures), sum(payment.refunds))
    if (MathBN.gt(refundable, 0)) {
      return { payment_id: payment.id as string, amount: refundable.toNumber() }
    }
  }
  return null
}
