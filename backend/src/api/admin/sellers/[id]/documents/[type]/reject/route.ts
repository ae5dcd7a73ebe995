import { sellerReviewHandler } from "../../../../helpers"

/** POST /admin/sellers/:id/documents/:type/reject — the document is not accepted (badge off), with a reason for the seller. */
export const POST = sellerReviewHandler("reject_document")
