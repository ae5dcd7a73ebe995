import { describe, expect, it } from "vitest"
import { t } from "~/i18n/panel"
import { documentState, orderTab, ORDER_TABS, productVisibility, startOfWeekWib, TICKET_STATUS_KEY, VISIBILITY_KEY } from "./status"

describe("status words", () => {
  it("name ticket statuses and product visibility in Bahasa Indonesia", () => {
    expect(t("id", TICKET_STATUS_KEY.received)).toBe("Baru")
    expect(t("id", TICKET_STATUS_KEY.preparing)).toBe("Disiapkan")
    expect(t("id", VISIBILITY_KEY[productVisibility({ status: "published", store_visible: true })])).toBe("Tampil di toko")
    expect(t("id", VISIBILITY_KEY[productVisibility({ status: "published", store_visible: false })])).toBe("Belum tampil: menunggu verifikasi")
    expect(t("id", VISIBILITY_KEY[productVisibility({ status: "draft", store_visible: false })])).toBe("Draf")
  })

  it("maps tabs to statuses; unknown tabs are Baru", () => {
    expect(orderTab("siap")).toBe("siap")
    expect(orderTab("hapus")).toBe("baru")
    expect(orderTab(null)).toBe("baru")
    expect(ORDER_TABS.selesai).toEqual(["completed", "declined", "cancelled"])
  })
})

describe("documentState", () => {
  const now = new Date("2026-12-04T05:00:00Z")
  it("verified, waiting, expired", () => {
    expect(documentState({ verified: true, expires_at: null }, now)).toEqual({ state: "verified", expiresSoon: false })
    expect(documentState({ verified: false, expires_at: "2028-01-01T00:00:00Z" }, now)).toEqual({ state: "pending", expiresSoon: false })
    expect(documentState({ verified: true, expires_at: "2026-12-01T00:00:00Z" }, now).state).toBe("expired")
  })
  it("warns 30 days before expiry, not 31", () => {
    expect(documentState({ verified: true, expires_at: "2027-01-02T00:00:00Z" }, now).expiresSoon).toBe(true)
    expect(documentState({ verified: true, expires_at: "2027-01-05T00:00:00Z" }, now).expiresSoon).toBe(false)
  })
})

describe("startOfWeekWib", () => {
  it("is Monday 00:00 WIB", () => {
    // Friday 4 Dec 2026, 12:00 WIB → Monday 30 Nov 2026 00:00 WIB = 29 Nov 17:00 UTC
    expect(startOfWeekWib(new Date("2026-12-04T05:00:00Z")).toISOString()).toBe("2026-11-29T17:00:00.000Z")
    // Sunday 23:30 WIB still belongs to the week that began the Monday before
    expect(startOfWeekWib(new Date("2026-12-06T16:30:00Z")).toISOString()).toBe("2026-11-29T17:00:00.000Z")
    // Monday 00:30 WIB starts a new week
    expect(startOfWeekWib(new Date("2026-12-06T17:30:00Z")).toISOString()).toBe("2026-12-06T17:00:00.000Z")
  })
})
