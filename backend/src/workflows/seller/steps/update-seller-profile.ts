import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { CreateSellerInput } from "../types"

/** Profile fields a seller may change itself (never status, handle, verification or curation). */
export type SellerProfileUpdate = Partial<
  Omit<CreateSellerInput["seller"], "handle" | "district_code" | "documents" | "time_zone">
>

type Restore = { id: string } & Record<string, unknown>

/** Writes the given profile fields; the compensation writes the previous values back. */
export const updateSellerProfileStep = createStep(
  "update-seller-profile",
  async (input: { seller_id: string; update: SellerProfileUpdate }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const fields = Object.keys(input.update) as (keyof SellerProfileUpdate)[]
    const [previous] = await service.listSellers({ id: input.seller_id }, { select: ["id", ...fields] })
    if (!previous) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${input.seller_id} not found`)
    }
    if (!fields.length) {
      return new StepResponse<typeof previous, Restore | null>(previous, null)
    }
    const seller = await service.updateSellers({ id: input.seller_id, ...input.update })
    const restore: Restore = { id: input.seller_id, ...Object.fromEntries(fields.map((field) => [field, previous[field]])) }
    return new StepResponse<typeof previous, Restore | null>(seller, restore)
  },
  async (restore, { container }) => {
    if (!restore) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellers(restore)
  }
)
