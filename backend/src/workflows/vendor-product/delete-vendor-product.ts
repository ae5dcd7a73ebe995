import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertSellerProductsStep } from "./steps/assert-seller-products"
import type { DeleteVendorProductInput } from "./types"

/**
 * A seller deletes its own product: ownership first (another seller's product is "not found"),
 * then Medusa's deleteProductsWorkflow, which soft-deletes the product with its variants and
 * inventory items and dismisses its links (seller, sales channel, shipping profile).
 */
export const deleteVendorProductWorkflow = createWorkflow(
  "delete-vendor-product",
  (input: DeleteVendorProductInput) => {
    const ids = transform({ input }, ({ input }) => [input.product_id])
    assertSellerProductsStep(transform({ input, ids }, ({ input, ids }) => ({ seller_id: input.seller_id, product_ids: ids })))
    deleteProductsWorkflow.runAsStep({ input: { ids } })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.product_id })))
  }
)
