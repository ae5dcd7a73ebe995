import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ADMIN_DISTRICT_FIELDS } from "./query-config"

type DistrictRow = Record<string, unknown> & { sellers?: ({ id: string; status: string } | null)[] | null }

/** A kecamatan as city staff see it: all its fields plus how many sellers it has per status. */
export function toAdminDistrict({ sellers, ...district }: DistrictRow) {
  const sellers_by_status = { pending: 0, approved: 0, suspended: 0 } as Record<string, number>
  for (const seller of sellers ?? []) {
    if (seller) sellers_by_status[seller.status] = (sellers_by_status[seller.status] ?? 0) + 1
  }
  return { ...district, sellers_by_status }
}

export async function retrieveAdminDistrict(container: MedusaContainer, code: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "district", fields: ADMIN_DISTRICT_FIELDS, filters: { code } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `District ${code} was not found`)
  }
  return toAdminDistrict(data[0] as DistrictRow)
}
