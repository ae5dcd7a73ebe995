import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Link, useLoaderData } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { PanelForm } from "~/components/mitra/panel"
import { DEFAULT_LOCALE, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { todaySummary } from "~/lib/mitra/orders.server"
import { todayWib } from "~/lib/mitra/profile"
import { getMySeller, setClosedToday } from "~/lib/mitra/seller.server"
import { requireSeller, requireSellerForm } from "~/lib/mitra/session.server"

/** Today: the shop's state (waiting, suspended, open or closed now), order counts and this week's sales. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSeller(request)
  const [seller, summary] = await Promise.all([getMySeller(request, session), todaySummary(request, session)])
  return data(
    {
      locale: resolveLocale(request),
      welcome: new URL(request.url).searchParams.has("baru"),
      shop: { name: seller.name, status: seller.status, reason: seller.status_reason, openNow: seller.open_now, handle: seller.handle, closedToday: seller.holiday_closures.includes(todayWib()) },
      summary,
    },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: t(data?.locale ?? DEFAULT_LOCALE, "mitra.today.metaTitle") }]

/** The open/closed toggle: closes the shop for today only (a holiday date), or opens it again. */
export async function action({ request }: ActionFunctionArgs) {
  const { session, form } = await requireSellerForm(request)
  await setClosedToday(request, session, form.get("intent") === "close-today")
  return redirect("/mitra")
}

export default function Today() {
  const { locale, welcome, shop, summary } = useLoaderData<typeof loader>()
  const counts = [
    { tab: "baru", key: "mitra.tab.baru", count: summary.counts.received },
    { tab: "disiapkan", key: "mitra.tab.disiapkan", count: summary.counts.preparing },
    { tab: "siap", key: "mitra.tab.siap", count: summary.counts.ready },
    { tab: "selesai", key: "mitra.tab.selesai", count: summary.counts.completed },
  ] as const
  return (
    <section className="mitra-today" aria-labelledby="today-heading">
      <h1 id="today-heading">{t(locale, "mitra.today.heading")}</h1>
      {welcome && <p className="notice" role="status">{t(locale, "mitra.today.welcome")}</p>}

      {shop.status === "pending" && (
        <div className="mitra-card mitra-card--waiting">
          <h2>{t(locale, "mitra.waiting.heading")}</h2>
          <p>{t(locale, "mitra.waiting.intro")}</p>
          <ul>
            <li>{t(locale, "mitra.waiting.checkDocuments")}</li>
            <li>{t(locale, "mitra.waiting.checkAddress")}</li>
            <li>{t(locale, "mitra.waiting.checkWhatsapp")}</li>
          </ul>
          <p>{t(locale, "mitra.waiting.meanwhile")}</p>
          <p className="mitra-actions">
            <Link to="/mitra/produk/baru" className="button">{t(locale, "mitra.products.add")}</Link>
            <Link to="/mitra/profil" className="button button--secondary">{t(locale, "mitra.nav.profile")}</Link>
          </p>
        </div>
      )}

      {shop.status === "suspended" && (
        <div className="mitra-card mitra-card--suspended" role="alert">
          <h2>{t(locale, "mitra.suspended.heading")}</h2>
          {shop.reason && <p>{t(locale, "mitra.suspended.reason", { reason: shop.reason })}</p>}
          <p>{t(locale, "mitra.suspended.whatToDo")}</p>
        </div>
      )}

      {shop.status === "approved" && (
        <div className={`mitra-card mitra-open mitra-open--${shop.openNow ? "open" : "closed"}`}>
          <p className="mitra-open__state">
            {t(locale, shop.closedToday ? "mitra.today.closedToday" : shop.openNow ? "mitra.today.openNow" : "mitra.today.closedNow")}
          </p>
          <p className="field-hint">{t(locale, shop.closedToday ? "mitra.today.closeTodayHint" : "mitra.today.hoursHint")}</p>
          <PanelForm>
            <input type="hidden" name="intent" value={shop.closedToday ? "open-today" : "close-today"} />
            <button type="submit" className="button button--secondary button--block">
              {t(locale, shop.closedToday ? "mitra.today.openToday" : "mitra.today.closeToday")}
            </button>
          </PanelForm>
          <p>
            <Link to={`/penjual/${shop.handle}`}>{t(locale, "mitra.today.seeShop")}</Link>
          </p>
        </div>
      )}

      <h2>{t(locale, "mitra.today.orders")}</h2>
      <ul className="mitra-counts">
        {counts.map((c) => (
          <li key={c.tab}>
            <Link to={`/mitra/pesanan?tab=${c.tab}`} className={`mitra-count${c.tab === "baru" && c.count > 0 ? " mitra-count--new" : ""}`}>
              <span className="mitra-count__number">{c.count}</span>
              <span className="mitra-count__label">{t(locale, c.key)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="mitra-card">
        <h2>{t(locale, "mitra.today.weekSales")}</h2>
        <p className="mitra-sales">{formatRupiah(summary.weekSales)}</p>
        <p className="field-hint">{t(locale, "mitra.today.weekOrders", { count: summary.weekOrders })}</p>
      </div>
    </section>
  )
}

export const ErrorBoundary = PanelErrorBoundary
