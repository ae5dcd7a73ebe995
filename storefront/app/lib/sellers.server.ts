/** Sellers as the store API gives them (GET /store/sellers?handle=). Server only. */
import { normalizeIndonesianMobile } from "@sentra/format"
import { backendAssetUrl } from "~/lib/asset-url"
import { env } from "~/lib/env.server"
import { catalogRead } from "~/lib/catalog-cache.server"
import {
  localNow,
  nextOpening,
  upcomingClosures,
  weekHours,
  zoneLabel,
  type Interval,
  type Weekday,
} from "~/lib/opening-hours"

/** The store seller shape (docs/api/admin-store.md), the fields the storefront reads. */
interface StoreSeller {
  id: string
  handle: string
  name: string
  description: string | null
  logo_url: string | null
  whatsapp: string | null
  pickup_address: string | null
  time_zone: string
  opening_hours: Partial<Record<string, Interval[]>> | null
  holiday_closures: string[] | null
  preparation_minutes: number
  lead_time_days: number
  badges: { nib: boolean; pirt: boolean; halal: boolean }
  district: { code: string; name: string; city: string } | null
  open_now: boolean
}

export type SellerBadge = "halal" | "pirt" | "nib"

/** What a seller card shows (product page). */
export interface SellerCardView {
  handle: string
  name: string
  district: { code: string; name: string; city: string } | null
  badges: SellerBadge[]
  openNow: boolean
  /** Set when closed: the next opening (0 = today, 1 = tomorrow). */
  nextOpen: { inDays: number; weekday: Weekday; open: string } | null
  zone: string
  leadTimeDays: number
}

/** What the seller page shows. */
export interface SellerPageView extends SellerCardView {
  description: string | null
  logo: string | null
  pickupAddress: string | null
  week: { day: Weekday; intervals: Interval[] }[]
  /** Today in the seller's zone, to mark in the week. */
  today: Weekday
  closures: string[]
  preparationMinutes: number
  /** wa.me number (62…), null when the number isn't a mobile number. */
  whatsapp: string | null
}

/**
 * An approved seller by handle, or null (unknown, pending or suspended). The list route filtered
 * by handle answers without the seller's products (GET /store/sellers/:handle loads them all;
 * the pages list them paged from the search index instead).
 */
async function fetchSeller(handle: string): Promise<StoreSeller | null> {
  const { sellers } = await catalogRead<{ sellers: StoreSeller[] }>("/store/sellers", { handle, limit: 1 })
  return sellers.find((s) => s.handle === handle) ?? null
}

function toSellerCard(seller: StoreSeller, at: Date): SellerCardView {
  const schedule = {
    time_zone: seller.time_zone,
    opening_hours: seller.opening_hours,
    holiday_closures: seller.holiday_closures,
  }
  return {
    handle: seller.handle,
    name: seller.name,
    district: seller.district,
    badges: (["halal", "pirt", "nib"] as const).filter((badge) => seller.badges[badge]),
    openNow: seller.open_now,
    nextOpen: seller.open_now ? null : nextOpening(schedule, at),
    zone: zoneLabel(seller.time_zone),
    leadTimeDays: seller.lead_time_days,
  }
}

/** The seller card of an approved seller; null when unknown, pending or suspended. */
export async function getSellerCard(handle: string): Promise<SellerCardView | null> {
  const seller = await fetchSeller(handle)
  return seller && toSellerCard(seller, new Date())
}

/** The seller page of an approved seller; null when unknown, pending or suspended. */
export async function getSellerPage(handle: string): Promise<SellerPageView | null> {
  const seller = await fetchSeller(handle)
  if (!seller) return null
  const at = new Date()
  const schedule = {
    time_zone: seller.time_zone,
    opening_hours: seller.opening_hours,
    holiday_closures: seller.holiday_closures,
  }
  return {
    ...toSellerCard(seller, at),
    description: seller.description,
    logo: backendAssetUrl(seller.logo_url, env.MEDUSA_BACKEND_URL),
    pickupAddress: seller.pickup_address,
    week: weekHours(schedule),
    today: localNow(at, seller.time_zone).weekday,
    closures: upcomingClosures(schedule, at),
    preparationMinutes: seller.preparation_minutes,
    whatsapp: seller.whatsapp ? normalizeIndonesianMobile(seller.whatsapp) : null,
  }
}
