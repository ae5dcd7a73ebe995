import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listExpiringDocuments } from "../../../../lib/queries/seller-documents"
import type { AdminExpiringDocumentsQueryType } from "../../sellers/validators"

/** GET /admin/seller-documents/expiring?within_days=30 — documents expiring soon, soonest first, with the seller's WhatsApp. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminExpiringDocumentsQueryType>, res: MedusaResponse) => {
  const { within_days } = req.validatedQuery
  res.json({ documents: await listExpiringDocuments(req.scope, within_days), within_days })
}
