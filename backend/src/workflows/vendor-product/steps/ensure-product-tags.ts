import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Ids of the product tags with these values, in order: existing tags are reused, missing ones
 * created (tags are shared by all sellers). The compensation deletes only the tags it created.
 */
export const ensureProductTagsStep = createStep(
  "ensure-product-tags",
  async (values: string[], { container }) => {
    if (!values.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const products = container.resolve(Modules.PRODUCT)
    const existing = await products.listProductTags({ value: values }, { select: ["id", "value"] })
    const ids = new Map(existing.map((tag) => [tag.value, tag.id]))
    const missing = values.filter((value) => !ids.has(value))
    const created = missing.length ? await products.createProductTags(missing.map((value) => ({ value }))) : []
    created.forEach((tag) => ids.set(tag.value, tag.id))
    return new StepResponse(
      values.map((value) => ids.get(value)!),
      created.map((tag) => tag.id)
    )
  },
  async (createdIds, { container }) => {
    if (createdIds?.length) {
      await container.resolve(Modules.PRODUCT).deleteProductTags(createdIds)
    }
  }
)
