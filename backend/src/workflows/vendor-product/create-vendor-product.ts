import type { CreateProductWorkflowInputDTO, ProductDTO } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { syncProductVisibilityStep } from "../seller/steps/sync-product-visibility"
import { setVariantStockWorkflow } from "./set-variant-stock"
import { ensureProductTagsStep } from "./steps/ensure-product-tags"
import { resolveStoreDefaultsStep } from "./steps/resolve-store-defaults"
import { validateVendorProductStep } from "./steps/validate-vendor-product"
import type { CreateVendorProductInput, VendorProductInput } from "./types"

/** A product without options gets one implicit option, as Medusa requires options. */
export const DEFAULT_OPTION = { title: "Varian", value: "Standar" } as const

function productOptions(product: VendorProductInput) {
  if (product.options?.length) {
    return { options: product.options, variantOptions: product.variants.map((v) => v.options ?? {}) }
  }
  return {
    options: [{ title: DEFAULT_OPTION.title, values: [DEFAULT_OPTION.value] }],
    variantOptions: product.variants.map(() => ({ [DEFAULT_OPTION.title]: DEFAULT_OPTION.value })),
  }
}

/** The Medusa product input: the seller's shipping profile, IDR prices, managed inventory, NO sales channels. */
export function toCreateProductInput(
  product: VendorProductInput,
  refs: { handle: string; tag_ids: string[]; shipping_profile_id: string }
): CreateProductWorkflowInputDTO {
  const { options, variantOptions } = productOptions(product)
  return {
    title: product.title,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    handle: refs.handle,
    status: product.status === "published" ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
    images: product.images ?? [],
    thumbnail: product.images?.[0]?.url ?? null,
    weight: product.weight ?? null,
    category_ids: product.category_ids,
    tag_ids: refs.tag_ids,
    shipping_profile_id: refs.shipping_profile_id,
    options,
    variants: product.variants.map((variant, i) => ({
      title: variant.title ?? Object.values(variantOptions[i]).join(" / "),
      sku: variant.sku,
      options: variantOptions[i],
      manage_inventory: true,
      prices: [{ currency_code: "idr", amount: variant.price }],
    })),
  }
}

/**
 * A seller lists a product: Medusa's createProductsWorkflow (the seller's shipping profile, never a
 * sales channel from input), the seller ↔ product link, stock at the store's location, and the
 * visibility rule last — a published product only enters the storefront once its seller is
 * approved. Every write compensates.
 */
export const createVendorProductWorkflow = createWorkflow(
  "create-vendor-product",
  (input: CreateVendorProductInput) => {
    const checked = validateVendorProductStep(
      transform({ input }, ({ input }) => ({
        title: input.product.title,
        handle: input.product.handle,
        category_ids: input.product.category_ids,
        skus: input.product.variants.flatMap((v, index) => (v.sku ? [{ index, sku: v.sku }] : [])),
      }))
    )
    const defaults = resolveStoreDefaultsStep(transform({ input }, ({ input }) => ({ seller_id: input.seller_id })))
    const tagIds = ensureProductTagsStep(transform({ input }, ({ input }) => input.product.tags ?? []))

    const created = createProductsWorkflow.runAsStep({
      input: transform({ input, checked, defaults, tagIds }, ({ input, checked, defaults, tagIds }) => ({
        products: [
          toCreateProductInput(input.product, {
            handle: checked.handle!,
            tag_ids: tagIds,
            shipping_profile_id: defaults.shipping_profile_id,
          }),
        ],
      })),
    })
    const product = transform({ created }, ({ created }) => created[0] as ProductDTO)

    createRemoteLinkStep(
      transform({ input, product }, ({ input, product }) => [
        { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.PRODUCT]: { product_id: product.id } },
      ])
    )

    setVariantStockWorkflow.runAsStep({
      input: transform({ input, product, defaults }, ({ input, product, defaults }) => ({
        location_id: defaults.stock_location_id,
        // createProductsWorkflow returns the variants in input order.
        stock: (product.variants ?? []).map((variant, i) => ({
          variant_id: variant.id,
          quantity: input.product.variants[i].stock,
        })),
      })),
    })

    syncProductVisibilityStep(transform({ product }, ({ product }) => ({ product_ids: [product.id] })))

    return new WorkflowResponse(product)
  }
)
