import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sentraServiceZoneId } from "../../../lib/fulfillment"

/** The Sentra service zone every seller's shipping options live in (read-only). */
export const resolveServiceZoneStep = createStep("resolve-sentra-service-zone", async (_: void, { container }) => {
  return new StepResponse(await sentraServiceZoneId(container))
})
