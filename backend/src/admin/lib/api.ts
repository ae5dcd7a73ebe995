import { toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { BACKEND_URL, sdk } from "./sdk"

type Query = Record<string, string | number | boolean | undefined>

/** GET an admin route with the dashboard session; reloads when the path or query changes. */
export function useAdminQuery<T>(path: string | null, query: Query = {}) {
  const [data, setData] = useState<T | null>(null)
  const [loading, setLoading] = useState(true)
  const key = JSON.stringify(query)
  const load = useCallback(async () => {
    if (!path) return
    setLoading(true)
    try {
      setData(await sdk.client.fetch<T>(path, { query: JSON.parse(key) as Query }))
    } catch (error) {
      toast.error("Gagal memuat data", { description: (error as Error).message })
    } finally {
      setLoading(false)
    }
  }, [path, key])
  useEffect(() => {
    void load()
  }, [load])
  return { data, loading, reload: load }
}

/**
 * POST to an admin route; shows the server's message (it names the field) when refused, else
 * `success` (or what it says about the result).
 */
export async function postAdmin<T = unknown>(path: string, body: object, success: string | ((result: T) => string)): Promise<T | null> {
  try {
    const result = await sdk.client.fetch<T>(path, { method: "POST", body })
    toast.success(typeof success === "string" ? success : success(result))
    return result
  } catch (error) {
    toast.error("Gagal menyimpan", { description: (error as Error).message })
    return null
  }
}

/**
 * A table row's actions: `act(path, body, success)` POSTs to `${base}/${path}`, disables the row's
 * buttons meanwhile (`busy`) and reloads the table when it went through.
 */
export function useRowAction(base: string, onChange: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const act = async (path: string, body: object, success: string) => {
    setBusy(true)
    const done = await postAdmin(`${base}/${path}`, body, success)
    setBusy(false)
    if (done) await onChange()
  }
  return { busy, act }
}

/** Downloads a CSV route (the session cookie authenticates it) as a file. */
export async function downloadCsv(path: string, query: Query, filename: string) {
  const params = new URLSearchParams(
    Object.entries({ ...query, format: "csv" }).flatMap(([k, v]) => (v === undefined || v === "" ? [] : [[k, String(v)]]))
  )
  const response = await fetch(`${BACKEND_URL}${path}?${params}`, { credentials: "include" })
  if (!response.ok) {
    toast.error("Gagal mengunduh CSV", { description: `${response.status} ${await response.text()}` })
    return
  }
  const url = URL.createObjectURL(await response.blob())
  const link = Object.assign(document.createElement("a"), { href: url, download: filename })
  link.click()
  URL.revokeObjectURL(url)
}
