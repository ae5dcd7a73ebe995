import { defineConfig } from "vitest/config"

// Medusa's test runners need: one thread (the app calls process.send, so no forks), globals (the
// runners call describe/beforeAll), and ts-node to `require()` src/*.ts at runtime. One HTTP
// suite per Vitest process: see integration-tests/run-suites.mjs (what `npm test` runs).
export default defineConfig({
  test: {
    globals: true,
    pool: "threads",
    poolOptions: { threads: { singleThread: true } },
    include: ["integration-tests/**/*.spec.ts", "src/**/__tests__/**/*.spec.ts"],
    globalSetup: ["./integration-tests/global-setup.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
})
