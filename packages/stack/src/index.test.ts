import { execFileSync } from "node:child_process"
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { bin, isErrorLine, ROOT_DIR, run, startProcess, stopProcess, waitForUrl } from "./index.js"

/** Running (a zombie waiting for its reaper counts as gone). */
const isAlive = (pid: number) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].startsWith("Z")
  } catch {
    return false
  }
}

describe("bin", () => {
  const workspace = mkdtempSync(join(tmpdir(), "sentra-stack-bin-"))
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it("prefers a workspace's own nested CLI and falls back to the root's", () => {
    mkdirSync(join(workspace, "node_modules", ".bin"), { recursive: true })
    const own = join(workspace, "node_modules", ".bin", "tool")
    writeFileSync(own, "#!/bin/sh\n")
    chmodSync(own, 0o755)
    expect(bin("tool", workspace)).toBe(own)
    expect(bin("turbo", workspace)).toBe(join(ROOT_DIR, "node_modules", ".bin", "turbo"))
  })
})

describe("run", () => {
  it("resolves when the command succeeds", async () => {
    await expect(run("sh", ["-c", "exit 0"], { cwd: tmpdir(), label: "t", quiet: true })).resolves.toBeUndefined()
  })

  it("rejects with the command's output when it fails", async () => {
    await expect(
      run("sh", ["-c", "echo kaboom >&2; exit 3"], { cwd: tmpdir(), label: "t", quiet: true })
    ).rejects.toThrow(/exited with 3[\s\S]*kaboom/)
  })
})

describe("run: logs and lines", () => {
  const dir = mkdtempSync(join(tmpdir(), "sentra-stack-log-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("writes all output to the log file and hands every line (stdout and stderr) to onLine", async () => {
    const lines: string[] = []
    const logFile = join(dir, "nested", "t.log")
    await run("sh", ["-c", "echo satu; echo dua >&2; printf tiga"], {
      cwd: tmpdir(),
      label: "t",
      quiet: true,
      logFile,
      onLine: (line) => lines.push(line),
    })
    expect(lines.sort()).toEqual(["dua", "satu", "tiga"])
    await new Promise((r) => setTimeout(r, 50))
    const log = readFileSync(logFile, "utf8")
    for (const word of ["satu", "dua", "tiga"]) expect(log).toContain(word)
  })
})

describe("isErrorLine", () => {
  it("recognises Medusa's pretty and JSON error logs and Vite errors, not other levels", () => {
    expect(isErrorLine("\u001b[31merror\u001b[39m:   An error occurred while processing product.created:")).toBe(true)
    expect(isErrorLine('{"level":"error","message":"boom"}')).toBe(true)
    expect(isErrorLine("[vite] Internal server error: boom")).toBe(true)
    expect(isErrorLine("\u001b[32minfo\u001b[39m:    Server is ready on port: 9000")).toBe(false)
    expect(isErrorLine('{"level":"info","message":"error budget"}')).toBe(false)
    expect(isErrorLine("GET /cari?q=error 200")).toBe(false)
  })
})

describe("waitForUrl", () => {
  it("resolves once the server answers", async () => {
    const server = createServer((_req, res) => res.end("ok"))
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
    const port = (server.address() as { port: number }).port
    await expect(waitForUrl(`http://127.0.0.1:${port}/`, 5_000)).resolves.toBeUndefined()
    server.close()
  })

  it("gives up after the timeout with the last error", async () => {
    await expect(waitForUrl("http://127.0.0.1:9/", 600)).rejects.toThrow(/not ready after 600 ms/)
  })

  it("fails fast when the process it waits for has exited", async () => {
    const child = startProcess("sh", ["-c", "exit 7"], { cwd: tmpdir(), label: "t", quiet: true })
    await new Promise((r) => child.once("exit", r))
    await expect(waitForUrl("http://127.0.0.1:9/", 10_000, child)).rejects.toThrow(/exited with 7/)
  })
})

describe("stopProcess", () => {
  it("stops the process and everything it forked", async () => {
    const child = startProcess("sh", ["-c", "sleep 60 & sleep 60 & wait"], { cwd: tmpdir(), label: "t", quiet: true })
    await new Promise((r) => setTimeout(r, 300))
    const grandchildren = execFileSync("pgrep", ["-P", String(child.pid)]).toString().trim().split("\n").map(Number)
    expect(grandchildren.length).toBe(2)
    await stopProcess(child)
    await new Promise((r) => setTimeout(r, 100))
    expect(isAlive(child.pid!)).toBe(false)
    expect(grandchildren.filter(isAlive)).toEqual([])
  })
})
