import { spawnSync } from "node:child_process"
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { buildUrl, foldersClosedToOthers, fromUrl, sharedBuffersMb, startDatabase, startEphemeralDatabase } from "./index.js"

describe("fromUrl / buildUrl", () => {
  it("splits a connection string into the parts Medusa's test runner reads", () => {
    const db = fromUrl("postgres://sentra:p%40ss@db.example:6543/sentra_prod")
    expect(db).toMatchObject({ host: "db.example", port: 6543, user: "sentra", password: "p@ss", database: "sentra_prod", embedded: false })
    expect(buildUrl(db)).toBe("postgres://sentra:p%40ss@db.example:6543/sentra_prod")
  })

  it("gives the embedded server a quarter of the memory as buffer cache, between 128 MB and 1 GB", () => {
    const gb = 2 ** 30
    expect(sharedBuffersMb(24 * gb)).toBe(1024)
    expect(sharedBuffersMb(2 * gb)).toBe(512)
    expect(sharedBuffersMb(gb / 4)).toBe(128)
  })

  it("defaults the port to 5432", () => {
    expect(fromUrl("postgres://u:p@localhost/x").port).toBe(5432)
  })
})

describe("foldersClosedToOthers", () => {
  it("names the private folders that would keep the postgres user from the binaries (root runs)", () => {
    const top = mkdtempSync(join(tmpdir(), "sentra-perm-")) // mkdtemp makes it 0700
    try {
      mkdirSync(join(top, "bin"))
      writeFileSync(join(top, "bin", "initdb"), "")
      expect(foldersClosedToOthers(join(top, "bin", "initdb"))).toEqual([top])
      chmodSync(top, 0o755)
      expect(foldersClosedToOthers(join(top, "bin", "initdb"))).toEqual([])
    } finally {
      rmSync(top, { recursive: true, force: true })
    }
  })
})

describe("startDatabase", () => {
  it("uses DATABASE_URL as is and starts nothing", async () => {
    const db = await startDatabase({
      dataDir: "/nonexistent",
      database: "ignored",
      env: { DATABASE_URL: "postgres://a:b@somewhere:5433/mine" },
    })
    expect(db.embedded).toBe(false)
    expect(db.url).toBe("postgres://a:b@somewhere:5433/mine")
  })

  describe("embedded", () => {
    const parent = mkdtempSync(join(tmpdir(), "sentra-devdb-test-"))
    afterAll(() => rmSync(parent, { recursive: true, force: true }))

    it("starts a real PostgreSQL with pg_trgm, unaccent and the indonesian text search config", async () => {
      const db = await startEphemeralDatabase("sentra_check")
      try {
        const client = new pg.Client({ connectionString: db.url })
        await client.connect()
        const version = await client.query("SHOW server_version")
        expect(Number(version.rows[0].server_version.split(".")[0])).toBeGreaterThanOrEqual(15)
        const buffers = await client.query("SELECT setting::int * 8 / 1024 AS mb FROM pg_settings WHERE name = 'shared_buffers'")
        expect(buffers.rows[0].mb).toBe(sharedBuffersMb())
        await client.query("CREATE EXTENSION pg_trgm; CREATE EXTENSION unaccent")
        const stem = await client.query("SELECT to_tsvector('indonesian', unaccent('makanan khas Bandung')) AS v")
        expect(stem.rows[0].v).toContain("khas")
        const current = await client.query("SELECT current_database() AS name")
        expect(current.rows[0].name).toBe("sentra_check")
        await client.end()
      } finally {
        await db.stop()
      }
    })

    it("keeps data in its folder across restarts and reuses a server still running there", async () => {
      const dataDir = join(parent, "persistent")
      const first = await startDatabase({ dataDir, database: "keep", env: {} })
      const client = new pg.Client({ connectionString: first.url })
      await client.connect()
      await client.query("CREATE TABLE note (body text); INSERT INTO note VALUES ('halo')")
      await client.end()

      // A second start while the first still runs reuses it and does not own it.
      const reused = await startDatabase({ dataDir, database: "keep", env: {} })
      expect(reused.embedded).toBe(false)
      expect(reused.port).toBe(first.port)
      await first.stop()

      const again = await startDatabase({ dataDir, database: "keep", env: {} })
      try {
        const c2 = new pg.Client({ connectionString: again.url })
        await c2.connect()
        const rows = await c2.query("SELECT body FROM note")
        expect(rows.rows).toEqual([{ body: "halo" }])
        await c2.end()
      } finally {
        await again.stop()
      }
    })
  })
})

describe("process exit codes", () => {
  const entry = new URL("../dist/index.js", import.meta.url).href

  it("loading this module keeps a failing process's exit code (test runners rely on it)", () => {
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", `await import(${JSON.stringify(entry)}); process.exitCode = 3`])
    expect(child.status).toBe(3)
  })

  it("a process that started and stopped a server ends cleanly with its own exit code", () => {
    const script = (code: number) => `
      const { startEphemeralDatabase } = await import(${JSON.stringify(entry)})
      const db = await startEphemeralDatabase("exit_code")
      await db.stop()
      process.exitCode = ${code}
    `
    for (const code of [0, 5]) {
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", script(code)], {
        encoding: "utf8",
        timeout: 60_000,
      })
      expect({ status: child.status, stderr: child.stderr }).toEqual({ status: code, stderr: "" })
    }
  })
})
