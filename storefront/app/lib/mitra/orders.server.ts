import type { MitraKey } from "~/i18n/mitra.id"
import type { PartPaymentState } from "~/lib/orders.server"
import { backendAssetUrl } from "~/lib/asset-url"
import { notFound } from "~/lib/not-found.server"
import { env } from "~/lib/env.server"
import { rethrowNotFound, vendor, VendorError } from "./api.server"
import type { SellerSession } from "./session.server"
import { ORDER_TABS, startOfWeekWib, type OrderTab, type TicketStatus } from "./status"

/** A seller order (kitchen ticket) as `/vendor/orders` returns it. */
interface VendorOrder {
  id: string
  display_id: number
  created_at: string
  status: TicketStatus
  fulfillment_type: "pickup" | "delivery"
  reason: string | null
  shipping_method: string | null
  total: number
  items: { id: string; title: string; variant_title: string | null; thumbnail: string | null; quantity: number; unit_price: number; total: number }[]
  customer: { first_name: string | null; phone: string | null }
  note?: string | null
  ready_date?: string | null
  payment?: { method: "cash" | "card" | null; state: PartPaymentState } | null
}

/** What a ticket card renders. */
export interface Ticket {
  id: string
  number: number
  createdAt: string
  status: TicketStatus
  pickup: boolean
  reason: string | null
  total: number
  items: { id: string; title: string; variant: string | null; quantity: number; thumbnail: string | null }[]
  customerName: string | null
  customerPhone: string | null
  /** The shopper's note for the seller. */
  note: string | null
  /** Pre-order: the day the part must be ready (`YYYY-MM-DD`, WIB). */
  readyDate: string | null
  /** How the shopper pays and where the money of this part stands. */
  payment: { method: "cash" | "card" | null; state: PartPaymentState } | null
}

const ticketOf = (order: VendorOrder): Ticket => ({
  id: order.id,
  number: order.display_id,
  createdAt: order.created_at,
  status: order.status,
  pickup: order.fulfillment_type === "pickup",
  reason: order.reason,
  total: Number(order.total),
  items: order.items.map((item) => ({
    id: item.id,
    title: item.title,
    variant: item.variant_title && !/^(Default|Standar)$/i.test(item.variant_title) ? item.variant_title : null,
    quantity: item.quantity,
    thumbnail: backendAssetUrl(item.thumbnail, env.MEDUSA_BACKEND_URL),
  })),
  customerName: order.customer.first_name,
  customerPhone: order.customer.phone,
  note: order.note ?? null,
  readyDate: order.ready_date ?? null,
  payment: order.payment ?? null,
})

export async function listTickets(request: Request, session: SellerSession, tab: OrderTab): Promise<Ticket[]> {
  const { orders } = await vendor<{ orders: VendorOrder[] }>(request, session, "/orders", {
    query: { status: ORDER_TABS[tab].join(","), limit: tab === "selesai" ? 30 : 100 },
  })
  return orders.map(ticketOf)
}

export async function getTicket(request: Request, session: SellerSession, id: string): Promise<Ticket> {
  try {
    return ticketOf((await vendor<{ order: VendorOrder }>(request, session, `/orders/${encodeURIComponent(id)}`)).order)
  } catch (error) {
    rethrowNotFound(error)
  }
}

/** Counts per status and this week's completed sales, for the Today page. */
export async function todaySummary(request: Request, session: SellerSession) {
  const count = async (status: TicketStatus) =>
    (await vendor<{ count: number }>(request, session, "/orders", { query: { status, limit: 1 } })).count
  const [received, preparing, ready, completed, week] = await Promise.all([
    count("received"),
    count("preparing"),
    count("ready"),
    count("completed"),
    vendor<{ orders: VendorOrder[] }>(request, session, "/orders", { query: { status: "completed", limit: 100 } }),
  ])
  const since = startOfWeekWib().getTime()
  const thisWeek = week.orders.filter((o) => new Date(o.created_at).getTime() >= since)
  return {
    counts: { received, preparing, ready, completed },
    weekSales: thisWeek.reduce((sum, o) => sum + Number(o.total), 0),
    weekOrders: thisWeek.length,
  }
}

export type TicketMove = { status: "preparing" | "ready" } | { status: "declined"; reason: string } | { status: "completed"; pickup_code?: string }

/** Moves a ticket; the backend refuses moves that are not allowed (message for the seller). */
export async function moveTicket(request: Request, session: SellerSession, id: string, move: TicketMove): Promise<{ ok: true } | { ok: false; status: number; message: string }> {
  try {
    await vendor(request, session, `/orders/${encodeURIComponent(id)}/status`, { method: "POST", json: move })
    return { ok: true }
  } catch (error) {
    if (error instanceof VendorError && error.status < 500) return { ok: false, status: error.status, message: error.message }
    throw error
  }
}

export type TicketActionResult = { orderId: string; field: "reason" | "pickup_code" | "form"; error: MitraKey; message?: string }

/**
 * A ticket button (Terima, Tolak, Siap, Selesai) as a plain form post. The order id in the form
 * only names the ticket: the vendor API answers `404` for anything that is not this seller's.
 * Returns null when the move was made, else what to show next to which field.
 */
export async function ticketAction(request: Request, session: SellerSession, form: FormData): Promise<TicketActionResult | null> {
  const orderId = String(form.get("order_id") ?? "")
  const intent = String(form.get("intent") ?? "")
  let move: TicketMove
  if (intent === "accept") move = { status: "preparing" }
  else if (intent === "ready") move = { status: "ready" }
  else if (intent === "decline") {
    const reason = String(form.get("reason") ?? "").trim()
    if (reason.length < 3 || reason.length > 500) return { orderId, field: "reason", error: "mitra.orders.reasonRequired" }
    move = { status: "declined", reason }
  } else if (intent === "complete") {
    const code = String(form.get("pickup_code") ?? "").trim()
    if (form.has("pickup_code") && !code) return { orderId, field: "pickup_code", error: "mitra.orders.codeRequired" }
    move = { status: "completed", ...(code ? { pickup_code: code } : {}) }
  } else return { orderId, field: "form", error: "mitra.orders.failed" }
  const result = await moveTicket(request, session, orderId, move)
  if (result.ok) return null
  if (result.status === 404) throw notFound()
  if (/kode ambil/i.test(result.message)) {
    return { orderId, field: "pickup_code", error: /tidak cocok/i.test(result.message) ? "mitra.orders.wrongCode" : "mitra.orders.codeRequired" }
  }
  return { orderId, field: "form", error: result.status === 403 ? "mitra.orders.notAllowed" : "mitra.orders.failed", message: result.message }
}
