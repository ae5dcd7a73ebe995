/**
 * Translation for the seller panel (`/mitra`): the shop's words plus the panel's (mitra.*.ts).
 * Panel pages import from here; shop pages from `~/i18n`, so the panel's dictionaries stay out
 * of the JavaScript a shopper downloads.
 */
import { en } from "./en"
import { id, type MessageKey as ShopKey } from "./id"
import { fillPlaceholders, type Locale } from "./index"
import { mitraEn } from "./mitra.en"
import { mitraId, type MitraKey } from "./mitra.id"

export { DEFAULT_LOCALE, LOCALES, intlLocale, isLocale, otherLocale, type Locale } from "./index"

/** Every message key: the shop's (id.ts) and the seller panel's (mitra.id.ts). */
export type MessageKey = ShopKey | MitraKey

const dictionaries: Record<Locale, Record<MessageKey, string>> = { id: { ...id, ...mitraId }, en: { ...en, ...mitraEn } }

/** Translates a shop or panel key; `{name}` placeholders are filled from vars. */
export function t(locale: Locale, key: MessageKey, vars?: Record<string, string | number>): string {
  return fillPlaceholders(dictionaries[locale][key], vars)
}
