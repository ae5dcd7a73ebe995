import { MedusaError, Modules, toHandle } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface ValidateVendorProductInput {
  /** The product being updated (absent on create). */
  product_id?: string
  /** On create: the title a handle is derived from when none is given. */
  title?: string
  handle?: string
  category_ids?: string[]
  skus: { index: number; sku: string }[]
  /** On update: variant ids that must belong to `product_id` (undefined: a new variant at that index). */
  variant_ids?: (string | undefined)[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks what the request validator can't see (existing categories, free handle and SKUs, variants
 * of this product) and, on create, picks a free handle from the title ("kopi-susu", "kopi-susu-2",
 * …) so two sellers may list products with the same name. Reads only.
 */
export const validateVendorProductStep = createStep(
  "validate-vendor-product",
  async (input: ValidateVendorProductInput, { container }) => {
    const products = container.resolve(Modules.PRODUCT)

    if (input.category_ids?.length) {
      const found = await products.listProductCategories(
        { id: input.category_ids, is_internal: false, is_active: true },
        { select: ["id"] }
      )
      const known = new Set(found.map((c) => c.id))
      const unknown = input.category_ids.filter((id) => !known.has(id))
      if (unknown.length) {
        throw invalid(`Field 'category_ids' has unknown categories: ${unknown.join(", ")}`)
      }
    }

    const handleTaken = async (handle: string) =>
      (await products.listProducts({ handle }, { select: ["id"] })).some((p) => p.id !== input.product_id)
    let handle = input.handle
    if (handle && (await handleTaken(handle))) {
      throw invalid(`Field 'handle' is already used by another product: '${handle}'`)
    }
    if (!handle && !input.product_id && input.title) {
      const base = toHandle(input.title) || "produk"
      handle = base
      for (let n = 2; await handleTaken(handle); n++) {
        handle = `${base}-${n}`
      }
    }

    if (input.skus.length) {
      const clashes = await products.listProductVariants(
        { sku: input.skus.map((s) => s.sku) },
        { select: ["id", "sku", "product_id"] }
      )
      const taken = new Set(clashes.filter((v) => v.product_id !== input.product_id).map((v) => v.sku))
      // On update a SKU may stay on its own variant; only other products' variants clash.
      const clash = input.skus.find((s) => taken.has(s.sku))
      if (clash) {
        throw invalid(`Field 'variants.${clash.index}.sku' is already used by another product: '${clash.sku}'`)
      }
    }

    const variantIds = (input.variant_ids ?? []).filter((id): id is string => !!id)
    if (input.product_id && variantIds.length) {
      const variants = await products.listProductVariants({ id: variantIds, product_id: input.product_id }, { select: ["id"] })
      const known = new Set(variants.map((v) => v.id))
      const index = input.variant_ids!.findIndex((id) => !!id && !known.has(id))
      if (index >= 0) {
        throw invalid(`Field 'variants.${index}.id' is not a variant of this product: '${input.variant_ids![index]}'`)
      }
    }

    return new StepResponse({ handle })
  }
)
