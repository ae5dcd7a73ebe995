import { en } from "./en"
import { id, type MessageKey as ShopKey } from "./id"

/**
 * The shop's message keys (id.ts). The seller panel's pages translate through `~/i18n/panel`,
 * which adds its own dictionaries: a shopper's phone never downloads the panel's words.
 */
export type MessageKey = ShopKey

export const LOCALES = ["id", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "id"

const dictionaries: Record<Locale, Record<MessageKey, string>> = { id, en }

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === "id" ? "en" : "id"
}

/** The locale's tag for `Intl` formatting (dates, months): Indonesian, or British English (day month year). */
export function intlLocale(locale: Locale): string {
  return locale === "id" ? "id-ID" : "en-GB"
}

/** Fills `{name}` placeholders from vars (unknown ones stay as written). */
export function fillPlaceholders(message: string, vars?: Record<string, string | number>): string {
  if (!vars) return message
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in vars ? String(vars[name]) : placeholder
  )
}

/** Translates a shop key; `{name}` placeholders are filled from vars. */
export function t(
  locale: Locale,
  key: MessageKey,
  vars?: Record<string, string | number>
): string {
  return fillPlaceholders(dictionaries[locale][key], vars)
}
