/**
 * Read side of marketplace orders as city staff see them (GET /admin/marketplace-orders): one
 * group per shopper's (parent) order with its seller parts, which Medusa Admin's own order list
 * shows as unrelated rows. The parent ↔ part link is the seller module's order tickets.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { ORDER_METADATA } from "../../workflows/order/types"
import { sellerIdsOfDistrict } from "./districts"
import { loadPartSellers, loadSellerOrders, partSeller, sellerOrderPart } from "./seller-orders"

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- query.graph rows

export interface MarketplaceOrderFilter {
  /** Groups with a part of a seller in this kecamatan. */
  district_code?: string
  /** Groups with a part of this seller. */
  seller_id?: string
  /** The shopper's order number (`12` or `#12`) or part of the shopper's email. */
  q?: string
  limit: number
  offset: number
}

const PARENT_FIELDS = ["id", "display_id", "created_at", "status", "email", "currency_code", "item_total", "shipping_total", "total"]

const pg = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

/** Shopper's orders that have seller parts (tickets), of the given sellers when `sellerIds` is set. */
function parentOrders(knex: Knex, sellerIds: string[] | null, q: string | undefined) {
  const parts = knex("order_ticket as t").select(knex.raw("1")).whereRaw("t.parent_order_id = o.id").whereNull("t.deleted_at")
  if (sellerIds) parts.whereIn("t.seller_id", sellerIds)
  const rows = knex("order as o").whereNull("o.deleted_at").whereExists(parts)
  if (!q) return rows
  const number = q.replace(/^#/, "")
  return rows.where((where) => {
    where.where("o.email", "ilike", `%${q.replace(/[\\%_]/g, "\\$&")}%`)
    if (/^\d{1,9}$/.test(number)) where.orWhere("o.display_id", Number(number))
  })
}

/** The sellers a filter narrows the groups to: null for all, [] for none. */
async function filterSellerIds(container: MedusaContainer, filter: MarketplaceOrderFilter): Promise<string[] | null> {
  let ids: string[] | null = filter.seller_id ? [filter.seller_id] : null
  if (filter.district_code) {
    const inDistrict = await sellerIdsOfDistrict(container, filter.district_code)
    ids = ids ? ids.filter((id) => inDistrict.includes(id)) : inDistrict
  }
  return ids
}

/** Groups of the given parent orders, in that order, each with its parts by display number. */
async function orderGroups(container: MedusaContainer, parentIds: string[]) {
  if (!parentIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const [{ data: parents }, tickets] = await Promise.all([
    query.graph({ entity: "order", fields: PARENT_FIELDS, filters: { id: parentIds } }),
    service.listOrderTickets({ parent_order_id: parentIds }),
  ])
  const [orders, sellers] = await Promise.all([
    loadSellerOrders(container, tickets.map((t) => t.order_id)),
    loadPartSellers(container, tickets.map((t) => t.seller_id)),
  ])
  const byId = new Map((parents as Row[]).map((p) => [p.id as string, p]))
  return parentIds.flatMap((id) => {
    const parent = byId.get(id)
    if (!parent) return []
    const parts = tickets
      .filter((t) => t.parent_order_id === id && orders.has(t.order_id))
      .map((ticket) => {
        const seller = sellers.get(ticket.seller_id)
        return { ...sellerOrderPart(ticket, orders.get(ticket.order_id)!), seller: seller ? partSeller(seller) : null }
      })
      .sort((a, b) => a.display_id - b.display_id)
    return [
      {
        id,
        display_id: Number(parent.display_id),
        created_at: new Date(parent.created_at).toISOString(),
        status: parent.status as string,
        email: (parent.email as string | null) ?? null,
        currency_code: parent.currency_code as string,
        item_total: Number(parent.item_total),
        shipping_total: Number(parent.shipping_total),
        total: Number(parent.total),
        parts,
      },
    ]
  })
}

export type MarketplaceOrderGroup = Awaited<ReturnType<typeof orderGroups>>[number]

/** One page of shopper's orders with their parts, newest first, and how many match in all. */
export async function listMarketplaceOrders(container: MedusaContainer, filter: MarketplaceOrderFilter) {
  const page = { count: 0, limit: filter.limit, offset: filter.offset }
  const sellerIds = await filterSellerIds(container, filter)
  if (sellerIds && !sellerIds.length) return { orders: [], ...page }
  const knex = pg(container)
  const [ids, [{ count }]] = await Promise.all([
    parentOrders(knex, sellerIds, filter.q)
      .select("o.id")
      .orderBy([{ column: "o.created_at", order: "desc" }, { column: "o.id", order: "desc" }])
      .limit(filter.limit)
      .offset(filter.offset),
    parentOrders(knex, sellerIds, filter.q).count({ count: "*" }),
  ])
  return { orders: await orderGroups(container, (ids as { id: string }[]).map((r) => r.id)), ...page, count: Number(count) }
}

/** The group of a shopper's order, given its id or the id of one of its seller parts; 404 otherwise. */
export async function retrieveMarketplaceOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: orderId } })
  const order = data[0] as Row | undefined
  const [group] = order ? await orderGroups(container, [order.metadata?.[ORDER_METADATA.parentOrderId] ?? order.id]) : []
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)
  }
  return group
}
