import { bankAccountReviewHandler } from "../../helpers"

/** POST /admin/bank-accounts/:id/verify — city staff checked the account: payouts may go to it. */
export const POST = bankAccountReviewHandler(true)
