import { isRouteErrorResponse, Link, useRouteError, useRouteLoaderData } from "@remix-run/react"
import { DEFAULT_LOCALE, t, type Locale, type MessageKey } from "~/i18n"

/**
 * A route's ErrorBoundary that names what wasn't found ("Produk tidak ditemukan") when its
 * loader threw a 404, and shows the site's general error otherwise. The HTTP status stays the
 * loader's (404).
 */
export function notFoundBoundary(titleKey: MessageKey, messageKey: MessageKey) {
  return function ErrorBoundary() {
    const error = useRouteError()
    const locale = useRouteLoaderData<{ locale: Locale }>("root")?.locale ?? DEFAULT_LOCALE
    const notFound = isRouteErrorResponse(error) && error.status === 404
    return (
      <section className="error not-found" role={notFound ? undefined : "alert"}>
        <h1>{t(locale, notFound ? titleKey : "error.title")}</h1>
        <p>{t(locale, notFound ? messageKey : "error.message")}</p>
        <p className="not-found__actions">
          {notFound && (
            <Link to="/cari" className="button">
              {t(locale, "browse.notFoundSearch")}
            </Link>
          )}
          <Link to="/" className="button button--secondary">
            {t(locale, "error.backHome")}
          </Link>
        </p>
      </section>
    )
  }
}
