import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveOrderGroup } from "../helpers"
import type { StoreGetOrderGroupType } from "../validators"

/**
 * GET /store/order-groups/:id — the shopper's order (the id returned by cart completion) with
 * one part per seller. Registered customers: their token; guests: `?email=` of the order.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetOrderGroupType>, res: MedusaResponse) => {
  const query = req.validatedQuery as StoreGetOrderGroupType
  const order_group = await retrieveOrderGroup(req.scope, req.params.id, {
    customer_id: req.auth_context?.actor_id || undefined,
    email: query.email,
  }, req.queryConfig.fields)
  res.json({ order_group })
}
