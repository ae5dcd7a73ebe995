import { z } from "@medusajs/framework/zod"
import { PAYMENT_ISSUE_STATUSES } from "../../../modules/ledger/models/payment-issue"

export const AdminListPaymentIssues = z
  .object({
    status: z.enum(PAYMENT_ISSUE_STATUSES).default("open"),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListPaymentIssuesType = z.infer<typeof AdminListPaymentIssues>

/** Settled outside Sentra (e.g. refunded by bank transfer): staff say how. */
export const AdminResolvePaymentIssue = z.object({ note: z.string().trim().min(3).max(500) }).strict()
export type AdminResolvePaymentIssueType = z.infer<typeof AdminResolvePaymentIssue>

export const AdminRetryPaymentIssue = z.object({}).strict()
