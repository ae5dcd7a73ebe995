import { listDistrictsByCity, type CityGroup } from "~/lib/districts.server"
import { refreshToken, vendor, VendorError } from "./api.server"
import { imageProblem, uploadProblem } from "./image"
import { DOCUMENT_TYPES, docField, hasFile, profileFieldOf, todayWib, type DocumentType, type FieldErrors, type ProfileBody } from "./profile"
import type { SellerSession } from "./session.server"

export type SellerStatus = "pending" | "approved" | "suspended"

export interface VendorDocument {
  type: DocumentType
  number: string
  expires_at: string | null
  photo_url: string | null
  verified: boolean
}

/** `GET /vendor/sellers/me`, the fields the panel uses: the editable profile plus what staff set. */
export interface VendorSeller extends Omit<ProfileBody, "district_code" | "documents"> {
  id: string
  handle: string
  status: SellerStatus
  status_reason: string | null
  time_zone: string
  open_now: boolean
  district: { code: string; name: string; city: string } | null
  documents: VendorDocument[]
}

export async function getMySeller(request: Request, session: SellerSession): Promise<VendorSeller> {
  return (await vendor<{ seller: VendorSeller }>(request, session, "/sellers/me")).seller
}

/** The kecamatan a seller may choose, by city (every loaded one). */
export function districtChoices(): Promise<CityGroup[]> {
  return listDistrictsByCity()
}

export const districtCodes = (cities: CityGroup[]) => new Set(cities.flatMap((c) => c.districts.map((d) => d.code)))

/** Uploads photos through `POST /vendor/uploads` (type, content and size are checked there). */
export async function uploadImages(request: Request, session: SellerSession, files: File[]): Promise<string[]> {
  const body = new FormData()
  for (const file of files) body.append("files", file, file.name || "foto.jpg")
  const { files: stored } = await vendor<{ files: { url: string }[] }>(request, session, "/uploads", { method: "POST", form: body })
  return stored.map((f) => f.url)
}

export type SaveResult = { ok: true; token?: string } | { ok: false; errors: FieldErrors; message?: string }

/** Checks the certificate photos in the form before anything is written. */
async function documentPhotos(form: FormData, documents: ProfileBody["documents"]): Promise<{ photos: Map<DocumentType, File>; errors: FieldErrors }> {
  const photos = new Map<DocumentType, File>()
  const errors: FieldErrors = {}
  for (const type of DOCUMENT_TYPES) {
    const photo = form.get(docField(type, "photo"))
    if (!hasFile(photo) || !documents.some((d) => d.type === type)) continue
    const problem = await imageProblem(photo)
    if (problem) errors[docField(type, "photo")] = problem
    else photos.set(type, photo)
  }
  return { photos, errors }
}

function refusedProfile(error: unknown, types: DocumentType[]): SaveResult {
  if (error instanceof VendorError && error.status === 400) {
    const errors: FieldErrors = {}
    for (const path of error.fields) errors[profileFieldOf(path, types)] = "mitra.error.backendField"
    return { ok: false, errors, message: error.message }
  }
  throw error
}

async function uploadDocumentPhotos(request: Request, session: SellerSession, photos: Map<DocumentType, File>) {
  const urls = new Map<DocumentType, string>()
  for (const [type, file] of photos) urls.set(type, (await uploadImages(request, session, [file]))[0])
  return urls
}

/**
 * Onboarding: `POST /vendor/sellers` with the registration token, then a fresh token that carries
 * the new seller member (`/auth/token/refresh`). Certificate photos are checked first and uploaded
 * with the new token (uploads need a seller), then attached to their documents.
 */
export async function createSeller(request: Request, session: SellerSession, body: ProfileBody, form: FormData): Promise<SaveResult> {
  const { photos, errors } = await documentPhotos(form, body.documents)
  if (Object.keys(errors).length) return { ok: false, errors }
  try {
    await vendor(request, session, "/sellers", { method: "POST", json: { ...body, documents: body.documents.length ? body.documents : undefined } })
  } catch (error) {
    return refusedProfile(error, body.documents.map((d) => d.type))
  }
  const token = await refreshToken(session.token)
  if (photos.size) {
    const seller = { ...session, token }
    const urls = await uploadDocumentPhotos(request, seller, photos)
    await vendor(request, seller, "/sellers/me", {
      method: "POST",
      json: { documents: [...urls].map(([type, photo_url]) => ({ type, photo_url })) },
    })
  }
  return { ok: true, token }
}

/** `POST /vendor/sellers/me` with the whole form; new certificate photos are uploaded first. */
export async function updateSeller(request: Request, session: SellerSession, body: ProfileBody, form: FormData): Promise<SaveResult> {
  const { photos, errors } = await documentPhotos(form, body.documents)
  if (Object.keys(errors).length) return { ok: false, errors }
  try {
    let urls: Map<DocumentType, string>
    try {
      urls = await uploadDocumentPhotos(request, session, photos)
    } catch (error) {
      // A full upload quota (or a refused image): a message next to the photo fields, nothing saved.
      const problem = uploadProblem(error)
      if (!problem) throw error
      return { ok: false, errors: Object.fromEntries([...photos.keys()].map((type) => [docField(type, "photo"), problem])) }
    }
    const documents = body.documents.map((d) => (urls.has(d.type) ? { ...d, photo_url: urls.get(d.type) } : d))
    const payload: Record<string, unknown> = { ...body, documents }
    if (!documents.length) delete payload.documents
    await vendor(request, session, "/sellers/me", { method: "POST", json: payload })
    return { ok: true }
  } catch (error) {
    return refusedProfile(error, body.documents.map((d) => d.type))
  }
}

/**
 * "Tutup hari ini saja": today's date (WIB) added to or removed from the holiday dates. The
 * backend's open-now rule then closes (or reopens) the intervals that start today.
 */
export async function setClosedToday(request: Request, session: SellerSession, closed: boolean): Promise<void> {
  const seller = await getMySeller(request, session)
  const today = todayWib()
  const others = seller.holiday_closures.filter((d) => d !== today)
  await vendor(request, session, "/sellers/me", { method: "POST", json: { holiday_closures: closed ? [...others, today].sort() : others } })
}
