import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sellerScope } from "../seller-scope"
import { listVendorOrders } from "./helpers"
import type { VendorListOrdersType } from "./validators"

/** GET /vendor/orders?status=&limit=&offset= — the caller's seller orders, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, VendorListOrdersType>, res: MedusaResponse) => {
  const { seller_id } = sellerScope(req)
  const { status, limit, offset } = req.validatedQuery as VendorListOrdersType
  const { orders, count } = await listVendorOrders(req.scope, seller_id, { status, limit, offset })
  res.json({ orders, count, limit, offset })
}
