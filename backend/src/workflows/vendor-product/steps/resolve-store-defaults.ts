import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeDefaults } from "../store-defaults"

/** Reads the storefront sales channel, default shipping profile and stock location. */
export const resolveStoreDefaultsStep = createStep("resolve-store-defaults", async (_: void, { container }) => {
  return new StepResponse(await storeDefaults(container))
})
