import { createRequire } from "node:module"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAX_IMAGE_BYTES, MAX_IMAGES } from "./images"

type Middleware = (req: MedusaRequest, res: MedusaResponse, next: (error?: unknown) => void) => void
interface Multer {
  (options: { storage: unknown; limits: Record<string, number> }): { array(field: string, maxCount: number): Middleware }
  memoryStorage(): unknown
}

// The multer Medusa itself uses for /admin/uploads (a dependency of @medusajs/medusa).
const multer: Multer = createRequire(require.resolve("@medusajs/medusa/package.json"))("multer")

// Like Medusa's /admin/uploads: files kept in memory and handed to uploadFilesWorkflow as base64,
// plus limits because sellers are not trusted staff.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES, fields: 10, fieldSize: 1024 },
}).array("files", MAX_IMAGES)

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `Field 'files': each image may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB`,
  LIMIT_FILE_COUNT: `Field 'files': send at most ${MAX_IMAGES} images at once`,
  LIMIT_UNEXPECTED_FILE: `Field 'files': send at most ${MAX_IMAGES} images, all in the multipart field 'files'`,
}

/** Multipart parsing errors are the client's: 400 with a clear message, never a 500. */
function parseImages(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (error?: unknown) => {
    if (!error) {
      return next()
    }
    const code = (error as { code?: string }).code ?? ""
    const message = MULTER_MESSAGES[code] ?? `Invalid multipart upload: ${(error as Error).message}`
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  })
}

export const vendorUploadMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/vendor/uploads", middlewares: [parseImages] },
]
