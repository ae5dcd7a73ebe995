import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // One file at a time: two cores, and the journeys share one backend and storefront.
    fileParallelism: false,
    projects: [
      // Browser journeys on ONE backend + storefront started by the global setup.
      { extends: true, test: { name: "journeys", include: ["journeys/**/*.test.ts"], globalSetup: ["support/global-shop.ts"] } },
      // Suites that start (or refuse to start) their own processes.
      { extends: true, test: { name: "processes", include: ["production/**/*.test.ts", "first-start/**/*.test.ts"] } },
    ],
  },
})
