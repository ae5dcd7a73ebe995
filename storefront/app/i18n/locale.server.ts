import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n"

export const LOCALE_COOKIE = "lang"
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365

/** The locale asked for in `?lang=`, if valid. */
export function queryLocale(request: Request): Locale | null {
  const lang = new URL(request.url).searchParams.get("lang")
  return isLocale(lang) ? lang : null
}

/** The locale remembered in the `lang` cookie, if valid. */
export function cookieLocale(request: Request): Locale | null {
  const header = request.headers.get("Cookie") ?? ""
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=")
    if (name === LOCALE_COOKIE) {
      const lang = value.join("=")
      if (isLocale(lang)) return lang
    }
  }
  return null
}

/** `?lang=en|id`, then the `lang` cookie, then Bahasa Indonesia. */
export function resolveLocale(request: Request): Locale {
  return queryLocale(request) ?? cookieLocale(request) ?? DEFAULT_LOCALE
}

/** Set-Cookie value that remembers the shopper's language choice. */
export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`
}
