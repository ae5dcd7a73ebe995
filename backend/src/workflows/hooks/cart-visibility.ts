/**
 * Medusa 2.21's add-to-cart does not check that a variant's product is in the cart's sales
 * channel. Sentra's visibility rule lives in that membership (published product of an approved
 * seller, see syncProductVisibilityStep), so carts enforce it here: a draft, a pending or a
 * suspended seller's product cannot be put in a cart by id.
 */
import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The given variants whose product is not in the sales channel (not published, or its seller not approved). */
export async function unsellableVariants(
  container: MedusaContainer,
  variantIds: string[],
  salesChannelId: string | null | undefined
): Promise<string[]> {
  if (!variantIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.status", "product.sales_channels.id"],
    filters: { id: variantIds },
  })
  type Row = { id: string; product?: { status?: string; sales_channels?: ({ id: string } | null)[] | null } | null }
  const sellable = new Set(
    (variants as Row[])
      .filter((v) => v.product?.status === "published")
      .filter((v) => (v.product?.sales_channels ?? []).some((c) => c?.id === salesChannelId))
      .map((v) => v.id)
  )
  return variantIds.filter((id) => !sellable.has(id))
}

export async function assertVariantsSellable(
  container: MedusaContainer,
  variantIds: string[],
  salesChannelId: string | null | undefined
): Promise<void> {
  const refused = await unsellableVariants(container, variantIds, salesChannelId)
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Variants not available in this store: ${refused.join(", ")}`
    )
  }
}

const variantIdsOf = (items: { variant_id?: string | null }[] | undefined) =>
  (items ?? []).map((item) => item.variant_id).filter((id): id is string => !!id)

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertVariantsSellable(container, variantIdsOf(input.items), cart.sales_channel_id)
})

createCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertVariantsSellable(container, variantIdsOf(input.items), cart.sales_channel_id)
})
