/**
 * Read side of sellers' legality documents for city staff: which ones expire soon (to contact the
 * seller) and which verified ones have expired (the nightly job takes their badges off).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE } from "../../modules/seller"
import type { DocumentType } from "../../modules/seller/models"
import type SellerModuleService from "../../modules/seller/service"

const DAY_MS = 24 * 60 * 60 * 1000

export interface ExpiringDocument {
  type: DocumentType
  number: string
  expires_at: string
  verified: boolean
  days_left: number
  seller: {
    id: string
    name: string
    handle: string
    status: string
    whatsapp: string
    /** https://wa.me/<628…> to contact the seller. */
    whatsapp_url: string
  }
}

/** Documents expiring after `now` and within `days` days, soonest first, with the seller to contact. */
export async function listExpiringDocuments(container: MedusaContainer, days: number, now = new Date()): Promise<ExpiringDocument[]> {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const documents = await service.listSellerDocuments(
    { expires_at: { $gt: now, $lte: new Date(now.getTime() + days * DAY_MS) } },
    { relations: ["seller"], order: { expires_at: "ASC", id: "ASC" } }
  )
  return documents.map((doc) => ({
    type: doc.type,
    number: doc.number,
    expires_at: new Date(doc.expires_at!).toISOString(),
    verified: doc.verified,
    days_left: Math.ceil((new Date(doc.expires_at!).getTime() - now.getTime()) / DAY_MS),
    seller: {
      id: doc.seller.id,
      name: doc.seller.name,
      handle: doc.seller.handle,
      status: doc.seller.status,
      whatsapp: doc.seller.whatsapp,
      whatsapp_url: `https://wa.me/${doc.seller.whatsapp}`,
    },
  }))
}

/** Verified documents whose expiry has passed at `now` (their badge should be off). */
export async function listExpiredVerifiedDocuments(container: MedusaContainer, now = new Date()) {
  const service: SellerModuleService = container.resolve(SELLER_MODULE)
  const documents = await service.listSellerDocuments(
    { verified: true, expires_at: { $lte: now } },
    { select: ["id", "type", "expires_at", "seller_id"], order: { expires_at: "ASC", id: "ASC" } }
  )
  return documents.map((doc) => ({
    seller_id: doc.seller_id as string,
    type: doc.type as DocumentType,
    expires_at: new Date(doc.expires_at!),
  }))
}
