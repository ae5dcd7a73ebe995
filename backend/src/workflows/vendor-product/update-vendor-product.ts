import type { UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createProductVariantsWorkflow,
  deleteProductVariantsWorkflow,
  updateProductOptionValuesOnProductStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncProductVisibilityStep } from "../seller/steps/sync-product-visibility"
import { setVariantStockWorkflow } from "./set-variant-stock"
import { assertSellerProductsStep } from "./steps/assert-seller-products"
import { planVariantChangesStep } from "./steps/plan-variant-changes"
import { ensureProductTagsStep } from "./steps/ensure-product-tags"
import { resolveStoreDefaultsStep } from "./steps/resolve-store-defaults"
import { validateVendorProductStep } from "./steps/validate-vendor-product"
import type { UpdateVendorProductInput, VendorProductUpdate } from "./types"

/** Product-level fields of the update in Medusa's shape (no variants, sales channels or shipping profile). */
function productFields(update: VendorProductUpdate, tagIds: string[] | undefined): UpdateProductWorkflowInputDTO {
  const fields: UpdateProductWorkflowInputDTO = {}
  if (update.title !== undefined) fields.title = update.title
  if (update.subtitle !== undefined) fields.subtitle = update.subtitle
  if (update.description !== undefined) fields.description = update.description
  if (update.handle !== undefined) fields.handle = update.handle
  if (update.weight !== undefined) fields.weight = update.weight
  if (update.category_ids !== undefined) fields.category_ids = update.category_ids
  if (update.status !== undefined) {
    fields.status = update.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT
  }
  if (update.images !== undefined) {
    fields.images = update.images
    fields.thumbnail = update.images[0]?.url ?? null
  }
  if (tagIds) fields.tag_ids = tagIds
  return fields
}

/**
 * A seller edits its own product: fields, publish/unpublish (status), per-variant title, SKU,
 * price and stock, new variants (values added to the product's options as needed) and removed
 * variants (values no variant uses any more leave the product). Ownership is checked first
 * (another seller's product is "not found"), the writes are Medusa's product workflows
 * (compensating), and the visibility rule runs last.
 */
export const updateVendorProductWorkflow = createWorkflow(
  "update-vendor-product",
  (input: UpdateVendorProductInput) => {
    assertSellerProductsStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, product_ids: [input.product_id] }))
    )
    validateVendorProductStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        handle: input.update.handle,
        category_ids: input.update.category_ids,
        skus: (input.update.variants ?? []).flatMap((v, index) => (v.sku ? [{ index, sku: v.sku }] : [])),
        variant_ids: (input.update.variants ?? []).map((v) => v.id),
      }))
    )
    const defaults = resolveStoreDefaultsStep({})
    const plan = planVariantChangesStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        variants: input.update.variants ?? [],
        delete_variant_ids: input.update.delete_variant_ids ?? [],
      }))
    )

    const tagIds = when({ input }, ({ input }) => input.update.tags !== undefined).then(() =>
      ensureProductTagsStep(transform({ input }, ({ input }) => input.update.tags ?? []))
    )

    const fields = transform({ input, tagIds }, ({ input, tagIds }) => productFields(input.update, tagIds))
    when({ fields }, ({ fields }) => Object.keys(fields).length > 0).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, fields }, ({ input, fields }) => ({ selector: { id: input.product_id }, update: fields })),
      })
    })

    const variantUpdates = transform({ input }, ({ input }) =>
      (input.update.variants ?? [])
        .flatMap((v) => (v.id ? [{ ...v, id: v.id }] : []))
        .map((v) => ({
          id: v.id,
          ...(v.title !== undefined ? { title: v.title } : {}),
          ...(v.sku !== undefined ? { sku: v.sku } : {}),
          ...(v.price !== undefined ? { prices: [{ currency_code: "idr", amount: v.price }] } : {}),
        }))
        .filter((v) => Object.keys(v).length > 1)
    )
    when({ variantUpdates }, ({ variantUpdates }) => variantUpdates.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({ input: { product_variants: variantUpdates } })
    })

    when({ plan }, ({ plan }) => plan.delete_ids.length > 0).then(() => {
      deleteProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ ids: plan.delete_ids })) })
    })
    // After the deletes (a removed value must have no variant left), before the creates (a new
    // variant needs its values on the product).
    when({ plan }, ({ plan }) => plan.option_values.length > 0).then(() => {
      updateProductOptionValuesOnProductStep(transform({ plan }, ({ plan }) => plan.option_values))
    })
    const created = when({ plan }, ({ plan }) => plan.create.length > 0).then(() =>
      createProductVariantsWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ product_variants: plan.create })) })
    )

    const stock = transform({ input, defaults, plan, created }, ({ input, defaults, plan, created }) => ({
      location_id: defaults.stock_location_id,
      stock: [
        ...(input.update.variants ?? []).flatMap((v) => (v.id && v.stock !== undefined ? [{ variant_id: v.id, quantity: v.stock }] : [])),
        // createProductVariantsWorkflow returns the variants in input order.
        ...(created ?? []).map((variant, i) => ({ variant_id: variant.id, quantity: plan.create_stock[i] })),
      ],
    }))
    when({ stock }, ({ stock }) => stock.stock.length > 0).then(() => {
      setVariantStockWorkflow.runAsStep({ input: stock })
    })

    syncProductVisibilityStep(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })))

    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
