import { Form, useNavigate } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { useEffect, useRef, type FormEvent } from "react"
import { t, type Locale } from "~/i18n"
import {
  BADGES,
  filterCount,
  PARAM,
  SEARCH_PATH,
  searchHrefOfForm,
  searchParamsOf,
  SORTS,
  type SearchState,
} from "~/lib/search-url"
import type { FacetOption, SearchFacetsView } from "~/lib/search-view"

/** Longer facet lists show this many values and fold the rest. */
const FOLD_AFTER = 8

/**
 * Sort and facet filters: one GET form whose fields are the URL parameters, with a submit
 * button (no JavaScript needed). With JavaScript a tick or a new sort applies at once, and the
 * form goes straight to the clean URL.
 */
export function SearchFilters({ locale, state, facets }: { locale: Locale; state: SearchState; facets: SearchFacetsView }) {
  const navigate = useNavigate()
  const form = useRef<HTMLFormElement>(null)
  const stateKey = searchParamsOf(state).toString()

  // After any navigation (a removed chip, back/forward) the controls show the URL's state again:
  // React keeps their default values up to date, reset() brings them back to those.
  useEffect(() => form.current?.reset(), [stateKey])

  const apply = (target: HTMLFormElement) =>
    navigate(searchHrefOfForm(new FormData(target)), { preventScrollReset: true })

  return (
    <Form
      ref={form}
      method="get"
      action={SEARCH_PATH}
      className="search-filters"
      onSubmit={(event) => {
        event.preventDefault()
        apply(event.currentTarget)
      }}
      onChange={(event: FormEvent<HTMLFormElement>) => {
        // Ticks and the sort apply at once; typed prices wait for Enter or the button.
        const control = event.target as HTMLInputElement | HTMLSelectElement
        if (control.type === "checkbox" || control.tagName === "SELECT") apply(event.currentTarget)
      }}
    >
      {state.q && <input type="hidden" name={PARAM.q} value={state.q} />}
      {state.seller && <input type="hidden" name={PARAM.seller} value={state.seller} />}

      <div className="search-filters__sort">
        <label htmlFor="search-sort">{t(locale, "search.sortLabel")}</label>
        <select id="search-sort" name={PARAM.sort} defaultValue={state.sort}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(locale, `search.sort.${sort}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {t(locale, "search.apply")}
        </button>
      </div>

      {/* Folded on every visit, so a phone shows results first; the chips tell what is applied. */}
      <details className="search-filters__panel">
        <summary>
          {filterCount(state) > 0 ? t(locale, "search.filtersActive", { count: filterCount(state) }) : t(locale, "search.filters")}
        </summary>

        <FacetList legend={t(locale, "search.filter.category")} name={PARAM.categories} options={facets.categories} locale={locale} />
        <FacetList legend={t(locale, "search.filter.city")} name={PARAM.cities} options={facets.cities} locale={locale} />
        <FacetList legend={t(locale, "search.filter.district")} name={PARAM.districts} options={facets.districts} locale={locale} />

        <fieldset className="facet">
          <legend>{t(locale, "search.filter.price")}</legend>
          <div className="facet__prices">
            <label>
              <span className="visually-hidden">{t(locale, "search.filter.priceMin")}</span>
              <input
                type="text"
                inputMode="numeric"
                name={PARAM.priceMin}
                defaultValue={state.priceMin ?? ""}
                placeholder={facets.price ? String(facets.price.min) : "0"}
              />
            </label>
            <span aria-hidden="true">–</span>
            <label>
              <span className="visually-hidden">{t(locale, "search.filter.priceMax")}</span>
              <input
                type="text"
                inputMode="numeric"
                name={PARAM.priceMax}
                defaultValue={state.priceMax ?? ""}
                placeholder={facets.price ? String(facets.price.max) : ""}
              />
            </label>
          </div>
          {facets.price && (
            <p className="facet__hint">
              {t(locale, "search.filter.priceHint", { min: formatRupiah(facets.price.min), max: formatRupiah(facets.price.max) })}
            </p>
          )}
        </fieldset>

        <fieldset className="facet">
          <legend>{t(locale, "search.filter.badges")}</legend>
          <ul>
            {facets.badges.map((badge) => (
              <Checkbox
                key={badge.value}
                name={badge.value}
                value="1"
                label={t(locale, `search.badge.${badge.value as (typeof BADGES)[number]}`)}
                count={badge.count}
                checked={badge.selected}
              />
            ))}
          </ul>
        </fieldset>

        <fieldset className="facet">
          <legend>{t(locale, "search.filter.availability")}</legend>
          <ul>
            <Checkbox name={PARAM.inStock} value="1" label={t(locale, "search.filter.inStock")} count={facets.inStock} checked={state.inStock} />
            <Checkbox name={PARAM.openNow} value="1" label={t(locale, "search.filter.openNow")} checked={state.openNow} />
          </ul>
        </fieldset>

        <button type="submit" className="button">
          {t(locale, "search.apply")}
        </button>
      </details>
    </Form>
  )
}

function FacetList({ legend, name, options, locale }: { legend: string; name: string; options: FacetOption[]; locale: Locale }) {
  if (!options.length) return null
  const item = (option: FacetOption) => (
    <Checkbox
      key={option.value}
      name={name}
      value={option.value}
      label={option.label}
      detail={option.detail}
      count={option.count}
      checked={option.selected}
      sub={option.depth === 1}
    />
  )
  const folds = options.length > FOLD_AFTER + 2
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>{(folds ? options.slice(0, FOLD_AFTER) : options).map(item)}</ul>
      {folds && (
        <details className="facet__more">
          <summary>{t(locale, "search.filter.more", { count: options.length })}</summary>
          <ul>{options.slice(FOLD_AFTER).map(item)}</ul>
        </details>
      )}
    </fieldset>
  )
}

function Checkbox(props: {
  name: string
  value: string
  label: string
  detail?: string
  count?: number
  checked: boolean
  sub?: boolean
}) {
  return (
    <li className={props.sub ? "facet__option facet__option--sub" : "facet__option"}>
      <label>
        <input type="checkbox" name={props.name} value={props.value} defaultChecked={props.checked} />
        <span className="facet__label">
          {props.label}
          {props.detail && <span className="facet__detail">{props.detail}</span>}
        </span>
        {props.count !== undefined && <span className="facet__count">{props.count}</span>}
      </label>
    </li>
  )
}
