import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react"
import { t } from "~/i18n/panel"
import { usePanel } from "./panel"

/**
 * A panel page's error: "not found" for a 404 (an unknown id, or another seller's product or
 * order: the vendor API does not tell them apart), "not allowed" for a 403, the general message
 * otherwise. The panel's header and navigation stay.
 */
export function PanelErrorBoundary() {
  const error = useRouteError()
  const { locale } = usePanel()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const [title, message] =
    status === 404
      ? (["mitra.notFound.title", "mitra.notFound.message"] as const)
      : status === 403
        ? (["mitra.forbidden.title", "mitra.forbidden.message"] as const)
        : (["error.title", "error.message"] as const)
  return (
    <section className="error not-found" role={status === 404 ? undefined : "alert"}>
      <h1>{t(locale, title)}</h1>
      <p>{t(locale, message)}</p>
      <p>
        <Link to="/mitra" className="button">
          {t(locale, "mitra.backToPanel")}
        </Link>
      </p>
    </section>
  )
}
