import { medusa } from "~/lib/medusa.server"

const REGION_CURRENCY = "idr"

let indonesiaRegionId: Promise<string> | undefined

/** The id of the Indonesia region (currency IDR), looked up once per server process. */
export function getIndonesiaRegionId(): Promise<string> {
  indonesiaRegionId ??= medusa.store.region
    .list({ currency_code: REGION_CURRENCY, fields: "id,currency_code", limit: 1 })
    .then(({ regions }) => {
      const region = regions.find((r) => r.currency_code === REGION_CURRENCY)
      if (!region) {
        throw new Error(`No Medusa region with currency "${REGION_CURRENCY}": is the backend seeded?`)
      }
      return region.id
    })
    .catch((error: unknown) => {
      indonesiaRegionId = undefined // retry on the next request
      throw error
    })
  return indonesiaRegionId
}
