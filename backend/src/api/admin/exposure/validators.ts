import { z } from "@medusajs/framework/zod"
import { addDays, todayInWib } from "@sentra/vocabulary"
import { isoDate } from "../reports/validators"

const DAY_MS = 24 * 60 * 60 * 1000

/** Without `from`, the period is the last seven days (today in WIB included). */
export const DEFAULT_EXPOSURE_DAYS = 7

/**
 * GET /admin/exposure?from=&to=: days in Jakarta, both included (at most 366 days). `to` defaults
 * to today, `from` to six days before `to`.
 */
export const AdminGetExposure = z
  .object({ from: isoDate("from").optional(), to: isoDate("to").optional() })
  .strict()
  .transform((q) => {
    const to = q.to ?? todayInWib()
    return { to, from: q.from ?? addDays(to, -(DEFAULT_EXPOSURE_DAYS - 1)) }
  })
  .superRefine((q, ctx) => {
    const days = (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS
    if (days < 0) ctx.addIssue({ code: "custom", path: ["to"], message: "Field 'to' must not be before 'from'" })
    if (days > 365) ctx.addIssue({ code: "custom", path: ["to"], message: "Field 'to' must be at most 366 days after 'from'" })
  })
export type AdminGetExposureType = z.infer<typeof AdminGetExposure>
