import { createInventoryLevelsStep, updateInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planStockLevelsStep, type VariantStock } from "./steps/plan-stock-levels"

/**
 * Sets how many of each variant are in stock at the store's stock location (Medusa inventory
 * levels). Both writes are Medusa's compensating inventory steps.
 */
export const setVariantStockWorkflow = createWorkflow(
  "set-variant-stock",
  (input: { location_id: string; stock: VariantStock[] }) => {
    const plan = planStockLevelsStep(input)
    const created = createInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.create))
    const updated = updateInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.update))
    return new WorkflowResponse(transform({ created, updated }, ({ created, updated }) => [...created, ...updated]))
  }
)
