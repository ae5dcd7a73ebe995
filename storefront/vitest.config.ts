import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

// Separate from vite.config.ts: the Remix Vite plugin must not run under Vitest.
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  esbuild: { jsx: "automatic" },
  test: {
    environment: "node",
    // One file at a time: two cores, and the backend files share one backend.
    fileParallelism: false,
    projects: [
      // Pure functions and routes without a backend: seconds.
      { extends: true, test: { name: "unit", include: ["app/**/*.test.{ts,tsx}", "test/offline/**/*.test.{ts,tsx}"] } },
      // Route loaders and actions against ONE real backend shared by every file (test/backend/global-setup.ts):
      // a backend boot costs a minute or two, so files share it and create their own data.
      {
        extends: true,
        test: {
          name: "backend",
          include: ["test/backend/**/*.test.{ts,tsx}"],
          globalSetup: ["test/backend/global-setup.ts"],
          setupFiles: ["test/backend/use-backend.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
