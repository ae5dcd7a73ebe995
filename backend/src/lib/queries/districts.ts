/**
 * Read helpers shared by the admin and store district/seller routes (no writes here).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A regency code ("32.73") or a regency name ("Kota Bandung", any case) as a district filter. */
export function cityFilter(city: string | undefined): Record<string, unknown> {
  if (!city) return {}
  const value = city.trim()
  return /^\d{2}\.\d{2}$/.test(value) ? { regency_code: value } : { regency_name: { $ilike: value.replace(/[\\%_]/g, "\\$&") } }
}

/** Ids of the sellers linked to the kecamatan with this code ([] when the code is unknown). */
export async function sellerIdsOfDistrict(container: MedusaContainer, code: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "district", fields: ["id", "sellers.id"], filters: { code } })
  const district = data[0] as { sellers?: ({ id: string } | null)[] | null } | undefined
  return (district?.sellers ?? []).flatMap((s) => (s ? [s.id] : []))
}
