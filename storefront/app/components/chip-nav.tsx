import { Link } from "@remix-run/react"

/** A row of link chips (sub categories, a category filter); the current one is marked. */
export function ChipNav({
  label,
  items,
  keepScroll = false,
}: {
  /** The navigation landmark's name. */
  label: string
  /** A filter of the same page: stay where the shopper is. */
  keepScroll?: boolean
  items: { key: string; href: string; label: string; current?: boolean }[]
}) {
  if (items.length === 0) return null
  return (
    <nav aria-label={label}>
      <ul className="chip-list">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              to={item.href}
              className="chip"
              aria-current={item.current ? "page" : undefined}
              preventScrollReset={keepScroll}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
