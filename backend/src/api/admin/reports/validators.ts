import { z } from "@medusajs/framework/zod"
import { REPORT_TABLE_NAMES } from "../../../lib/report-tables"

const DAY_MS = 24 * 60 * 60 * 1000
/** Jakarta is UTC+7 all year. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

export const isoDate = (field: string) =>
  z
    .string({ error: `Field '${field}' is required (a date written as YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `Field '${field}' must be a date written as YYYY-MM-DD` })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      message: `Field '${field}' is not a calendar date`,
    })

/** Midnight at the start of a day in Jakarta, as an instant. */
const startOfWibDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - WIB_OFFSET_MS)

/**
 * GET /admin/reports: `from` and `to` are days in Jakarta, both included (at most 366 days);
 * they become the instants [from 00:00 WIB, the day after `to` 00:00 WIB).
 */
export const AdminGetReports = z
  .object({
    from: isoDate("from"),
    to: isoDate("to"),
    regency_code: z
      .string()
      .regex(/^\d{2}\.\d{2}$/, { message: "Field 'regency_code' must be a kabupaten/kota code like 32.73" })
      .optional(),
    format: z.enum(["json", "csv"]).default("json"),
    /** Which table the CSV holds. */
    table: z.enum(REPORT_TABLE_NAMES).default("district"),
  })
  .strict()
  .superRefine((q, ctx) => {
    const days = (Date.parse(q.to) - Date.parse(q.from)) / DAY_MS
    if (days < 0) ctx.addIssue({ code: "custom", path: ["to"], message: "Field 'to' must not be before 'from'" })
    if (days > 365) ctx.addIssue({ code: "custom", path: ["to"], message: "Field 'to' must be at most 366 days after 'from'" })
  })
  .transform((q) => ({
    ...q,
    from: startOfWibDay(q.from),
    to: new Date(startOfWibDay(q.to).getTime() + DAY_MS),
  }))
export type AdminGetReportsType = z.infer<typeof AdminGetReports>
