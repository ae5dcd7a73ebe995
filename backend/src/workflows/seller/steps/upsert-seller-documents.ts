import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"
import type { DocumentType } from "../../../modules/seller/models"

/** A document to add (number required) or change, matched by type. Never carries `verified`. */
export interface SellerDocumentChange {
  type: DocumentType
  number?: string
  expires_at?: string | null
  photo_url?: string | null
}

interface DocumentRow {
  id: string
  number: string
  expires_at: Date | null
  photo_url: string | null
  verified: boolean
  verified_at: Date | null
  verified_by: string | null
}

const toDate = (value: string | null | undefined) => (value ? new Date(value) : null)
const sameInstant = (a: Date | string | null, b: Date | null) => (a ? new Date(a).getTime() : null) === (b ? b.getTime() : null)

/**
 * Adds or changes a seller's documents, matched by type (one per type). A new type needs a number.
 * Changing a number, an expiry date or the photo resets the verification: staff must check the new
 * document.
 * Unchanged documents keep their verification. The compensation deletes what was added and
 * restores what was changed (including the verification fields).
 */
export const upsertSellerDocumentsStep = createStep(
  "upsert-seller-documents",
  async (input: { seller_id: string; documents: SellerDocumentChange[] }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    if (!input.documents.length) {
      return new StepResponse([], { created: [], previous: [] })
    }
    const existing = await service.listSellerDocuments({ seller_id: input.seller_id })
    const byType = new Map(existing.map((doc) => [doc.type, doc]))

    const toCreate: { seller_id: string; type: SellerDocumentChange["type"]; number: string; expires_at: Date | null; photo_url: string | null }[] = []
    const toUpdate: Partial<DocumentRow>[] = []
    const previous: DocumentRow[] = []
    input.documents.forEach((change, index) => {
      const current = byType.get(change.type)
      if (!current) {
        if (!change.number) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Field 'documents.${index}.number' is required to add a ${change.type} document`
          )
        }
        toCreate.push({ seller_id: input.seller_id, type: change.type, number: change.number, expires_at: toDate(change.expires_at), photo_url: change.photo_url ?? null })
        return
      }
      const number = change.number ?? current.number
      const expiresAt = change.expires_at === undefined ? current.expires_at : toDate(change.expires_at)
      const photoUrl = change.photo_url === undefined ? (current.photo_url ?? null) : change.photo_url
      if (
        number === current.number &&
        photoUrl === (current.photo_url ?? null) &&
        sameInstant(expiresAt, current.expires_at ? new Date(current.expires_at) : null)
      ) {
        return
      }
      previous.push({
        id: current.id,
        number: current.number,
        expires_at: current.expires_at ? new Date(current.expires_at) : null,
        photo_url: current.photo_url ?? null,
        verified: current.verified,
        verified_at: current.verified_at ? new Date(current.verified_at) : null,
        verified_by: current.verified_by ?? null,
      })
      toUpdate.push({ id: current.id, number, expires_at: expiresAt ? new Date(expiresAt) : null, photo_url: photoUrl, verified: false, verified_at: null, verified_by: null })
    })

    const created = toCreate.length ? await service.createSellerDocuments(toCreate) : []
    const updated = toUpdate.length ? await service.updateSellerDocuments(toUpdate as DocumentRow[]) : []
    return new StepResponse([...created, ...updated], { created: created.map((doc) => doc.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    if (undo.created.length) {
      await service.deleteSellerDocuments(undo.created)
    }
    if (undo.previous.length) {
      await service.updateSellerDocuments(undo.previous)
    }
  }
)
