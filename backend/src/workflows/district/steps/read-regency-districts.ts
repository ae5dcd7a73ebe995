import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadDistricts } from "@sentra/area-data"

/** The kecamatan of the given kabupaten/kota codes from idn-area-data; unknown codes are a 400. */
export const readRegencyDistrictsStep = createStep("read-regency-districts", async (regencyCodes: string[]) => {
  try {
    return new StepResponse(loadDistricts([...new Set(regencyCodes)]))
  } catch (error) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
  }
})
