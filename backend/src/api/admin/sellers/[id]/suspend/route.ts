import { sellerStatusHandler } from "../../helpers"

/** POST /admin/sellers/:id/suspend — pending or approved → suspended (reason required); products leave the store. */
export const POST = sellerStatusHandler("suspended")
