/**
 * Vendor input for the seller profile (onboarding and POST /vendor/sellers/me).
 *
 * Objects are strict: staff-only fields (status, verified, handle, featured fields, seller_id, …)
 * are unknown here and rejected with 400 (no mass assignment). Error messages name the field.
 */
import { z } from "@medusajs/framework/zod"
import type * as Format from "@sentra/format" with { "resolution-mode": "import" }
import { CREATIVE_SUBSECTORS } from "@sentra/vocabulary"
import { DOCUMENT_TYPES } from "../../../modules/seller/models"
import { dayIntervalProblems, isIsoDate, WEEKDAYS } from "../../../modules/seller/opening-hours"

// @sentra/format is an ES module; Node 20.19+ loads it with require().
const { normalizeIndonesianMobile } = require("@sentra/format") as typeof Format

export const SELLER_CATEGORIES = ["kuliner", "fesyen", "kriya"] as const
const SUBSECTOR_CODES = CREATIVE_SUBSECTORS.map((s) => s.code) as [string, ...string[]]

const unique = <T>(values: T[]) => [...new Set(values)]

/** Optional text that may be cleared with null; blank text counts as null. */
const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value ? value : null))

/** "Field 'a.0.b' <text>": Medusa shows custom messages as they are, so they name the field. */
export const fieldError = (text: string) => (issue: { path?: PropertyKey[] }) =>
  `Field '${(issue.path ?? []).map(String).join(".")}' ${text}`

export const httpUrl = z.url({ protocol: /^https?$/, error: fieldError("must be an http(s) URL") }).max(2000)

const whatsapp = z.string().transform((value, ctx) => {
  const normalized = normalizeIndonesianMobile(value)
  if (!normalized) {
    ctx.addIssue({
      code: "custom",
      message: `Field 'whatsapp' must be an Indonesian mobile number (08…, 628… or +628…, 10–13 digits), got: '${value}'`,
    })
    return z.NEVER
  }
  return normalized
})

const isoDate = z.string().refine(isIsoDate, { error: fieldError("must be a date written as YYYY-MM-DD") })

const interval = z.object({ open: z.string(), close: z.string() }).strict()

const dayHours = z.array(interval).max(6).optional()

const openingHours = z
  .object({ mon: dayHours, tue: dayHours, wed: dayHours, thu: dayHours, fri: dayHours, sat: dayHours, sun: dayHours })
  .strict()
  .superRefine((hours, ctx) => {
    for (const day of WEEKDAYS) {
      for (const problem of dayIntervalProblems(hours[day] ?? [])) {
        const path = ["opening_hours", day, problem.index, ...(problem.field ? [problem.field] : [])]
        ctx.addIssue({ code: "custom", path: path.slice(1), message: `Field '${path.join(".")}' ${problem.message}` })
      }
    }
  })

const profileFields = {
  name: z.string().trim().min(2).max(120),
  description: clearableText(2000),
  logo_url: httpUrl.nullable(),
  district_code: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, { message: "Field 'district_code' must be a kecamatan code like 32.73.02" }),
  categories: z.array(z.enum(SELLER_CATEGORIES)).min(1).max(SELLER_CATEGORIES.length * 2).transform(unique),
  creative_subsectors: z.array(z.enum(SUBSECTOR_CODES)).max(SUBSECTOR_CODES.length * 2).transform(unique),
  whatsapp,
  pickup_address: clearableText(500),
  women_owned: z.boolean(),
  new_entrepreneur: z.boolean(),
  opening_hours: openingHours,
  holiday_closures: z.array(isoDate).max(366).transform((dates) => unique(dates).sort()),
  preparation_minutes: z.number().int().min(0).max(7 * 24 * 60),
  lead_time_days: z.number().int().min(0).max(90),
}

const documentNumber = z.string().trim().min(3).max(64)
const documentExpiry = isoDate.nullable()
/** Photo of the certificate: an http(s) URL from POST /vendor/uploads; null clears it. */
const documentPhoto = httpUrl.nullable()

const oneDocumentPerType = (documents: { type: string }[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>()
  documents.forEach((doc, index) => {
    if (seen.has(doc.type)) {
      ctx.addIssue({ code: "custom", path: [index, "type"], message: `Field 'documents.${index}.type' repeats '${doc.type}': one document per type` })
    }
    seen.add(doc.type)
  })
}

/** POST /vendor/sellers (onboarding). */
export const VendorCreateSeller = z
  .object({
    name: profileFields.name,
    description: profileFields.description.optional(),
    logo_url: profileFields.logo_url.optional(),
    district_code: profileFields.district_code,
    categories: profileFields.categories,
    creative_subsectors: profileFields.creative_subsectors.optional(),
    whatsapp: profileFields.whatsapp,
    pickup_address: profileFields.pickup_address.optional(),
    women_owned: profileFields.women_owned.optional(),
    new_entrepreneur: profileFields.new_entrepreneur.optional(),
    opening_hours: profileFields.opening_hours.optional(),
    holiday_closures: profileFields.holiday_closures.optional(),
    preparation_minutes: profileFields.preparation_minutes.optional(),
    lead_time_days: profileFields.lead_time_days.optional(),
    documents: z
      .array(z.object({ type: z.enum(DOCUMENT_TYPES), number: documentNumber, expires_at: documentExpiry.optional(), photo_url: documentPhoto.optional() }).strict())
      .max(DOCUMENT_TYPES.length)
      .superRefine(oneDocumentPerType)
      .optional(),
  })
  .strict()
export type VendorCreateSellerType = z.infer<typeof VendorCreateSeller>

/**
 * POST /vendor/sellers/me: any editable field. Documents are matched by type: a new type needs a
 * number; changing a number or expiry resets the document's verification (staff check it again).
 */
export const VendorUpdateSeller = z
  .object({
    name: profileFields.name.optional(),
    description: profileFields.description.optional(),
    logo_url: profileFields.logo_url.optional(),
    district_code: profileFields.district_code.optional(),
    categories: profileFields.categories.optional(),
    creative_subsectors: profileFields.creative_subsectors.optional(),
    whatsapp: profileFields.whatsapp.optional(),
    pickup_address: profileFields.pickup_address.optional(),
    women_owned: profileFields.women_owned.optional(),
    new_entrepreneur: profileFields.new_entrepreneur.optional(),
    opening_hours: profileFields.opening_hours.optional(),
    holiday_closures: profileFields.holiday_closures.optional(),
    preparation_minutes: profileFields.preparation_minutes.optional(),
    lead_time_days: profileFields.lead_time_days.optional(),
    documents: z
      .array(
        z
          .object({
            type: z.enum(DOCUMENT_TYPES),
            number: documentNumber.optional(),
            expires_at: documentExpiry.optional(),
            photo_url: documentPhoto.optional(),
          })
          .strict()
      )
      .min(1)
      .max(DOCUMENT_TYPES.length)
      .superRefine(oneDocumentPerType)
      .optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "Nothing to update: send at least one field" })
export type VendorUpdateSellerType = z.infer<typeof VendorUpdateSeller>

/** The seller routes take no query parameters; their fields come from query-config.ts. */
export const VendorGetSellerParams = z.object({})
