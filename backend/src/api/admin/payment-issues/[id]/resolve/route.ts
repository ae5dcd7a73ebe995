import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePaymentIssue } from "../../../../../lib/queries/payment-issues"
import { resolvePaymentIssueWorkflow } from "../../../../../workflows/order/resolve-payment-issue"
import type { AdminResolvePaymentIssueType } from "../../validators"

/** POST /admin/payment-issues/:id/resolve { note } — staff settled the money outside Sentra. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminResolvePaymentIssueType>, res: MedusaResponse) => {
  await resolvePaymentIssueWorkflow(req.scope).run({
    input: { id: req.params.id, action: "manual", note: req.validatedBody.note, actor_id: req.auth_context.actor_id },
  })
  res.json({ payment_issue: await retrievePaymentIssue(req.scope, req.params.id) })
}
