/**
 * `npm run test:reliability`: Sentra's promises checked on the production shape, under
 * concurrency and faults. Builds the backend, starts its own services — an embedded PostgreSQL
 * (throw-away) and Debian's `redis-server` on free ports, so the machine's own services are never
 * touched — then two `server` instances and one `worker` of the built backend behind a
 * round-robin proxy, runs the scenarios and writes test/reliability/report.md. Exits 1 when any
 * promise does not hold.
 */
import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { startEphemeralDatabase, type Database } from "@sentra/dev-db"
import { startStripeServer, type StripeTestServer } from "@sentra/stripe-test-server"
import { BACKEND_DIR, bin, migrate, run, setup } from "@sentra/stack"
import { productionEnv, startInstance, startLink, startProxy, stopInstance, type Instance, type Link, type Proxy } from "./cluster"
import { client, type Client } from "./http"
import { startRedis, type Redis } from "./redis"
import { doubleSubmit, gracefulShutdown, isolation, loginLimit, outage, oversell, throughput, type Check, type Context } from "./scenarios"

const REPORT = new URL("./report.md", import.meta.url)

async function main() {
  const started = Date.now()
  const log = (line: string) => console.log(`[reliability] ${line}`)
  const logDir = mkdtempSync(join(tmpdir(), "sentra-reliability-"))
  let database: Database | undefined
  let redis: Redis | undefined
  let stripe: StripeTestServer | undefined
  const instances: Instance[] = []
  let proxy: Proxy | undefined
  const links: Link[] = []
  try {
    log("building the backend (medusa build)…")
    await run(bin("medusa", BACKEND_DIR), ["build"], { cwd: BACKEND_DIR, env: { DISABLE_MEDUSA_ADMIN: "true" }, label: "build", quiet: true })
    database = await startEphemeralDatabase("sentra")
    redis = await startRedis()
    stripe = await startStripeServer()
    // Card payments through the local Stripe test server (setup offers card in the region too).
    const card = { STRIPE_API_KEY: "sk_test_sentra_reliability", STRIPE_API_BASE: stripe.url, STRIPE_WEBHOOK_SECRET: `whsec_${randomBytes(16).toString("hex")}` }
    log(`PostgreSQL (embedded) on ${database.port}, Redis on ${redis.port}, Stripe test server on ${stripe.url}; migrating and seeding…`)
    await migrate(database.url, { quiet: true })
    const seeded = await setup(database.url, { seed: true, quiet: true, env: card })

    // The instances reach PostgreSQL and Redis through links a scenario can cut.
    const databaseLink = await startLink(database.port)
    const redisLink = await startLink(redis.port)
    links.push(databaseLink, redisLink)
    const databaseUrl = new URL(database.url)
    databaseUrl.port = String(databaseLink.port)
    const env = { ...productionEnv(databaseUrl.toString(), `redis://127.0.0.1:${redisLink.port}`), ...card }
    log("starting the worker and two server instances of the built backend…")
    instances.push(await startInstance("worker", "worker", env, logDir))
    instances.push(...(await Promise.all([startInstance("server-a", "server", env, logDir), startInstance("server-b", "server", env, logDir)])))
    const [, a, b] = instances
    proxy = await startProxy([a.url, b.url])
    const api: Client = client(seeded.publishableKey)
    const context: Context = { api, proxy, a, b, regionId: seeded.regionId, stripe, stripeWebhookSecret: card.STRIPE_WEBHOOK_SECRET, log }

    const checks: Check[] = []
    const record = (found: Check[]) => {
      for (const check of found) log(`${check.pass ? "ok  " : "FAIL"} ${check.scenario}: ${check.what} — ${check.measured}`)
      checks.push(...found)
    }
    record(await oversell(context, { stock: 1, shoppers: 50 }))
    record(await oversell(context, { stock: 5, shoppers: 50 }))
    record(await doubleSubmit(context))
    record(await isolation(context))
    const load = await throughput(context)
    record(load.checks)
    record(await outage(context, "PostgreSQL", databaseLink))
    record(await outage(context, "Redis", redisLink))
    record(await loginLimit(context))
    record(await gracefulShutdown(context)) // last: it stops server A

    const failed = checks.filter((check) => !check.pass)
    writeFileSync(REPORT, report(checks, load.table, Math.round((Date.now() - started) / 1000)))
    log(`${checks.length - failed.length}/${checks.length} checks hold; report in test/reliability/report.md (${Math.round((Date.now() - started) / 1000)} s)`)
    if (failed.length) {
      log(`instance logs: ${logDir}`)
      process.exitCode = 1
    }
  } finally {
    await proxy?.close()
    await Promise.all(instances.map(stopInstance))
    await Promise.all(links.map((link) => link.close()))
    await redis?.stop()
    await stripe?.close()
    await database?.stop()
    if (process.exitCode !== 1) rmSync(logDir, { recursive: true, force: true })
  }
}

function report(checks: Check[], loadTable: string[], seconds: number): string {
  const scenarios = [...new Set(checks.map((check) => check.scenario))]
  return [
    "# Reliability report",
    "",
    `Written by \`npm run test:reliability\` (test/reliability/run.ts) on ${new Date().toISOString().slice(0, 10)}, ${seconds} s, on this`,
    "machine kind (2 cores). Shape: the built backend as two `server` instances and one `worker` on one",
    "embedded PostgreSQL and one `redis-server` (Medusa's Redis event bus, workflow engine, locking and",
    "caching), behind a round-robin proxy; shoppers over HTTP, as the storefront calls the API.",
    "",
    "| Scenario | Check | Measured | Holds |",
    "| --- | --- | --- | --- |",
    ...scenarios.flatMap((scenario) =>
      checks.filter((check) => check.scenario === scenario).map((check) => `| ${scenario} | ${check.what} | ${check.measured} | ${check.pass ? "yes" : "**NO**"} |`)
    ),
    "",
    "## Checkout load: two instances vs one (same run)",
    "",
    ...loadTable,
    "",
  ].join("\n")
}

main().catch((error) => {
  console.error("[reliability] failed:", error instanceof Error ? error.stack ?? error.message : error)
  process.exit(1)
})
