/**
 * The kitchen-ticket rules of a seller order, in one place (workflows enforce them, validators
 * and docs refer to them):
 *
 *   received → preparing → ready → completed
 *   received → declined              (the seller can't take the order)
 *   received | preparing | ready → cancelled
 *
 * Declining and cancelling need a reason; completing a pickup order needs the shopper's pickup code.
 */
import { randomInt } from "node:crypto"
import type { TicketStatus } from "../../modules/seller/models"

export const TICKET_TRANSITIONS: Record<TicketStatus, readonly TicketStatus[]> = {
  received: ["preparing", "declined", "cancelled"],
  preparing: ["ready", "cancelled"],
  ready: ["completed", "cancelled"],
  completed: [],
  declined: [],
  cancelled: [],
}

/** Statuses a seller sets through the vendor API (everything but the initial "received"). */
export const SELLER_SET_STATUSES = ["preparing", "ready", "completed", "declined", "cancelled"] as const
export type SellerSetStatus = (typeof SELLER_SET_STATUSES)[number]

/** Statuses that give the seller's part back to the shopper (stock and money released). */
export const RELEASING_STATUSES: readonly TicketStatus[] = ["declined", "cancelled"]

export const requiresReason = (status: TicketStatus): boolean => RELEASING_STATUSES.includes(status)

export const isReleased = (status: TicketStatus): boolean => RELEASING_STATUSES.includes(status)

export const STATUS_LABELS: Record<TicketStatus, string> = {
  received: "diterima",
  preparing: "disiapkan",
  ready: "siap",
  completed: "selesai",
  declined: "ditolak",
  cancelled: "dibatalkan",
}

export interface TransitionRequest {
  from: TicketStatus
  to: TicketStatus
  fulfillment_type: "pickup" | "delivery"
  reason?: string | null
  /** The code the shopper shows at the counter (pickup orders, when completing). */
  pickup_code?: string | null
  /** The ticket's stored code. */
  expected_pickup_code: string
}

/** Why a transition is not allowed (a message for the seller), or null when it is. */
export function transitionError(request: TransitionRequest): string | null {
  const { from, to } = request
  if (!TICKET_TRANSITIONS[from].includes(to)) {
    const allowed = TICKET_TRANSITIONS[from]
    return allowed.length
      ? `Pesanan berstatus "${STATUS_LABELS[from]}" tidak bisa diubah ke "${STATUS_LABELS[to]}" (bisa: ${allowed.map((s) => `"${STATUS_LABELS[s]}"`).join(", ")}).`
      : `Pesanan sudah ${STATUS_LABELS[from]}; statusnya tidak bisa diubah lagi.`
  }
  if (requiresReason(to) && !request.reason?.trim()) {
    return `Alasan wajib diisi untuk status "${STATUS_LABELS[to]}".`
  }
  if (to === "completed" && request.fulfillment_type === "pickup") {
    if (!request.pickup_code?.trim()) {
      return "Kode ambil wajib diisi: minta pembeli menunjukkan kode ambilnya."
    }
    if (normalizePickupCode(request.pickup_code) !== request.expected_pickup_code) {
      return "Kode ambil tidak cocok."
    }
  }
  return null
}

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud or from a phone screen can't be misread. */
export const PICKUP_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
export const PICKUP_CODE_LENGTH = 6

export function generatePickupCode(): string {
  let code = ""
  for (let i = 0; i < PICKUP_CODE_LENGTH; i++) {
    code += PICKUP_CODE_ALPHABET[randomInt(PICKUP_CODE_ALPHABET.length)]
  }
  return code
}

export const normalizePickupCode = (code: string): string => code.trim().toUpperCase()

/** The shipping option type code of "Ambil sendiri"; every other option is a delivery. */
export const PICKUP_OPTION_CODE = "pickup"

export const fulfillmentTypeFor = (shippingOptionTypeCode: string | null | undefined): "pickup" | "delivery" =>
  shippingOptionTypeCode === PICKUP_OPTION_CODE ? "pickup" : "delivery"
