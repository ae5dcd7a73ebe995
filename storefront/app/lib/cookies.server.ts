import { createCookie } from "@remix-run/node"
import { env } from "~/lib/env.server"

/**
 * The shopper's signed, httpOnly cookies: the cart (its id and item count, so the header badge
 * needs no backend call) and the orders this browser placed or proved (id + email: the proof
 * `GET /store/order-groups/:id` asks for). Signed with SESSION_SECRET, so a shopper cannot put
 * another shopper's order id in it; Secure in production.
 */
const base = {
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: process.env.NODE_ENV === "production",
  secrets: [env.SESSION_SECRET],
}

const cartCookie = createCookie("sentra_cart", { ...base, maxAge: 60 * 60 * 24 * 30 })
const ordersCookie = createCookie("sentra_orders", { ...base, maxAge: 60 * 60 * 24 * 180 })

export interface CartCookie {
  id: string
  count: number
}

export interface ProvenOrder {
  id: string
  email: string
}

/** At most this many proven orders are remembered (newest first). */
const MAX_ORDERS = 20

export async function readCartCookie(request: Request): Promise<CartCookie | null> {
  const value = await cartCookie.parse(request.headers.get("Cookie"))
  return value && typeof value.id === "string" ? { id: value.id, count: Number(value.count) || 0 } : null
}

export function writeCartCookie(value: CartCookie | null): Promise<string> {
  return value ? cartCookie.serialize(value) : cartCookie.serialize("", { maxAge: 0 })
}

export async function readOrders(request: Request): Promise<ProvenOrder[]> {
  const value = await ordersCookie.parse(request.headers.get("Cookie"))
  return Array.isArray(value)
    ? value.filter((o): o is ProvenOrder => typeof o?.id === "string" && typeof o?.email === "string")
    : []
}

export async function rememberOrder(request: Request, order: ProvenOrder): Promise<string> {
  const others = (await readOrders(request)).filter((o) => o.id !== order.id)
  return ordersCookie.serialize([order, ...others].slice(0, MAX_ORDERS))
}
