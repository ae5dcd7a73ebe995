import { createRemoteLinkStep, createShippingOptionsWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { shippingOptionsFor } from "../../lib/fulfillment"
import { SELLER_MODULE } from "../../modules/seller"
import { resolveServiceZoneStep } from "./steps/resolve-service-zone"

/**
 * Gives a seller its own shipping profile with a pickup and a local delivery option, linked to
 * the seller. Its products take that profile, so a cart holds one shipping method per seller.
 * Medusa's workflows as steps: each compensates what it created.
 */
export const createSellerShippingWorkflow = createWorkflow(
  "create-seller-shipping",
  (input: { seller_id: string; handle: string }) => {
    const serviceZoneId = resolveServiceZoneStep()
    const profiles = createShippingProfilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ data: [{ name: `Penjual ${input.handle}`, type: "seller" }] })),
    })
    const profileId = transform({ profiles }, ({ profiles }) => profiles[0].id)
    createShippingOptionsWorkflow.runAsStep({
      input: transform({ serviceZoneId, profileId }, ({ serviceZoneId, profileId }) => shippingOptionsFor(serviceZoneId, profileId)),
    })
    createRemoteLinkStep(
      transform({ input, profileId }, ({ input, profileId }) => [
        { [SELLER_MODULE]: { seller_id: input.seller_id }, [Modules.FULFILLMENT]: { shipping_profile_id: profileId } },
      ])
    )
    return new WorkflowResponse(profileId)
  }
)
