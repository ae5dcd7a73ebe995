import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePaymentIssue } from "../../../../../lib/queries/payment-issues"
import { resolvePaymentIssueWorkflow } from "../../../../../workflows/order/resolve-payment-issue"

/** POST /admin/payment-issues/:id/retry — run the move again; 409 with the provider's error when it fails again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await resolvePaymentIssueWorkflow(req.scope).run({ input: { id: req.params.id, action: "retry", actor_id: req.auth_context.actor_id } })
  res.json({ payment_issue: await retrievePaymentIssue(req.scope, req.params.id) })
}
