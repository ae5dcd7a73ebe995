import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listMarketplaceOrders } from "../../../lib/queries/marketplace-orders"
import type { AdminListMarketplaceOrdersType } from "./validators"

/**
 * GET /admin/marketplace-orders?district_code=&seller_id=&q=&limit=&offset= — one row per shopper's
 * order, newest first, with its seller parts; filters keep the orders with a matching part.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListMarketplaceOrdersType>, res: MedusaResponse) => {
  res.json(await listMarketplaceOrders(req.scope, req.validatedQuery as AdminListMarketplaceOrdersType))
}
