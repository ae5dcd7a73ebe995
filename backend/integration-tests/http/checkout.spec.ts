/**
 * Checkout across sellers and the seller's kitchen flow:
 * POST /store/carts/:id/complete (split), GET /store/order-groups/:id,
 * GET /vendor/orders, GET /vendor/orders/:id, POST /vendor/orders/:id/status.
 */
import { integrationTestRunner } from "../helpers/runner"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_SHOPPER_ADDRESS, generateSeed } from "@sentra/seed-data"
import { addDays, PAYMENT_PROVIDERS, readyDateWindow, todayInWib } from "@sentra/vocabulary"
import { LEDGER_MODULE } from "../../src/modules/ledger"
import type LedgerModuleService from "../../src/modules/ledger/service"
import { sellerShippingProfiles } from "../../src/lib/fulfillment"
import { SELLER_MODULE } from "../../src/modules/seller"
import type SellerModuleService from "../../src/modules/seller/service"
import { runSetup, type SetupResult } from "../../src/setup"
import { splitOrderBySellerWorkflow } from "../../src/workflows/order/split-order"
import { reconcileSellerSplits, UNRECORDED_GRACE_MS } from "../../src/jobs/reconcile-seller-splits"
import { PICKUP_CODE_ALPHABET } from "../../src/workflows/order/ticket-rules"
import Stripe from "stripe"
import { adminToken, sellerToken } from "../helpers/fixtures"
import { startStripeServer, type StripeTestServer } from "@sentra/stripe-test-server"
import { bearer, settle } from "../helpers/http"
import { setEarliestReadyDates } from "../helpers/part-details"

// Card payments run through Medusa's real Stripe provider and the real `stripe` SDK, against the
// local Stripe test server (packages/stripe-test-server): the region offers cash and card here. This
// beforeAll runs before the test runner's (which reads the configuration from the environment).
process.env.STRIPE_API_KEY = "sk_test_sentra_local"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_sentra_local"
const stripeSdk = new Stripe(process.env.STRIPE_API_KEY)
let stripeServer: StripeTestServer
beforeAll(async () => {
  stripeServer = await startStripeServer()
  process.env.STRIPE_API_BASE = stripeServer.url
})
afterAll(() => stripeServer?.close())

const seed = generateSeed()
const PICKUP_CODE = new RegExp(`^[${PICKUP_CODE_ALPHABET}]{6}$`)

/** The first variant with enough stock of each of the first seeded sellers that have one. */
const STOCKED = seed.sellers
  .map((seller) => {
    const variant = seed.products
      .filter((p) => p.sellerHandle === seller.handle)
      .flatMap((p) => p.variants)
      .find((v) => v.stock >= 20)
    return variant ? { handle: seller.handle, name: seller.name, sku: variant.sku, price: variant.price } : null
  })
  .filter((s) => s !== null)
  .slice(0, 4)
const [A, B, C, D] = STOCKED

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- API and query rows

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SetupResult
    let variantIds: Map<string, string>
    let store: { headers: Record<string, string> }
    const container = (): MedusaContainer => getContainer()
    const query = () => container().resolve(ContainerRegistrationKeys.QUERY)
    const sellers = (): SellerModuleService => container().resolve(SELLER_MODULE)

    beforeAll(async () => {
      setup = await runSetup(getContainer(), { seed: true })
      const { data } = await query().graph({
        entity: "product_variant",
        fields: ["id", "sku"],
        filters: { sku: STOCKED.map((s) => s.sku) },
      })
      variantIds = new Map(data.map((v) => [v.sku!, v.id]))
      store = { headers: { "x-publishable-api-key": setup.publishableKey } }
    })

    const withAuth = (token?: string) =>
      token ? { headers: { ...store.headers, authorization: `Bearer ${token}` } } : store

    /** A cart ready to complete: items of the given sellers, address in Indonesia, shipping, payment session. */
    async function readyCart(options: {
      sellers: typeof STOCKED
      shipping?: "pickup" | "local-delivery"
      /** Per seller handle, overriding `shipping`. */
      shippingBySeller?: Record<string, "pickup" | "local-delivery">
      quantity?: number
      email?: string
      customerToken?: string
      /** Cash by default; card confirms the PaymentIntent the way the shopper's browser would. */
      pay?: "cash" | "card"
      /** Pre-order sellers get their earliest ready date unless this is false. */
      readyDates?: false
    }): Promise<string> {
      const headers = withAuth(options.customerToken)
      const { data } = await api.post(
        "/store/carts",
        { region_id: setup.regionId, email: options.email ?? "siti@example.com" },
        headers
      )
      const cartId = data.cart.id
      for (const seller of options.sellers) {
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variantIds.get(seller.sku), quantity: options.quantity ?? 2 },
          headers
        )
      }
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: DEMO_SHOPPER_ADDRESS },
        headers
      )
      // One shipping method per seller: each seller has its own shipping profile and options.
      const profiles = await sellerShippingProfiles(container(), await Promise.all(options.sellers.map((s) => sellerId(s.handle))))
      const { data: options_ } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
      for (const seller of options.sellers) {
        const profileId = profiles.get(await sellerId(seller.handle))
        const code = options.shippingBySeller?.[seller.handle] ?? options.shipping ?? "local-delivery"
        const option = options_.shipping_options.find((o: Row) => o.shipping_profile_id === profileId && o.type?.code === code)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, headers)
      }
      if (options.readyDates !== false) {
        await setEarliestReadyDates(api, container(), cartId, await Promise.all(options.sellers.map((s) => sellerId(s.handle))), headers)
      }
      const session = await pay(cartId, options.pay ?? "cash", headers)
      if (options.pay === "card") {
        stripeServer.confirm(session.data.id)
      }
      return cartId
    }

    /** The payment session, last: changing the cart afterwards invalidates it. */
    async function pay(cartId: string, method: "cash" | "card", headers = store): Promise<Row> {
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
      const { data } = await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: PAYMENT_PROVIDERS[method] },
        headers
      )
      return data.payment_collection.payment_sessions.find((s: Row) => s.provider_id === PAYMENT_PROVIDERS[method])
    }

    const complete = (cartId: string, token?: string) =>
      settle(api.post(`/store/carts/${cartId}/complete`, {}, withAuth(token)))

    async function placeOrder(options: Parameters<typeof readyCart>[0]): Promise<string> {
      const response = await complete(await readyCart(options), options.customerToken)
      expect(response.status).toBe(200)
      expect(response.data.type).toBe("order")
      return response.data.order.id
    }

    async function childOrders(parentId: string): Promise<Row[]> {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "id", "email", "status", "customer_id", "metadata", "item_total", "shipping_total", "total",
          "items.id", "items.quantity", "items.variant_id", "items.metadata", "items.unit_price",
          "shipping_address.first_name", "shipping_address.city", "shipping_address.phone",
          "shipping_methods.name", "shipping_methods.amount", "seller.id",
        ],
        filters: { metadata: { parent_order_id: parentId } } as never,
      })
      return data as Row[]
    }

    async function parentOrder(id: string): Promise<Row> {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "id", "status", "metadata", "item_total", "shipping_total", "total", "items.id", "items.quantity",
          "items.variant_id", "payment_collections.status", "payment_collections.payments.id",
          "payment_collections.payments.amount", "payment_collections.payments.canceled_at",
          "payment_collections.payments.refunds.amount", "payment_collections.payments.captures.amount",
          "payment_collections.payments.provider_id", "fulfillments.id", "fulfillments.delivered_at",
          "fulfillments.items.line_item_id", "fulfillments.items.quantity",
        ],
        filters: { id },
      })
      return data[0] as Row
    }

    async function sellerId(handle: string): Promise<string> {
      const [seller] = await sellers().listSellers({ handle })
      return seller.id
    }

    async function childOf(parentId: string, handle: string): Promise<Row> {
      const id = await sellerId(handle)
      return (await childOrders(parentId)).find((c) => c.seller?.id === id)!
    }

    async function ticketOf(orderId: string) {
      const [ticket] = await sellers().listOrderTickets({ order_id: orderId }, { relations: ["events"] })
      return ticket
    }

    async function reservationsOf(lineItemIds: string[]) {
      return container().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineItemIds })
    }

    /** A variant's stock level at its (only) location: stocked or reserved quantity. */
    async function stockLevel(sku: string, field: "stocked_quantity" | "reserved_quantity"): Promise<number> {
      const { data } = await query().graph({
        entity: "product_variant",
        fields: [`inventory_items.inventory.location_levels.${field}`],
        filters: { sku },
      })
      return Number((data[0] as Row).inventory_items[0].inventory.location_levels[0][field])
    }
    const stockedQuantity = (sku: string) => stockLevel(sku, "stocked_quantity")
    const reservedQuantity = (sku: string) => stockLevel(sku, "reserved_quantity")

    async function completePart(child: Row, handle: string) {
      const token = await sellerToken(api, handle)
      await setStatus(child.id, token, { status: "preparing" })
      await setStatus(child.id, token, { status: "ready" })
      const code = (await ticketOf(child.id)).pickup_code
      return setStatus(child.id, token, { status: "completed", pickup_code: code })
    }

    const setStatus = (orderId: string, token: string, body: Record<string, unknown>) =>
      settle(api.post(`/vendor/orders/${orderId}/status`, body, bearer(token)))

    async function groupAsGuest(parentId: string, email = "siti@example.com") {
      return settle(api.get(`/store/order-groups/${parentId}?email=${encodeURIComponent(email)}`, store))
    }

    describe("checkout splits the cart per seller", () => {
      it("turns a three-seller cart into one paid parent order and one seller order per seller with tickets, links and reservations", async () => {
        const cartId = await readyCart({ sellers: [A, B, C], shipping: "local-delivery", quantity: 2 })
        const reservedBefore = await reservedQuantity(A.sku)
        const response = await complete(cartId)
        expect(response.status).toBe(200)
        expect(response.data.type).toBe("order")
        const parent = await parentOrder(response.data.order.id)

        // The parent: all items, every seller's delivery fee, one authorized payment for the whole total.
        expect(parent.items).toHaveLength(3)
        expect(Number(parent.item_total)).toBe(2 * (A.price + B.price + C.price))
        expect(Number(parent.shipping_total)).toBe(3 * 15000)
        expect(parent.payment_collections).toHaveLength(1)
        expect(parent.payment_collections[0].status).toBe("authorized")
        expect(parent.payment_collections[0].payments).toHaveLength(1)
        expect(Number(parent.payment_collections[0].payments[0].amount)).toBe(Number(parent.total))

        // Inventory is reserved on the parent's line items.
        const reservations = await reservationsOf(parent.items.map((i: Row) => i.id))
        expect(reservations.map((r) => Number(r.quantity))).toEqual([2, 2, 2])
        expect(await reservedQuantity(A.sku)).toBe(reservedBefore + 2)

        // One seller order per seller, linked to it, with the seller's items only.
        const children = await childOrders(parent.id)
        expect(children).toHaveLength(3)
        const expectedSellers = await Promise.all([A, B, C].map((s) => sellerId(s.handle)))
        expect(children.map((c) => c.seller.id).sort()).toEqual([...expectedSellers].sort())
        for (const child of children) {
          expect(child.items).toHaveLength(1)
          const parentItem = parent.items.find((i: Row) => i.id === child.items[0].metadata.parent_line_item_id)
          expect(parentItem.variant_id).toBe(child.items[0].variant_id)
          expect(Number(child.items[0].quantity)).toBe(2)
          expect(child.metadata).toMatchObject({ parent_order_id: parent.id, seller_id: child.seller.id })
          expect(child.email).toBe("siti@example.com")
          expect(child.customer_id).toBeNull()
          expect(child.shipping_address).toMatchObject({ first_name: "Siti", city: "Kota Bandung" })
          expect(child.shipping_methods.map((m: Row) => [m.name, Number(m.amount)])).toEqual([["Antar lokal", 15000]])
          expect(Number(child.shipping_total)).toBe(15000)
          expect(Number(child.total)).toBe(Number(child.item_total) + 15000)
        }
        // The parent's totals are the sum of its parts, fees included.
        expect(children.reduce((sum, c) => sum + Number(c.item_total), 0)).toBe(Number(parent.item_total))
        expect(children.reduce((sum, c) => sum + Number(c.total), 0)).toBe(Number(parent.total))

        // Each seller order has a received kitchen ticket with a code and its first event.
        for (const child of children) {
          const ticket = await ticketOf(child.id)
          expect(ticket).toMatchObject({ seller_id: child.seller.id, status: "received", fulfillment_type: "delivery" })
          expect(ticket.pickup_code).toMatch(PICKUP_CODE)
          expect(ticket.events.map((e) => [e.from_status, e.to_status, e.actor_type])).toEqual([
            [null, "received", "system"],
          ])
        }
      })

      it("takes pickup for one seller and delivery for another: each seller order gets its own method and fee", async () => {
        const cartId = await readyCart({ sellers: [A, B], shippingBySeller: { [A.handle]: "pickup", [B.handle]: "local-delivery" } })
        const { data: cart } = await api.get(`/store/carts/${cartId}?fields=shipping_methods.name,shipping_methods.amount,shipping_total`, store)
        expect(cart.cart.shipping_methods.map((m: Row) => [m.name, Number(m.amount)]).sort()).toEqual([["Ambil sendiri", 0], ["Antar lokal", 15000]])
        // Choosing again for the same seller replaces its method, never adds a second one.
        const { data: options_ } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
        const sellerA = await sellerId(A.handle)
        const profileA = (await sellerShippingProfiles(container(), [sellerA])).get(sellerA)
        const deliveryA = options_.shipping_options.find(
          (o: Row) => o.shipping_profile_id === profileA && o.type?.code === "local-delivery"
        )
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: deliveryA.id }, store)
        const pickupA = options_.shipping_options.find(
          (o: Row) => o.shipping_profile_id === deliveryA.shipping_profile_id && o.type?.code === "pickup"
        )
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: pickupA.id }, store)
        const { data: again } = await api.get(`/store/carts/${cartId}?fields=shipping_methods.name`, store)
        expect(again.cart.shipping_methods).toHaveLength(2)
        await pay(cartId, "cash")

        const response = await complete(cartId)
        expect(response.status).toBe(200)
        const parent = await parentOrder(response.data.order.id)
        expect(Number(parent.shipping_total)).toBe(15000)
        const childA = await childOf(parent.id, A.handle)
        const childB = await childOf(parent.id, B.handle)
        expect(childA.shipping_methods.map((m: Row) => [m.name, Number(m.amount)])).toEqual([["Ambil sendiri", 0]])
        expect(childB.shipping_methods.map((m: Row) => [m.name, Number(m.amount)])).toEqual([["Antar lokal", 15000]])
        expect((await ticketOf(childA.id)).fulfillment_type).toBe("pickup")
        expect((await ticketOf(childB.id)).fulfillment_type).toBe("delivery")
        expect(Number(childA.total) + Number(childB.total)).toBe(Number(parent.total))

        const group = (await groupAsGuest(parent.id)).data.order_group
        const parts = Object.fromEntries(group.parts.map((p: Row) => [p.seller.handle, p]))
        expect(parts[A.handle]).toMatchObject({ fulfillment_type: "pickup", shipping_method: "Ambil sendiri", total: 2 * A.price })
        expect(parts[A.handle].pickup_code).toMatch(PICKUP_CODE)
        expect(parts[B.handle]).toMatchObject({ fulfillment_type: "delivery", shipping_method: "Antar lokal", total: 2 * B.price + 15000 })
        expect(parts[B.handle].pickup_code).toBeNull()
        expect(group).toMatchObject({ shipping_total: 15000, placed_total: 2 * (A.price + B.price) + 15000 })
      })

      it("shows the guest shopper the order group with per-seller parts, and refuses strangers", async () => {
        const parentId = await placeOrder({ sellers: [A, B], shipping: "pickup", email: "Siti@Example.com" })
        const { status, data } = await groupAsGuest(parentId, "siti@example.com")
        expect(status).toBe(200)
        const group = data.order_group
        expect(group).toMatchObject({
          id: parentId,
          payment_status: "authorized",
          shipping_method: "Ambil sendiri",
          item_total: 2 * (A.price + B.price),
          shipping_total: 0,
          released_total: 0,
          payable_total: 2 * (A.price + B.price),
        })
        expect(typeof group.display_id).toBe("number")
        expect(group.parts).toHaveLength(2)
        const partA = group.parts.find((p: Row) => p.seller.handle === A.handle)
        const sellerA = seed.sellers.find((s) => s.handle === A.handle)!
        expect(partA).toMatchObject({
          status: "received",
          fulfillment_type: "pickup",
          item_total: 2 * A.price,
          seller: { handle: A.handle, name: A.name, district: { code: sellerA.districtCode } },
        })
        expect(partA.pickup_code).toBe((await ticketOf(partA.id)).pickup_code)
        expect(partA.items).toEqual([expect.objectContaining({ quantity: 2, unit_price: A.price, total: 2 * A.price })])

        // Strangers: no email, a wrong email, a seller order's id, an unknown id.
        expect((await settle(api.get(`/store/order-groups/${parentId}`, store))).status).toBe(404)
        expect((await groupAsGuest(parentId, "orang@lain.com")).status).toBe(404)
        expect((await groupAsGuest(partA.id)).status).toBe(404)
        expect((await groupAsGuest("order_01JUNKNOWN00000000000000000")).status).toBe(404)
        expect((await settle(api.get(`/store/order-groups/${parentId}?email=bukan-email`, store))).status).toBe(400)
      })

      it("lets only the signed-in customer see a registered customer's order group", async () => {
        const register = async (email: string) => {
          const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "rahasia123" })
          await api.post("/store/customers", { email, first_name: "Budi" }, withAuth(reg.token))
          const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "rahasia123" })
          return login.token as string
        }
        const owner = await register("budi@example.com")
        const other = await register("rina@example.com")
        const parentId = await placeOrder({ sellers: [A], email: "budi@example.com", customerToken: owner })

        expect((await settle(api.get(`/store/order-groups/${parentId}`, store))).status).toBe(401)
        expect((await groupAsGuest(parentId, "budi@example.com")).status).toBe(401)
        expect((await settle(api.get(`/store/order-groups/${parentId}`, withAuth(other)))).status).toBe(404)
        const mine = await settle(api.get(`/store/order-groups/${parentId}`, withAuth(owner)))
        expect(mine.status).toBe(200)
        expect(mine.data.order_group.parts).toHaveLength(1)
      })

      it("creates nothing twice when the same cart is completed concurrently, again, or split again", async () => {
        const cartId = await readyCart({ sellers: [A, B, C] })
        const [first, second] = await Promise.all([complete(cartId), complete(cartId)])
        expect([first.status, second.status]).toEqual([200, 200])
        expect(first.data.type).toBe("order")
        expect(second.data.type).toBe("order")
        expect(second.data.order.id).toBe(first.data.order.id)

        const again = await complete(cartId)
        expect(again.status).toBe(200)
        expect(again.data.order.id).toBe(first.data.order.id)

        const { result } = await splitOrderBySellerWorkflow(container()).run({ input: { order_id: first.data.order.id } })

        const { data: cartOrders } = await query().graph({
          entity: "order_cart",
          fields: ["order_id"],
          filters: { cart_id: cartId },
        })
        expect(cartOrders).toHaveLength(1)
        const children = await childOrders(first.data.order.id)
        expect(children).toHaveLength(3)
        expect([...result.child_order_ids].sort()).toEqual(children.map((c) => c.id).sort())
        const tickets = await sellers().listOrderTickets({ order_id: children.map((c) => c.id) })
        expect(tickets).toHaveLength(3)
        const { data: links } = await query().graph({ entity: "order", fields: ["id", "seller.id"], filters: { id: children.map((c) => c.id) } })
        expect(links.every((l: Row) => !!l.seller?.id)).toBe(true)
        const parent = await parentOrder(first.data.order.id)
        expect(await reservationsOf(parent.items.map((i: Row) => i.id))).toHaveLength(3)
        expect(parent.payment_collections[0].payments).toHaveLength(1)
      })

      it("splits an order placed outside the store route (e.g. by a payment webhook) through the order.placed subscriber", async () => {
        const cartId = await readyCart({ sellers: [A, B] })
        const { result } = await completeCartWorkflow(container()).run({ input: { id: cartId } })
        // The subscriber runs after the order was placed; its last write is the tickets.
        let tickets: unknown[] = []
        for (let attempt = 0; attempt < 50 && tickets.length < 2; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 200))
          const ids = (await childOrders(result.id)).map((c) => c.id)
          tickets = ids.length ? await sellers().listOrderTickets({ order_id: ids }) : []
        }
        expect(tickets).toHaveLength(2)
        expect(await childOrders(result.id)).toHaveLength(2)
      })

      it("refuses a cart with a product of a seller who is no longer active, and places no order", async () => {
        const cartId = await readyCart({ sellers: [A, B] })
        await sellers().updateSellers({ id: await sellerId(B.handle), status: "suspended" })
        const response = await complete(cartId)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("penjualnya tidak aktif")
        const { data: cartOrders } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(cartOrders).toHaveLength(0)
        expect(await sellers().listOrderTickets({})).toHaveLength(0)
      })
    })

    describe("shopper data and cart rules", () => {
      async function registerCustomer(email: string) {
        const { data: reg } = await api.post("/auth/customer/emailpass/register", { email, password: "rahasia123" })
        await api.post("/store/customers", { email, first_name: "Budi" }, withAuth(reg.token))
        const { data: login } = await api.post("/auth/customer/emailpass", { email, password: "rahasia123" })
        return login.token as string
      }

      it("GET /store/orders/:id answers only the signed-in customer who placed it: never by id alone, never a seller order", async () => {
        const guestParent = await placeOrder({ sellers: [A, B] })
        const [sellerPart] = await childOrders(guestParent)
        const owner = await registerCustomer("dewi@example.com")
        const other = await registerCustomer("joko@example.com")
        const ownParent = await placeOrder({ sellers: [A], email: "dewi@example.com", customerToken: owner })

        for (const id of [guestParent, sellerPart.id, ownParent]) {
          const anonymous = await settle(api.get(`/store/orders/${id}`, store))
          expect(anonymous.status).toBe(401)
          expect(JSON.stringify(anonymous.data)).not.toContain("Jl. Dago")
          expect((await settle(api.get(`/store/orders/${id}`, withAuth(other)))).status).toBe(404)
        }
        expect((await settle(api.get(`/store/orders/${sellerPart.id}`, withAuth(owner)))).status).toBe(404)
        const mine = await settle(api.get(`/store/orders/${ownParent}`, withAuth(owner)))
        expect(mine.status).toBe(200)
        expect(mine.data.order.id).toBe(ownParent)
        expect(mine.data.order.email).toBe("dewi@example.com")
      })

      it("refuses marketplace metadata keys a shopper could use to skip the split or move money, writing nothing", async () => {
        const created = await settle(api.post("/store/carts", { region_id: setup.regionId, metadata: { parent_order_id: "order_x" } }, store))
        expect(created.status).toBe(400)
        expect(created.data.message).toContain("'metadata.parent_order_id' is reserved")

        const { data } = await api.post("/store/carts", { region_id: setup.regionId, metadata: { catatan: "tanpa sambal" } }, store)
        const cartId = data.cart.id
        for (const metadata of [{ released_amount: 999999 }, { seller_id: "sel_x" }, { parent_order_id: "order_x", catatan: "x" }]) {
          const updated = await settle(api.post(`/store/carts/${cartId}`, { metadata }, store))
          expect(updated.status).toBe(400)
        }
        const line = await settle(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantIds.get(A.sku), quantity: 1, metadata: { parent_line_item_id: "x" } }, store)
        )
        expect(line.status).toBe(400)
        const { data: after } = await api.get(`/store/carts/${cartId}?fields=metadata,*items`, store)
        expect(after.cart.metadata).toEqual({ catatan: "tanpa sambal" })
        expect(after.cart.items).toEqual([])
      })

      it("checks the sellers on every completion path: Medusa's own completeCartWorkflow (as a payment webhook runs it) refuses too", async () => {
        const cartId = await readyCart({ sellers: [A, B] })
        await sellers().updateSellers({ id: await sellerId(B.handle), status: "suspended" })
        const { errors } = await completeCartWorkflow(container()).run({ input: { id: cartId }, throwOnError: false })
        expect(errors[0]?.error?.message).toContain("penjualnya tidak aktif")
        const { data: cartOrders } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(cartOrders).toHaveLength(0)
        await sellers().updateSellers({ id: await sellerId(B.handle), status: "approved" })
      })

      it("refuses fractional quantities with 400 and leaves the cart as it was", async () => {
        const { data } = await api.post("/store/carts", { region_id: setup.regionId }, store)
        const cartId = data.cart.id
        const variant = variantIds.get(A.sku)
        const half = await settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant, quantity: 0.5 }, store))
        expect(half.status).toBe(400)
        expect(half.data.message).toContain("'quantity' must be a whole number")
        const created = await settle(api.post("/store/carts", { region_id: setup.regionId, items: [{ variant_id: variant, quantity: 1.5 }] }, store))
        expect(created.status).toBe(400)
        expect(created.data.message).toContain("'items.0.quantity'")

        const { data: added } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant, quantity: 2 }, store)
        const lineId = added.cart.items[0].id
        const updated = await settle(api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 2.25 }, store))
        expect(updated.status).toBe(400)
        const { data: after } = await api.get(`/store/carts/${cartId}`, store)
        expect(after.cart.items.map((i: Row) => i.quantity)).toEqual([2])
        expect(Number(after.cart.item_total)).toBe(2 * A.price)
      })

      it("checks every item again at completion: a product unpublished after it went into the cart places no order", async () => {
        const cartId = await readyCart({ sellers: [A, B] })
        const [{ product_id }] = (await query().graph({ entity: "product_variant", fields: ["product_id"], filters: { sku: B.sku } })).data as Row[]
        await container().resolve(Modules.PRODUCT).updateProducts(product_id, { status: "draft" })
        const response = await complete(cartId)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("sudah tidak dijual")
        const { data: cartOrders } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(cartOrders).toHaveLength(0)
      })
    })

    describe("notes and pre-order ready dates per seller part", () => {
      /** A pre-order seller among the test sellers (seeded with lead_time_days > 0) and one without. */
      const preorder = () => STOCKED.find((s) => seed.sellers.find((x) => x.handle === s.handle)!.leadTimeDays > 0)!
      const plain = () => STOCKED.find((s) => seed.sellers.find((x) => x.handle === s.handle)!.leadTimeDays === 0)!
      const leadOf = (seller: (typeof STOCKED)[number]) => seed.sellers.find((x) => x.handle === seller.handle)!.leadTimeDays
      const setDetails = (cartId: string, parts: Row[]) => settle(api.post(`/store/carts/${cartId}/part-details`, { parts }, store))
      const cartMetadata = async (cartId: string) => (await api.get(`/store/carts/${cartId}?fields=metadata`, store)).data.cart.metadata
      const ordersOfCart = async (cartId: string) =>
        (await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })).data

      it("stores each note and ready date on its own seller order, for that seller (vendor API) and the shopper (order group) only", async () => {
        const [P, N] = [preorder(), plain()]
        const [pId, nId] = [await sellerId(P.handle), await sellerId(N.handle)]
        const window = readyDateWindow(leadOf(P))!
        const cartId = await readyCart({ sellers: [P, N], readyDates: false })
        const saved = await setDetails(cartId, [
          { seller_id: pId, note: "  Bungkus kado, ya  ", ready_date: window.max },
          { seller_id: nId, note: "tidak pedas" },
        ])
        expect(saved.status).toBe(200)
        expect(saved.data.part_details).toEqual({
          [pId]: { note: "Bungkus kado, ya", ready_date: window.max },
          [nId]: { note: "tidak pedas", ready_date: null },
        })
        // The payment session was created before: it stays valid, the cart completes.
        const response = await complete(cartId)
        expect(response.data.type).toBe("order")
        const parentId = response.data.order.id

        const pOrder = await childOf(parentId, P.handle)
        const nOrder = await childOf(parentId, N.handle)
        expect(pOrder.metadata).toMatchObject({ note: "Bungkus kado, ya", ready_date: window.max })
        expect(nOrder.metadata.note).toBe("tidak pedas")
        expect(nOrder.metadata).not.toHaveProperty("ready_date")

        const pToken = await sellerToken(api, P.handle)
        const nToken = await sellerToken(api, N.handle)
        const detail = await api.get(`/vendor/orders/${pOrder.id}`, bearer(pToken))
        expect(detail.data.order).toMatchObject({ note: "Bungkus kado, ya", ready_date: window.max })
        const list = await api.get("/vendor/orders?limit=100", bearer(nToken))
        expect(list.data.orders.find((o: Row) => o.id === nOrder.id)).toMatchObject({ note: "tidak pedas", ready_date: null })
        expect(list.data.orders.map((o: Row) => o.id)).not.toContain(pOrder.id)
        // Seller N never reads P's part; no token and a staff token are not seller tokens.
        expect((await settle(api.get(`/vendor/orders/${pOrder.id}`, bearer(nToken)))).status).toBe(404)
        expect((await settle(api.get(`/vendor/orders/${pOrder.id}`))).status).toBe(401)
        expect((await settle(api.get(`/vendor/orders/${pOrder.id}`, bearer(await adminToken(api))))).status).toBe(401)

        const { data: group } = await api.get(`/store/order-groups/${parentId}?email=siti@example.com`, store)
        const parts = new Map(group.order_group.parts.map((p: Row) => [p.id, p]))
        expect(parts.get(pOrder.id)).toMatchObject({ note: "Bungkus kado, ya", ready_date: window.max })
        expect(parts.get(nOrder.id)).toMatchObject({ note: "tidak pedas", ready_date: null })
      })

      it("refuses bad notes and dates with 400 naming each field, writing nothing", async () => {
        const [P, N, other] = [preorder(), plain(), STOCKED.find((s) => s !== preorder() && s !== plain())!]
        const [pId, nId, otherId] = [await sellerId(P.handle), await sellerId(N.handle), await sellerId(other.handle)]
        const window = readyDateWindow(leadOf(P))!
        const cartId = await readyCart({ sellers: [P, N], readyDates: false })
        const cases: [Row[], string[]][] = [
          [[{ seller_id: pId, ready_date: addDays(window.min, -1) }], [`parts.${pId}.ready_date`, "paling cepat"]],
          [[{ seller_id: pId, ready_date: addDays(window.max, 1) }], [`parts.${pId}.ready_date`, "paling lambat"]],
          [[{ seller_id: nId, note: "x" }], [`parts.${pId}.ready_date`, "wajib"]],
          [[{ seller_id: pId, ready_date: window.min, note: "a".repeat(281) }], [`parts.${pId}.note`, "280"]],
          [[{ seller_id: pId, ready_date: "12/12/2026" }], [`parts.${pId}.ready_date`]],
          [[{ seller_id: pId, ready_date: window.min }, { seller_id: nId, ready_date: window.min }], [`parts.${nId}.ready_date`, "tidak menerima pre-order"]],
          [[{ seller_id: pId, ready_date: window.min }, { seller_id: otherId, note: "x" }], [`parts.${otherId}`, "tidak ada di keranjang"]],
          [[{ seller_id: pId, ready_date: window.min }, { seller_id: pId, ready_date: window.min }], ["seller_id"]],
        ]
        for (const [parts, expected] of cases) {
          const response = await setDetails(cartId, parts)
          expect(response.status, JSON.stringify(parts).slice(0, 80)).toBe(400)
          for (const text of expected) expect(response.data.message).toContain(text)
        }
        expect((await settle(api.post(`/store/carts/${cartId}/part-details`, { parts: [], extra: 1 }, store))).status).toBe(400)
        expect((await cartMetadata(cartId))?.part_details).toBeUndefined()
      })

      it("checks again at completion: a missing date or values written around the route place no order", async () => {
        const [P, N, other] = [preorder(), plain(), STOCKED.find((s) => s !== preorder() && s !== plain())!]
        const [pId, otherId] = [await sellerId(P.handle), await sellerId(other.handle)]
        const window = readyDateWindow(leadOf(P))!
        const cartId = await readyCart({ sellers: [P, N], readyDates: false })

        const missing = await complete(cartId)
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain(`part_details.${pId}.ready_date`)

        // Medusa's cart route refuses the key outright.
        const direct = await settle(
          api.post(`/store/carts/${cartId}`, { metadata: { part_details: { [pId]: { ready_date: todayInWib() } } } }, store)
        )
        expect(direct.status).toBe(400)
        expect(direct.data.message).toContain("'metadata.part_details' is reserved")

        // Any other writer of cart metadata (here the cart module itself) is caught at completion,
        // on the store route and on Medusa's own completeCartWorkflow (as a payment webhook runs it).
        const cartModule = container().resolve(Modules.CART)
        for (const part_details of [
          { [pId]: { ready_date: todayInWib() } },
          { [pId]: { ready_date: window.min, note: "a".repeat(300) } },
          { [pId]: { ready_date: window.min }, [otherId]: { note: "x" } },
          { [pId]: "besok" },
        ]) {
          await cartModule.updateCarts(cartId, { metadata: { part_details } })
          const response = await complete(cartId)
          expect(response.status).toBe(400)
          expect(response.data.message).toContain("part_details.")
          const { errors } = await completeCartWorkflow(container()).run({ input: { id: cartId }, throwOnError: false })
          expect(errors[0]?.error?.message).toContain("part_details.")
        }
        expect(await ordersOfCart(cartId)).toHaveLength(0)

        expect((await setDetails(cartId, [{ seller_id: pId, ready_date: window.min }])).status).toBe(200)
        const placed = await complete(cartId)
        expect(placed.data.type).toBe("order")
        expect((await childOf(placed.data.order.id, P.handle)).metadata.ready_date).toBe(window.min)
        // A completed cart takes no more details.
        expect((await setDetails(cartId, [{ seller_id: pId, ready_date: window.min }])).status).toBe(400)
      })
    })

    describe("seller orders", () => {
      it("lists only the seller's own orders, newest first, filtered by status and paginated, without the pickup code", async () => {
        const first = await placeOrder({ sellers: [A, B], shipping: "pickup" })
        const second = await placeOrder({ sellers: [A, C], shipping: "local-delivery", email: "rina@example.com" })
        const tokenA = await sellerToken(api, A.handle)
        const childA1 = await childOf(first, A.handle)
        const childA2 = await childOf(second, A.handle)

        const { data } = await api.get("/vendor/orders", bearer(tokenA))
        expect(data.count).toBe(2)
        expect(data.orders.map((o: Row) => o.id)).toEqual([childA2.id, childA1.id])
        const [delivery, pickup] = data.orders
        expect(pickup).toMatchObject({
          status: "received",
          fulfillment_type: "pickup",
          shipping_method: "Ambil sendiri",
          item_total: 2 * A.price,
          total: 2 * A.price,
          customer: { first_name: "Siti", phone: "081234567890" },
          items: [expect.objectContaining({ quantity: 2, unit_price: A.price })],
        })
        expect(typeof pickup.created_at).toBe("string")
        expect(delivery.customer).toEqual({ first_name: "Siti", phone: null })
        expect(JSON.stringify(data)).not.toContain((await ticketOf(childA1.id)).pickup_code)

        const paged = await api.get("/vendor/orders?limit=1&offset=1", bearer(tokenA))
        expect(paged.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(paged.data.orders.map((o: Row) => o.id)).toEqual([childA1.id])

        await setStatus(childA1.id, tokenA, { status: "preparing" })
        const preparing = await api.get("/vendor/orders?status=preparing", bearer(tokenA))
        expect(preparing.data.orders.map((o: Row) => o.id)).toEqual([childA1.id])
        const active = await api.get("/vendor/orders?status=received,preparing", bearer(tokenA))
        expect(active.data.count).toBe(2)

        const tokenB = await sellerToken(api, B.handle)
        const listB = await api.get("/vendor/orders", bearer(tokenB))
        expect(listB.data.orders.map((o: Row) => o.id)).toEqual([(await childOf(first, B.handle)).id])

        for (const bad of ["status=shipped", "limit=0", "limit=1000", "offset=-1", "seller_id=x"]) {
          const response = await settle(api.get(`/vendor/orders?${bad}`, bearer(tokenA)))
          expect(response.status).toBe(400)
        }
      })

      it("runs the kitchen flow to completion with the pickup code, recording each event with the acting member and emitting seller_order events", async () => {
        const eventBus = container().resolve(Modules.EVENT_BUS)
        const spyEmit = vi.spyOn(eventBus, "emit")

        const parentId = await placeOrder({ sellers: [A, B], shipping: "pickup" })
        const child = await childOf(parentId, A.handle)
        const token = await sellerToken(api, A.handle)
        const [member] = await sellers().listSellerMembers({ email: `${A.handle}@seller.sentra.local` })
        const code = (await ticketOf(child.id)).pickup_code

        expect((await setStatus(child.id, token, { status: "preparing" })).data.order.status).toBe("preparing")
        expect((await setStatus(child.id, token, { status: "ready" })).data.order.status).toBe("ready")

        const missing = await setStatus(child.id, token, { status: "completed" })
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("Kode ambil wajib")
        const wrong = await setStatus(child.id, token, { status: "completed", pickup_code: "AAAAAA" })
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toContain("tidak cocok")
        expect((await ticketOf(child.id)).status).toBe("ready")

        const done = await setStatus(child.id, token, { status: "completed", pickup_code: ` ${code.toLowerCase()} ` })
        expect(done.status).toBe(200)
        expect(done.data.order.status).toBe("completed")
        expect(done.data.order.events.map((e: Row) => [e.from_status, e.to_status, e.actor_type, e.actor_id])).toEqual([
          [null, "received", "system", "checkout"],
          ["received", "preparing", "seller", member.id],
          ["preparing", "ready", "seller", member.id],
          ["ready", "completed", "seller", member.id],
        ])
        const detail = await api.get(`/vendor/orders/${child.id}`, bearer(token))
        expect(detail.data.order.events).toHaveLength(4)
        const [completedOrder] = (await query().graph({ entity: "order", fields: ["status"], filters: { id: child.id } })).data
        expect(completedOrder.status).toBe("completed")

        const names = spyEmit.mock.calls.flatMap((call) => (Array.isArray(call[0]) ? call[0] : [call[0]]).map((m: Row) => m.name))
        spyEmit.mockRestore()
        expect(names.filter((n) => n.startsWith("seller_order."))).toEqual([
          "seller_order.received",
          "seller_order.received",
          "seller_order.preparing",
          "seller_order.ready",
          "seller_order.completed",
        ])

        // The group view follows the kitchen.
        const group = await groupAsGuest(parentId)
        expect(group.data.order_group.parts.find((p: Row) => p.id === child.id).status).toBe("completed")
      })

      it("refuses invalid transitions, missing reasons, unknown statuses and extra fields with 400, changing nothing", async () => {
        const parentId = await placeOrder({ sellers: [A], shipping: "local-delivery" })
        const child = await childOf(parentId, A.handle)
        const token = await sellerToken(api, A.handle)

        const cases: [Record<string, unknown>, string][] = [
          [{ status: "ready" }, "tidak bisa diubah"],
          [{ status: "completed" }, "tidak bisa diubah"],
          [{ status: "declined" }, "reason"],
          [{ status: "declined", reason: "   " }, "reason"],
          [{ status: "cancelled" }, "reason"],
          [{ status: "received" }, "status"],
          [{ status: "shipped" }, "status"],
          [{}, "status"],
          [{ status: "preparing", seller_id: "sel_lain" }, "seller_id"],
        ]
        for (const [body, message] of cases) {
          const response = await setStatus(child.id, token, body)
          expect(response.status, JSON.stringify(body)).toBe(400)
          expect(response.data.message).toContain(message)
        }
        await setStatus(child.id, token, { status: "preparing" })
        const lateDecline = await setStatus(child.id, token, { status: "declined", reason: "Bahan habis" })
        expect(lateDecline.status).toBe(400)

        const ticket = await ticketOf(child.id)
        expect(ticket.status).toBe("preparing")
        expect(ticket.reason).toBeNull()
        expect(ticket.events).toHaveLength(2)
        const parent = await parentOrder(parentId)
        expect(await reservationsOf(parent.items.map((i: Row) => i.id))).toHaveLength(1)
      })

      it("declining releases the seller's stock and marks its amount as not to be captured while the others go ahead", async () => {
        const parentId = await placeOrder({ sellers: [A, B], quantity: 3 })
        const child = await childOf(parentId, A.handle)
        const token = await sellerToken(api, A.handle)
        const reservedA = await reservedQuantity(A.sku)
        const reservedB = await reservedQuantity(B.sku)

        const response = await setStatus(child.id, token, { status: "declined", reason: "Bahan baku habis" })
        expect(response.status).toBe(200)
        expect(response.data.order).toMatchObject({ status: "declined", reason: "Bahan baku habis" })

        expect(await reservedQuantity(A.sku)).toBe(reservedA - 3)
        expect(await reservedQuantity(B.sku)).toBe(reservedB)
        expect(await reservationsOf([child.items[0].metadata.parent_line_item_id])).toHaveLength(0)

        const [declined] = (await query().graph({ entity: "order", fields: ["status"], filters: { id: child.id } })).data
        expect(declined.status).toBe("canceled")
        const parent = await parentOrder(parentId)
        expect(parent.status).toBe("pending")
        expect(parent.metadata.released_amount).toBe(3 * A.price + 15000)
        expect(parent.payment_collections[0].payments[0].canceled_at).toBeNull()

        const group = (await groupAsGuest(parentId)).data.order_group
        expect(group).toMatchObject({ released_total: 3 * A.price + 15000, payable_total: 3 * B.price + 15000 })
        expect(group.parts.find((p: Row) => p.id === child.id)).toMatchObject({ status: "declined", reason: "Bahan baku habis" })
      })

      it("when every part is declined or cancelled, cancels the shopper's order and voids its payment", async () => {
        const parentId = await placeOrder({ sellers: [A, B] })
        const childA = await childOf(parentId, A.handle)
        const childB = await childOf(parentId, B.handle)
        await setStatus(childA.id, await sellerToken(api, A.handle), { status: "declined", reason: "Tutup" })
        const tokenB = await sellerToken(api, B.handle)
        await setStatus(childB.id, tokenB, { status: "preparing" })
        const last = await setStatus(childB.id, tokenB, { status: "cancelled", reason: "Kompor rusak" })
        expect(last.status).toBe(200)

        const parent = await parentOrder(parentId)
        expect(parent.status).toBe("canceled")
        expect(parent.payment_collections[0].status).toBe("canceled")
        expect(parent.payment_collections[0].payments[0].canceled_at).not.toBeNull()
        expect(await reservationsOf(parent.items.map((i: Row) => i.id))).toHaveLength(0)
        const group = (await groupAsGuest(parentId)).data.order_group
        expect(group).toMatchObject({ status: "canceled", payment_status: "canceled", payable_total: 0 })
        expect(group.parts.every((p: Row) => p.pickup_code === null)).toBe(true)
      })

      it("two sellers declining at the same moment still cancel the shopper's order and void its payment", async () => {
        const parentId = await placeOrder({ sellers: [A, B] })
        const childA = await childOf(parentId, A.handle)
        const childB = await childOf(parentId, B.handle)
        const [tokenA, tokenB] = await Promise.all([sellerToken(api, A.handle), sellerToken(api, B.handle)])
        const results = await Promise.all([
          setStatus(childA.id, tokenA, { status: "declined", reason: "Tutup" }),
          setStatus(childB.id, tokenB, { status: "declined", reason: "Bahan habis" }),
        ])
        expect(results.map((r) => r.status)).toEqual([200, 200])

        const parent = await parentOrder(parentId)
        expect(parent.status).toBe("canceled")
        expect(parent.payment_collections[0].payments[0].canceled_at).not.toBeNull()
        expect(await reservationsOf(parent.items.map((i: Row) => i.id))).toHaveLength(0)
        const group = (await groupAsGuest(parentId)).data.order_group
        expect(group).toMatchObject({ status: "canceled", payable_total: 0 })
      })

      it("cancelling a part after the payment was captured refunds that part", async () => {
        const parentId = await placeOrder({ sellers: [A, B] })
        const parent = await parentOrder(parentId)
        const paymentId = parent.payment_collections[0].payments[0].id
        await api.post(`/admin/payments/${paymentId}/capture`, {}, bearer(await adminToken(api)))

        const child = await childOf(parentId, B.handle)
        const token = await sellerToken(api, B.handle)
        await setStatus(child.id, token, { status: "preparing" })
        await setStatus(child.id, token, { status: "ready" })
        const response = await setStatus(child.id, token, { status: "cancelled", reason: "Pesanan rusak" })
        expect(response.status).toBe(200)

        const after = await parentOrder(parentId)
        expect(after.payment_collections[0].payments[0].refunds.map((r: Row) => Number(r.amount))).toEqual([Number(child.total)])
        expect(after.status).toBe("pending")
        expect(after.metadata.released_amount).toBe(Number(child.total))
      })
    })

    describe("settlement part by part", () => {
      it("completing a cash part delivers its items from the shopper's order, drops stock on hand, captures its cash and writes one ledger line", async () => {
        const parentId = await placeOrder({ sellers: [A, B], shipping: "pickup", quantity: 3 })
        const [childA, childB] = await Promise.all([A, B].map((s) => childOf(parentId, s.handle)))
        const before = { stockedA: await stockedQuantity(A.sku), reservedA: await reservedQuantity(A.sku), stockedB: await stockedQuantity(B.sku), reservedB: await reservedQuantity(B.sku) }
        const placed = await parentOrder(parentId)
        expect(placed.payment_collections[0].payments[0].provider_id).toBe(PAYMENT_PROVIDERS.cash)
        expect(placed.payment_collections[0].payments[0].captures).toEqual([])

        expect((await completePart(childA, A.handle)).status).toBe(200)

        expect(await stockedQuantity(A.sku)).toBe(before.stockedA - 3)
        expect(await reservedQuantity(A.sku)).toBe(before.reservedA - 3)
        expect(await stockedQuantity(B.sku)).toBe(before.stockedB)
        expect(await reservedQuantity(B.sku)).toBe(before.reservedB)
        const parent = await parentOrder(parentId)
        expect(parent.fulfillments).toHaveLength(1)
        expect(parent.fulfillments[0].delivered_at).not.toBeNull()
        expect(parent.fulfillments[0].items.map((i: Row) => [i.line_item_id, Number(i.quantity)])).toEqual([
          [childA.items[0].metadata.parent_line_item_id, 3],
        ])
        const payment = parent.payment_collections[0].payments[0]
        expect(payment.captures.map((c: Row) => Number(c.amount))).toEqual([Number(childA.total)])

        const ledger: LedgerModuleService = container().resolve(LEDGER_MODULE)
        const entries = await ledger.listLedgerEntries({ parent_order_id: parentId })
        expect(entries.map((e) => [e.seller_id, e.order_id, e.method, Number(e.gross), Number(e.fee), Number(e.net)])).toEqual([
          [await sellerId(A.handle), childA.id, "cash", Number(childA.total), 0, Number(childA.total)],
        ])

        // B declines afterwards: A's cash is A's; nothing is refunded, B's part is simply not charged.
        const declined = await setStatus(childB.id, await sellerToken(api, B.handle), { status: "declined", reason: "Bahan habis" })
        expect(declined.status).toBe(200)
        const after = await parentOrder(parentId)
        expect(after.status).not.toBe("canceled")
        expect(after.payment_collections[0].payments[0].refunds).toEqual([])
        expect(after.metadata.released_amount).toBe(Number(childB.total))
        expect(await reservedQuantity(B.sku)).toBe(before.reservedB - 3)
        expect(await ledger.listLedgerEntries({ parent_order_id: parentId })).toHaveLength(1)

        // Shopper and sellers see each part's money in words.
        const group = (await groupAsGuest(parentId)).data.order_group
        expect(group.parts.map((p: Row) => [p.id, p.payment])).toEqual(
          expect.arrayContaining([
            [childA.id, { method: "cash", state: "paid" }],
            [childB.id, { method: "cash", state: "not_charged" }],
          ])
        )
      })

      it("shows each seller its own ledger and staff every seller's, as JSON and a CSV payout sheet", async () => {
        const parentId = await placeOrder({ sellers: [A, D], shipping: "pickup", quantity: 1 })
        const [childA, childD] = await Promise.all([A, D].map((s) => childOf(parentId, s.handle)))
        const ticket = await api.get(`/vendor/orders/${childA.id}`, bearer(await sellerToken(api, A.handle)))
        expect(ticket.data.order.payment).toEqual({ method: "cash", state: "awaiting_cash" })
        await completePart(childA, A.handle)
        await completePart(childD, D.handle)

        const mine = await settle(api.get("/vendor/ledger", bearer(await sellerToken(api, A.handle))))
        expect(mine.status).toBe(200)
        expect(mine.data.lines.map((l: Row) => l.order_id)).toContain(childA.id)
        expect(mine.data.lines.map((l: Row) => l.order_id)).not.toContain(childD.id)
        expect(new Set(mine.data.lines.map((l: Row) => l.seller_id))).toEqual(new Set([await sellerId(A.handle)]))
        expect(mine.data.totals.gross).toBe(mine.data.lines.reduce((sum: number, l: Row) => sum + l.gross, 0))
        expect(mine.data.totals.cash_received_by_seller).toBe(mine.data.totals.gross)

        const admin = bearer(await adminToken(api))
        const all = await settle(api.get("/admin/ledger", admin))
        expect(all.status).toBe(200)
        expect(all.data.lines.map((l: Row) => l.order_id)).toEqual(expect.arrayContaining([childA.id, childD.id]))
        const sumOfSellers = all.data.sellers.reduce((sum: number, s: Row) => sum + s.totals.gross, 0)
        expect(sumOfSellers).toBe(all.data.totals.gross)
        // Reconciles with the money: captured on this order = its ledger lines.
        const captured = (await parentOrder(parentId)).payment_collections[0].payments[0].captures
          .reduce((sum: number, c: Row) => sum + Number(c.amount), 0)
        const lines = all.data.lines.filter((l: Row) => l.parent_order_id === parentId)
        expect(lines.reduce((sum: number, l: Row) => sum + l.gross, 0)).toBe(captured)

        const csv = await settle(api.get(`/admin/ledger?format=csv&seller_id=${await sellerId(D.handle)}`, admin))
        expect(csv.status).toBe(200)
        expect(csv.headers["content-type"]).toContain("text/csv")
        const rows = String(csv.data).trim().split("\r\n")
        expect(rows[0]).toBe("seller_id,handle,name,parts,gross,fee,net,cash_received_by_seller,card_received_by_city,balance_owed_to_seller")
        expect(rows).toHaveLength(2)
        expect(rows[1]).toContain(D.handle)

        for (const bad of ["from=kemarin", "format=pdf", "seller=x"]) {
          const response = await settle(api.get(`/admin/ledger?${bad}`, admin))
          expect(response.status, bad).toBe(400)
        }
        expect((await settle(api.get("/vendor/ledger?seller_id=x", bearer(await sellerToken(api, A.handle))))).status).toBe(400)
        expect((await settle(api.get("/vendor/ledger", store))).status).toBe(401)
        expect((await settle(api.get("/admin/ledger", store))).status).toBe(401)
      })

      it("takes the city's fee from SENTRA_PLATFORM_FEE_PERCENT, in whole Rupiah", async () => {
        const parentId = await placeOrder({ sellers: [C], shipping: "pickup", quantity: 1 })
        const child = await childOf(parentId, C.handle)
        process.env.SENTRA_PLATFORM_FEE_PERCENT = "2.5"
        try {
          expect((await completePart(child, C.handle)).status).toBe(200)
        } finally {
          delete process.env.SENTRA_PLATFORM_FEE_PERCENT
        }
        const [entry] = await container().resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ order_id: child.id })
        const fee = Math.round(Number(child.total) * 0.025)
        expect([Number(entry.gross), Number(entry.fee), Number(entry.net), entry.fee_percent]).toEqual([
          Number(child.total), fee, Number(child.total) - fee, 2.5,
        ])
      })
    })

    describe("card payments through Stripe (local Stripe test server)", () => {
      /** A Stripe event for a PaymentIntent, signed like Stripe signs it (or not). */
      function webhook(type: string, intent: Row, secret = process.env.STRIPE_WEBHOOK_SECRET!) {
        const payload = JSON.stringify({ id: `evt_${intent.id}_${type}`, object: "event", type, data: { object: intent } })
        const signature = stripeSdk.webhooks.generateTestHeaderString({ payload, secret })
        return settle(
          api.post("/hooks/payment/stripe_stripe", payload, {
            headers: { "content-type": "application/json", "stripe-signature": signature },
          })
        )
      }

      async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
        for (let attempt = 0; attempt < 75; attempt++) {
          const value = await read()
          if (done(value)) return value
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        return read()
      }

      it("charges the card once at placement, to the Rupiah in Stripe's two-decimal unit, and refunds a declined part exactly", async () => {
        const parentId = await placeOrder({ sellers: [A, B], shipping: "pickup", quantity: 1, pay: "card" })
        const parent = await parentOrder(parentId)
        const payment = parent.payment_collections[0].payments[0]
        expect(payment.provider_id).toBe(PAYMENT_PROVIDERS.card)
        const intent = [...stripeServer.intents.values()].find((pi) => pi.metadata.session_id)!
        const total = Number(parent.total)
        expect(total).toBe(A.price + B.price)
        expect(intent).toMatchObject({ currency: "idr", amount: total * 100, capture_method: "automatic" })
        expect(payment.captures.map((c: Row) => Number(c.amount))).toEqual([total])

        const [childA, childB] = await Promise.all([A, B].map((s) => childOf(parentId, s.handle)))
        const group = (await groupAsGuest(parentId)).data.order_group
        expect(group.parts.map((p: Row) => p.payment)).toEqual([
          { method: "card", state: "paid" },
          { method: "card", state: "paid" },
        ])

        const refundsBefore = stripeServer.refunds.length
        const declined = await setStatus(childB.id, await sellerToken(api, B.handle), { status: "declined", reason: "Bahan habis" })
        expect(declined.status).toBe(200)
        expect(stripeServer.refunds.slice(refundsBefore).map((r) => [r.payment_intent, r.amount])).toEqual([[intent.id, Number(childB.total) * 100]])
        const after = await parentOrder(parentId)
        expect(after.payment_collections[0].payments[0].refunds.map((r: Row) => Number(r.amount))).toEqual([Number(childB.total)])

        // A completes: no second capture (Stripe captures a PaymentIntent once), one ledger line owed to A.
        expect((await completePart(childA, A.handle)).status).toBe(200)
        const settled = await parentOrder(parentId)
        expect(settled.payment_collections[0].payments[0].captures).toHaveLength(1)
        const [entry] = await container().resolve<LedgerModuleService>(LEDGER_MODULE).listLedgerEntries({ order_id: childA.id })
        expect([entry.method, Number(entry.gross)]).toEqual(["card", Number(childA.total)])
        const parts = (await groupAsGuest(parentId)).data.order_group.parts
        expect(parts.map((p: Row) => [p.id, p.payment.state])).toEqual(
          expect.arrayContaining([[childA.id, "paid"], [childB.id, "refunded"]])
        )
      })

      it("refuses a webhook with a bad signature (400) and changes nothing", async () => {
        const cartId = await readyCart({ sellers: [C], quantity: 1, pay: "card" })
        const intent = [...stripeServer.intents.values()].at(-1)!
        const response = await webhook("payment_intent.succeeded", intent, "whsec_wrong")
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("signature")
        await new Promise((resolve) => setTimeout(resolve, 6000)) // Medusa processes webhooks after 5 s
        const { data } = await query().graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
        expect(data[0].completed_at).toBeNull()
      })

      it("a webhook replayed 10 times, out of order, raced against the shopper's own complete: one order, one per seller, one capture", async () => {
        const cartId = await readyCart({ sellers: [C, D], quantity: 1, pay: "card" })
        const intent = [...stripeServer.intents.values()].at(-1)!
        const deliveries = [
          webhook("payment_intent.amount_capturable_updated", intent),
          ...Array.from({ length: 10 }, () => webhook("payment_intent.succeeded", intent)),
          webhook("payment_intent.created", intent),
        ]
        const [completed, ...hooks] = await Promise.all([complete(cartId), ...deliveries])
        expect(hooks.every((h) => h.status === 200)).toBe(true)
        expect([200, 409]).toContain(completed.status)

        const order = await until(
          async () => (await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })).data,
          (rows) => rows.length > 0
        )
        expect(order).toHaveLength(1)
        const parentId = order[0].order_id
        const children = await until(() => childOrders(parentId), (rows) => rows.length >= 2)
        await new Promise((resolve) => setTimeout(resolve, 2000)) // let late webhook deliveries finish
        expect(await childOrders(parentId)).toHaveLength(children.length)
        expect(children).toHaveLength(2)
        const parent = await parentOrder(parentId)
        expect(parent.payment_collections[0].payments).toHaveLength(1)
        expect(parent.payment_collections[0].payments[0].captures).toHaveLength(1)
      })
    })

    describe("a payment provider refusing a money move (payment issues)", () => {
      const issuesOf = async (sellerOrderId: string) =>
        container().resolve<LedgerModuleService>(LEDGER_MODULE).listPaymentIssues({ seller_order_id: sellerOrderId })
      const partStates = async (parentId: string) =>
        Object.fromEntries((await groupAsGuest(parentId)).data.order_group.parts.map((p: Row) => [p.id, p.payment.state]))
      const refundsOf = (intentId: string) => stripeServer.refunds.filter((r) => r.payment_intent === intentId).map((r) => r.amount)
      const latestIntent = () => [...stripeServer.intents.values()].at(-1)!

      it("a refused refund still releases the part, shows it as pending, and staff retry it until Stripe refunds exactly once", async () => {
        const parentId = await placeOrder({ sellers: [A, B], shipping: "pickup", quantity: 1, pay: "card" })
        const intent = latestIntent()
        const [childA, childB] = await Promise.all([A, B].map((s) => childOf(parentId, s.handle)))
        const reservedB = await reservedQuantity(B.sku)

        stripeServer.failNext("refund")
        const declined = await setStatus(childB.id, await sellerToken(api, B.handle), { status: "declined", reason: "Bahan habis" })
        expect(declined.status).toBe(200)
        // The goods moved: ticket declined, stock released. The money did not: nothing says refunded.
        expect((await ticketOf(childB.id)).status).toBe("declined")
        expect(await reservedQuantity(B.sku)).toBe(reservedB - 1)
        expect(refundsOf(intent.id)).toEqual([])
        expect((await parentOrder(parentId)).payment_collections[0].payments[0].refunds).toEqual([])
        expect(await partStates(parentId)).toEqual({ [childA.id]: "paid", [childB.id]: "refund_pending" })
        const ticket = await api.get(`/vendor/orders/${childB.id}`, bearer(await sellerToken(api, B.handle)))
        expect(ticket.data.order.payment).toEqual({ method: "card", state: "refund_pending" })

        const admin = bearer(await adminToken(api))
        const listed = await api.get("/admin/payment-issues", admin)
        const issue = listed.data.payment_issues.find((i: Row) => i.seller_order_id === childB.id)
        expect(issue).toMatchObject({
          move: "refund", status: "open", amount: Number(childB.total), attempts: 1, parent_order_id: parentId,
          seller: { name: expect.any(String) }, parent_order_display_id: expect.any(Number),
        })
        expect(issue.last_error).toBeTruthy()

        // Only staff: no token and a seller's token are refused on every route, nothing moves.
        const seller = bearer(await sellerToken(api, B.handle))
        for (const headers of [{}, seller]) {
          expect((await settle(api.get("/admin/payment-issues", headers))).status).toBe(401)
          expect((await settle(api.post(`/admin/payment-issues/${issue.id}/retry`, {}, headers))).status).toBe(401)
          expect((await settle(api.post(`/admin/payment-issues/${issue.id}/resolve`, { note: "sudah" }, headers))).status).toBe(401)
        }
        expect((await settle(api.post(`/admin/payment-issues/${issue.id}/retry`, { force: true }, admin))).status).toBe(400)
        expect((await settle(api.get("/admin/payment-issues?status=lost", admin))).status).toBe(400)
        expect((await settle(api.post("/admin/payment-issues/payiss_missing/retry", {}, admin))).status).toBe(404)
        expect(refundsOf(intent.id)).toEqual([])

        // Stripe refuses again: 409 with its error, one more attempt, still open.
        stripeServer.failNext("refund")
        const again = await settle(api.post(`/admin/payment-issues/${issue.id}/retry`, {}, admin))
        expect(again.status).toBe(409)
        expect((await issuesOf(childB.id))[0]).toMatchObject({ status: "open", attempts: 2 })
        expect(refundsOf(intent.id)).toEqual([])

        // Two staff clicking at once: one refund.
        const retries = await Promise.all([1, 2].map(() => settle(api.post(`/admin/payment-issues/${issue.id}/retry`, {}, admin))))
        expect(retries.map((r) => r.status).sort()).toEqual([200, 409])
        expect(retries.find((r) => r.status === 200)!.data.payment_issue).toMatchObject({ status: "resolved", resolution: "retried" })
        expect(refundsOf(intent.id)).toEqual([Number(childB.total) * 100])
        expect(await partStates(parentId)).toEqual({ [childA.id]: "paid", [childB.id]: "refunded" })
        expect((await api.get("/admin/payment-issues", admin)).data.payment_issues.map((i: Row) => i.id)).not.toContain(issue.id)
        expect((await api.get("/admin/payment-issues?status=resolved", admin)).data.payment_issues.map((i: Row) => i.id)).toContain(issue.id)
      })

      it("cancelling the shopper's order later refunds a part whose refund was refused, and closes its issue", async () => {
        const parentId = await placeOrder({ sellers: [A, B], shipping: "pickup", quantity: 1, pay: "card" })
        const intent = latestIntent()
        const charged = Number((await parentOrder(parentId)).total)
        const [childA, childB] = await Promise.all([A, B].map((s) => childOf(parentId, s.handle)))
        stripeServer.failNext("refund")
        expect((await setStatus(childB.id, await sellerToken(api, B.handle), { status: "declined", reason: "Tutup" })).status).toBe(200)
        const [issue] = await issuesOf(childB.id)
        expect(issue.status).toBe("open")

        // Closing by hand needs a note (field error), and extra fields are refused: nothing changes.
        const admin = bearer(await adminToken(api))
        for (const body of [{}, { note: " " }, { note: "Dikembalikan", amount: 1 }]) {
          const refused = await settle(api.post(`/admin/payment-issues/${issue.id}/resolve`, body, admin))
          expect(refused.status).toBe(400)
        }
        expect((await issuesOf(childB.id))[0].status).toBe("open")

        // The last part is declined too: Medusa cancels the shopper's order and refunds everything captured.
        expect((await setStatus(childA.id, await sellerToken(api, A.handle), { status: "declined", reason: "Tutup" })).status).toBe(200)
        const parent = await parentOrder(parentId)
        expect(parent.status).toBe("canceled")
        expect(refundsOf(intent.id).reduce((sum, amount) => sum + amount, 0)).toBe(charged * 100)
        expect((await issuesOf(childB.id))[0]).toMatchObject({ status: "resolved", resolution: "retried" })
        expect(await partStates(parentId)).toEqual({ [childA.id]: "refunded", [childB.id]: "refunded" })
        expect((await settle(api.post(`/admin/payment-issues/${issue.id}/resolve`, { note: "Sudah" }, admin))).status).toBe(409)
      })

      it("a capture that fails at handover completes the part, never shows it paid, and is recorded when staff retry", async () => {
        const parentId = await placeOrder({ sellers: [A], shipping: "pickup", quantity: 1 })
        const child = await childOf(parentId, A.handle)
        const payments = container().resolve(Modules.PAYMENT)
        const spy = vi.spyOn(payments, "capturePayment").mockRejectedValueOnce(new Error("payment provider unreachable"))
        const completed = await completePart(child, A.handle)
        spy.mockRestore()
        expect(completed.status).toBe(200)
        expect((await ticketOf(child.id)).status).toBe("completed")
        expect((await parentOrder(parentId)).payment_collections[0].payments[0].captures).toEqual([])
        expect(await partStates(parentId)).toEqual({ [child.id]: "capture_pending" })
        const [issue] = await issuesOf(child.id)
        expect(issue).toMatchObject({ move: "capture", status: "open", last_error: "payment provider unreachable" })

        const admin = bearer(await adminToken(api))
        const retried = await api.post(`/admin/payment-issues/${issue.id}/retry`, {}, admin)
        expect(retried.data.payment_issue).toMatchObject({ status: "resolved", resolution: "retried" })
        const parent = await parentOrder(parentId)
        expect(parent.payment_collections[0].payments[0].captures.map((c: Row) => Number(c.amount))).toEqual([Number(child.total)])
        expect(await partStates(parentId)).toEqual({ [child.id]: "paid" })
      })

      it("staff close an issue settled outside Sentra with a note", async () => {
        const parentId = await placeOrder({ sellers: [A, B], shipping: "pickup", quantity: 1, pay: "card" })
        const childB = await childOf(parentId, B.handle)
        stripeServer.failNext("refund")
        await setStatus(childB.id, await sellerToken(api, B.handle), { status: "declined", reason: "Tutup" })
        const [issue] = await issuesOf(childB.id)
        const admin = bearer(await adminToken(api))
        const closed = await api.post(`/admin/payment-issues/${issue.id}/resolve`, { note: "Ditransfer manual ke BCA pembeli" }, admin)
        expect(closed.data.payment_issue).toMatchObject({ status: "resolved", resolution: "manual", resolution_note: "Ditransfer manual ke BCA pembeli" })
        expect((await settle(api.post(`/admin/payment-issues/${issue.id}/retry`, {}, admin))).status).toBe(409)
      })
    })

    describe("staff cancel in Medusa Admin", () => {
      /**
       * The subscriber runs after the cancel, and its workflow commits step by step: retry the
       * assertions until they all hold (or the last failure after 15 s).
       */
      async function eventually(assertions: () => Promise<void>) {
        for (let attempt = 0; ; attempt++) {
          try {
            return await assertions()
          } catch (error) {
            if (attempt >= 75) throw error
            await new Promise((resolve) => setTimeout(resolve, 200))
          }
        }
      }
      const ticketStatuses = (ids: string[]) => Promise.all(ids.map(async (id) => (await ticketOf(id)).status))

      it("cancelling the shopper's order cancels every open seller order with a reason", async () => {
        const parentId = await placeOrder({ sellers: [A, B], shipping: "pickup" })
        const [childA, childB] = await Promise.all([A, B].map((s) => childOf(parentId, s.handle)))
        await setStatus(childA.id, await sellerToken(api, A.handle), { status: "preparing" })

        const canceled = await settle(api.post(`/admin/orders/${parentId}/cancel`, {}, bearer(await adminToken(api))))
        expect(canceled.status).toBe(200)

        await eventually(async () => {
          expect(await ticketStatuses([childA.id, childB.id])).toEqual(["cancelled", "cancelled"])
          const { data } = await query().graph({ entity: "order", fields: ["id", "status"], filters: { id: [childA.id, childB.id] } })
          expect(data.map((o: Row) => o.status)).toEqual(["canceled", "canceled"])
        })
        const ticketA = await ticketOf(childA.id)
        expect(ticketA.reason).toBe("Pesanan pembeli dibatalkan")
        expect(ticketA.events.map((e) => [e.to_status, e.actor_type])).toContainEqual(["cancelled", "system"])
        const listed = await api.get("/vendor/orders?status=cancelled", bearer(await sellerToken(api, A.handle)))
        expect(listed.data.orders.map((o: Row) => o.id)).toContain(childA.id)
        const parent = await parentOrder(parentId)
        expect(parent.payment_collections[0].payments[0].canceled_at).not.toBeNull()
        expect(await reservationsOf(parent.items.map((i: Row) => i.id))).toHaveLength(0)
      })

      it("a handed-over part is never refunded by a blanket cancel: the shopper's order can't be cancelled; staff cancel each open seller order, which releases that part", async () => {
        const parentId = await placeOrder({ sellers: [A, B, C], shipping: "pickup" })
        const [childA, childB, childC] = await Promise.all([A, B, C].map((s) => childOf(parentId, s.handle)))
        expect((await completePart(childC, C.handle)).status).toBe(200)
        const admin = bearer(await adminToken(api))

        const blanket = await settle(api.post(`/admin/orders/${parentId}/cancel`, {}, admin))
        expect(blanket.status).toBe(400)
        expect((await parentOrder(parentId)).status).not.toBe("canceled")
        expect((await ticketOf(childA.id)).status).toBe("received")

        const reservedA = await reservedQuantity(A.sku)
        const one = await settle(api.post(`/admin/orders/${childA.id}/cancel`, {}, admin))
        expect(one.status).toBe(200)
        await eventually(async () => {
          expect(await ticketStatuses([childA.id, childB.id, childC.id])).toEqual(["cancelled", "received", "completed"])
          expect(await reservedQuantity(A.sku)).toBe(reservedA - 2)
          expect((await parentOrder(parentId)).metadata.released_amount).toBe(Number(childA.total))
        })
        expect((await ticketOf(childA.id)).reason).toBe("Dibatalkan oleh petugas kota")
        const parent = await parentOrder(parentId)
        expect(parent.status).not.toBe("canceled")
        const payment = parent.payment_collections[0].payments[0]
        expect(payment.captures.map((c: Row) => Number(c.amount))).toEqual([Number(childC.total)])
        expect(payment.refunds).toEqual([])
        expect(parent.metadata.released_amount).toBe(Number(childA.total))
      })
    })

    describe("failures leave nothing half-written", () => {
      it("rolls the whole checkout back when the split fails after the seller orders were created", async () => {
        const cartId = await readyCart({ sellers: [A, B] })
        const reservedA = await reservedQuantity(A.sku)
        const spy = vi.spyOn(sellers(), "createOrderTicketEvents").mockRejectedValueOnce(new Error("disk full"))
        const response = await complete(cartId)
        spy.mockRestore()
        expect(response.status).toBe(500)

        const { data: cartOrders } = await query().graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
        expect(cartOrders).toHaveLength(0)
        const { data: orders } = await query().graph({ entity: "order", fields: ["id"] })
        expect(orders).toHaveLength(0)
        expect(await sellers().listOrderTickets({})).toHaveLength(0)
        expect(await reservedQuantity(A.sku)).toBe(reservedA)
        const { data: carts } = await query().graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
        expect(carts[0].completed_at).toBeNull()

        // The shopper can simply try again.
        const retry = await complete(cartId)
        expect(retry.data.type).toBe("order")
        expect(await childOrders(retry.data.order.id)).toHaveLength(2)
      })

      it("finishes a split that was cut off after creating seller orders instead of creating them again", async () => {
        const parentId = await placeOrder({ sellers: [A, B] })
        const [childA, childB] = await Promise.all([A, B].map((s) => childOf(parentId, s.handle)))
        const ticketB = await ticketOf(childB.id)
        const sellerA = await sellerId(A.handle)

        // As a split leaves it when its connection dies after the seller order was created but
        // before it was recorded: A's order has no ticket and no link. A second unrecorded order
        // for A stands for a hung insert that committed after a retried split had already run.
        await sellers().deleteOrderTickets([(await ticketOf(childA.id)).id])
        await container().resolve(ContainerRegistrationKeys.LINK).dismiss([
          { [SELLER_MODULE]: { seller_id: sellerA }, [Modules.ORDER]: { order_id: childA.id } },
        ])
        const [stray] = await container().resolve(Modules.ORDER).createOrders([
          { region_id: setup.regionId, currency_code: "idr", email: "siti@example.com", metadata: { parent_order_id: parentId, seller_id: sellerA } },
        ])
        expect(await childOrders(parentId)).toHaveLength(3)

        const { result } = await splitOrderBySellerWorkflow(container()).run({ input: { order_id: parentId } })

        expect([...result.child_order_ids].sort()).toEqual([childA.id, childB.id].sort())
        expect((await childOrders(parentId)).map((c) => c.id).sort()).toEqual([childA.id, childB.id].sort())
        expect((await childOf(parentId, A.handle)).id).toBe(childA.id)
        expect(await ticketOf(childA.id)).toMatchObject({ status: "received", parent_order_id: parentId, seller_id: sellerA })
        expect((await ticketOf(childB.id)).id).toBe(ticketB.id)
        const { data: gone } = await query().graph({ entity: "order", fields: ["id"], filters: { id: stray.id } })
        expect(gone).toHaveLength(0)
        // The shopper sees both parts again.
        expect((await groupAsGuest(parentId)).data.order_group.parts).toHaveLength(2)
      })

      it("the reconcile job deletes a seller order that committed after the split recorded its seller, and adopts one the split never recorded", async () => {
        const parentId = await placeOrder({ sellers: [A, B] })
        const [childA, childB] = await Promise.all([A, B].map((s) => childOf(parentId, s.handle)))
        const [sellerA, sellerB] = await Promise.all([sellerId(A.handle), sellerId(B.handle)])
        // A hung insert of a cut-off split that commits after the retried split recorded A's order.
        const orders = container().resolve(Modules.ORDER)
        const [late] = await orders.createOrders([
          { region_id: setup.regionId, currency_code: "idr", email: "siti@example.com", metadata: { parent_order_id: parentId, seller_id: sellerA } },
        ])
        // And B's recorded order lost its record (as if the split died before recording it).
        await sellers().deleteOrderTickets([(await ticketOf(childB.id)).id])
        expect(await childOrders(parentId)).toHaveLength(3)

        // Younger than the grace period: left to a split that may still be running.
        expect(await reconcileSellerSplits(container(), new Date())).not.toContain(parentId)
        expect(await childOrders(parentId)).toHaveLength(3)

        const later = new Date(Date.now() + UNRECORDED_GRACE_MS + 1_000)
        expect(await reconcileSellerSplits(container(), later)).toContain(parentId)
        expect((await childOrders(parentId)).map((c) => c.id).sort()).toEqual([childA.id, childB.id].sort())
        const { data: gone } = await query().graph({ entity: "order", fields: ["id"], filters: { id: late.id } })
        expect(gone).toHaveLength(0)
        expect(await ticketOf(childB.id)).toMatchObject({ status: "received", parent_order_id: parentId, seller_id: sellerB })
        expect((await groupAsGuest(parentId)).data.order_group.parts).toHaveLength(2)
        // Nothing left to do.
        expect(await reconcileSellerSplits(container(), later)).not.toContain(parentId)
      })

      it("the reconcile job deletes an unrecorded seller order whose shopper's order was rolled back, and nothing else", async () => {
        // Found by the reliability suite's PostgreSQL cut: a split's seller order committed while the
        // checkout that made its shopper's order was rolled back; the retried checkout made another.
        const parentId = await placeOrder({ sellers: [A] })
        const child = await childOf(parentId, A.handle)
        const orders = container().resolve(Modules.ORDER)
        const [orphan] = await orders.createOrders([
          { region_id: setup.regionId, currency_code: "idr", email: "siti@example.com", metadata: { parent_order_id: "order_rolled_back", seller_id: await sellerId(A.handle) } },
        ])
        const exists = async (id: string) => (await query().graph({ entity: "order", fields: ["id"], filters: { id } })).data.length === 1

        await reconcileSellerSplits(container(), new Date()) // younger than the grace period: kept
        expect(await exists(orphan.id)).toBe(true)
        await reconcileSellerSplits(container(), new Date(Date.now() + UNRECORDED_GRACE_MS + 1_000))
        expect(await exists(orphan.id)).toBe(false)
        expect(await exists(child.id)).toBe(true)
        expect(await ticketOf(child.id)).toMatchObject({ parent_order_id: parentId })
      })

      it("never records two seller orders of one seller for one shopper's order (unique ticket per parent and seller)", async () => {
        const parentId = await placeOrder({ sellers: [A] })
        const child = await childOf(parentId, A.handle)
        const sellerA = await sellerId(A.handle)
        await expect(
          sellers().createOrderTickets([{ order_id: `${child.id}_copy`, parent_order_id: parentId, seller_id: sellerA, status: "received", fulfillment_type: "pickup", pickup_code: "ABCDEF" }])
        ).rejects.toThrow()
        expect(await sellers().listOrderTickets({ parent_order_id: parentId })).toHaveLength(1)
      })

      it("restores ticket, stock and seller order when a decline fails before the money moves", async () => {
        const parentId = await placeOrder({ sellers: [A, B] })
        const child = await childOf(parentId, A.handle)
        const reservedA = await reservedQuantity(A.sku)
        const orders = container().resolve(Modules.ORDER)
        const spy = vi.spyOn(orders, "updateOrders").mockRejectedValueOnce(new Error("disk full"))
        const response = await setStatus(child.id, await sellerToken(api, A.handle), { status: "declined", reason: "Habis" })
        spy.mockRestore()
        expect(response.status).toBe(500)

        const ticket = await ticketOf(child.id)
        expect(ticket).toMatchObject({ status: "received", reason: null })
        expect(ticket.events).toHaveLength(1)
        expect(await reservedQuantity(A.sku)).toBe(reservedA)
        const [order] = (await query().graph({ entity: "order", fields: ["status"], filters: { id: child.id } })).data
        expect(order.status).toBe("pending")
        const parent = await parentOrder(parentId)
        expect(parent.metadata?.released_amount).toBeUndefined()
        expect(parent.payment_collections[0].payments[0].canceled_at).toBeNull()
      })

      it("restores the ticket when its status event cannot be written: one transaction for both rows", async () => {
        const child = await childOf(await placeOrder({ sellers: [A] }), A.handle)
        const token = await sellerToken(api, A.handle)
        for (const body of [{ status: "preparing" }, { status: "declined", reason: "Habis" }]) {
          const spy = vi.spyOn(sellers(), "createOrderTicketEvents").mockRejectedValueOnce(new Error("disk full"))
          expect((await setStatus(child.id, token, body)).status).toBe(500)
          spy.mockRestore()
          expect(await ticketOf(child.id)).toMatchObject({ status: "received", reason: null, events: [{ to_status: "received" }] })
        }
      })
    })

    describe("authorization", () => {
      it("answers /vendor/orders* with 401 without a token and 404 for another seller's order, changing nothing", async () => {
        const parentId = await placeOrder({ sellers: [A] })
        const child = await childOf(parentId, A.handle)
        const other = await sellerToken(api, D.handle)

        expect((await settle(api.get("/vendor/orders"))).status).toBe(401)
        expect((await settle(api.get(`/vendor/orders/${child.id}`))).status).toBe(401)
        expect((await settle(api.post(`/vendor/orders/${child.id}/status`, { status: "preparing" }))).status).toBe(401)
        // A shopper's or staff token is not a seller token.
        expect((await settle(api.get("/vendor/orders", bearer(await adminToken(api))))).status).toBe(401)

        const list = await api.get("/vendor/orders", bearer(other))
        expect(list.data.orders.map((o: Row) => o.id)).not.toContain(child.id)
        expect((await settle(api.get(`/vendor/orders/${child.id}`, bearer(other)))).status).toBe(404)
        expect((await settle(api.get(`/vendor/orders/${parentId}`, bearer(other)))).status).toBe(404)
        for (const status of ["preparing", "declined", "cancelled"]) {
          const response = await setStatus(child.id, other, { status, reason: "bukan pesanan saya" })
          expect(response.status).toBe(404)
        }

        const ticket = await ticketOf(child.id)
        expect(ticket.status).toBe("received")
        expect(ticket.events).toHaveLength(1)
        const parent = await parentOrder(parentId)
        expect(await reservationsOf(parent.items.map((i: Row) => i.id))).toHaveLength(1)
      })
    })
  },
})
