import { Link, useLocation, useRevalidator } from "@remix-run/react"
import { useEffect, useRef, useState } from "react"
import { t } from "~/i18n/panel"
import { usePanel } from "./panel"

/** How often the panel asks for new orders (a small JSON route, not the whole page). */
export const POLL_MS = 20_000

/** A short two-tone chime; browsers that block sound before a tap just stay silent. */
function chime() {
  try {
    const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
    if (!AudioContextClass) return
    const audio = new AudioContextClass()
    ;[880, 1320].forEach((frequency, i) => {
      const tone = audio.createOscillator()
      const gain = audio.createGain()
      tone.frequency.value = frequency
      gain.gain.value = 0.2
      tone.connect(gain).connect(audio.destination)
      tone.start(audio.currentTime + i * 0.25)
      tone.stop(audio.currentTime + i * 0.25 + 0.2)
    })
  } catch {
    // No sound: the badge, the title and the banner still tell.
  }
}

/**
 * Watches for new orders while the panel is open: polls `/mitra/baru` (the count of new
 * tickets), and when it grows reloads the page data, shows a banner, puts the count in the tab
 * title and chimes. A failed poll (patchy 4G) only shows "reconnecting" and tries again; the page
 * on screen stays as it was. Without JavaScript the pages offer a refresh link instead.
 */
export function NewOrdersWatch({ count }: { count: number }) {
  const { locale } = usePanel()
  const revalidator = useRevalidator()
  const location = useLocation()
  const known = useRef(count)
  const [alerting, setAlerting] = useState(false)
  const [offline, setOffline] = useState(false)

  // The count from the page data: a rise (from polling or a navigation) is an alert.
  useEffect(() => {
    if (count > known.current) {
      setAlerting(true)
      chime()
    }
    known.current = count
  }, [count])

  // The tab title carries the count, whichever page sets the title.
  useEffect(() => {
    const base = document.title.replace(/^\(\d+\)\s*/, "")
    document.title = count > 0 ? `(${count}) ${base}` : base
  })

  useEffect(() => {
    let stopped = false
    const poll = async () => {
      if (document.visibilityState !== "visible") return
      try {
        const response = await fetch("/mitra/baru", { headers: { accept: "application/json" }, cache: "no-store" })
        if (!response.ok) throw new Error(String(response.status))
        const body = (await response.json()) as { count: number }
        if (stopped) return
        setOffline(false)
        if (body.count !== known.current && revalidator.state === "idle") revalidator.revalidate()
      } catch {
        if (!stopped) setOffline(true)
      }
    }
    const timer = setInterval(poll, POLL_MS)
    const onVisible = () => void poll()
    document.addEventListener("visibilitychange", onVisible)
    window.addEventListener("online", onVisible)
    return () => {
      stopped = true
      clearInterval(timer)
      document.removeEventListener("visibilitychange", onVisible)
      window.removeEventListener("online", onVisible)
    }
  }, [revalidator])

  const onOrders = location.pathname === "/mitra/pesanan"
  return (
    <div className="mitra-watch" aria-live="polite">
      {alerting && count > 0 && (
        <p className="mitra-alert" role="alert">
          <span>{t(locale, "mitra.alert.newOrders", { count })}</span>
          {!onOrders && (
            <Link to="/mitra/pesanan?tab=baru" className="button" onClick={() => setAlerting(false)}>
              {t(locale, "mitra.alert.open")}
            </Link>
          )}
          {onOrders && (
            <button type="button" className="button button--secondary" onClick={() => setAlerting(false)}>
              {t(locale, "mitra.alert.dismiss")}
            </button>
          )}
        </p>
      )}
      {offline && <p className="mitra-watch__offline">{t(locale, "mitra.alert.offline")}</p>}
    </div>
  )
}
