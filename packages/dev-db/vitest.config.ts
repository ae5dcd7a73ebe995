import { defineConfig } from "vitest/config"

// Each test starts a real PostgreSQL: seconds on an idle machine, more on a busy 2-core one.
export default defineConfig({
  test: { include: ["src/**/*.test.ts"], testTimeout: 60_000 },
})
