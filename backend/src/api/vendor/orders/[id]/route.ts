import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerScope } from "../../seller-scope"
import { retrieveVendorOrder } from "../helpers"

/** GET /vendor/orders/:id — one of the caller's seller orders with its ticket history. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { seller_id } = sellerScope(req)
  res.json({ order: await retrieveVendorOrder(req.scope, seller_id, req.params.id) })
}
