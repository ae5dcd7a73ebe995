import { z } from "@medusajs/framework/zod"
import { EXPOSURE_SURFACES, MAX_EXPOSURE_ENTRIES } from "@sentra/vocabulary"
import { isoDate } from "../../admin/reports/validators"

/** POST /internal/exposure: one flush of the storefront's buffer (docs/decisions/102). */
export const PostExposure = z
  .object({
    entries: z
      .array(
        z
          .object({
            seller_id: z.string().min(1).max(100),
            day: isoDate("day"),
            surface: z.enum(EXPOSURE_SURFACES),
            impressions: z.number().int().min(1).max(1_000_000),
          })
          .strict()
      )
      .min(1)
      .max(MAX_EXPOSURE_ENTRIES),
  })
  .strict()
export type PostExposureType = z.infer<typeof PostExposure>
