import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { CreateSellerInput } from "../types"

export type CreateSellerStepInput = Omit<CreateSellerInput, "auth_identity_id" | "seller"> & {
  seller: Omit<CreateSellerInput["seller"], "district_code" | "documents"> & { handle: string }
  documents: NonNullable<CreateSellerInput["seller"]["documents"]>
}

/** Creates the seller with its documents, owner member and first status record. */
export const createSellerStep = createStep(
  "create-seller",
  async (input: CreateSellerStepInput, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const status = input.status ?? "pending"
    const seller = await service.createSellers({
      ...input.seller,
      creative_subsectors: input.seller.creative_subsectors ?? [],
      opening_hours: input.seller.opening_hours ?? {},
      holiday_closures: input.seller.holiday_closures ?? [],
      status,
    })
    if (input.documents.length) {
      await service.createSellerDocuments(
        input.documents.map((doc) => ({
          type: doc.type,
          number: doc.number,
          expires_at: doc.expires_at ? new Date(doc.expires_at) : null,
          photo_url: doc.photo_url ?? null,
          verified: doc.verified ?? false,
          verified_at: doc.verified ? new Date() : null,
          verified_by: doc.verified ? input.actor.id : null,
          seller_id: seller.id,
        }))
      )
    }
    const member = await service.createSellerMembers({
      email: input.owner.email.toLowerCase(),
      name: input.owner.name ?? null,
      role: "owner",
      seller_id: seller.id,
    })
    await service.createSellerStatusChanges({
      seller_id: seller.id,
      from_status: null,
      to_status: status,
      reason: null,
      actor_type: input.actor.type,
      actor_id: input.actor.id,
    })
    return new StepResponse({ seller, member }, seller.id)
  },
  async (sellerId, { container }) => {
    if (!sellerId) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    // Hard delete: a compensated onboarding must leave no row behind (documents, members and
    // status changes cascade).
    await service.deleteSellers(sellerId)
  }
)
