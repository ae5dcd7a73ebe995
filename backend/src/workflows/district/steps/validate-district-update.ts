import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISTRICT_MODULE } from "../../../modules/district"
import type DistrictModuleService from "../../../modules/district/service"
import type { DistrictCuration } from "../update-district"

type FlagshipRow = { id: string; status: string; seller?: { id: string; status: string; district?: { id: string } | null } | null }

/**
 * Finds the district by code (404 when unknown) and checks the curation: a flagship product must
 * exist, be published (visible in the store) and belong to an approved seller of THIS district. Returns the district id. Writes nothing.
 */
export const validateDistrictUpdateStep = createStep(
  "validate-district-update",
  async (input: { code: string; update: DistrictCuration }, { container }) => {
    const service: DistrictModuleService = container.resolve(DISTRICT_MODULE)
    const [district] = await service.listDistricts({ code: input.code }, { select: ["id", "code"] })
    if (!district) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `District ${input.code} was not found`)
    }
    const flagshipId = input.update.flagship_product_id
    if (flagshipId) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "status", "seller.id", "seller.status", "seller.district.id"],
        filters: { id: flagshipId },
      })
      const product = data[0] as FlagshipRow | undefined
      if (!product) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `flagship_product_id: product ${flagshipId} does not exist`)
      }
      if (product.status !== "published") {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "flagship_product_id: the product is not published in the store")
      }
      if (product.seller?.status !== "approved") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "flagship_product_id: the product must belong to an approved seller"
        )
      }
      if (product.seller.district?.id !== district.id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `flagship_product_id: the product's seller is not in district ${input.code}`
        )
      }
    }
    return new StepResponse({ id: district.id })
  }
)
