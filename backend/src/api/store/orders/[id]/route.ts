import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Overrides Medusa's GET /store/orders/:id: the same response (`{ order }`, fields from the
 * `fields` query as in Medusa), for the signed-in customer's own orders only; any other id → 404.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  res.json({ order: data[0] })
}
