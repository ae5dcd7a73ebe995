import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateTicketStatusWorkflow } from "../../../../../workflows/order/update-ticket-status"
import { sellerScope } from "../../../seller-scope"
import { retrieveVendorOrder } from "../../helpers"
import type { VendorUpdateOrderStatusType } from "../../validators"

/** POST /vendor/orders/:id/status — move the order along the kitchen flow (see docs/api/orders.md). */
export const POST = async (req: AuthenticatedMedusaRequest<VendorUpdateOrderStatusType>, res: MedusaResponse) => {
  const { seller_id, member_id } = sellerScope(req)
  const body = req.validatedBody
  await updateTicketStatusWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      seller_id,
      status: body.status,
      reason: body.reason ?? null,
      pickup_code: body.pickup_code ?? null,
      actor: { type: "seller", id: member_id },
    },
  })
  res.json({ order: await retrieveVendorOrder(req.scope, seller_id, req.params.id) })
}
