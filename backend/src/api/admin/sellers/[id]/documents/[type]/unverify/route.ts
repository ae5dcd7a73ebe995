import { documentVerificationHandler } from "../../../../helpers"

/** POST /admin/sellers/:id/documents/:type/unverify — take a document's verification back. */
export const POST = documentVerificationHandler(false)
