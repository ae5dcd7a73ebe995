import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { DOCUMENT_TYPES, type DocumentType } from "../../../modules/seller/models"
import { isOpenNow, type OpeningHours } from "../../../modules/seller/opening-hours"

/**
 * The fresh `seller` identity that may onboard: it must not be linked to a seller member yet, and
 * its owner email is the emailpass login (never an email from the body).
 */
export async function onboardingIdentity(
  container: MedusaContainer,
  auth: { auth_identity_id?: string; actor_id?: string }
): Promise<{ auth_identity_id: string; email: string }> {
  const alreadyOnboarded = () =>
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This login already has a seller profile; log in again (POST /auth/seller/emailpass) to use it"
    )
  if (auth.actor_id) {
    throw alreadyOnboarded()
  }
  if (!auth.auth_identity_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Register first: POST /auth/seller/emailpass/register")
  }
  const identity = await container
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(auth.auth_identity_id, { relations: ["provider_identities"] })
    .catch(() => null)
  if (!identity) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unknown login")
  }
  if (identity.app_metadata?.seller_id) {
    throw alreadyOnboarded()
  }
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Onboarding needs an email/password login (emailpass)")
  }
  return { auth_identity_id: identity.id, email }
}

interface SellerRow {
  time_zone: string
  opening_hours: OpeningHours
  holiday_closures: string[]
  documents?: ({ type: DocumentType; verified: boolean; expires_at: Date | string | null } | null)[]
  members?: ({ id: string; email: string; name: string | null; role: string } | null)[]
  status_changes?: ({ from_status: string | null; to_status: string; reason: string | null; actor_type: string; created_at: Date | string } | null)[]
  district?: { code: string; name: string; regency_name: string } | null
  [field: string]: unknown
}

const time = (value: Date | string) => new Date(value).getTime()

/**
 * The caller's seller as the vendor panel shows it: profile, documents with verification badges
 * (verified and not expired), members, status with its history, kecamatan and `open_now`.
 * `fields`: query-config.ts.
 */
export async function retrieveVendorSeller(container: MedusaContainer, sellerId: string, fields: string[], at = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields, filters: { id: sellerId } })
  const row = data[0] as SellerRow | undefined
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Seller not found")
  }
  const { documents, members, status_changes, district, ...seller } = row
  const docs = (documents ?? []).flatMap((d) => (d ? [d] : [])).sort((a, b) => DOCUMENT_TYPES.indexOf(a.type) - DOCUMENT_TYPES.indexOf(b.type))
  const badges = Object.fromEntries(
    DOCUMENT_TYPES.map((type) => {
      const doc = docs.find((d) => d.type === type)
      return [type, !!doc?.verified && (!doc.expires_at || time(doc.expires_at) > at.getTime())]
    })
  ) as Record<DocumentType, boolean>
  return {
    ...seller,
    documents: docs,
    badges,
    members: (members ?? []).flatMap((m) => (m ? [{ id: m.id, email: m.email, name: m.name, role: m.role }] : [])),
    status_history: (status_changes ?? [])
      .flatMap((c) => (c ? [c] : []))
      .sort((a, b) => time(a.created_at) - time(b.created_at)),
    district: district ? { code: district.code, name: district.name, city: district.regency_name } : null,
    open_now: isOpenNow(row, at),
  }
}
