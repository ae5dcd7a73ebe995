import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DistrictRecord } from "@sentra/area-data"
import { DISTRICT_MODULE } from "../../../modules/district"
import type DistrictModuleService from "../../../modules/district/service"

/**
 * Creates the kecamatan that aren't loaded yet (keyed by Kemendagri code) and returns the ids
 * it created. The one implementation behind setup and POST /admin/districts/load.
 */
export async function createMissingDistricts(container: MedusaContainer, districts: DistrictRecord[]): Promise<string[]> {
  const service: DistrictModuleService = container.resolve(DISTRICT_MODULE)
  const existing = await service.listDistricts({ code: districts.map((d) => d.code) }, { select: ["code"] })
  const known = new Set(existing.map((d) => d.code))
  const missing = districts.filter((d) => !known.has(d.code))
  if (!missing.length) {
    return []
  }
  const created = await service.createDistricts(
    missing.map((d) => ({
      code: d.code,
      name: d.name,
      regency_code: d.regencyCode,
      regency_name: d.regencyName,
      province_code: d.provinceCode,
      province_name: d.provinceName,
    }))
  )
  return created.map((d) => d.id)
}

/** Idempotently creates the given kecamatan; compensation deletes the ones it created. */
export const ensureDistrictsStep = createStep(
  "ensure-districts",
  async (districts: DistrictRecord[], { container }) => {
    const created = await createMissingDistricts(container, districts)
    return new StepResponse({ created_ids: created }, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const service: DistrictModuleService = container.resolve(DISTRICT_MODULE)
    await service.deleteDistricts(created)
  }
)
