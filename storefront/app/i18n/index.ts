import { en } from "./en"
import { id, type MessageKey as ShopKey } from "./id"
import { mitraEn } from "./mitra.en"
import { mitraId, type MitraKey } from "./mitra.id"

/** Every message key: the shop's (id.ts) and the seller panel's (mitra.id.ts). */
export type MessageKey = ShopKey | MitraKey

export const LOCALES = ["id", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "id"

const dictionaries: Record<Locale, Record<MessageKey, string>> = { id: { ...id, ...mitraId }, en: { ...en, ...mitraEn } }

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

/** Translates a key; `{name}` placeholders are filled from vars (unknown ones stay as written). */
export function t(
  locale: Locale,
  key: MessageKey,
  vars?: Record<string, string | number>
): string {
  const message = dictionaries[locale][key]
  if (!vars) return message
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in vars ? String(vars[name]) : placeholder
  )
}
