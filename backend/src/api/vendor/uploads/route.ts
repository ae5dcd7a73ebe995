import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadSellerFilesWorkflow } from "../../../workflows/seller/upload-seller-files"
import { sellerScope } from "../seller-scope"
import { containsMarkup, IMAGE_TYPES, safeFileName, sniffImageType, type ImageType } from "./images"

interface UploadedFile {
  originalname: string
  mimetype: string
  buffer: Buffer
}

/**
 * Product and logo images of the calling seller → Medusa's File Module (public files), within the
 * seller's upload quota (over it: 413 `upload_quota_exceeded`, nothing stored; docs/api/vendor.md).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  // Set by multer (see ./middlewares.ts).
  const files = (req as unknown as { files?: UploadedFile[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Field 'files' is required: send images as multipart/form-data")
  }
  const images = files.map((file, index) => {
    const declared = file.mimetype as ImageType
    if (!(declared in IMAGE_TYPES)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'files.${index}' (${file.originalname}): type ${file.mimetype} is not allowed; use JPEG, PNG or WebP`
      )
    }
    if (sniffImageType(file.buffer) !== declared) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'files.${index}' (${file.originalname}): the content is not a ${IMAGE_TYPES[declared].toUpperCase()} image`
      )
    }
    if (containsMarkup(file.buffer)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Field 'files.${index}' (${file.originalname}): the image carries HTML or SVG markup; upload a plain photo`
      )
    }
    return {
      filename: safeFileName(file.originalname, declared),
      mimeType: declared,
      content: file.buffer.toString("base64"),
      access: "public" as const,
      bytes: file.buffer.length,
    }
  })
  const { result } = await uploadSellerFilesWorkflow(req.scope).run({ input: { seller_id: sellerScope(req).seller_id, files: images } })
  res.status(200).json({ files: result })
}
