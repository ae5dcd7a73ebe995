import { MedusaError, Modules, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface VariantStock {
  variant_id: string
  quantity: number
}

interface LevelChange {
  inventory_item_id: string
  location_id: string
  stocked_quantity: number
}

/**
 * Turns "variant X has N in stock" into inventory-level writes at the location: levels that exist
 * are updated, missing ones created. Reads only.
 */
export const planStockLevelsStep = createStep(
  "plan-stock-levels",
  async (input: { location_id: string; stock: VariantStock[] }, { container }) => {
    const plan = { create: [] as LevelChange[], update: [] as LevelChange[] }
    if (!input.stock.length) {
      return new StepResponse(plan)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: input.stock.map((s) => s.variant_id) },
    })
    const itemByVariant = new Map(
      (variants as { id: string; inventory_items?: ({ inventory_item_id: string } | null)[] }[]).map((v) => [
        v.id,
        v.inventory_items?.find(Boolean)?.inventory_item_id,
      ])
    )
    const itemIds = [...itemByVariant.values()].filter((id): id is string => !!id)
    const levels = itemIds.length
      ? await container
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: itemIds, location_id: input.location_id }, { select: ["inventory_item_id"] })
      : []
    const stocked = new Set(levels.map((level) => level.inventory_item_id))
    for (const { variant_id, quantity } of input.stock) {
      const itemId = itemByVariant.get(variant_id)
      if (!itemId) {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Variant ${variant_id} has no inventory item`)
      }
      const change = { inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: quantity }
      ;(stocked.has(itemId) ? plan.update : plan.create).push(change)
    }
    return new StepResponse(plan)
  }
)
