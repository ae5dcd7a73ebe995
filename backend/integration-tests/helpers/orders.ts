/**
 * Placing shopper orders and working seller parts through the HTTP API, for suites that need an
 * order set (reports). Same calls as the storefront and the seller panel make.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_SHOPPER_ADDRESS } from "@sentra/seed-data"
import { PAYMENT_PROVIDERS } from "@sentra/vocabulary"
import type { AxiosInstance } from "axios"
import { sellerShippingProfiles } from "../../src/lib/fulfillment"
import { SELLER_MODULE } from "../../src/modules/seller"
import type SellerModuleService from "../../src/modules/seller/service"
import { sellerToken } from "./fixtures"
import { bearer, settle } from "./http"
import { setEarliestReadyDates } from "./part-details"

export interface OrderLine {
  /** The seller's handle and one of its variants' SKU. */
  handle: string
  sku: string
  quantity: number
}

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- API and query rows

export function orderHelpers(api: AxiosInstance, container: () => MedusaContainer, setup: { regionId: string; publishableKey: string }) {
  const store = { headers: { "x-publishable-api-key": setup.publishableKey } }
  const query = () => container().resolve(ContainerRegistrationKeys.QUERY)

  async function sellerId(handle: string): Promise<string> {
    const [seller] = await (container().resolve(SELLER_MODULE) as SellerModuleService).listSellers({ handle })
    return seller.id
  }

  /** Places a cash order with pickup from every seller; returns the parent order id. */
  async function placePickupOrder(lines: OrderLine[]): Promise<string> {
    const { data } = await api.post("/store/carts", { region_id: setup.regionId, email: "siti@example.com" }, store)
    const cartId = data.cart.id
    const { data: variants } = await query().graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: lines.map((l) => l.sku) } })
    for (const line of lines) {
      const variant = variants.find((v) => v.sku === line.sku)!
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: line.quantity }, store)
    }
    await api.post(
      `/store/carts/${cartId}`,
      { shipping_address: DEMO_SHOPPER_ADDRESS },
      store
    )
    const handles = [...new Set(lines.map((l) => l.handle))]
    const ids = await Promise.all(handles.map(sellerId))
    const profiles = await sellerShippingProfiles(container(), ids)
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    for (const id of ids) {
      const option = options.shipping_options.find((o: Row) => o.shipping_profile_id === profiles.get(id) && o.type?.code === "pickup")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
    }
    await setEarliestReadyDates(api, container(), cartId, ids, store)
    const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: PAYMENT_PROVIDERS.cash }, store)
    const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
    if (completed.type !== "order") throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(completed.error)}`)
    return completed.order.id
  }

  /** The seller order (part) of `handle` in a parent order. */
  async function partOf(parentId: string, handle: string): Promise<string> {
    const id = await sellerId(handle)
    const { data } = await query().graph({
      entity: "order",
      fields: ["id", "seller.id"],
      filters: { metadata: { parent_order_id: parentId } } as never,
    })
    return (data as Row[]).find((o) => o.seller?.id === id)!.id
  }

  const setStatus = async (orderId: string, handle: string, body: Record<string, unknown>) => {
    const response = await settle(api.post(`/vendor/orders/${orderId}/status`, body, bearer(await sellerToken(api, handle))))
    if (response.status !== 200) throw new Error(`${handle} ${JSON.stringify(body)}: ${JSON.stringify(response.data)}`)
    return response
  }

  /** The seller takes its part through to handover (completed): it is settled in the ledger. */
  async function completePart(parentId: string, handle: string) {
    const orderId = await partOf(parentId, handle)
    await setStatus(orderId, handle, { status: "preparing" })
    await setStatus(orderId, handle, { status: "ready" })
    const [ticket] = await (container().resolve(SELLER_MODULE) as SellerModuleService).listOrderTickets({ order_id: orderId })
    return setStatus(orderId, handle, { status: "completed", pickup_code: ticket.pickup_code })
  }

  /** The seller declines its part (received → declined). */
  async function declinePart(parentId: string, handle: string) {
    return setStatus(await partOf(parentId, handle), handle, { status: "declined", reason: "Bahan baku habis" })
  }

  /** The seller starts its part, then cancels it (received → preparing → cancelled). */
  async function cancelPart(parentId: string, handle: string) {
    const orderId = await partOf(parentId, handle)
    await setStatus(orderId, handle, { status: "preparing" })
    return setStatus(orderId, handle, { status: "cancelled", reason: "Pembeli tidak jadi datang" })
  }

  return { sellerId, placePickupOrder, partOf, completePart, declinePart, cancelPart }
}
