import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRICT_MODULE } from "../../../modules/district"
import { SELLER_MODULE } from "../../../modules/seller"

const districtLink = (sellerId: string, districtId: string) => ({
  [DISTRICT_MODULE]: { district_id: districtId },
  [SELLER_MODULE]: { seller_id: sellerId },
})

interface Undo {
  seller_id: string
  previous: string | null
  next: string
}

/** Moves a seller to another kecamatan (district ↔ seller link); the compensation moves it back. */
export const relinkSellerDistrictStep = createStep(
  "relink-seller-district",
  async (input: { seller_id: string; district_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "seller", fields: ["district.id"], filters: { id: input.seller_id } })
    const previousId = (data[0] as { district?: { id: string } | null } | undefined)?.district?.id ?? null
    if (previousId === input.district_id) {
      return new StepResponse<string, Undo | null>(previousId, null)
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (previousId) {
      await link.dismiss(districtLink(input.seller_id, previousId))
    }
    await link.create(districtLink(input.seller_id, input.district_id))
    return new StepResponse<string, Undo | null>(input.district_id, {
      seller_id: input.seller_id,
      previous: previousId,
      next: input.district_id,
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(districtLink(undo.seller_id, undo.next))
    if (undo.previous) {
      await link.create(districtLink(undo.seller_id, undo.previous))
    }
  }
)
