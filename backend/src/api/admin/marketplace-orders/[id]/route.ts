import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveMarketplaceOrder } from "../../../../lib/queries/marketplace-orders"

/** GET /admin/marketplace-orders/:id — the shopper's order with its parts, from its own id or a part's id. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ marketplace_order: await retrieveMarketplaceOrder(req.scope, req.params.id) })
}
