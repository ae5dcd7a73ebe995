import type { DocumentType, SellerStatus } from "../../modules/seller/models"

export interface Actor {
  type: "seller" | "user" | "system"
  id: string
}

export interface SellerDocumentInput {
  type: DocumentType
  number: string
  expires_at?: string | null
  photo_url?: string | null
  /** Only setup/staff flows pass this; the vendor API never does. */
  verified?: boolean
}

export interface CreateSellerInput {
  seller: {
    handle?: string
    name: string
    description?: string | null
    logo_url?: string | null
    district_code: string
    categories: string[]
    creative_subsectors?: string[]
    whatsapp: string
    pickup_address?: string | null
    time_zone?: string
    women_owned?: boolean
    new_entrepreneur?: boolean
    opening_hours?: Record<string, { open: string; close: string }[]>
    holiday_closures?: string[]
    preparation_minutes?: number
    lead_time_days?: number
    documents?: SellerDocumentInput[]
  }
  owner: { email: string; name?: string | null }
  /** The fresh `seller` auth identity (onboarding); its app_metadata gets the member id. */
  auth_identity_id?: string
  /** Only setup may create approved sellers; onboarding always starts pending. */
  status?: SellerStatus
  actor: Actor
}
