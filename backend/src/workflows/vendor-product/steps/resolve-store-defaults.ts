import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeDefaults } from "../../../lib/queries/store-defaults"

/** Reads the storefront sales channel, the seller's shipping profile and the stock location. */
export const resolveStoreDefaultsStep = createStep(
  "resolve-store-defaults",
  async (input: { seller_id?: string }, { container }) => {
    return new StepResponse(await storeDefaults(container, input.seller_id))
  }
)
