import { z } from "@medusajs/framework/zod"

export const StoreListDistrictsQuery = z.object({
  /** A regency code ("32.73") or name ("Kota Bandung"). */
  city: z.string().trim().min(1).max(100).optional(),
  /** true: only featured kecamatan (by rank); false: only the others. */
  featured: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreListDistrictsQueryType = z.infer<typeof StoreListDistrictsQuery>

/** GET /store/districts/:code takes no query parameters. */
export const StoreGetDistrictParams = z.object({})
