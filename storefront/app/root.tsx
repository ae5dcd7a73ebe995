import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node"
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react"
import type { ReactNode } from "react"
import { SearchBox } from "~/components/search-box"
import { DEFAULT_LOCALE, otherLocale, t, type Locale } from "~/i18n"
import { localeCookie, queryLocale, resolveLocale } from "~/i18n/locale.server"
import { readCartCookie } from "~/lib/cookies.server"
import stylesHref from "~/styles.css?url"

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  // No favicon yet: an empty data URL keeps browsers from requesting /favicon.ico.
  { rel: "icon", href: "data:," },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const headers = new Headers()
  const chosen = queryLocale(request)
  if (chosen) headers.append("Set-Cookie", localeCookie(chosen))
  const cartCount = (await readCartCookie(request))?.count ?? 0
  return data({ locale: resolveLocale(request), cartCount }, { headers })
}

/** The page locale; the root loader may have failed when an error is shown. */
function useLocale(): Locale {
  return useRouteLoaderData<typeof loader>("root")?.locale ?? DEFAULT_LOCALE
}

/** The header's cart link; its count comes from the cart cookie (no backend call per page). */
function CartLink({ locale }: { locale: Locale }) {
  const count = useRouteLoaderData<typeof loader>("root")?.cartCount ?? 0
  return (
    <Link
      to="/keranjang"
      className="cart-link"
      aria-label={count ? t(locale, "cart.linkWithCount", { count }) : t(locale, "cart.link")}
    >
      {t(locale, "cart.link")}
      {count > 0 && (
        <span className="cart-link__count" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  )
}

function LanguageSwitch({ locale }: { locale: Locale }) {
  const location = useLocation()
  const target = otherLocale(locale)
  const search = new URLSearchParams(location.search)
  search.set("lang", target)
  return (
    <Link
      className="language-switch"
      to={{ pathname: location.pathname, search: `?${search}` }}
      hrefLang={target}
      lang={target}
      aria-label={t(locale, "language.switchLabel")}
    >
      {t(locale, "language.switchTo")}
    </Link>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const locale = useLocale()
  // The seller panel (/mitra) has its own header and navigation (routes/mitra.tsx).
  const panel = /^\/mitra(\/|$)/.test(useLocation().pathname)
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {!panel && (
        <header className="site-header">
          <div className="site-header__inner">
            <Link to="/" className="brand" aria-label={t(locale, "site.homeLink")}>
              {t(locale, "site.brand")}
            </Link>
            <div className="site-header__actions">
              <LanguageSwitch locale={locale} />
              <CartLink locale={locale} />
            </div>
          </div>
          <p className="tagline">{t(locale, "site.tagline")}</p>
          <SearchBox locale={locale} />
        </header>
        )}
        <main className={panel ? "mitra-main" : "site-main"}>{children}</main>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  const error = useRouteError()
  const locale = useLocale()
  const notFound = isRouteErrorResponse(error) && error.status === 404
  return (
    <section className="error">
      <h1>{t(locale, notFound ? "error.notFoundTitle" : "error.title")}</h1>
      <p>{t(locale, "error.message")}</p>
      <p>
        <Link to="/">{t(locale, "error.backHome")}</Link>
      </p>
    </section>
  )
}
