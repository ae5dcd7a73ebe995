import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorVariantUpdate } from "../types"

export interface PlanVariantChangesInput {
  product_id: string
  variants: VendorVariantUpdate[]
  delete_variant_ids: string[]
}

interface OptionValueChange {
  product_id: string
  product_option_id: string
  add?: { value: string }[]
  remove?: string[]
}

export interface VariantChangesPlan {
  delete_ids: string[]
  /**
   * Per option: values the new variants need that the product doesn't have yet (`add`), and values
   * only the deleted variants used (`remove`: they leave the product).
   */
  option_values: OptionValueChange[]
  /** New variants in Medusa's shape, in the order they were sent, with their stock. */
  create: { product_id: string; title: string; sku?: string; options: Record<string, string>; manage_inventory: true; prices: { currency_code: "idr"; amount: number }[] }[]
  create_stock: number[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Variants added (no `id`) and removed (`delete_variant_ids`) on an existing product: checks them
 * against the product's options and remaining variants (every option named once, known options
 * only, no repeated combination, at least one variant left) and plans the writes. Reads only.
 */
export const planVariantChangesStep = createStep("plan-variant-changes", async (input: PlanVariantChangesInput, { container }) => {
  const products = container.resolve(Modules.PRODUCT)
  const product = await products.retrieveProduct(input.product_id, {
    relations: ["options", "options.values", "variants", "variants.options", "variants.options.option"],
  })
  const variantIds = new Set((product.variants ?? []).map((v) => v.id))
  input.delete_variant_ids.forEach((id, i) => {
    if (!variantIds.has(id)) throw invalid(`Field 'delete_variant_ids.${i}' is not a variant of this product: '${id}'`)
  })
  const deleted = new Set(input.delete_variant_ids)
  const options = product.options ?? []
  const titles = options.map((o) => o.title)
  const combination = (chosen: Record<string, string>) => JSON.stringify(titles.map((t) => chosen[t]))
  const kept = (product.variants ?? []).filter((v) => !deleted.has(v.id))
  const keptOptions = kept.map((v) => Object.fromEntries((v.options ?? []).map((o) => [o.option?.title ?? "", o.value])))
  const seen = new Set(keptOptions.map(combination))

  const fresh = input.variants.map((variant, index) => ({ variant, index })).filter(({ variant }) => !variant.id)
  for (const { variant, index } of fresh) {
    const chosen = variant.options ?? {}
    for (const key of Object.keys(chosen)) {
      if (!titles.includes(key)) throw invalid(`Field 'variants.${index}.options.${key}' is not an option of the product (${titles.join(", ")})`)
    }
    for (const title of titles) {
      if (!chosen[title]) throw invalid(`Field 'variants.${index}.options.${title}' is required for a new variant`)
    }
    if (seen.has(combination(chosen))) throw invalid(`Field 'variants.${index}.options' repeats another variant's combination`)
    seen.add(combination(chosen))
  }
  if (!kept.length && !fresh.length) {
    throw invalid("Field 'delete_variant_ids' would leave the product without variants: keep or add at least one")
  }

  const used = [...keptOptions, ...fresh.map(({ variant }) => variant.options ?? {})]
  const option_values: OptionValueChange[] = []
  for (const option of options) {
    const have = new Set((option.values ?? []).map((v) => v.value))
    const wanted = new Set(used.map((chosen) => chosen[option.title]))
    const add = [...wanted].filter((value) => value && !have.has(value)).map((value) => ({ value }))
    const droppedValues = new Set(
      (product.variants ?? []).filter((v) => deleted.has(v.id)).flatMap((v) => (v.options ?? []).filter((o) => o.option?.title === option.title).map((o) => o.value))
    )
    const remove = (option.values ?? []).filter((v) => droppedValues.has(v.value) && !wanted.has(v.value)).map((v) => v.id)
    if (add.length || remove.length) option_values.push({ product_id: product.id, product_option_id: option.id, add, remove })
  }

  const plan: VariantChangesPlan = {
    delete_ids: input.delete_variant_ids,
    option_values,
    create: fresh.map(({ variant }) => ({
      product_id: product.id,
      title: variant.title ?? titles.map((t) => variant.options![t]).join(" / "),
      ...(variant.sku ? { sku: variant.sku } : {}),
      options: variant.options!,
      manage_inventory: true as const,
      prices: [{ currency_code: "idr" as const, amount: variant.price! }],
    })),
    create_stock: fresh.map(({ variant }) => variant.stock ?? 0),
  }
  return new StepResponse(plan)
})
