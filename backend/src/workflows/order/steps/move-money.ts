import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, capturePaymentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type { PaymentMove } from "../../../modules/ledger/models/payment-issue"
import type LedgerModuleService from "../../../modules/ledger/service"

/** The money a seller part moves once its goods moved (decision 096). */
export interface MoneyMove {
  move: PaymentMove
  seller_order_id: string
  parent_order_id: string
  seller_id: string
  /** capture / refund: the parent's payment and the part's amount; cancel_order: null (Medusa voids or refunds the rest). */
  payment_id: string | null
  amount: number | null
  currency_code: string
}

/** Runs one money move through Medusa's own workflows (the payment provider is called there). */
export async function runMoneyMove(container: MedusaContainer, move: MoneyMove, actorId: string, note: string) {
  switch (move.move) {
    case "capture":
      await capturePaymentWorkflow(container).run({
        input: { payment_id: move.payment_id!, amount: move.amount!, captured_by: actorId },
      })
      return
    case "refund":
      await refundPaymentWorkflow(container).run({
        input: { payment_id: move.payment_id!, amount: move.amount!, created_by: actorId, note },
      })
      return
    case "cancel_order": {
      await cancelOrderWorkflow(container).run({ input: { order_id: move.parent_order_id, canceled_by: actorId } })
      // Medusa refunded everything still captured: refunds of other parts that failed earlier too.
      const ledger = container.resolve<LedgerModuleService>(LEDGER_MODULE)
      const covered = await ledger.listPaymentIssues({ parent_order_id: move.parent_order_id, move: "refund", status: "open" })
      for (const issue of covered) {
        await ledger.closePaymentIssue(issue.id, { resolution: "retried", actor_id: actorId, note: "Refunded with the cancelled order" })
      }
      return
    }
  }
}

/** What went wrong, in a few words: workflows rethrow their step's error as a plain object with a message. */
export function errorMessage(error: unknown): string {
  const message = error && typeof error === "object" && "message" in error ? String((error as { message: unknown }).message) : String(error)
  return message.slice(0, 1000)
}

/**
 * The last step of a ticket update: moves the part's money. The goods already moved (a part handed
 * over, a part released), so a payment provider that refuses (Stripe down, a refund rejected) does
 * not undo them: the move is recorded as an open payment issue that staff see and retry
 * (/admin/payment-issues), and the part shows its money as pending, never as paid or refunded.
 */
export const moveMoneyStep = createStep(
  "move-money",
  async (input: { move: MoneyMove | null; actor_id: string; note: string }, { container }) => {
    if (!input.move) return new StepResponse({ payment_issue_id: null as string | null })
    try {
      await runMoneyMove(container, input.move, input.actor_id, input.note)
      return new StepResponse({ payment_issue_id: null as string | null })
    } catch (error) {
      const issue = await container
        .resolve<LedgerModuleService>(LEDGER_MODULE)
        .createPaymentIssues({ ...input.move, last_error: errorMessage(error) })
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Payment ${input.move.move} for seller order ${input.move.seller_order_id} failed (${errorMessage(error)}); open payment issue ${issue.id}`)
      return new StepResponse({ payment_issue_id: issue.id as string | null })
    }
  }
)
