import { z } from "@medusajs/framework/zod"

export const AdminListDistrictsQuery = z.object({
  /** A regency code ("32.73") or name ("Kota Bandung"). */
  city: z.string().trim().min(1).max(100).optional(),
  /** true: only featured kecamatan (by rank); false: only the others. */
  featured: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListDistrictsQueryType = z.infer<typeof AdminListDistrictsQuery>

/** GET and POST /admin/districts/:code take no query parameters. */
export const AdminGetDistrictParams = z.object({})

const text = (max: number) => z.string().trim().min(1).max(max).nullable()

export const AdminUpdateDistrictBody = z
  .object({
    featured_rank: z.number().int().min(1).max(10_000).nullable(),
    headline: text(160),
    story: text(5000),
    hero_image_url: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
    flagship_product_id: z.string().trim().min(1).max(100).nullable(),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "Give at least one field to change" })
export type AdminUpdateDistrictBodyType = z.infer<typeof AdminUpdateDistrictBody>

export const AdminLoadDistrictsBody = z
  .object({
    regency_codes: z
      .array(z.string().regex(/^\d{2}\.\d{2}$/, "A regency code looks like 35.78"))
      .min(1)
      .max(50),
  })
  .strict()
export type AdminLoadDistrictsBodyType = z.infer<typeof AdminLoadDistrictsBody>
