import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["journeys/**/*.test.ts", "production/**/*.test.ts", "first-start/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
