import { Link } from "@remix-run/react"
import { t, type Locale } from "~/i18n"
import { clock } from "~/lib/opening-hours"
import type { SellerCardView } from "~/lib/sellers.server"

/** "Buka sekarang", or "Tutup — buka lagi Senin 08.00" (just "Tutup" when it never opens). */
export function openState(seller: Pick<SellerCardView, "openNow" | "nextOpen" | "zone">, locale: Locale): string {
  if (seller.openNow) return t(locale, "seller.openNow")
  const next = seller.nextOpen
  if (!next) return t(locale, "seller.closed")
  const day =
    next.inDays === 0
      ? t(locale, "seller.today")
      : next.inDays === 1
        ? t(locale, "seller.tomorrow")
        : t(locale, `seller.day.${next.weekday}`)
  return t(locale, "seller.closedUntil", { day, time: `${clock(next.open)} ${seller.zone}` })
}

export function OpenState({ seller, locale }: { seller: Pick<SellerCardView, "openNow" | "nextOpen" | "zone">; locale: Locale }) {
  return (
    <p className={`open-state ${seller.openNow ? "open-state--open" : "open-state--closed"}`}>{openState(seller, locale)}</p>
  )
}

/** The verified legality badges, each spelled out ("Halal terverifikasi"). */
export function SellerBadges({ badges, locale }: { badges: SellerCardView["badges"]; locale: Locale }) {
  if (badges.length === 0) return null
  return (
    <ul className="seller-badges" aria-label={t(locale, "seller.badges")}>
      {badges.map((badge) => (
        <li key={badge} className="badge">
          <span aria-hidden="true">✓ </span>
          {t(locale, `seller.badge.${badge}`)}
        </li>
      ))}
    </ul>
  )
}

/** "Kec. Coblong, Kota Bandung" linking to the kecamatan page. */
export function DistrictLink({ district, locale, className }: { district: SellerCardView["district"]; locale: Locale; className: string }) {
  if (!district) return null
  return (
    <p className={className}>
      <Link to={`/kecamatan/${encodeURIComponent(district.code)}`}>
        {t(locale, "seller.district", { name: district.name, city: district.city })}
      </Link>
    </p>
  )
}
