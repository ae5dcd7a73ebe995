/**
 * "Open now" as a search filter.
 *
 * A search engine can't evaluate opening hours at query time, so each product document carries
 * its seller's schedule as numbers an engine can match by equality:
 *
 * - `open_slots`: the 15-minute slots of the UTC week (0 = Monday 00:00–00:15 UTC … 671) in
 *   which the seller is open, converted from the seller's own time zone (Indonesia has no DST);
 * - `closed_slots`: the absolute 15-minute slots (minutes since the epoch / 15) cancelled by a
 *   holiday closure, for closures from yesterday on.
 *
 * "Open now" is then `open_slots = weekSlot(now) AND NOT closed_slots = absoluteSlot(now)`
 * (`openNowFilter`). A slot counts as open when its first minute is: exact for hours on the
 * quarter hour (as the vendor panel offers them), otherwise within 15 minutes.
 */
import {
  DEFAULT_TIME_ZONE,
  isIsoDate,
  parseTime,
  WEEKDAYS,
  type OpeningSchedule,
  type TimeInterval,
} from "../../modules/seller/opening-hours"

export const SLOT_MINUTES = 15
const MINUTES_PER_DAY = 24 * 60
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
export const SLOTS_PER_WEEK = MINUTES_PER_WEEK / SLOT_MINUTES

/** Offset of a time zone from UTC at `at`, in minutes (Asia/Jakarta → 420). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value])
  )
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute))
  return Math.round((local - Math.floor(at.getTime() / 60000) * 60000) / 60000)
}

/** Minutes of local intervals of one weekday, [start, end) relative to that day's midnight. */
function spans(intervals: TimeInterval[] | undefined): { start: number; end: number }[] {
  return (intervals ?? []).flatMap(({ open, close }) => {
    const start = parseTime(open)
    const end = parseTime(close, true)
    if (start === null || end === null || start === end) {
      return []
    }
    return [{ start, end: end > start ? end : end + MINUTES_PER_DAY }]
  })
}

/** Slots whose first minute lies in [start, end), for minutes on an unbounded line. */
function slotsIn(start: number, end: number): number[] {
  const slots: number[] = []
  for (let minute = Math.ceil(start / SLOT_MINUTES) * SLOT_MINUTES; minute < end; minute += SLOT_MINUTES) {
    slots.push(Math.floor(minute / SLOT_MINUTES))
  }
  return slots
}

/** The UTC week slots in which the seller is open (sorted, unique). */
export function weeklyOpenSlots(schedule: OpeningSchedule, reference = new Date()): number[] {
  const offset = zoneOffsetMinutes(schedule.time_zone || DEFAULT_TIME_ZONE, reference)
  const hours = (schedule.opening_hours ?? {}) as Record<string, TimeInterval[] | undefined>
  const slots = new Set<number>()
  WEEKDAYS.forEach((day, index) => {
    for (const { start, end } of spans(hours[day])) {
      const utcStart = index * MINUTES_PER_DAY + start - offset
      for (const slot of slotsIn(utcStart, utcStart + (end - start))) {
        slots.add(((slot % SLOTS_PER_WEEK) + SLOTS_PER_WEEK) % SLOTS_PER_WEEK)
      }
    }
  })
  return [...slots].sort((a, b) => a - b)
}

/** Absolute slots cancelled by holiday closures dated from the day before `now` on. */
export function closedSlots(schedule: OpeningSchedule, now = new Date()): number[] {
  const zone = schedule.time_zone || DEFAULT_TIME_ZONE
  const hours = (schedule.opening_hours ?? {}) as Record<string, TimeInterval[] | undefined>
  const earliest = new Date(now.getTime() - MINUTES_PER_DAY * 60000).toISOString().slice(0, 10)
  const slots = new Set<number>()
  for (const date of schedule.holiday_closures ?? []) {
    if (!isIsoDate(date) || date < earliest) {
      continue
    }
    const [year, month, day] = date.split("-").map(Number)
    const midnightUtc = Date.UTC(year, month - 1, day) / 60000
    const offset = zoneOffsetMinutes(zone, new Date((midnightUtc + 12 * 60) * 60000))
    const weekday = WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]
    // A closure cancels the intervals that start on that date, overnight ones included.
    for (const { start, end } of spans(hours[weekday])) {
      const absoluteStart = midnightUtc + start - offset
      slotsIn(absoluteStart, absoluteStart + (end - start)).forEach((slot) => slots.add(slot))
    }
  }
  return [...slots].sort((a, b) => a - b)
}

/** The UTC week slot and the absolute slot of an instant. */
export function slotsAt(at: Date): { week: number; absolute: number } {
  const minutes = Math.floor(at.getTime() / 60000)
  const weekday = (at.getUTCDay() + 6) % 7
  const minuteOfDay = at.getUTCHours() * 60 + at.getUTCMinutes()
  return {
    week: Math.floor((weekday * MINUTES_PER_DAY + minuteOfDay) / SLOT_MINUTES),
    absolute: Math.floor(minutes / SLOT_MINUTES),
  }
}

/** The search filter for "the seller is open at `at`". */
export function openNowFilter(at = new Date()) {
  const { week, absolute } = slotsAt(at)
  return { $and: [{ open_slots: week }, { $not: { closed_slots: absolute } }] }
}
