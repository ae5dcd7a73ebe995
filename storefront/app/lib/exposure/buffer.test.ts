import { afterEach, describe, expect, it, vi } from "vitest"
import { todayInWib as wibDay } from "@sentra/vocabulary"
import { createExposureBuffer, isBot, type ExposureEntry } from "./buffer"

/** 2026-03-02 16:30 UTC = 23:30 WIB; half an hour later it is the 3rd in Jakarta. */
const EVENING = new Date("2026-03-02T16:30:00Z")

function recorder(fail = false) {
  const batches: ExposureEntry[][] = []
  const send = vi.fn(async (entries: ExposureEntry[]) => {
    batches.push(entries)
    if (fail) throw new Error("backend down")
  })
  return { batches, send }
}

const byKey = (entries: ExposureEntry[]) =>
  Object.fromEntries(entries.map((e) => [`${e.seller_id} ${e.day} ${e.surface}`, e.impressions]))

describe("exposure buffer", () => {
  afterEach(() => vi.useRealTimers())

  it("keeps one counter per seller, WIB day and surface; a seller with several cards counts once per page", async () => {
    let now = EVENING
    const { batches, send } = recorder()
    const buffer = createExposureBuffer({ send, now: () => now })
    buffer.add("home", ["sel_a", "sel_b", "sel_a", null, undefined])
    buffer.add("home", ["sel_a"])
    buffer.add("search", ["sel_a"])
    now = new Date("2026-03-02T17:10:00Z") // 00:10 WIB on the 3rd
    buffer.add("home", ["sel_a"])
    expect(buffer.size()).toBe(4)
    await buffer.flush()
    buffer.stop()
    expect(batches).toHaveLength(1)
    expect(byKey(batches[0])).toEqual({
      "sel_a 2026-03-02 home": 2,
      "sel_b 2026-03-02 home": 1,
      "sel_a 2026-03-02 search": 1,
      "sel_a 2026-03-03 home": 1,
    })
    expect(buffer.size()).toBe(0)
    await buffer.flush()
    expect(send).toHaveBeenCalledTimes(1)
  })

  it("flushes as soon as it holds maxEntries counters", async () => {
    const { batches, send } = recorder()
    const buffer = createExposureBuffer({ send, maxEntries: 3, now: () => EVENING })
    buffer.add("category", ["sel_a", "sel_b"])
    expect(send).not.toHaveBeenCalled()
    buffer.add("category", ["sel_a", "sel_c"])
    expect(send).toHaveBeenCalledTimes(1)
    expect(byKey(batches[0])).toEqual({ "sel_a 2026-03-02 category": 2, "sel_b 2026-03-02 category": 1, "sel_c 2026-03-02 category": 1 })
    expect(buffer.size()).toBe(0)
    buffer.stop()
  })

  it("flushes every interval while it holds counters, and not when empty", async () => {
    vi.useFakeTimers()
    const { batches, send } = recorder()
    const buffer = createExposureBuffer({ send, intervalMs: 5000, now: () => EVENING })
    await vi.advanceTimersByTimeAsync(20_000)
    expect(send).not.toHaveBeenCalled()
    buffer.add("kecamatan", ["sel_a"])
    await vi.advanceTimersByTimeAsync(4_999)
    expect(send).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(batches).toEqual([[{ seller_id: "sel_a", day: "2026-03-02", surface: "kecamatan", impressions: 1 }]])
    await vi.advanceTimersByTimeAsync(15_000)
    expect(send).toHaveBeenCalledTimes(1)
    buffer.stop()
  })

  it("drops the counts of a failed flush (reported once) and goes on counting", async () => {
    const { send } = recorder(true)
    const onError = vi.fn()
    const buffer = createExposureBuffer({ send, onError, now: () => EVENING })
    buffer.add("seller", ["sel_a", "sel_b"])
    buffer.add("seller", ["sel_a"])
    await buffer.flush()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0][1]).toBe(3)
    expect(buffer.size()).toBe(0)
    buffer.add("seller", ["sel_c"])
    await buffer.flush()
    expect(send.mock.calls[1][0]).toEqual([{ seller_id: "sel_c", day: "2026-03-02", surface: "seller", impressions: 1 }])
    buffer.stop()
  })

  it("dates counts in WIB", () => {
    expect(wibDay(new Date("2026-03-02T16:59:59Z"))).toBe("2026-03-02")
    expect(wibDay(new Date("2026-03-02T17:00:00Z"))).toBe("2026-03-03")
  })
})

describe("isBot", () => {
  it("does not count crawlers, Lighthouse, headless browsers, plain HTTP clients or a missing user agent", () => {
    for (const agent of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse",
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/125.0.0.0 Safari/537.36",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "WhatsApp/2.23.20.0",
      "Baiduspider+(+http://www.baidu.com/search/spider.htm)",
      "curl/8.5.0",
      "node",
      "python-requests/2.31",
      "",
      null,
    ]) {
      expect(isBot(agent), String(agent)).toBe(true)
    }
  })

  it("counts shoppers' browsers", () => {
    for (const agent of [
      "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    ]) {
      expect(isBot(agent), agent).toBe(false)
    }
  })
})
