import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPaymentIssues } from "../../../lib/queries/payment-issues"
import type { AdminListPaymentIssuesType } from "./validators"

/**
 * GET /admin/payment-issues?status=open|resolved — money moves a payment provider refused after the
 * part moved on (a refund, a capture, cancelling a shopper's order): open ones oldest first.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPaymentIssuesType>, res: MedusaResponse) => {
  res.json(await listPaymentIssues(req.scope, req.validatedQuery as AdminListPaymentIssuesType))
}
