import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sellerProductIds, storeDefaults } from "../../../lib/queries/store-defaults"

type Maybe<T> = T | null | undefined
interface ProductRow {
  id: string
  images?: Maybe<{ id: string; url: string; rank: number }>[]
  options?: Maybe<{ id: string; title: string; values?: Maybe<{ value: string }>[] }>[]
  variants?: Maybe<{
    id: string
    title: string
    sku: string | null
    created_at: Date | string
    options?: Maybe<{ value: string; option?: Maybe<{ title: string }> }>[]
    price_set?: Maybe<{ prices?: Maybe<{ amount: number; currency_code: string }>[] }>
    inventory_items?: Maybe<{
      inventory?: Maybe<{ location_levels?: Maybe<{ location_id: string; stocked_quantity: number; reserved_quantity: number }>[] }>
    }>[]
  }>[]
  sales_channels?: Maybe<{ id: string }>[]
  [field: string]: unknown
}

const present = <T>(rows: Maybe<T>[] | undefined): T[] => (rows ?? []).filter((row): row is T => !!row)

/** A product as the seller panel shows it: IDR price and stock per variant, and whether the store shows it. */
function toVendorProduct(row: ProductRow, defaults: { sales_channel_id: string; stock_location_id: string }) {
  const { images, options, variants, sales_channels, ...product } = row
  return {
    ...product,
    images: present(images).sort((a, b) => a.rank - b.rank).map(({ id, url }) => ({ id, url })),
    options: present(options).map((o) => ({ id: o.id, title: o.title, values: present(o.values).map((v) => v.value) })),
    variants: present(variants)
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((v) => {
        const level = present(v.inventory_items)
          .flatMap((item) => present(item.inventory?.location_levels))
          .find((l) => l.location_id === defaults.stock_location_id)
        return {
          id: v.id,
          title: v.title,
          sku: v.sku,
          options: Object.fromEntries(present(v.options).map((o) => [o.option?.title ?? "", o.value])),
          price: present(v.price_set?.prices).find((p) => p.currency_code === "idr")?.amount ?? null,
          stock: level?.stocked_quantity ?? 0,
          reserved: level?.reserved_quantity ?? 0,
        }
      }),
    /** In the storefront sales channel: published and the seller approved. */
    store_visible: present(sales_channels).some((c) => c.id === defaults.sales_channel_id),
  }
}

export type VendorProduct = ReturnType<typeof toVendorProduct>

/** One of the seller's products, or 404 (also for another seller's product). */
export async function retrieveVendorProduct(container: MedusaContainer, sellerId: string, productId: string, fields: string[]) {
  const [owned] = await sellerProductIds(container, sellerId, [productId])
  if (!owned) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} not found`)
  }
  const { products } = await listVendorProducts(container, sellerId, fields, { ids: [owned], limit: 1, offset: 0 })
  return products[0]
}

/** The seller's products, newest first, filtered by status and free text (title, handle, …); `fields`: query-config.ts. */
export async function listVendorProducts(
  container: MedusaContainer,
  sellerId: string,
  fields: string[],
  params: { ids?: string[]; limit: number; offset: number; q?: string; status?: string }
): Promise<{ products: VendorProduct[]; count: number }> {
  const ids = params.ids ?? (await sellerProductIds(container, sellerId))
  if (!ids.length) {
    return { products: [], count: 0 }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields,
    filters: {
      id: ids,
      ...(params.status ? { status: params.status } : {}),
      ...(params.q ? { q: params.q } : {}),
    } as Record<string, unknown>,
    pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC" } },
  })
  const defaults = await storeDefaults(container)
  return { products: (data as ProductRow[]).map((row) => toVendorProduct(row, defaults)), count: metadata?.count ?? data.length }
}
