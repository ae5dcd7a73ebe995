import { spawn } from "node:child_process"
import { createServer } from "node:net"
import { BACKEND_DIR, bin, ROOT_DIR } from "@sentra/stack"
import { describe, expect, it } from "vitest"

/** Runs a command with a clean environment (no secrets, no NODE_ENV); kills it after `ms`. */
function runWithout(command: string, args: string[], cwd: string, extraEnv: Record<string, string>, ms = 60_000) {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(NODE_ENV|JWT_SECRET|COOKIE_SECRET|STORE_CORS|ADMIN_CORS|AUTH_CORS|SESSION_SECRET|SENTRA_EXPOSURE_SECRET|DATABASE_URL)$/.test(key)) {
      env[key] = value
    }
  }
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), ms)
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

describe("production fails closed without secrets", () => {
  it("`medusa start` (production by default) exits with the variables to set, serving nothing", async () => {
    const port = await freePort()
    const { code, output } = await runWithout(bin("medusa", BACKEND_DIR), ["start", "--port", String(port)], BACKEND_DIR, {
      DATABASE_URL: "postgres://nobody@localhost:1/none",
    })
    expect(code).toBe(1)
    expect(output).toContain("Sentra refuses to start in production")
    expect(output).toContain("JWT_SECRET is not set")
    expect(output).toContain("COOKIE_SECRET is not set")
    expect(output).toContain("STORE_CORS is not set")
  })

  it("`npm start` exits before starting anything, naming each variable and how to generate a secret", async () => {
    const { code, output } = await runWithout(bin("tsx"), ["scripts/start.ts"], ROOT_DIR, { JWT_SECRET: "short" }, 30_000)
    expect(code).toBe(1)
    expect(output).toContain("JWT_SECRET is shorter than 32 characters")
    expect(output).toContain("COOKIE_SECRET is not set")
    expect(output).toContain("SESSION_SECRET is not set")
    expect(output).toContain("SENTRA_EXPOSURE_SECRET is not set")
    expect(output).toContain("randomBytes(48)")
    expect(output).not.toContain("database")
  })
})
