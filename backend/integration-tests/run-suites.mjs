#!/usr/bin/env node
/**
 * `npm test` for the backend: unit specs in one Vitest run, then every HTTP suite in a Vitest
 * run of its own. Medusa keeps connections and containers in module state that a second suite
 * in the same worker would inherit (destroyed), and recycling worker threads crashes the native
 * bindings, so one process per suite is the reliable isolation. Exit code: 1 if any run failed.
 *
 * The runs share one PostgreSQL (embedded, unless DATABASE_URL names a server) and one database
 * migrated once by `medusa db:migrate`: each suite's database is a copy of it (helpers/runner.ts),
 * so Medusa's runner finds every migration applied instead of running them all per suite.
 *
 * With arguments it is plain `vitest run <args>` (e.g. one file), on a fresh database as before.
 */
import { spawn, spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import pg from "pg"

const VITEST = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs")
const vitest = (args) => spawnSync(process.execPath, [VITEST, "run", ...args], { stdio: "inherit" }).status ?? 1

const args = process.argv.slice(2)
if (args.length) {
  process.exit(vitest(args))
}

const TEMPLATE = "sentra_test_template"

/** One server for every run, and the migrated template database on it; returns the children's environment. */
async function sharedDatabase() {
  const { buildUrl, ensureDatabase, fromUrl, startEphemeralDatabase } = await import("@sentra/dev-db")
  const server = process.env.DATABASE_URL ? fromUrl(process.env.DATABASE_URL) : await startEphemeralDatabase("postgres")
  const template = { ...server, database: TEMPLATE }
  await ensureDatabase(template)
  console.log(`\n=== backend: migrating the template database ${TEMPLATE} (medusa db:migrate)`)
  const medusa = join(dirname(createRequire(import.meta.url).resolve("@medusajs/cli/package.json")), "cli.js")
  const migrated = spawnSync(process.execPath, [medusa, "db:migrate"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: buildUrl(template), LOG_LEVEL: "warn", DISABLE_MEDUSA_ADMIN: "true" },
  })
  if (migrated.status !== 0) throw new Error("medusa db:migrate failed on the template database")
  const dropTemplate = async () => {
    const client = new pg.Client({ ...server, database: "postgres" })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE}"`).finally(() => client.end())
  }
  return { server, dropTemplate, env: { DATABASE_URL: buildUrl(server), SENTRA_TEST_TEMPLATE_DB: TEMPLATE } }
}

const suites = readdirSync("integration-tests/http")
  .filter((file) => file.endsWith(".spec.ts"))
  .sort()
  .map((file) => `integration-tests/http/${file}`)
const runs = [["src/"], ...suites.map((suite) => [suite])]

/** A run in the background; its output is printed in one piece when it ends, so two runs' lines never interleave. */
function vitestQuietly(args, env) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(process.execPath, [VITEST, "run", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    const output = []
    child.stdout.on("data", (chunk) => output.push(chunk))
    child.stderr.on("data", (chunk) => output.push(chunk))
    child.on("close", (code) => {
      console.log(`\n=== backend: vitest run ${args.join(" ")} (${Math.round((Date.now() - started) / 1000)} s)`)
      process.stdout.write(Buffer.concat(output))
      resolve(code ?? 1)
    })
  })
}

// Two runs at a time (SENTRA_TEST_CONCURRENCY): a run spends most of its time booting Medusa and
// seeding on one core, so two share a 2-core machine well. Longest first (pairs finish together).
const concurrency = Math.max(1, Number(process.env.SENTRA_TEST_CONCURRENCY) || 2)
const LONGEST_FIRST = ["checkout", "vendor", "staff", "store-browse", "search.spec", "payouts", "admin-store", "foundation", "exposure", "production"]
const rank = (run) => {
  const index = LONGEST_FIRST.findIndex((name) => run[0].includes(name))
  return index === -1 ? LONGEST_FIRST.length : index
}
const queue = [...runs].sort((a, b) => rank(a) - rank(b))
const failed = []
const shared = await sharedDatabase()
try {
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let run = queue.shift(); run; run = queue.shift()) {
        if ((await vitestQuietly(run, shared.env)) !== 0) failed.push(run.join(" "))
      }
    })
  )
} finally {
  await shared.dropTemplate()
  await shared.server.stop()
}
console.log(`\n=== backend: ${runs.length - failed.length} of ${runs.length} runs passed${failed.length ? `; failed: ${failed.join(", ")}` : ""}`)
process.exit(failed.length ? 1 : 0)
