/** A photo a seller picked, checked before it is sent (the backend checks again). */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024

/** JPEG, PNG or WebP by content (magic bytes), whatever the name or declared type says. */
export function imageKind(bytes: Uint8Array): "jpeg" | "png" | "webp" | null {
  const at = (i: number) => bytes[i]
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return "jpeg"
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return "png"
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to))
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp"
  return null
}

/** Why a photo cannot be used (an i18n key), or null when it can. */
export async function imageProblem(file: File): Promise<"mitra.error.photo" | "mitra.error.photoSize" | null> {
  if (file.size > MAX_IMAGE_BYTES) return "mitra.error.photoSize"
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
  return imageKind(head) ? null : "mitra.error.photo"
}

/**
 * Why the upload route refused photos (a VendorError: `status`, `code`), as a message for the photo
 * field: the seller's upload quota is full (`413 upload_quota_exceeded`) or not an image (`400`);
 * null for anything else.
 */
export function uploadProblem(error: unknown): "mitra.error.photo" | "mitra.error.photoQuota" | null {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown }
  if (status === 413 || code === "upload_quota_exceeded") return "mitra.error.photoQuota"
  return status === 400 ? "mitra.error.photo" : null
}
