import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { generateSeed } from "@sentra/seed-data"
import { runSetup, type SetupResult } from "../../src/setup"
import { settle } from "../helpers/http"

const seed = generateSeed()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let setup: SetupResult
    beforeAll(async () => {
      setup = await runSetup(getContainer(), { seed: true })
    })
    it("probe", async () => {
      const h = { headers: { "x-publishable-api-key": setup.publishableKey } }
      const sellers = seed.sellers.slice(0, 3)
      const picks = sellers.map((s) => seed.products.find((p) => p.sellerHandle === s.handle && p.variants.some((v) => v.stock >= 5))!)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const skus = picks.map((p) => p.variants.find((v) => v.stock >= 5)!.sku)
      const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
      const { data: c } = await api.post("/store/carts", { region_id: setup.regionId, email: "Siti@Example.com" }, h)
      const cartId = c.cart.id
      console.log("cart customer", c.cart.customer_id)
      for (const v of variants) {
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: v.id, quantity: 2 }, h)
      }
      await api.post(`/store/carts/${cartId}/`, { shipping_address: { first_name: "Siti", last_name: "A", address_1: "Jl. Dago 1", city: "Bandung", country_code: "id", postal_code: "40135", phone: "08123456789" } }, h)
      const { data: so } = await api.get(`/store/shipping-options?cart_id=${cartId}`, h)
      console.log(JSON.stringify(so.shipping_options.map((o: any) => [o.id, o.name, o.type, o.amount])))
      const opt = so.shipping_options.find((o: any) => o.name === "Antar lokal")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: opt.id }, h)
      const { data: pc } = await api.post(`/store/payment-collections`, { cart_id: cartId }, h)
      await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
      const res = await settle(api.post(`/store/carts/${cartId}/complete`, {}, h))
      console.log(res.status, res.data.type, res.data.order?.id, res.data.order?.customer_id, res.data.order?.total)
      const orderId = res.data.order.id
      const orderService = getContainer().resolve(Modules.ORDER)
      const found = await orderService.listOrders({ metadata: { parent_order_id: "x" } } as any).catch((e: any) => "ERR " + e.message)
      console.log("metadata filter", JSON.stringify(found))
      await orderService.updateOrders(orderId, { metadata: { parent_order_id: "x" } })
      const found2 = await orderService.listOrders({ metadata: { parent_order_id: "x" } } as any).catch((e: any) => "ERR " + e.message)
      console.log("metadata filter2", Array.isArray(found2) ? found2.map((o: any) => o.id) : found2)
      const g = await query.graph({ entity: "order", fields: ["id"], filters: { metadata: { parent_order_id: "x" } } as any }).catch((e: any) => ({ data: "ERR " + e.message }))
      console.log("graph filter", JSON.stringify(g.data))
      const { data: ord } = await query.graph({ entity: "order", fields: ["id", "customer.*", "items.*", "items.metadata", "shipping_methods.*", "payment_collections.payments.*", "payment_collections.payments.captures.*", "total", "item_total", "shipping_total"], filters: { id: orderId } })
      console.log(JSON.stringify(ord[0], null, 1).slice(0, 4000))
      const { data: opts } = await query.graph({ entity: "shipping_option", fields: ["id", "type.code"] })
      console.log(JSON.stringify(opts))
      const { data: res2 } = await query.graph({ entity: "reservation_item", fields: ["id", "line_item_id", "quantity", "inventory_item_id"] })
      console.log(JSON.stringify(res2))
    })
  },
})
