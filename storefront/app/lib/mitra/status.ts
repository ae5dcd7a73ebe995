/** Status words of the seller panel (pure; unit-tested). */
import type { MitraKey } from "~/i18n/mitra.id"

export type TicketStatus = "received" | "preparing" | "ready" | "completed" | "declined" | "cancelled"

/** The orders page's tabs: query `?tab=`, and the ticket statuses each one lists. */
export const ORDER_TABS = {
  baru: ["received"],
  disiapkan: ["preparing"],
  siap: ["ready"],
  selesai: ["completed", "declined", "cancelled"],
} as const satisfies Record<string, readonly TicketStatus[]>
export type OrderTab = keyof typeof ORDER_TABS

export function orderTab(value: string | null): OrderTab {
  return value && value in ORDER_TABS ? (value as OrderTab) : "baru"
}

export const TICKET_STATUS_KEY: Record<TicketStatus, MitraKey> = {
  received: "mitra.status.received",
  preparing: "mitra.status.preparing",
  ready: "mitra.status.ready",
  completed: "mitra.status.completed",
  declined: "mitra.status.declined",
  cancelled: "mitra.status.cancelled",
}

/** What the shop window shows of a product: in the store, hidden until approval, or a draft. */
export type Visibility = "visible" | "waiting" | "draft"

export function productVisibility(product: { status: string; store_visible?: boolean }): Visibility {
  if (product.status !== "published") return "draft"
  return product.store_visible ? "visible" : "waiting"
}

export const VISIBILITY_KEY: Record<Visibility, MitraKey> = {
  visible: "mitra.visibility.visible",
  waiting: "mitra.visibility.waiting",
  draft: "mitra.visibility.draft",
}

export type DocumentState = "verified" | "pending" | "expired"

const DAY_MS = 24 * 60 * 60 * 1000
/** A warning is shown this many days before a document expires. */
export const EXPIRY_WARNING_DAYS = 30

/**
 * A legality document as the profile shows it: expired (by date, verified or not), verified, or
 * waiting for staff; `expiresSoon` within 30 days of its expiry.
 */
export function documentState(doc: { verified: boolean; expires_at: string | null }, now: Date = new Date()): { state: DocumentState; expiresSoon: boolean } {
  const expires = doc.expires_at ? new Date(doc.expires_at).getTime() : null
  if (expires !== null && expires <= now.getTime()) return { state: "expired", expiresSoon: false }
  const expiresSoon = expires !== null && expires - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS
  return { state: doc.verified ? "verified" : "pending", expiresSoon }
}

/** Monday 00:00 WIB of the week `now` is in, as an instant (this week's sales start there). */
export function startOfWeekWib(now: Date = new Date()): Date {
  const wib = new Date(now.getTime() + 7 * 60 * 60 * 1000)
  const sinceMonday = (wib.getUTCDay() + 6) % 7
  const monday = Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate() - sinceMonday)
  return new Date(monday - 7 * 60 * 60 * 1000)
}
