import type { MedusaContainer } from "@medusajs/framework/types"
import { readyDateWindow } from "@sentra/vocabulary"
import type { AxiosInstance } from "axios"
import { SELLER_MODULE } from "../../src/modules/seller"
import type SellerModuleService from "../../src/modules/seller/service"

/**
 * Gives every pre-order seller (lead_time_days > 0) among `sellerIds` its earliest ready date
 * (POST /store/carts/:id/part-details), as the storefront's checkout does: completion requires it.
 */
export async function setEarliestReadyDates(
  api: AxiosInstance,
  container: MedusaContainer,
  cartId: string,
  sellerIds: string[],
  headers: { headers: Record<string, string> }
): Promise<void> {
  const sellers = await (container.resolve(SELLER_MODULE) as SellerModuleService).listSellers({ id: sellerIds })
  const parts = sellers.flatMap((s) => {
    const window = readyDateWindow(s.lead_time_days)
    return window ? [{ seller_id: s.id, ready_date: window.min }] : []
  })
  if (parts.length) await api.post(`/store/carts/${cartId}/part-details`, { parts }, headers)
}
