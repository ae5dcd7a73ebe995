/**
 * POST /store/carts/:id/part-details: the shopper's note and pre-order ready date per seller part
 * (docs/api/orders.md). Checked against the cart and stored in its `metadata.part_details`; the
 * split copies each seller's entry onto that seller's order.
 */
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCartPartDetailsWorkflow } from "../../../../../workflows/order/set-cart-part-details"
import type { StoreSetPartDetailsType } from "../../validators"

export const POST = async (req: MedusaRequest<StoreSetPartDetailsType>, res: MedusaResponse) => {
  const { result } = await setCartPartDetailsWorkflow(req.scope).run({
    input: { cart_id: req.params.id, parts: req.validatedBody.parts },
  })
  res.status(200).json({ cart_id: req.params.id, part_details: result })
}
