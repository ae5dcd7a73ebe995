import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { uploadQuota } from "../../modules/seller/upload-quota"

export interface UploadSellerFilesInput {
  seller_id: string
  files: { filename: string; mimeType: string; content: string; access: "public"; bytes: number }[]
}

/** Reserves the files against the seller's quota (refused → nothing written); compensation frees them. */
const reserveSellerUploadsStep = createStep(
  "reserve-seller-uploads",
  async (input: { seller_id: string; bytes: number[] }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    const rows = await service.reserveSellerUploads(input.seller_id, input.bytes.map((bytes) => ({ bytes })), uploadQuota())
    const ids = rows.map((row) => row.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.deleteSellerUploads(ids)
  }
)

/** Fills the reserved rows with the stored files' ids and URLs (same order). */
const recordSellerUploadFilesStep = createStep(
  "record-seller-upload-files",
  async (input: { ids: string[]; files: { id: string; url: string }[] }, { container }) => {
    const service: SellerModuleService = container.resolve(SELLER_MODULE)
    await service.updateSellerUploads(input.ids.map((id, i) => ({ id, file_id: input.files[i].id, url: input.files[i].url })))
    return new StepResponse(undefined)
  }
)

/**
 * A seller uploads images: quota first (a row per file, counted under a lock on the seller so two
 * concurrent uploads can't both pass the limit), then Medusa's uploadFilesWorkflow (which removes
 * the files again if a later step fails), then the rows get the files' ids and URLs.
 */
export const uploadSellerFilesWorkflow = createWorkflow("upload-seller-files", (input: UploadSellerFilesInput) => {
  const ids = reserveSellerUploadsStep(
    transform({ input }, ({ input }) => ({ seller_id: input.seller_id, bytes: input.files.map((f) => f.bytes) }))
  )
  const stored = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      files: input.files.map(({ filename, mimeType, content, access }) => ({ filename, mimeType, content, access })),
    })),
  })
  recordSellerUploadFilesStep(
    transform({ ids, stored }, ({ ids, stored }) => ({ ids, files: stored.map((f) => ({ id: f.id, url: f.url })) }))
  )
  return new WorkflowResponse(transform({ stored }, ({ stored }) => stored.map((f) => ({ id: f.id, url: f.url }))))
})
