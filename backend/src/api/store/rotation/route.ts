import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toProductCard, visibleInStock, type StoreProductCard, type VisibilityRow } from "../../../lib/queries/visible-products"
import { rotate, rotationPeriod } from "../../../lib/rotation"
import type { StoreRotationQueryType } from "./validators"

type ProductRow = VisibilityRow & {
  categories?: ({ handle: string; parent_category?: { handle: string } | null } | null)[] | null
}

interface SellerRow {
  id: string
  handle: string
  name: string
  district?: { code: string; name: string } | null
  products?: (ProductRow | null)[] | null
}

type RotationCard = StoreProductCard & {
  seller_id: string
  seller: { id: string; handle: string; name: string }
  district: { code: string; name: string } | null
}

/**
 * GET /store/rotation — the products the home page (or a category's first page, `category=`)
 * shows this hour: every approved seller with a store-visible product in stock takes its turn
 * (lib/rotation.ts, docs/decisions/095-fair-rotation.md). The same answer all hour long.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreRotationQueryType>, res: MedusaResponse) => {
  const { category, limit } = req.validatedQuery
  const period = rotationPeriod(new Date())
  const channels = new Set(req.publishable_key_context.sales_channel_ids)
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "seller",
    fields: req.queryConfig.fields,
    filters: { status: "approved" },
  })
  const inCategory = (product: ProductRow) =>
    !category ||
    (product.categories ?? []).some((c) => !!c && (c.handle === category || c.parent_category?.handle === category))

  const eligible: RotationCard[] = (data as unknown as SellerRow[]).flatMap((seller) =>
    (seller.products ?? []).flatMap((product) => {
      if (!visibleInStock(product, channels) || !inCategory(product)) return []
      const card = toProductCard(product)
      const district = seller.district ? { code: seller.district.code, name: seller.district.name } : null
      return [{ ...card, seller_id: seller.id, seller: { id: seller.id, handle: seller.handle, name: seller.name }, district }]
    })
  )
  res.json({
    period,
    products: rotate(eligible, period.index, limit).map(({ seller_id: _seller, ...card }) => card),
    seller_count: new Set(eligible.map((card) => card.seller_id)).size,
    limit,
  })
}
