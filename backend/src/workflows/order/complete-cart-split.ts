import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, completeCartWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { splitOrderBySellerWorkflow, SPLIT_LOCK_TIMEOUT_SECONDS, SPLIT_LOCK_TTL_SECONDS } from "./split-order"

/**
 * Checkout across sellers: completes the cart with Medusa's completeCartWorkflow (one order, one
 * payment authorization, inventory reserved; idempotent per cart; every item checked again by its
 * validate hook, src/workflows/hooks/complete-cart.ts) and splits that order into one seller
 * order per seller.
 *
 * completeCartWorkflow skips its own cart lock when it runs inside another workflow, so this
 * workflow holds the lock (same key: the cart id, shared with every other completion path such as
 * payment webhooks) around completion and split. A retried or concurrent completion of the same
 * cart gets the same order back, and the split creates nothing twice.
 */
export const completeCartWithSplitWorkflow = createWorkflow(
  "complete-cart-with-split",
  (input: { cart_id: string }) => {
    acquireLockStep({ key: input.cart_id, timeout: SPLIT_LOCK_TIMEOUT_SECONDS, ttl: SPLIT_LOCK_TTL_SECONDS })

    const completed = completeCartWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ id: input.cart_id })),
    })

    const split = splitOrderBySellerWorkflow.runAsStep({
      input: transform({ completed }, ({ completed }) => ({ order_id: completed.id })),
    })

    releaseLockStep({ key: input.cart_id })

    return new WorkflowResponse(
      transform({ completed, split }, ({ completed, split }) => ({
        id: completed.id,
        child_order_ids: split.child_order_ids,
      }))
    )
  }
)
