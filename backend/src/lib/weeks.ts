/**
 * ISO weeks of calendar days (`YYYY-MM-DD`, days in WIB as the reports use them): weeks start on
 * Monday and belong to the year of their Thursday (ISO 8601).
 */
import { addDays } from "@sentra/vocabulary"

export interface IsoWeek {
  /** ISO 8601 week, e.g. `2026-W49`. */
  week: string
  /** Its Monday. */
  week_start: string
}

/** The ISO week a day falls in. */
export function isoWeekOf(day: string): IsoWeek {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7 // Monday 0 … Sunday 6
  const monday = addDays(day, -weekday)
  const thursday = addDays(monday, 3)
  const year = thursday.slice(0, 4)
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / 86_400_000
  return { week: `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, "0")}`, week_start: monday }
}

/** Every ISO week that has at least one day in [first, last] (days, both included), in order. */
export function isoWeeksBetween(first: string, last: string): IsoWeek[] {
  const weeks: IsoWeek[] = []
  for (let monday = isoWeekOf(first).week_start; monday <= last; monday = addDays(monday, 7)) weeks.push(isoWeekOf(monday))
  return weeks
}
