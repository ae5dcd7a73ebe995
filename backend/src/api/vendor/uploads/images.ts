/**
 * Image checks for seller uploads: the declared type must be an allowed image type AND the bytes
 * must be that type (magic numbers), so an HTML/SVG/script file renamed to .jpg is refused.
 */
export const IMAGE_TYPES = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
} as const
export type ImageType = keyof typeof IMAGE_TYPES

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024
export const MAX_IMAGES = 8

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte)

/** The image type the bytes really are, or null when they are none of the allowed types. */
export function sniffImageType(bytes: Buffer): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg"
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png"
  // RIFF <size> WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp"
  return null
}

/**
 * HTML or SVG markup anywhere in the bytes: an image with a page appended or hidden in a chunk (a
 * polyglot) that a browser sniffing the content, or a viewer ignoring the type, could run. Photo
 * metadata (EXIF, XMP's `<?xpacket`/`<x:xmpmeta`) has none of these tags.
 */
const MARKUP = /<(?:!doctype|html|head|body|script|svg|iframe|object|embed|img|meta|style|link)[\s/>]/i

/** True when the bytes carry HTML or SVG markup (see MARKUP). */
export function containsMarkup(bytes: Buffer): boolean {
  return MARKUP.test(bytes.toString("latin1"))
}

/**
 * A safe stored file name: the original base name reduced to [a-z0-9-] (no directories: the local
 * file provider would honour "../" in a name) plus the extension of the real type.
 */
export function safeFileName(originalName: string, type: ImageType): string {
  const base = (originalName.split(/[\\/]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
  return `${base || "gambar"}.${IMAGE_TYPES[type]}`
}
