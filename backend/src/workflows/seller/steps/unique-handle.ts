import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, toHandle } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/**
 * The seller's handle: the requested one (must be free) or one derived from the name, with a
 * numeric suffix when taken ("dapur-bu-imas", "dapur-bu-imas-2", …).
 */
export const uniqueHandleStep = createStep(
  "seller-unique-handle",
  async (input: { handle?: string; name: string }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const taken = async (handle: string) =>
      (await service.listSellers({ handle }, { select: ["id"], withDeleted: true })).length > 0
    if (input.handle) {
      if (await taken(input.handle)) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Seller handle "${input.handle}" is already taken`)
      }
      return new StepResponse(input.handle)
    }
    const base = toHandle(input.name) || "penjual"
    let candidate = base
    for (let n = 2; await taken(candidate); n++) {
      candidate = `${base}-${n}`
    }
    return new StepResponse(candidate)
  }
)
