import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"
import { errorMessage, runMoneyMove, type MoneyMove } from "./steps/move-money"

export type ResolvePaymentIssueInput =
  | { id: string; action: "retry"; actor_id: string }
  | { id: string; action: "manual"; note: string; actor_id: string }

const resolvePaymentIssueStep = createStep(
  "resolve-payment-issue",
  async (input: ResolvePaymentIssueInput, { container }) => {
    const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
    const issue = await ledger.retrievePaymentIssue(input.id)
    if (issue.status !== "open") {
      throw new MedusaError(MedusaError.Types.CONFLICT, `Payment issue ${input.id} is already resolved`)
    }
    if (input.action === "manual") {
      return new StepResponse(await ledger.closePaymentIssue(input.id, { resolution: "manual", actor_id: input.actor_id, note: input.note }))
    }
    const move: MoneyMove = {
      move: issue.move,
      seller_order_id: issue.seller_order_id,
      parent_order_id: issue.parent_order_id,
      seller_id: issue.seller_id,
      payment_id: issue.payment_id,
      amount: issue.amount === null ? null : Number(issue.amount),
      currency_code: issue.currency_code,
    }
    try {
      await runMoneyMove(container, move, input.actor_id, `Retry of payment issue ${issue.id}`)
    } catch (error) {
      await ledger.notePaymentIssueFailure(input.id, errorMessage(error))
      throw new MedusaError(MedusaError.Types.CONFLICT, `The payment ${issue.move} failed again: ${errorMessage(error)}`)
    }
    return new StepResponse(await ledger.closePaymentIssue(input.id, { resolution: "retried", actor_id: input.actor_id }))
  }
)

/**
 * Staff settle an open payment issue (move-money.ts): retry the move through the payment provider
 * (409 with the provider's error when it fails again; the issue stays open with one more attempt),
 * or close it by hand with a note when the money was settled outside Sentra. One at a time per
 * issue (lock), so two clicks never refund twice.
 */
export const resolvePaymentIssueWorkflow = createWorkflow("resolve-payment-issue", (input: ResolvePaymentIssueInput) => {
  const key = transform({ input }, ({ input }) => `payment-issue:${input.id}`)
  acquireLockStep({ key, timeout: 5, ttl: 120 })
  const issue = resolvePaymentIssueStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(issue)
})
