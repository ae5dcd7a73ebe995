import { MedusaError } from "@medusajs/framework/utils"
import { positiveNumber } from "../../lib/env"

/**
 * The per-seller upload quota (docs/decisions/093): how many files and how many bytes in total one
 * seller may have uploaded through `POST /vendor/uploads`. Read from the environment at each upload
 * (`SENTRA_UPLOAD_QUOTA_FILES`, `SENTRA_UPLOAD_QUOTA_MB`), so a change needs no migration.
 */
export interface UploadQuota {
  files: number
  bytes: number
}

export const DEFAULT_UPLOAD_QUOTA = { files: 300, megabytes: 300 } as const

/** The error code `POST /vendor/uploads` answers (status 413) when an upload would pass the quota. */
export const UPLOAD_QUOTA_EXCEEDED = "upload_quota_exceeded"

export function uploadQuota(env: Record<string, string | undefined> = process.env): UploadQuota {
  const files = positiveNumber(env, "SENTRA_UPLOAD_QUOTA_FILES", DEFAULT_UPLOAD_QUOTA.files, true)
  const megabytes = positiveNumber(env, "SENTRA_UPLOAD_QUOTA_MB", DEFAULT_UPLOAD_QUOTA.megabytes, false)
  return { files, bytes: Math.round(megabytes * 1024 * 1024) }
}

/** The seller's uploads so far plus this one would pass its quota: a Bahasa message and the numbers. */
export function uploadQuotaExceeded(quota: UploadQuota, used: UploadQuota, adding: UploadQuota): MedusaError | null {
  if (used.files + adding.files <= quota.files && used.bytes + adding.bytes <= quota.bytes) return null
  const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString("id-ID", { maximumFractionDigits: 1 })
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Batas unggahan toko Anda sudah tercapai (${used.files} dari ${quota.files} file, ${mb(used.bytes)} dari ${mb(quota.bytes)} MB). ` +
      "Hubungi petugas kota bila perlu menambah foto. (Upload quota reached.)",
    UPLOAD_QUOTA_EXCEEDED
  )
}
