/**
 * The production shape under test: the built backend (`backend/.medusa/server`) as two `server`
 * instances and one `worker` on one PostgreSQL and one Redis, behind a small round-robin proxy.
 */
import { randomBytes } from "node:crypto"
import { join } from "node:path"
import { type ChildProcess } from "node:child_process"
import { createServer, request, type IncomingMessage, type Server } from "node:http"
import { connect, createServer as createNetServer, type Server as NetServer, type Socket } from "node:net"
import { BACKEND_DIR, bin, freePort, startProcess, stopProcess, waitForUrl } from "@sentra/stack"

export interface Instance {
  name: string
  mode: "server" | "worker"
  url: string
  process: ChildProcess
  /** Resolves with how long the process took to exit after `terminate()`, in ms. */
  terminate(): Promise<number>
}

/** Secrets and CORS a production start demands (backend/src/production.ts), made up per run. */
export function productionEnv(databaseUrl: string, redisUrl: string): Record<string, string> {
  return {
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    SENTRA_EXPOSURE_SECRET: randomBytes(32).toString("hex"),
    STORE_CORS: "http://localhost",
    ADMIN_CORS: "http://localhost",
    AUTH_CORS: "http://localhost",
    DISABLE_MEDUSA_ADMIN: "true",
    LOG_LEVEL: "warn",
  }
}

/** `medusa start` of the built backend in the given worker mode, on a free port; waits for /health. */
export async function startInstance(name: string, mode: Instance["mode"], env: Record<string, string>, logDir: string): Promise<Instance> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = startProcess(bin("medusa", BACKEND_DIR), ["start", "--port", String(port)], {
    cwd: join(BACKEND_DIR, ".medusa", "server"),
    env: { ...env, PORT: String(port), MEDUSA_WORKER_MODE: mode, MEDUSA_BACKEND_URL: url },
    label: name,
    quiet: !process.env.SENTRA_DEBUG,
    logFile: join(logDir, `${name}.log`),
  })
  await waitForUrl(`${url}/health`, 180_000, child)
  return {
    name,
    mode,
    url,
    process: child,
    terminate: () =>
      new Promise((resolve) => {
        const sent = Date.now()
        if (child.exitCode !== null) return resolve(0)
        child.once("exit", () => resolve(Date.now() - sent))
        child.kill("SIGTERM") // the medusa process only, as an orchestrator would: no group kill
      }),
  }
}

export const stopInstance = (instance: Instance) => stopProcess(instance.process, 30_000)

export interface Proxy {
  url: string
  /** Requests answered per upstream URL. */
  served: Map<string, number>
  /** Requests that no upstream could take (every connection refused). */
  unrouted: number
  close(): Promise<void>
}

/**
 * Round robin over the upstreams, like a load balancer with passive health checks: a request
 * whose connection is refused (an instance that stopped listening), or a GET whose connection
 * fails before an answer, is sent to the next upstream, and that upstream is left out for two
 * seconds. Bodies are buffered (they are small here), and
 * no keep-alive, so a request in flight is one connection to one instance.
 */
export async function startProxy(upstreams: string[]): Promise<Proxy> {
  const port = await freePort()
  const down = new Map<string, number>()
  const proxy: Proxy = { url: `http://127.0.0.1:${port}`, served: new Map(), unrouted: 0, close: async () => {} }
  let next = 0

  const forward = (upstream: string, req: IncomingMessage, body: Buffer) =>
    new Promise<IncomingMessage>((resolve, reject) => {
      const target = new URL(req.url ?? "/", upstream)
      const outgoing = request(target, { method: req.method, headers: { ...req.headers, host: target.host, connection: "close" }, agent: false })
      outgoing.on("response", resolve)
      outgoing.on("error", reject)
      outgoing.end(body)
    })

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    for (let attempt = 0; attempt < upstreams.length; attempt++) {
      const upstream = upstreams[next++ % upstreams.length]
      if ((down.get(upstream) ?? 0) > Date.now()) continue
      try {
        const answer = await forward(upstream, req, body)
        proxy.served.set(upstream, (proxy.served.get(upstream) ?? 0) + 1)
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
        return
      } catch (error) {
        // Refused: the instance stopped listening. Reset before any answer: it closed while the
        // connection sat in its accept queue; only a GET is safe to send again (nginx's default).
        const refused = (error as NodeJS.ErrnoException).code === "ECONNREFUSED"
        if (!refused && req.method !== "GET") {
          res.writeHead(502).end(`upstream ${upstream}: ${(error as Error).message}`)
          return
        }
        down.set(upstream, Date.now() + 2000)
      }
    }
    proxy.unrouted++
    res.writeHead(503).end("no upstream")
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  proxy.close = () => new Promise((resolve) => server.close(() => resolve()))
  return proxy
}

export interface Link {
  port: number
  /** Drops every open connection and refuses new ones, as a stopped server does. */
  cut(): void
  /** Accepts connections again. */
  restore(): Promise<void>
  close(): Promise<void>
}

/**
 * A TCP link between the instances and a service (PostgreSQL, Redis) that a scenario can cut:
 * open connections are reset and new ones refused until it is restored — what the instances see
 * when the service restarts. The service itself keeps its data.
 */
export async function startLink(targetPort: number): Promise<Link> {
  const port = await freePort()
  const sockets = new Set<Socket>()
  let server: NetServer | undefined
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createNetServer((client) => {
        const upstream = connect(targetPort, "127.0.0.1")
        const drop = () => {
          client.destroy()
          upstream.destroy()
          sockets.delete(client)
          sockets.delete(upstream)
        }
        sockets.add(client).add(upstream)
        for (const socket of [client, upstream]) socket.on("error", drop).on("close", drop)
        client.pipe(upstream).pipe(client)
      })
      server.once("error", reject)
      server.listen(port, "127.0.0.1", () => resolve())
    })
  await listen()
  const cut = () => {
    server?.close()
    server = undefined
    for (const socket of sockets) socket.destroy()
    sockets.clear()
  }
  return { port, cut, restore: listen, close: async () => cut() }
}
