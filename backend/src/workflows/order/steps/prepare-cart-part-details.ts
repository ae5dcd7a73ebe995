import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartWithSellers } from "../../../lib/queries/cart-sellers"
import { assertPartDetails, type PartDetails } from "../part-details"
import { ORDER_METADATA, type PartDetailInput } from "../types"

/**
 * Checks the shopper's notes and ready dates against the cart (each seller in the cart, each
 * pre-order seller with its date) and returns the cart's metadata with `part_details` replaced
 * (read-only: the workflow writes it).
 */
export const prepareCartPartDetailsStep = createStep(
  "prepare-cart-part-details",
  async (input: { cart_id: string; parts: PartDetailInput[] }, { container }) => {
    const cart = await cartWithSellers(container, input.cart_id)
    if (!cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${input.cart_id}`)
    }
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Keranjang ini sudah menjadi pesanan")
    }
    const entries = Object.fromEntries(input.parts.map(({ seller_id, ...detail }) => [seller_id, detail]))
    const details: PartDetails = assertPartDetails(entries, cart.sellers, "parts")
    return new StepResponse({
      id: cart.id,
      metadata: { ...(cart.metadata ?? {}), [ORDER_METADATA.partDetails]: details },
      part_details: details,
    })
  }
)
