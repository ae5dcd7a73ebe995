import type { HttpTypes } from "@medusajs/types"
import { backendAssetUrl } from "~/lib/asset-url"
import { readCartCookie, writeCartCookie } from "~/lib/cookies.server"
import { env } from "~/lib/env.server"
import { medusa } from "~/lib/medusa.server"
import { getIndonesiaRegionId } from "~/lib/products.server"

/** What the cart page renders: items grouped by seller, with each group's subtotal. */
export interface CartLine {
  id: string
  title: string
  variantTitle: string | null
  productHandle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
}

export interface CartSeller {
  handle: string
  name: string
  district: string | null
}

export interface CartGroup {
  seller: CartSeller | null
  /** The seller's shipping profile: one shipping method per group at checkout. */
  shippingProfileId: string | null
  lines: CartLine[]
  subtotal: number
}

export interface CartView {
  id: string
  groups: CartGroup[]
  count: number
  itemTotal: number
}

const CART_FIELDS =
  "id,region_id,completed_at,item_total,*items,items.product_id,items.product_handle,items.variant_title,items.thumbnail"

/** A shopper-facing failure of a cart action (the message is an i18n key). */
export class CartError extends Error {
  constructor(readonly key: "cart.error.stock" | "cart.error.unavailable" | "cart.error.quantity" | "cart.error.generic") {
    super(key)
  }
}

const status = (error: unknown) => (error as { status?: number }).status

/** The cart behind the cookie, or null (no cookie, or the cart is gone or already completed). */
export async function currentCart(request: Request): Promise<HttpTypes.StoreCart | null> {
  const cookie = await readCartCookie(request)
  if (!cookie) return null
  try {
    const { cart } = await medusa.store.cart.retrieve(cookie.id, { fields: CART_FIELDS })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (status(error) === 404) return null
    throw error
  }
}

/** The Set-Cookie header that keeps the cookie in step with the cart (cleared when it is gone). */
export function cartCookieFor(cart: HttpTypes.StoreCart | null): Promise<string> {
  return writeCartCookie(cart ? { id: cart.id, count: itemCount(cart) } : null)
}

const itemCount = (cart: HttpTypes.StoreCart) => (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)

/** The cart page's view: lines grouped by seller (sellers read from the store products). */
export async function cartView(cart: HttpTypes.StoreCart): Promise<CartView> {
  const items = cart.items ?? []
  const productIds = [...new Set(items.map((i) => i.product_id).filter((id): id is string => !!id))]
  type Product = HttpTypes.StoreProduct & {
    seller?: { handle: string; name: string; district?: { name: string } | null }
    shipping_profile?: { id: string } | null
  }
  const products = new Map<string, Product>()
  if (productIds.length) {
    const { products: list } = await medusa.store.product.list({ id: productIds, fields: "id,shipping_profile.id", limit: productIds.length })
    for (const product of list as Product[]) products.set(product.id, product)
  }
  const groups = new Map<string, CartGroup>()
  for (const item of items) {
    const product = item.product_id ? products.get(item.product_id) : undefined
    const seller = product?.seller
      ? { handle: product.seller.handle, name: product.seller.name, district: product.seller.district?.name ?? null }
      : null
    const key = seller?.handle ?? ""
    const group = groups.get(key) ?? { seller, shippingProfileId: product?.shipping_profile?.id ?? null, lines: [], subtotal: 0 }
    const total = Number(item.total ?? item.unit_price * item.quantity)
    group.lines.push({
      id: item.id,
      title: item.product_title ?? item.title,
      variantTitle: item.variant_title && item.variant_title !== "Default" ? item.variant_title : null,
      productHandle: item.product_handle ?? null,
      thumbnail: backendAssetUrl(item.thumbnail, env.MEDUSA_BACKEND_URL),
      quantity: item.quantity,
      unitPrice: Number(item.unit_price),
      total,
    })
    group.subtotal += total
    groups.set(key, group)
  }
  return { id: cart.id, groups: [...groups.values()], count: itemCount(cart), itemTotal: Number(cart.item_total ?? 0) }
}

function cartError(error: unknown): never {
  const message = String((error as { message?: string }).message ?? "")
  if (/inventory|stock/i.test(message)) throw new CartError("cart.error.stock")
  if (/not available|sudah tidak dijual|tidak aktif/i.test(message)) throw new CartError("cart.error.unavailable")
  if (/quantity/i.test(message)) throw new CartError("cart.error.quantity")
  if (status(error) && status(error)! < 500) throw new CartError("cart.error.generic")
  throw error
}

/** Adds a variant (a new cart when there is none); returns the cart. */
export async function addToCart(request: Request, variantId: string, quantity: number): Promise<HttpTypes.StoreCart> {
  try {
    const cart = await currentCart(request)
    if (!cart) {
      const { cart: created } = await medusa.store.cart.create(
        { region_id: await getIndonesiaRegionId(), items: [{ variant_id: variantId, quantity }] },
        { fields: CART_FIELDS }
      )
      return created
    }
    return (await medusa.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, { fields: CART_FIELDS })).cart
  } catch (error) {
    cartError(error)
  }
}

/** Sets a line's quantity (0 removes it); returns the cart, or null when there is none. */
export async function setLineQuantity(request: Request, lineId: string, quantity: number): Promise<HttpTypes.StoreCart | null> {
  const cart = await currentCart(request)
  if (!cart || !(cart.items ?? []).some((item) => item.id === lineId)) return cart
  try {
    if (quantity === 0) {
      await medusa.store.cart.deleteLineItem(cart.id, lineId)
      return (await medusa.store.cart.retrieve(cart.id, { fields: CART_FIELDS })).cart
    }
    return (await medusa.store.cart.updateLineItem(cart.id, lineId, { quantity }, { fields: CART_FIELDS })).cart
  } catch (error) {
    cartError(error)
  }
}
