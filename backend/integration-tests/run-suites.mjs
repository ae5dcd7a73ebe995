#!/usr/bin/env node
/**
 * `npm test` for the backend: unit specs in one Vitest run, then every HTTP suite in a Vitest
 * run of its own. Medusa keeps connections and containers in module state that a second suite
 * in the same worker would inherit (destroyed), and recycling worker threads crashes the native
 * bindings, so one process per suite is the reliable isolation. Exit code: 1 if any run failed.
 *
 * With arguments it is plain `vitest run <args>` (e.g. one file).
 */
import { spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"

const VITEST = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs")
const vitest = (args) => spawnSync(process.execPath, [VITEST, "run", ...args], { stdio: "inherit" }).status ?? 1

const args = process.argv.slice(2)
if (args.length) {
  process.exit(vitest(args))
}

const suites = readdirSync("integration-tests/http")
  .filter((file) => file.endsWith(".spec.ts"))
  .sort()
  .map((file) => `integration-tests/http/${file}`)
const runs = [["src/"], ...suites.map((suite) => [suite])]

const failed = []
for (const run of runs) {
  console.log(`\n=== backend: vitest run ${run.join(" ")}`)
  if (vitest(run) !== 0) failed.push(run.join(" "))
}
console.log(`\n=== backend: ${runs.length - failed.length} of ${runs.length} runs passed${failed.length ? `; failed: ${failed.join(", ")}` : ""}`)
process.exit(failed.length ? 1 : 0)
