import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateCartsStep } from "@medusajs/medusa/core-flows"
import { SPLIT_LOCK_TIMEOUT_SECONDS, SPLIT_LOCK_TTL_SECONDS } from "./split-order"
import { prepareCartPartDetailsStep } from "./steps/prepare-cart-part-details"
import type { PartDetailInput } from "./types"

/**
 * The shopper's note and pre-order ready date per seller (POST /store/carts/:id/part-details):
 * checked against the cart, then stored in the cart's `metadata.part_details` (all of it replaced).
 * Holds the cart's lock (the one completion takes), so a completion never reads a half-written
 * value; completion checks it again anyway (src/workflows/hooks/complete-cart.ts), since cart
 * metadata has other writers.
 */
export const setCartPartDetailsWorkflow = createWorkflow(
  "set-cart-part-details",
  (input: { cart_id: string; parts: PartDetailInput[] }) => {
    acquireLockStep({ key: input.cart_id, timeout: SPLIT_LOCK_TIMEOUT_SECONDS, ttl: SPLIT_LOCK_TTL_SECONDS })
    const prepared = prepareCartPartDetailsStep(input)
    updateCartsStep(transform({ prepared }, ({ prepared }) => [{ id: prepared.id, metadata: prepared.metadata }]))
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(transform({ prepared }, ({ prepared }) => prepared.part_details))
  }
)
