import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sellerProductIds } from "../../../lib/queries/store-defaults"

/** Fails with 404 unless every product belongs to the seller (another seller's product is "not found"). */
export const assertSellerProductsStep = createStep(
  "assert-seller-products",
  async (input: { seller_id: string; product_ids: string[] }, { container }) => {
    const owned = new Set(await sellerProductIds(container, input.seller_id, input.product_ids))
    const missing = input.product_ids.filter((id) => !owned.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${missing.join(", ")} not found`)
    }
    return new StepResponse(input.product_ids)
  }
)
