import { Form, useFetcher, useLocation, useNavigate } from "@remix-run/react"
import { formatRupiah } from "@sentra/format"
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { t, type Locale, type MessageKey } from "~/i18n"
import { PARAM, SEARCH_PATH } from "~/lib/search-url"
import type { SuggestionOption, SuggestionsView } from "~/lib/search-view"

/** Where the box fetches suggestions (routes/cari.saran.ts). */
export const SUGGEST_PATH = `${SEARCH_PATH}/saran`
const DEBOUNCE_MS = 150
const MIN_CHARS = 2

const GROUPS: { kind: "products" | "sellers" | "districts"; label: MessageKey }[] = [
  { kind: "products", label: "search.suggestProducts" },
  { kind: "sellers", label: "search.suggestSellers" },
  { kind: "districts", label: "search.suggestDistricts" },
]

/**
 * The header search box: a plain GET form to /cari (works without JavaScript). With JavaScript
 * it also suggests products, sellers and kecamatan while the shopper types, as an ARIA 1.2
 * combobox: arrow keys move through the options, Enter opens one (or searches when none is
 * highlighted), Escape closes the list.
 */
export function SearchBox({ locale }: { locale: Locale }) {
  const location = useLocation()
  const navigate = useNavigate()
  const fetcher = useFetcher<SuggestionsView>()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const id = useId()
  const current = location.pathname === SEARCH_PATH ? (new URLSearchParams(location.search).get(PARAM.q) ?? "") : ""

  // A navigation (a suggestion, a search, a link) closes the list.
  useEffect(() => {
    setOpen(false)
    setActive(-1)
  }, [location.key])
  useEffect(() => () => clearTimeout(timer.current), [])

  const groups = GROUPS.map((group) => ({ ...group, options: fetcher.data?.[group.kind] ?? [] })).filter(
    (group) => group.options.length > 0
  )
  const options = groups.flatMap((group) => group.options)
  const expanded = open && options.length > 0
  const optionId = (option: SuggestionOption) => `${id}-${option.id}`

  function suggest(value: string) {
    clearTimeout(timer.current)
    const q = value.trim()
    if (q.length < MIN_CHARS) {
      setOpen(false)
      return
    }
    timer.current = setTimeout(() => {
      fetcher.load(`${SUGGEST_PATH}?${new URLSearchParams({ q })}`)
      setOpen(true)
      setActive(-1)
    }, DEBOUNCE_MS)
  }

  function choose(option: SuggestionOption) {
    setOpen(false)
    navigate(option.href)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) return
      event.preventDefault()
      const step = event.key === "ArrowDown" ? 1 : -1
      setOpen(true)
      // Cycles through the options and back to the text (-1).
      const slots = options.length + 1
      setActive((index) => (!expanded ? (step > 0 ? 0 : options.length - 1) : ((index + 1 + step + slots) % slots) - 1))
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault()
      choose(options[active])
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  return (
    <Form
      method="get"
      action={SEARCH_PATH}
      role="search"
      className="search-box"
      onSubmit={() => {
        clearTimeout(timer.current)
        setOpen(false)
      }}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t(locale, "search.label")}
      </label>
      <div className="search-box__field">
        <input
          key={current}
          id={`${id}-q`}
          className="search-box__input"
          type="search"
          name={PARAM.q}
          defaultValue={current}
          placeholder={t(locale, "search.placeholder")}
          enterKeyHint="search"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={100}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? optionId(options[active]) : undefined}
          onChange={(event) => suggest(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={(event) => event.currentTarget.value.trim().length >= MIN_CHARS && setOpen(true)}
        />
        <button type="submit" className="search-box__submit">
          {t(locale, "search.submit")}
        </button>
        <div id={`${id}-list`} role="listbox" aria-label={t(locale, "search.suggestions")} className="search-box__list" hidden={!expanded}>
          {groups.map((group) => (
            <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
              <div id={`${id}-${group.kind}`} role="presentation" className="search-box__group">
                {t(locale, group.label)}
              </div>
              {group.options.map((option) => (
                <div
                  key={option.id}
                  id={optionId(option)}
                  role="option"
                  aria-selected={options[active] === option}
                  className="search-box__option"
                  // Keep the focus in the box, so the list doesn't close before the click.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                >
                  {option.image && <img src={option.image} alt="" width={40} height={40} loading="lazy" />}
                  <span className="search-box__option-text">
                    <span className="search-box__option-label">{option.label}</span>
                    {(option.detail || option.price !== null) && (
                      <span className="search-box__option-detail">
                        {[option.price !== null ? formatRupiah(option.price) : null, option.detail].filter(Boolean).join(" · ")}
                      </span>
                    )}
                  </span>
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
      <div role="status" className="visually-hidden">
        {expanded ? t(locale, "search.suggestStatus", { count: options.length }) : ""}
      </div>
    </Form>
  )
}
