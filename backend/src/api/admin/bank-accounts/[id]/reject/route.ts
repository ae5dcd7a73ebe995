import { bankAccountReviewHandler } from "../../helpers"

/** POST /admin/bank-accounts/:id/reject { reason } — not accepted; the seller reads the reason and enters it again. */
export const POST = bankAccountReviewHandler(false)
