import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listExpiredVerifiedDocuments } from "../lib/queries/seller-documents"
import { reviewSellerWorkflow } from "../workflows/seller/review-seller"

const jakartaDate = (date: Date) => date.toLocaleDateString("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "long" })

/**
 * Takes the verification (the badge) off every document whose expiry has passed and records it in
 * the seller's status history ("NIB: kedaluwarsa …", actor `system`). The store derives badges
 * from verified, unexpired documents, so it is already right; this makes the record and the staff
 * pages say so too. Returns what it changed. A document that fails is logged and left for the
 * next run; the others go on.
 */
export async function expireSellerDocuments(container: MedusaContainer, now = new Date()) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const expired = await listExpiredVerifiedDocuments(container, now)
  const done: { seller_id: string; type: string }[] = []
  for (const doc of expired) {
    try {
      await reviewSellerWorkflow(container).run({
        input: {
          seller_id: doc.seller_id,
          kind: "expire_document",
          document_type: doc.type,
          reason: `kedaluwarsa ${jakartaDate(doc.expires_at)}, lencana dilepas otomatis`,
          actor: { type: "system", id: "expire-seller-documents" },
        },
      })
      done.push({ seller_id: doc.seller_id, type: doc.type })
    } catch (error) {
      logger.warn(`[documents] could not expire ${doc.type} of ${doc.seller_id}: ${(error as Error).message}`)
    }
  }
  if (done.length) logger.info(`[documents] ${done.length} expired document badge(s) taken off`)
  return done
}

export default async function expireSellerDocumentsJob(container: MedusaContainer): Promise<void> {
  await expireSellerDocuments(container)
}

export const config = {
  name: "expire-seller-documents",
  // 00:05 in Asia/Jakarta, before the nightly search reindex (00:15) picks the badges up.
  schedule: "5 17 * * *",
}
