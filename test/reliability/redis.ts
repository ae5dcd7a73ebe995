import { spawn, type ChildProcess } from "node:child_process"
import { createConnection } from "node:net"
import { freePort, stopProcess } from "@sentra/stack"

export interface Redis {
  url: string
  port: number
  process: ChildProcess
  stop(): Promise<void>
}

/** Debian's `redis-server` on a free port, in memory only (no snapshot, no append-only file). */
export async function startRedis(binary = process.env.REDIS_SERVER ?? "redis-server"): Promise<Redis> {
  const port = await freePort()
  const child = spawn(binary, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" })
  child.on("error", (error) => console.error(`[reliability] could not start ${binary} (apt-get install redis-server): ${error.message}`))
  const deadline = Date.now() + 10_000
  while (!(await answersPing(port))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${binary} did not start on port ${port}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url: `redis://127.0.0.1:${port}`, port, process: child, stop: () => stopProcess(child) }
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" }, () => socket.write("PING\r\n"))
    socket.once("data", (data) => {
      socket.destroy()
      resolve(data.toString().startsWith("+PONG"))
    })
    socket.once("error", () => resolve(false))
  })
}
