import { documentVerificationHandler } from "../../../../helpers"

/** POST /admin/sellers/:id/documents/:type/verify — city staff confirm a NIB / PIRT / halal document. */
export const POST = documentVerificationHandler(true)
