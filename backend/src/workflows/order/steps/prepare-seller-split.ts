import type { CreateOrderDTO, CreateOrderLineItemDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fulfillmentTypeFor } from "../ticket-rules"
import { childOrderIds } from "../../../lib/queries/seller-orders"
import { sellersOfProducts } from "../../../lib/queries/sellers-of-products"
import { ORDER_METADATA } from "../types"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

export interface ChildOrderPlan {
  seller_id: string
  fulfillment_type: "pickup" | "delivery"
  order: CreateOrderDTO
}

/** A seller order that exists but was never recorded (no ticket): a split cut off midway. */
export interface AdoptedChild {
  order_id: string
  seller_id: string
  fulfillment_type: "pickup" | "delivery"
  /** Whether its link to the seller exists already. */
  linked: boolean
}

export interface SplitPlan {
  parent_order_id: string
  /** Seller orders that already exist for the parent with their ticket (a retried or concurrent split). */
  existing_child_ids: string[]
  /** Seller orders to create; empty when they exist or the order is itself a seller order. */
  children: ChildOrderPlan[]
  /** Seller orders to finish recording (link, ticket) instead of creating them again. */
  adopted: AdoptedChild[]
  /** Extra unrecorded seller orders for a seller that already has one: deleted. */
  discarded_ids: string[]
}

interface ExistingChild {
  id: string
  seller_id: string | null
  created_at: string
  linked: boolean
  ticketed: boolean
}

/**
 * Which existing seller order each seller keeps: its recorded (ticketed) one, else its oldest
 * unrecorded one (to adopt); every other unrecorded one is discarded. A split cut off between
 * creating seller orders and recording them (a lost connection, a lock that expired while a
 * statement hung) leaves such orders behind; the next split finishes them instead of creating a
 * second order for the same seller.
 */
export function reconcileChildren(existing: ExistingChild[], sellerIds: string[]) {
  const kept = new Map<string, ExistingChild>()
  const discarded: string[] = []
  const ordered = [...existing].sort(
    (a, b) => Number(b.ticketed) - Number(a.ticketed) || String(a.created_at).localeCompare(String(b.created_at)) || a.id.localeCompare(b.id)
  )
  for (const child of ordered) {
    if (!child.seller_id || !sellerIds.includes(child.seller_id) || kept.has(child.seller_id)) {
      if (!child.ticketed) discarded.push(child.id)
      continue
    }
    kept.set(child.seller_id, child)
  }
  return { kept, discarded }
}

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- query.graph rows

const ADDRESS_FIELDS = [
  "first_name", "last_name", "phone", "company", "address_1", "address_2",
  "city", "country_code", "province", "postal_code", "metadata",
] as const

const copyAddress = (address: Row | null | undefined) =>
  address ? Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, address[f] ?? null])) : undefined

function copyItem(item: Row): CreateOrderLineItemDTO {
  return {
    title: item.title,
    subtitle: item.subtitle ?? undefined,
    thumbnail: item.thumbnail ?? undefined,
    quantity: item.quantity,
    product_id: item.product_id ?? undefined,
    product_title: item.product_title ?? undefined,
    product_description: item.product_description ?? undefined,
    product_subtitle: item.product_subtitle ?? undefined,
    product_type: item.product_type ?? undefined,
    product_collection: item.product_collection ?? undefined,
    product_handle: item.product_handle ?? undefined,
    variant_id: item.variant_id ?? undefined,
    variant_sku: item.variant_sku ?? undefined,
    variant_barcode: item.variant_barcode ?? undefined,
    variant_title: item.variant_title ?? undefined,
    variant_option_values: item.variant_option_values ?? undefined,
    requires_shipping: item.requires_shipping,
    is_discountable: item.is_discountable,
    is_tax_inclusive: item.is_tax_inclusive,
    compare_at_unit_price: item.compare_at_unit_price ?? undefined,
    unit_price: item.unit_price,
    tax_lines: (item.tax_lines ?? []).map((line: Row) => ({
      code: line.code,
      rate: line.rate,
      description: line.description ?? undefined,
      tax_rate_id: line.tax_rate_id ?? undefined,
      provider_id: line.provider_id ?? undefined,
    })),
    adjustments: (item.adjustments ?? []).map((adjustment: Row) => ({
      code: adjustment.code ?? undefined,
      amount: adjustment.amount,
      description: adjustment.description ?? undefined,
      promotion_id: adjustment.promotion_id ?? undefined,
      provider_id: adjustment.provider_id ?? undefined,
      is_tax_inclusive: adjustment.is_tax_inclusive ?? undefined,
    })),
    metadata: { ...(item.metadata ?? {}), [ORDER_METADATA.parentLineItemId]: item.id },
  }
}

/**
 * Reads the shopper's order and plans one seller order per seller of its items (read-only).
 *
 * Run it under the `split:<order id>` lock: it is the idempotency check — when every seller order
 * already exists with its ticket it plans nothing; unrecorded ones are adopted or discarded
 * (reconcileChildren).
 */
export const prepareSellerSplitStep = createStep(
  "prepare-seller-split",
  async (input: { order_id: string }, { container }): Promise<StepResponse<SplitPlan>> => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id", "status", "email", "currency_code", "region_id", "sales_channel_id", "locale", "metadata",
        "shipping_address.*", "billing_address.*",
        "items.*", "items.tax_lines.*", "items.adjustments.*",
        "shipping_methods.*",
      ],
      filters: { id: input.order_id },
    })
    const parent = orders[0] as Row | undefined
    if (!parent) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} not found`)
    }
    const nothing = (existing: string[] = []) =>
      new StepResponse<SplitPlan>({ parent_order_id: parent.id, existing_child_ids: existing, children: [], adopted: [], discarded_ids: [] })

    // A seller order is never split again; a canceled order gets no seller orders.
    if (parent.metadata?.[ORDER_METADATA.parentOrderId] || parent.status === "canceled") {
      return nothing()
    }
    const existing = await existingChildren(container, parent.id)
    if (existing.length && existing.every((child) => child.ticketed)) {
      return nothing(existing.map((child) => child.id))
    }

    const items: Row[] = parent.items ?? []
    const sellerByProduct = await sellersOfProducts(container, items.map((i) => i.product_id).filter(Boolean))
    const orphans = items.filter((i) => !sellerByProduct.get(i.product_id))
    if (orphans.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Order ${parent.id} has items without a seller: ${orphans.map((i) => i.title).join(", ")}`
      )
    }

    const shippingMethods: Row[] = parent.shipping_methods ?? []
    const options = await shippingOptionsOf(container, shippingMethods.map((m) => m.shipping_option_id).filter(Boolean))
    const profileOfProduct = await shippingProfilesOfProducts(container, items.map((i) => i.product_id))

    const itemsBySeller = new Map<string, Row[]>()
    for (const item of items) {
      const sellerId = sellerByProduct.get(item.product_id)!.id
      itemsBySeller.set(sellerId, [...(itemsBySeller.get(sellerId) ?? []), item])
    }

    // Each seller order takes the shopper's method for its items' shipping profile (one per
    // seller) with its fee, so the parent's totals are the sum of its parts. A method shared by
    // several sellers (products on the store's default profile) is charged to the first only.
    const charged = new Set<string>()
    const children: ChildOrderPlan[] = [...itemsBySeller].map(([sellerId, sellerItems]) => {
      const profiles = new Set(sellerItems.map((item) => profileOfProduct.get(item.product_id)))
      const methods = shippingMethods.filter((m) => profiles.has(options.get(m.shipping_option_id)?.profile_id))
      const own = methods.length ? methods : shippingMethods.slice(0, 1)
      return {
        seller_id: sellerId,
        fulfillment_type: fulfillmentTypeFor(options.get(own[0]?.shipping_option_id)?.type_code),
        order: {
          region_id: parent.region_id,
          sales_channel_id: parent.sales_channel_id,
          email: parent.email,
          currency_code: parent.currency_code,
          locale: parent.locale ?? null,
          status: "pending",
          // The shopper's order history, notifications and payment stay on the parent order.
          no_notification: true,
          shipping_address: copyAddress(parent.shipping_address),
          billing_address: copyAddress(parent.billing_address),
          items: sellerItems.map(copyItem),
          shipping_methods: own.map((method) => {
            const amount = charged.has(method.id) ? 0 : method.amount
            charged.add(method.id)
            return {
              name: method.name,
              amount,
              is_tax_inclusive: method.is_tax_inclusive,
              shipping_option_id: method.shipping_option_id ?? undefined,
              data: method.data ?? undefined,
            }
          }),
          metadata: {
            [ORDER_METADATA.parentOrderId]: parent.id,
            [ORDER_METADATA.sellerId]: sellerId,
            ...partDetailOf(parent.metadata?.[ORDER_METADATA.partDetails], sellerId),
          },
        },
      }
    })

    const { kept, discarded } = reconcileChildren(existing, children.map((c) => c.seller_id))
    return new StepResponse<SplitPlan>({
      parent_order_id: parent.id,
      existing_child_ids: [...kept.values()].filter((c) => c.ticketed).map((c) => c.id),
      children: children.filter((c) => !kept.has(c.seller_id)),
      adopted: children.flatMap((c) => {
        const child = kept.get(c.seller_id)
        return child && !child.ticketed
          ? [{ order_id: child.id, seller_id: c.seller_id, fulfillment_type: c.fulfillment_type, linked: child.linked }]
          : []
      }),
      discarded_ids: discarded,
    })
  }
)

/**
 * The shopper's note and ready date for one seller, from the parent's `metadata.part_details`
 * (checked when the cart completed: src/workflows/hooks/complete-cart.ts); only string values
 * are copied, under the seller order's own keys.
 */
function partDetailOf(details: unknown, sellerId: string): Record<string, string> {
  const entry = details && typeof details === "object" ? (details as Record<string, unknown>)[sellerId] : null
  if (!entry || typeof entry !== "object") return {}
  const { note, ready_date } = entry as Record<string, unknown>
  return {
    ...(typeof note === "string" && note ? { [ORDER_METADATA.note]: note } : {}),
    ...(typeof ready_date === "string" && ready_date ? { [ORDER_METADATA.readyDate]: ready_date } : {}),
  }
}

/** The seller orders of a parent with their seller (metadata), link and ticket state. */
async function existingChildren(container: MedusaContainer, parentId: string): Promise<ExistingChild[]> {
  const ids = await childOrderIds(container, parentId)
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, tickets] = await Promise.all([
    query.graph({ entity: "order", fields: ["id", "created_at", "metadata", "seller.id"], filters: { id: ids } }),
    container.resolve<SellerModuleService>(SELLER_MODULE).listOrderTickets({ order_id: ids }, { select: ["order_id"] }),
  ])
  const ticketed = new Set(tickets.map((t) => t.order_id))
  return (data as Row[]).map((order) => ({
    id: order.id,
    seller_id: order.metadata?.[ORDER_METADATA.sellerId] ?? null,
    created_at: String(order.created_at),
    linked: Boolean(order.seller?.id),
    ticketed: ticketed.has(order.id),
  }))
}

/** shipping option id → its shipping profile and type code. */
async function shippingOptionsOf(container: MedusaContainer, optionIds: string[]) {
  const map = new Map<string, { profile_id: string; type_code: string | null }>()
  if (!optionIds.length) return map
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "shipping_profile_id", "type.code"], filters: { id: optionIds } })
  for (const option of data as Row[]) {
    map.set(option.id, { profile_id: option.shipping_profile_id, type_code: option.type?.code ?? null })
  }
  return map
}

/** product id → its shipping profile id. */
async function shippingProfilesOfProducts(container: MedusaContainer, productIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "shipping_profile.id"], filters: { id: [...new Set(productIds)] } })
  return new Map((data as Row[]).map((product) => [product.id as string, product.shipping_profile?.id as string | undefined]))
}
