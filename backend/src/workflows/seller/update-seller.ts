import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { relinkSellerDistrictStep } from "./steps/relink-seller-district"
import { resolveDistrictStep } from "./steps/resolve-district"
import { updateSellerProfileStep, type SellerProfileUpdate } from "./steps/update-seller-profile"
import { upsertSellerDocumentsStep, type SellerDocumentChange } from "./steps/upsert-seller-documents"

export const SELLER_UPDATED_EVENT = "seller.updated"

export interface UpdateSellerInput {
  seller_id: string
  update: SellerProfileUpdate & { district_code?: string; documents?: SellerDocumentChange[] }
}

/**
 * A seller edits its own profile: editable fields, documents (matched by type; a changed number
 * or expiry needs verifying again) and its kecamatan. Status, handle and verification are not
 * part of the input at all. Reads and checks come first, then the writes, each compensating, so
 * a failure restores the previous values.
 */
export const updateSellerWorkflow = createWorkflow("update-seller", (input: UpdateSellerInput) => {
  const parts = transform({ input }, ({ input }) => {
    const { district_code, documents, ...profile } = input.update
    return { district_code, documents: documents ?? [], profile }
  })

  const district = when({ parts }, ({ parts }) => !!parts.district_code).then(() =>
    resolveDistrictStep(parts.district_code as string)
  )

  upsertSellerDocumentsStep({ seller_id: input.seller_id, documents: parts.documents })
  const seller = updateSellerProfileStep({ seller_id: input.seller_id, update: parts.profile })

  when({ district }, ({ district }) => !!district).then(() => {
    relinkSellerDistrictStep(
      transform({ input, district }, ({ input, district }) => ({ seller_id: input.seller_id, district_id: district!.id }))
    )
  })

  emitEventStep({
    eventName: SELLER_UPDATED_EVENT,
    data: transform({ input }, ({ input }) => ({ id: input.seller_id })),
  })

  return new WorkflowResponse(seller)
})
