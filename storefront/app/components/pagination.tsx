import { Link } from "@remix-run/react"
import { t, type Locale } from "~/i18n"

/** Pages around the current one, plus the first and the last. */
function pageWindow(page: number, pageCount: number): number[] {
  const pages = new Set([1, page - 1, page, page + 1, pageCount])
  return [...pages].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b)
}

/** Page links (GET, no JavaScript needed); nothing when there is one page. */
export function Pagination({
  locale,
  page,
  pageCount,
  href,
  label,
}: {
  locale: Locale
  page: number
  pageCount: number
  href: (page: number) => string
  /** The navigation landmark's name, e.g. "Halaman hasil pencarian". */
  label: string
}) {
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      <p className="visually-hidden">{t(locale, "search.pageOf", { page, pages: pageCount })}</p>
      <ul>
        {page > 1 && (
          <li>
            <Link to={href(page - 1)} rel="prev">
              {t(locale, "search.previous")}
            </Link>
          </li>
        )}
        {pageWindow(page, pageCount).map((target) => (
          <li key={target}>
            {target === page ? (
              <span aria-current="page" className="pagination__current">
                {target}
              </span>
            ) : (
              <Link to={href(target)} aria-label={t(locale, "search.pageLink", { page: target })}>
                {target}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link to={href(page + 1)} rel="next">
              {t(locale, "search.next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
