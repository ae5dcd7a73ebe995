import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startEphemeralDatabase, freePort, type Database } from "@sentra/dev-db"
import { BACKEND_DIR, bin, isErrorLine, migrate, setup, startProcess, stopProcess, waitForUrl, type SetupOutput } from "@sentra/stack"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

/**
 * What `npm run dev` does on a fresh clone, phase by phase: migrations, then setup + seed with the
 * search index built once at the end — and not one error line on the way (a newcomer reads
 * error blocks as a broken install).
 */
describe("first start on a fresh database", () => {
  const logs = mkdtempSync(join(tmpdir(), "sentra-first-start-"))
  let database: Database
  let first: SetupOutput
  const progress: string[] = []

  beforeAll(async () => {
    database = await startEphemeralDatabase("sentra")
    await migrate(database.url, { quiet: true, logFile: join(logs, "migrate.log") })
    first = await setup(database.url, {
      quiet: true,
      logFile: join(logs, "setup.log"),
      onProgress: (phase, done, total) => progress.push(`${phase} ${done}/${total}`),
    })
  }, 300_000)

  afterAll(async () => {
    await database?.stop()
    rmSync(logs, { recursive: true, force: true })
  })

  it("seeds and builds the search index without a single error line in any log", () => {
    for (const file of ["migrate.log", "setup.log"]) {
      const errors = readFileSync(join(logs, file), "utf8").split("\n").filter(isErrorLine)
      expect(errors, file).toEqual([])
    }
    expect(first.summary.districts).toBeGreaterThanOrEqual(50)
    expect(first.summary.sellers).toBeGreaterThanOrEqual(20)
    expect(first.summary.products).toBeGreaterThanOrEqual(100)
    expect(first.summary.created).toBe(first.summary.products)
    expect(first.summary.indexedIn).not.toBeNull()
  })

  it("reports progress through the long phases, ending at the total", () => {
    expect(progress).toContain(`sellers ${first.summary.sellers}/${first.summary.sellers}`)
    expect(progress).toContain(`products ${first.summary.products}/${first.summary.products}`)
    expect(progress.filter((line) => line.startsWith("products")).length).toBeGreaterThan(2)
  })

  it("leaves a search index that answers before any backend seeds it (an HTTP-only instance)", async () => {
    const port = await freePort()
    const backend = startProcess(bin("medusa", BACKEND_DIR), ["start", "--port", String(port)], {
      cwd: BACKEND_DIR,
      // `server` instances never seed search indexes at boot: what answers was built by setup.
      env: { DATABASE_URL: database.url, PORT: String(port), MEDUSA_WORKER_MODE: "server", DISABLE_MEDUSA_ADMIN: "true", NODE_ENV: "development" },
      label: "backend",
      quiet: true,
    })
    try {
      await waitForUrl(`http://localhost:${port}/health`, 120_000, backend)
      const response = await fetch(`http://localhost:${port}/store/search`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-publishable-api-key": first.publishableKey },
        body: JSON.stringify({ entity: "product", pagination: { take: 0 } }),
      })
      const body = (await response.json()) as { results: { metadata: { count: number } }[] }
      expect(response.status).toBe(200)
      expect(body.results[0].metadata.count).toBe(first.summary.products)
    } finally {
      await stopProcess(backend)
    }
  })

  it("a second start creates nothing and leaves the index alone", async () => {
    const second = await setup(database.url, { quiet: true, logFile: join(logs, "setup-2.log") })
    expect(second.summary).toMatchObject({ created: 0, indexedIn: null, products: first.summary.products })
    expect(second.publishableKey).toBe(first.publishableKey)
  })
})
