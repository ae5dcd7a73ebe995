/**
 * `npm run bench:storefront` — what a shopper's phone gets from the production storefront.
 * Not a test: it measures and writes test/bench/results/storefront.json and storefront.md.
 *
 * 1. Needs `npm run build` (it runs it when the storefront build is missing).
 * 2. Boots a seeded backend on a throw-away database (`startBackend()`) and the BUILT storefront
 *    (`remix-serve`, NODE_ENV=production) on free ports.
 * 3. For each page (home, kecamatan, seller, product, cart with two items, search):
 *    - JavaScript shipped: every script and modulepreload the HTML references, raw and gzip bytes;
 *    - TTFB (time until the response headers arrive) at a fixed arrival rate, open loop;
 *    - Lighthouse mobile scores (performance, accessibility; median of BENCH_LH_RUNS runs) with
 *      Debian's chromium.
 * Targets (issue 12): product page ≤ 100 KB gzip JS, TTFB p95 ≤ 200 ms at 10 req/s, Lighthouse
 * performance ≥ 95 and accessibility ≥ 95 on every page.
 *
 * Only localhost traffic; every phase is bounded. Knobs: BENCH_RATE=10 BENCH_DURATION_S=30
 * BENCH_LH_RUNS=3 BENCH_SKIP_LIGHTHOUSE=1. SENTRA_DEBUG=1 shows the servers' output.
 */
import { existsSync, writeFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { generateSeed } from "@sentra/seed-data"
import { bin, ROOT_DIR, run, startBackend, startProcess, stopProcess, STOREFRONT_DIR, waitForUrl } from "@sentra/stack"
import { freePort } from "@sentra/dev-db"
import { CHROMIUM_PATH } from "../support/browser"
import { openLoop, summarize, type LoadStats } from "./load"

const HERE = dirname(fileURLToPath(import.meta.url))
const RESULTS = join(HERE, "results")
const numberEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return process.env[name] && Number.isFinite(value) && value > 0 ? value : fallback
}
const RATE = numberEnv("BENCH_RATE", 10)
const DURATION_S = numberEnv("BENCH_DURATION_S", 30)
const LH_RUNS = numberEnv("BENCH_LH_RUNS", 3)
const TARGETS = { productJsGzipKb: 100, ttfbP95Ms: 200, performance: 95, accessibility: 95 }

interface PageResult {
  name: string
  path: string
  status: number
  js: { files: number; raw_bytes: number; gzip_bytes: number }
  ttfb: LoadStats
  lighthouse: { performance: number | null; accessibility: number | null; runs: number } | null
}

/** Every external script and modulepreload of the page, with raw and gzip sizes. */
async function javascriptOf(baseUrl: string, html: string) {
  const urls = new Set<string>()
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"[^>]*>/g)) {
    urls.add(new URL(match[1], baseUrl).href)
  }
  let raw = 0
  let gzip = 0
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer())
    raw += body.length
    gzip += gzipSync(body, { level: 9 }).length
  }
  return { files: urls.size, raw_bytes: raw, gzip_bytes: gzip }
}

async function ttfb(url: string, headers: Record<string, string>): Promise<LoadStats> {
  const result = await openLoop({
    rate: RATE,
    durationMs: DURATION_S * 1000,
    timeoutMs: 5000,
    cases: 1,
    send: async (_i, signal) => {
      const response = await fetch(url, { headers, signal })
      // Headers have arrived: that is the time to first byte. Drain the body off the clock.
      void response.arrayBuffer().catch(() => undefined)
      if (response.status >= 400) throw new Error(`HTTP ${response.status}`)
    },
  })
  return summarize(result, { mode: "open-loop", rate: RATE, timeoutMs: 5000 })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : null
}

async function lighthouseScores(url: string, cookie: string | undefined) {
  const { default: lighthouse } = await import("lighthouse")
  const chromeLauncher = await import("chrome-launcher")
  const performance: number[] = []
  const accessibility: number[] = []
  for (let i = 0; i < LH_RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    })
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: cookie ? { Cookie: cookie } : undefined,
      })
      const categories = result?.lhr.categories
      if (categories?.performance.score != null) performance.push(Math.round(categories.performance.score * 100))
      if (categories?.accessibility.score != null) accessibility.push(Math.round(categories.accessibility.score * 100))
    } finally {
      await chrome.kill()
    }
  }
  return { performance: median(performance), accessibility: median(accessibility), runs: LH_RUNS }
}

/** A cart with products of two sellers, as the cookie the storefront set. */
async function cartCookie(storefrontUrl: string, variantIds: string[]): Promise<string> {
  let cookie = ""
  for (const variantId of variantIds) {
    const response = await fetch(`${storefrontUrl}/keranjang`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams({ intent: "add", variant_id: variantId, quantity: "1" }),
      redirect: "manual",
    })
    const set = response.headers.get("set-cookie")
    if (set) cookie = set.split(";")[0]
  }
  return cookie
}

/** A desktop Chrome: counted as a shopper (the bench's own requests come from Node's fetch, a bot). */
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36"

interface ExposureCost {
  counted: LoadStats
  not_counted: LoadStats
  /** Home-page impressions the backend recorded today, before and after the counted run. */
  impressions_before: number
  impressions_after: number
}

/**
 * What fair-exposure counting (decision 102) costs a page: the home page's TTFB with a browser's
 * user agent (its cards are counted) right after the same load as a bot (not counted), and proof
 * that the counted run's impressions reached the backend (Admin's exposure report).
 */
async function exposureCost(storefrontUrl: string, backendUrl: string): Promise<ExposureCost> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@sentra.local", password: "sentra-admin" }),
  }).then((r) => r.json() as Promise<{ token: string }>)
  const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Jakarta" })
  const homeImpressions = async () => {
    const { exposure } = (await fetch(`${backendUrl}/admin/exposure?from=${today}&to=${today}`, {
      headers: { authorization: `Bearer ${login.token}` },
    }).then((r) => r.json())) as { exposure: { totals: { surfaces: Record<string, number> } } }
    return exposure.totals.surfaces.home ?? 0
  }
  console.log("[bench] exposure counting: home page as a bot, then as a browser…")
  const impressions_before = await homeImpressions()
  const not_counted = await ttfb(`${storefrontUrl}/`, {})
  const counted = await ttfb(`${storefrontUrl}/`, { "user-agent": BROWSER_UA })
  // The storefront sends its counters every 5 s.
  await new Promise((resolve) => setTimeout(resolve, 7_000))
  const impressions_after = await homeImpressions()
  return { counted, not_counted, impressions_before, impressions_after }
}

function markdown(pages: PageResult[], notes: { finished_at: string; runtime_s: number; load_average: number[] }, exposure: ExposureCost) {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1)
  const mark = (ok: boolean) => (ok ? "met" : "**missed**")
  const rows = pages.map(
    (p) =>
      `| ${p.name} | \`${p.path}\` | ${p.status} | ${p.js.files} | ${kb(p.js.raw_bytes)} | ${kb(p.js.gzip_bytes)} | ${p.ttfb.p50_ms ?? "–"} | ${p.ttfb.p95_ms ?? "–"} | ${p.ttfb.p99_ms ?? "–"} | ${p.ttfb.errors} | ${p.lighthouse?.performance ?? "–"} | ${p.lighthouse?.accessibility ?? "–"} |`
  )
  const product = pages.find((p) => p.name === "product")
  const checks = [
    `- Product page JS ≤ ${TARGETS.productJsGzipKb} KB gzip: ${product ? `${kb(product.js.gzip_bytes)} KB — ${mark(product.js.gzip_bytes <= TARGETS.productJsGzipKb * 1024)}` : "no product page"}`,
    `- TTFB p95 ≤ ${TARGETS.ttfbP95Ms} ms at ${RATE} req/s: ${mark(pages.every((p) => p.ttfb.p95_ms !== null && p.ttfb.p95_ms <= TARGETS.ttfbP95Ms))} (worst ${Math.max(...pages.map((p) => p.ttfb.p95_ms ?? Infinity))} ms)`,
    ...(pages.some((p) => p.lighthouse)
      ? [
          `- Lighthouse performance ≥ ${TARGETS.performance}: ${mark(pages.every((p) => (p.lighthouse?.performance ?? 0) >= TARGETS.performance))}`,
          `- Lighthouse accessibility ≥ ${TARGETS.accessibility}: ${mark(pages.every((p) => (p.lighthouse?.accessibility ?? 0) >= TARGETS.accessibility))}`,
        ]
      : ["- Lighthouse: not run (BENCH_SKIP_LIGHTHOUSE)"]),
  ]
  return [
    "# Storefront benchmark",
    "",
    `\`npm run bench:storefront\` — production build (\`remix-serve\`), seeded catalog, this machine (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB).`,
    `Finished ${notes.finished_at} in ${notes.runtime_s} s; load average before: ${notes.load_average.map((l) => l.toFixed(2)).join(", ")}.`,
    "",
    `TTFB: time until the response headers arrive, open loop at ${RATE} req/s for ${DURATION_S} s per page (failed requests count as infinitely slow).`,
    `JS: every script and modulepreload in the page's HTML. Lighthouse: mobile defaults (simulated throttling), median of ${LH_RUNS} runs, Debian chromium.`,
    "",
    "| Page | Path | Status | JS files | JS raw KB | JS gzip KB | TTFB p50 ms | p95 | p99 | errors | LH perf | LH a11y |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    "## Targets",
    "",
    ...checks,
    "",
    "## Fair-exposure counting (decision 102)",
    "",
    `The home page at ${RATE} req/s for ${DURATION_S} s, first as a bot (not counted), then as a browser (its cards counted in memory, sent in batches).`,
    "",
    "| Home page | TTFB p50 ms | p95 | p99 | errors |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...([["not counted (bot)", exposure.not_counted], ["counted (browser)", exposure.counted]] as const).map(
      ([name, s]) => `| ${name} | ${s.p50_ms ?? "–"} | ${s.p95_ms ?? "–"} | ${s.p99_ms ?? "–"} | ${s.errors} |`
    ),
    "",
    `Home impressions recorded today: ${exposure.impressions_before} before, ${exposure.impressions_after} after the counted run (${exposure.counted.ok} pages × the sellers on each).`,
    "",
  ].join("\n")
}

async function main() {
  const started = Date.now()
  const load = loadavg()
  if (!existsSync(join(STOREFRONT_DIR, "build", "server", "index.js"))) {
    console.log("[bench] no storefront build: npm run build")
    await run("npm", ["run", "build"], { cwd: ROOT_DIR, label: "build", quiet: !process.env.SENTRA_DEBUG })
  }
  console.log("[bench] starting a seeded backend…")
  // The storefront sends its exposure counters with this secret; the backend must hold the same.
  const exposureSecret = `bench-exposure-${Date.now()}-${"x".repeat(32)}`
  const backend = await startBackend({ env: { SENTRA_EXPOSURE_SECRET: exposureSecret } })
  const port = await freePort()
  const storefrontUrl = `http://localhost:${port}`
  const storefront = startProcess(bin("remix-serve", STOREFRONT_DIR), [join(STOREFRONT_DIR, "build", "server", "index.js")], {
    cwd: STOREFRONT_DIR,
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      MEDUSA_BACKEND_URL: backend.url,
      MEDUSA_PUBLISHABLE_KEY: backend.publishableKey,
      SESSION_SECRET: `bench-${Date.now()}-${"x".repeat(32)}`,
      // Required in production. Node's fetch is a bot (not counted); Lighthouse's emulated phone is not, so its home-page loads count (decision 102).
      SENTRA_EXPOSURE_SECRET: exposureSecret,
    },
    label: "storefront",
    quiet: !process.env.SENTRA_DEBUG,
  })
  try {
    await waitForUrl(storefrontUrl, 60_000, storefront)
    const seed = generateSeed()
    const api = (path: string) =>
      fetch(`${backend.url}${path}`, { headers: { "x-publishable-api-key": backend.publishableKey } }).then((r) => r.json())
    const product = seed.products.find((p) => p.variants[0].stock > 10)!
    const other = seed.products.find((p) => p.sellerHandle !== product.sellerHandle && p.variants[0].stock > 10)!
    const seller = seed.sellers.find((s) => s.handle === product.sellerHandle)!
    const { products } = await api(`/store/products?handle[]=${product.handle}&handle[]=${other.handle}&fields=id,handle,*variants`)
    const variantIds = (products as { variants: { id: string }[] }[]).map((p) => p.variants[0].id)
    const cookie = await cartCookie(storefrontUrl, variantIds)

    const pages = [
      { name: "home", path: "/" },
      { name: "kecamatan", path: `/kecamatan/${seller.districtCode}` },
      { name: "seller", path: `/penjual/${seller.handle}` },
      { name: "product", path: `/produk/${product.handle}` },
      { name: "cart", path: "/keranjang", cookie },
      { name: "search", path: "/cari?q=rendang" },
    ]
    const results: PageResult[] = []
    for (const page of pages) {
      const url = `${storefrontUrl}${page.path}`
      const headers: Record<string, string> = page.cookie ? { cookie: page.cookie } : {}
      const response = await fetch(url, { headers })
      const html = await response.text()
      console.log(`[bench] ${page.name}: ${response.status}, measuring…`)
      const js = await javascriptOf(storefrontUrl, html)
      const stats = await ttfb(url, headers)
      const lh = process.env.BENCH_SKIP_LIGHTHOUSE ? null : await lighthouseScores(url, page.cookie)
      results.push({ name: page.name, path: page.path, status: response.status, js, ttfb: stats, lighthouse: lh })
      console.log(`[bench] ${page.name}: JS ${(js.gzip_bytes / 1024).toFixed(1)} KB gzip, TTFB p95 ${stats.p95_ms} ms, LH ${lh?.performance ?? "–"}/${lh?.accessibility ?? "–"}`)
    }
    const exposure = await exposureCost(storefrontUrl, backend.url)
    const notes = { finished_at: new Date().toISOString(), runtime_s: Math.round((Date.now() - started) / 1000), load_average: load }
    writeFileSync(join(RESULTS, "storefront.json"), JSON.stringify({ ...notes, rate: RATE, duration_s: DURATION_S, pages: results, exposure }, null, 2) + "\n")
    writeFileSync(join(RESULTS, "storefront.md"), markdown(results, notes, exposure))
    console.log(`[bench] wrote ${join("test/bench/results", "storefront.md")}`)
  } finally {
    await stopProcess(storefront)
    await backend.stop()
  }
}

main().catch((error) => {
  console.error("[bench] failed:", error)
  process.exit(1)
})
