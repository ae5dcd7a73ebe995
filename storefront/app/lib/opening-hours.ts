/**
 * A seller's week as the seller page shows it, read in the seller's own time zone (see the
 * backend's modules/seller/opening-hours.ts for the data's shape). Pure: no I/O.
 */
import { INDONESIAN_TIME_ZONES } from "@sentra/format"

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]

export interface Interval {
  open: string
  close: string
}

export interface Schedule {
  time_zone: string
  opening_hours: Partial<Record<string, Interval[]>> | null
  holiday_closures: string[] | null
}

/** "08:00" → "08.00" (Indonesian writes times with a dot); "24:00" stays "24.00". */
export const clock = (time: string) => time.replace(":", ".")

/** WIB, WITA or WIT for an Indonesian zone; else the IANA name. */
export function zoneLabel(timeZone: string): string {
  const entry = Object.entries(INDONESIAN_TIME_ZONES).find(([, zone]) => zone === timeZone)
  return entry ? entry[0] : timeZone
}

/** The calendar date (YYYY-MM-DD), weekday and minutes since midnight of `at` in `timeZone`. */
export function localNow(at: Date, timeZone: string): { date: string; weekday: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "0"
  const date = `${part("year")}-${part("month")}-${part("day")}`
  return { date, weekday: weekdayOf(date), minutes: Number(part("hour")) * 60 + Number(part("minute")) }
}

function weekdayOf(date: string): Weekday {
  // getUTCDay: 0 = Sunday.
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(":").map(Number)
  return hours * 60 + minutes
}

/** Each weekday's intervals, Monday first, sorted by opening time. */
export function weekHours(schedule: Schedule): { day: Weekday; intervals: Interval[] }[] {
  return WEEKDAYS.map((day) => ({
    day,
    intervals: [...(schedule.opening_hours?.[day] ?? [])].sort((a, b) => minutesOf(a.open) - minutesOf(b.open)),
  }))
}

/**
 * When the seller next opens after `at` (within two weeks, skipping holiday closures): the day
 * (0 = today, 1 = tomorrow, …), its weekday and the opening time; null when never.
 */
export function nextOpening(schedule: Schedule, at: Date): { inDays: number; weekday: Weekday; open: string } | null {
  const now = localNow(at, schedule.time_zone)
  const closed = new Set(schedule.holiday_closures ?? [])
  for (let inDays = 0; inDays < 14; inDays++) {
    const date = addDays(now.date, inDays)
    if (closed.has(date)) continue
    const weekday = weekdayOf(date)
    const intervals = [...(schedule.opening_hours?.[weekday] ?? [])].sort((a, b) => minutesOf(a.open) - minutesOf(b.open))
    const next = intervals.find((interval) => inDays > 0 || minutesOf(interval.open) > now.minutes)
    if (next) return { inDays, weekday, open: next.open }
  }
  return null
}

/** Holiday closures from today on (in the seller's zone), in date order. */
export function upcomingClosures(schedule: Schedule, at: Date): string[] {
  const today = localNow(at, schedule.time_zone).date
  return [...new Set(schedule.holiday_closures ?? [])].filter((date) => date >= today).sort()
}
