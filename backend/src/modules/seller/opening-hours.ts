/**
 * A seller's weekly opening hours, read in the seller's own time zone.
 *
 * Shape (Seller.opening_hours): `{ mon: [{ open: "08:00", close: "17:00" }], ... }`; a missing or
 * empty day is closed. An interval is half-open [open, close). `close` may be "24:00" (end of the
 * day), and a `close` earlier than `open` is an overnight interval that ends on the next day
 * (18:00–02:00: Friday's interval keeps the seller open until Saturday 02:00). A date in
 * `holiday_closures` (YYYY-MM-DD, seller's zone) cancels the intervals that START on that date.
 *
 * Pure functions only: the vendor API validates with them, the store API computes "open now".
 */

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]

export interface TimeInterval {
  open: string
  close: string
}

export type OpeningHours = Partial<Record<Weekday, TimeInterval[]>>

export interface OpeningSchedule {
  time_zone?: string | null
  opening_hours?: OpeningHours | Record<string, TimeInterval[] | undefined> | null
  holiday_closures?: string[] | null
}

export const DEFAULT_TIME_ZONE = "Asia/Jakarta"
const MINUTES_PER_DAY = 24 * 60
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes since midnight of "HH:MM" (00:00–23:59; "24:00" too when `allowEndOfDay`), else null. */
export function parseTime(value: string, allowEndOfDay = false): number | null {
  if (allowEndOfDay && value === "24:00") {
    return MINUTES_PER_DAY
  }
  const match = TIME.exec(value)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) {
    return false
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * Problems of one day's intervals, as messages naming the interval (empty when valid): times must
 * be HH:MM, an interval can't be empty (open = close), and intervals of a day may not overlap.
 */
export function dayIntervalProblems(intervals: TimeInterval[]): { index: number; field: "open" | "close" | null; message: string }[] {
  const problems: { index: number; field: "open" | "close" | null; message: string }[] = []
  const spans: { index: number; start: number; end: number }[] = []
  intervals.forEach((interval, index) => {
    const open = parseTime(interval.open)
    const close = parseTime(interval.close, true)
    if (open === null) {
      problems.push({ index, field: "open", message: "must be a time HH:MM between 00:00 and 23:59" })
    }
    if (close === null) {
      problems.push({ index, field: "close", message: "must be a time HH:MM between 00:00 and 24:00" })
    }
    if (open === null || close === null) {
      return
    }
    if (open === close) {
      problems.push({ index, field: "close", message: "must differ from open (an interval can't be empty)" })
      return
    }
    // Overnight intervals occupy this day from `open` to midnight (the rest belongs to the next day).
    spans.push({ index, start: open, end: close > open ? close : MINUTES_PER_DAY })
  })
  spans.sort((a, b) => a.start - b.start)
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].start < spans[i - 1].end) {
      problems.push({ index: spans[i].index, field: null, message: "overlaps another interval of the same day" })
    }
  }
  return problems
}

interface LocalDay {
  date: string
  weekday: Weekday
  minutes: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Weekday of a UTC calendar date, Monday first. */
function weekdayOf(year: number, month: number, day: number): Weekday {
  return WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]
}

function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.toISOString().slice(0, 10)
}

/** The seller's local calendar day and minute-of-day at `at`, and the day before. */
function localDays(at: Date, timeZone: string): { today: LocalDay; yesterday: LocalDay } {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(at).map((p) => [p.type, p.value]))
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)]
  const minutes = Number(parts.hour) * 60 + Number(parts.minute)
  return {
    today: { date: isoDate(year, month, day), weekday: weekdayOf(year, month, day), minutes },
    yesterday: { date: isoDate(year, month, day - 1), weekday: weekdayOf(year, month, day - 1), minutes },
  }
}

function intervalsOf(schedule: OpeningSchedule, weekday: Weekday): { open: number; close: number }[] {
  const hours = (schedule.opening_hours ?? {}) as Record<string, TimeInterval[] | undefined>
  return (hours[weekday] ?? []).flatMap((interval) => {
    const open = parseTime(interval.open)
    const close = parseTime(interval.close, true)
    return open === null || close === null || open === close ? [] : [{ open, close }]
  })
}

/**
 * Whether the seller is open at `at`: weekday and time are taken in the seller's `time_zone`
 * (default Asia/Jakarta, WIB); several intervals per day, overnight intervals and holiday closures
 * are honoured.
 */
export function isOpenNow(schedule: OpeningSchedule, at: Date): boolean {
  const { today, yesterday } = localDays(at, schedule.time_zone || DEFAULT_TIME_ZONE)
  const closed = new Set(schedule.holiday_closures ?? [])
  const now = today.minutes

  if (!closed.has(today.date)) {
    for (const { open, close } of intervalsOf(schedule, today.weekday)) {
      if (open < close ? open <= now && now < close : now >= open) {
        return true
      }
    }
  }
  if (!closed.has(yesterday.date)) {
    for (const { open, close } of intervalsOf(schedule, yesterday.weekday)) {
      if (close < open && now < close) {
        return true
      }
    }
  }
  return false
}
