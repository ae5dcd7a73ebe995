/**
 * Read side of seller orders, shared by the vendor routes (the seller's kitchen view) and the
 * store order-group route (the shopper's view of the same parts). Routes decide what each
 * audience may see; this file only loads and shapes.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { TicketStatus } from "../../modules/seller/models"
import { paymentMethodOf, type PaymentMethod } from "@sentra/vocabulary"
import { isReleased } from "../../workflows/order/ticket-rules"
import { ORDER_METADATA } from "../../workflows/order/types"
import type { PaymentMove } from "../../modules/ledger/models/payment-issue"
import { openPaymentMoves } from "./payment-issues"

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- query.graph rows

export interface TicketRow {
  id: string
  order_id: string
  seller_id: string
  status: TicketStatus
  fulfillment_type: "pickup" | "delivery"
  pickup_code: string
  reason: string | null
  created_at: Date | string
  events?: Row[]
}

export interface ItemView {
  id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  total: number
}

const SELLER_ORDER_FIELDS = [
  "id", "display_id", "created_at", "currency_code", "status", "metadata",
  "item_total", "shipping_total", "total",
  "shipping_address.first_name", "shipping_address.phone", "shipping_address.city",
  "shipping_methods.name",
  "items.id", "items.title", "items.variant_title", "items.thumbnail", "items.quantity", "items.unit_price",
  "items.total", "items.created_at",
]

export const itemView = (item: Row): ItemView => ({
  id: item.id,
  title: item.title,
  variant_title: item.variant_title ?? null,
  thumbnail: item.thumbnail ?? null,
  quantity: Number(item.quantity),
  unit_price: Number(item.unit_price),
  total: Number(item.total),
})

/**
 * Seller orders by id (with items, totals, shipping method, first name and phone of the shopper),
 * each with `payment_method`: how the shopper paid the parent order (cash, card), which decides
 * the part's money state (partPaymentState).
 */
export async function loadSellerOrders(container: MedusaContainer, orderIds: string[]): Promise<Map<string, Row>> {
  if (!orderIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: SELLER_ORDER_FIELDS, filters: { id: orderIds } })
  const parentIds = [...new Set((data as Row[]).map((o) => o.metadata?.[ORDER_METADATA.parentOrderId]).filter(Boolean))]
  const [methods, pendingMoves] = await Promise.all([parentPaymentMethods(container, parentIds), openPaymentMoves(container, orderIds)])
  return new Map(
    (data as Row[]).map((order) => [
      order.id,
      {
        ...order,
        payment_method: methods.get(order.metadata?.[ORDER_METADATA.parentOrderId]) ?? null,
        pending_payment_move: pendingMoves.get(order.id) ?? null,
      },
    ])
  )
}

async function parentPaymentMethods(container: MedusaContainer, parentIds: string[]): Promise<Map<string, PaymentMethod | null>> {
  if (!parentIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.provider_id"],
    filters: { id: parentIds },
  })
  return new Map(
    (data as Row[]).map((parent) => {
      const payment = (parent.payment_collections ?? []).flatMap((pc: Row) => pc?.payments ?? [])[0]
      return [parent.id, paymentMethodOf(payment?.provider_id)]
    })
  )
}

/**
 * The money of one seller part, in the words shopper and seller see (docs/decisions/096):
 * `paid` (cash received at handover, or a card captured at placement), `awaiting_cash` (cash, not
 * handed over yet), `refunded` (a card part released), `not_charged` (a cash part released);
 * while a payment issue of the part is open (the provider refused the move, staff retry it):
 * `refund_pending` (a card part released, its refund not through yet) or `capture_pending` (handed
 * over, its payment not recorded yet) — never paid or refunded before it is.
 */
export type PartPaymentState = "paid" | "awaiting_cash" | "refunded" | "not_charged" | "refund_pending" | "capture_pending"

export function partPaymentState(status: TicketStatus, method: PaymentMethod | null, pending: PaymentMove | null = null): PartPaymentState {
  if (pending === "capture") return "capture_pending"
  if (pending && method === "card") return "refund_pending"
  if (status === "completed") return "paid"
  if (isReleased(status)) return method === "card" ? "refunded" : "not_charged"
  return method === "card" ? "paid" : "awaiting_cash"
}

const stringOrNull = (value: unknown) => (typeof value === "string" && value ? value : null)

/** The common part of a seller order as both the seller and the shopper see it. */
export function sellerOrderPart(ticket: TicketRow, order: Row) {
  const items = [...(order.items ?? [])].sort((a: Row, b: Row) =>
    String(a.created_at).localeCompare(String(b.created_at)) || String(a.id).localeCompare(String(b.id))
  )
  return {
    id: order.id as string,
    display_id: order.display_id as number,
    created_at: order.created_at as string,
    currency_code: order.currency_code as string,
    status: ticket.status,
    fulfillment_type: ticket.fulfillment_type,
    reason: ticket.reason ?? null,
    shipping_method: (order.shipping_methods?.[0]?.name as string | undefined) ?? null,
    item_total: Number(order.item_total),
    total: Number(order.total),
    items: items.map(itemView),
    // What the shopper told the seller at checkout (copied by the split, validated at completion).
    note: stringOrNull(order.metadata?.[ORDER_METADATA.note]),
    ready_date: stringOrNull(order.metadata?.[ORDER_METADATA.readyDate]),
    payment: {
      method: (order.payment_method as PaymentMethod | null) ?? null,
      state: partPaymentState(ticket.status, (order.payment_method as PaymentMethod | null) ?? null, order.pending_payment_move ?? null),
    },
  }
}

/** Sellers of parts by id, with their kecamatan (sellers live in the seller module, kecamatan in the district module). */
export async function loadPartSellers(container: MedusaContainer, sellerIds: string[]): Promise<Map<string, Row>> {
  if (!sellerIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "name", "pickup_address", "district.code", "district.name", "district.regency_name"],
    filters: { id: [...new Set(sellerIds)] },
  })
  return new Map((data as Row[]).map((s) => [s.id, s]))
}

/** Who sells a part, as shopper and staff see it: name, handle and kecamatan. */
export function partSeller(seller: Row) {
  return {
    id: seller.id as string,
    handle: seller.handle as string,
    name: seller.name as string,
    district: seller.district
      ? { code: seller.district.code as string, name: seller.district.name as string, regency_name: seller.district.regency_name as string }
      : null,
  }
}

/** Ids of the seller orders split from a parent order (metadata.parent_order_id). */
export async function childOrderIds(container: MedusaContainer, parentOrderId: string): Promise<string[]> {
  const orders = await container
    .resolve(Modules.ORDER)
    .listOrders({ metadata: { [ORDER_METADATA.parentOrderId]: parentOrderId } } as never, { select: ["id"] })
  return orders.map((o) => o.id)
}

/**
 * Shopper's orders with a seller order that was created before `before` but never recorded (no
 * ticket): what a split leaves when it is cut off, or when a hung insert commits after a retried
 * split already recorded that seller's order. Splitting such a parent again adopts or discards
 * them (reconcileChildren). At most 100 per call; the next call takes the rest.
 */
export async function parentsWithUnrecordedSellerOrders(container: MedusaContainer, before: Date): Promise<string[]> {
  const { knex, unrecorded, parent } = unrecordedSellerOrders(container, before)
  const rows: { parent_order_id: string }[] = await unrecorded
    .distinct(knex.raw("o.metadata->>? as parent_order_id", [ORDER_METADATA.parentOrderId]))
    .whereExists(parent)
    .limit(100)
  return rows.map((r) => r.parent_order_id)
}

/**
 * Seller orders created before `before` with no ticket whose shopper's order does not exist (any
 * more): a split's seller order that committed while the checkout that made its shopper's order
 * was rolled back by a fault (the retried checkout made another shopper's order and split that).
 * Nobody can see them, and no split will ever reconcile them. At most 100 per call.
 */
export async function orphanedSellerOrders(container: MedusaContainer, before: Date): Promise<string[]> {
  const { unrecorded, parent } = unrecordedSellerOrders(container, before)
  const rows: { id: string }[] = await unrecorded.select("o.id").whereNotExists(parent).limit(100)
  return rows.map((r) => r.id)
}

/** Seller orders (`o`: they name a shopper's order) older than `before` that no ticket records, and their shopper's order as a subquery. */
function unrecordedSellerOrders(container: MedusaContainer, before: Date) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const ticket = knex("order_ticket as t").select(knex.raw("1")).whereRaw("t.order_id = o.id").whereNull("t.deleted_at")
  const parent = knex("order as p").select(knex.raw("1")).whereRaw("p.id = o.metadata->>?", [ORDER_METADATA.parentOrderId]).whereNull("p.deleted_at")
  const unrecorded = knex("order as o")
    .whereNull("o.deleted_at")
    .whereRaw("o.metadata->>? is not null", [ORDER_METADATA.parentOrderId])
    .where("o.created_at", "<", before)
    .whereNotExists(ticket)
  return { knex, unrecorded, parent }
}

