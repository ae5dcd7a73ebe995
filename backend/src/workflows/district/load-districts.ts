import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureDistrictsStep } from "./steps/ensure-districts"
import { readRegencyDistrictsStep } from "./steps/read-regency-districts"

export interface LoadDistrictsInput {
  /** Kabupaten/kota codes as idn-area-data writes them, e.g. "35.78" (Kota Surabaya). */
  regency_codes: string[]
}

/**
 * Loads every kecamatan of the given kabupaten/kota from idn-area-data. Idempotent: kecamatan
 * that exist (by code) are left alone, so loading a regency twice creates nothing.
 */
export const loadDistrictsWorkflow = createWorkflow("load-districts", (input: LoadDistrictsInput) => {
  const districts = readRegencyDistrictsStep(input.regency_codes)
  const { created_ids } = ensureDistrictsStep(districts)
  const result = transform({ districts, created_ids }, ({ districts, created_ids }) => ({
    codes: districts.map((d) => d.code),
    created: created_ids.length,
    existing: districts.length - created_ids.length,
  }))
  return new WorkflowResponse(result)
})
