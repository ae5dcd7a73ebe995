import { sellerReviewHandler } from "../../helpers"

/** POST /admin/sellers/:id/request-changes — a pending seller stays pending with the staff's request as its reason. */
export const POST = sellerReviewHandler("request_changes")
