import { createRemoteLinkStep, emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRICT_MODULE } from "../../modules/district"
import { SELLER_MODULE } from "../../modules/seller"
import { createSellerShippingWorkflow } from "./create-seller-shipping"
import { createSellerStep } from "./steps/create-seller"
import { resolveDistrictStep } from "./steps/resolve-district"
import { uniqueHandleStep } from "./steps/unique-handle"
import type { CreateSellerInput } from "./types"

export const SELLER_CREATED_EVENT = "seller.created"

/**
 * Onboards a seller: resolves its kecamatan, picks a free handle, creates the seller with its
 * documents, owner member and status record, links it to the district, gives it its own
 * shipping profile with pickup and delivery options, and — for a fresh
 * `seller` auth identity — points the identity at the owner member. Every writing step
 * compensates, so a failure anywhere leaves nothing behind.
 */
export const createSellerWorkflow = createWorkflow("create-seller", (input: CreateSellerInput) => {
  const district = resolveDistrictStep(input.seller.district_code)
  const handle = uniqueHandleStep(
    transform({ input }, ({ input }) => ({ handle: input.seller.handle, name: input.seller.name }))
  )
  const stepInput = transform({ input, handle }, ({ input, handle }) => {
    const { district_code: _district, documents, ...seller } = input.seller
    return {
      seller: { ...seller, handle },
      documents: documents ?? [],
      owner: input.owner,
      status: input.status,
      actor: input.actor,
    }
  })
  const { seller, member } = createSellerStep(stepInput)

  createRemoteLinkStep(
    transform({ district, seller }, ({ district, seller }) => [
      { [DISTRICT_MODULE]: { district_id: district.id }, [SELLER_MODULE]: { seller_id: seller.id } },
    ])
  )

  createSellerShippingWorkflow.runAsStep({
    input: transform({ seller }, ({ seller }) => ({ seller_id: seller.id, handle: seller.handle })),
  })

  when({ input }, ({ input }) => !!input.auth_identity_id).then(() => {
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({
        authIdentityId: input.auth_identity_id!,
        actorType: "seller",
        value: member.id,
      }))
    )
  })

  emitEventStep({
    eventName: SELLER_CREATED_EVENT,
    data: transform({ seller }, ({ seller }) => ({ id: seller.id })),
  })

  return new WorkflowResponse({ seller, member })
})
