import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node"
import { Link, NavLink, Outlet, useLoaderData, useLocation } from "@remix-run/react"
import { PanelErrorBoundary } from "~/components/mitra/error-boundary"
import { NewOrdersWatch } from "~/components/mitra/new-orders-watch"
import { PanelForm, usePanel } from "~/components/mitra/panel"
import { otherLocale, t } from "~/i18n/panel"
import { resolveLocale } from "~/i18n/locale.server"
import { vendor } from "~/lib/mitra/api.server"
import { readSellerSession } from "~/lib/mitra/session.server"
import mitraStyles from "~/styles/mitra.css?url"

export const links: LinksFunction = () => [{ rel: "stylesheet", href: mitraStyles }]

/**
 * The seller panel's frame: its own header and navigation, the CSRF token for its forms, and
 * the new-order watch. Pages check the session themselves (`requireSeller`); this loader never
 * redirects, so the sign-in pages render inside the same frame.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = resolveLocale(request)
  const session = await readSellerSession(request)
  let shop: { name: string; status: string; newOrders: number } | null = null
  if (session?.claims.actorId) {
    try {
      const [{ seller }, { count }] = await Promise.all([
        vendor<{ seller: { name: string; status: string } }>(request, session, "/sellers/me"),
        vendor<{ count: number }>(request, session, "/orders", { query: { status: "received", limit: 1 } }),
      ])
      shop = { name: seller.name, status: seller.status, newOrders: count }
    } catch (error) {
      // A revoked token: the page's own loader sends the seller to sign in.
      if (!(error instanceof Response)) throw error
    }
  }
  return data(
    { locale, csrf: session?.csrf ?? null, signedIn: !!session, shop },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}

function LanguageLink() {
  const { locale } = usePanel()
  const location = useLocation()
  const search = new URLSearchParams(location.search)
  const target = otherLocale(locale)
  search.set("lang", target)
  return (
    <Link className="mitra-header__lang" to={{ pathname: location.pathname, search: `?${search}` }} hrefLang={target} lang={target}>
      {t(locale, "language.switchTo")}
    </Link>
  )
}

export default function MitraLayout() {
  const { locale, signedIn, shop } = useLoaderData<typeof loader>()
  return (
    <div className="mitra">
      <header className="mitra-header">
        <div className="mitra-header__top">
          <Link to="/mitra" className="mitra-header__brand">
            {t(locale, "mitra.brand")}
          </Link>
          <LanguageLink />
          {signedIn && (
            <PanelForm action="/mitra/keluar" className="mitra-header__signout">
              <button type="submit" className="button button--link">
                {t(locale, "mitra.signOut")}
              </button>
            </PanelForm>
          )}
        </div>
        {shop && <p className="mitra-header__shop">{shop.name}</p>}
        {shop && (
          <nav className="mitra-nav" aria-label={t(locale, "mitra.nav.label")}>
            <NavLink to="/mitra" end>
              {t(locale, "mitra.nav.today")}
            </NavLink>
            <NavLink to="/mitra/pesanan">
              {t(locale, "mitra.nav.orders")}
              {shop.newOrders > 0 && (
                <span className="mitra-nav__badge" aria-label={t(locale, "mitra.nav.newOrders", { count: shop.newOrders })}>
                  {shop.newOrders}
                </span>
              )}
            </NavLink>
            <NavLink to="/mitra/produk">{t(locale, "mitra.nav.products")}</NavLink>
            <NavLink to="/mitra/saldo">{t(locale, "mitra.nav.saldo")}</NavLink>
            <NavLink to="/mitra/profil">{t(locale, "mitra.nav.profile")}</NavLink>
          </nav>
        )}
      </header>
      {shop?.status === "suspended" && <p className="notice notice--error mitra-banner">{t(locale, "mitra.suspendedBanner")}</p>}
      {shop && <NewOrdersWatch count={shop.newOrders} />}
      <div className="mitra-page">
        <Outlet />
      </div>
    </div>
  )
}

export function ErrorBoundary() {
  return (
    <div className="mitra">
      <div className="mitra-page">
        <PanelErrorBoundary />
      </div>
    </div>
  )
}
