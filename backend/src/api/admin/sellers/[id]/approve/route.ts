import { sellerStatusHandler } from "../../helpers"

/** POST /admin/sellers/:id/approve — pending or suspended → approved (optional reason); products return to the store. */
export const POST = sellerStatusHandler("approved")
