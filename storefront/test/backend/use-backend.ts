import { inject } from "vitest"

// Runs before each test file: env.server.ts reads process.env when first imported, so the
// shared backend's address is set before any route is imported.
const backend = inject("backend")
process.env.MEDUSA_BACKEND_URL = backend.url
process.env.MEDUSA_PUBLISHABLE_KEY = backend.publishableKey
