import { describe, expect, it, vi } from "vitest"
import { isServiceUnavailable, sentraErrorHandler } from "../api/error-handler"

describe("errors of an unreachable PostgreSQL or Redis", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["PostgreSQL shutting down (57P01)", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["an empty pool", new Error("Knex: Timeout acquiring a connection. The pool is probably full.")],
    ["Redis gone", new Error("Connection is closed.")],
    ["a transaction whose connection was lost", new Error("Transaction query already complete, run with DEBUG=knex:tx for more info")],
    ["the cause of a wrapped error", Object.assign(new Error("step failed"), { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) })],
    ["one of an AggregateError's errors", new AggregateError([new Error("no"), Object.assign(new Error("y"), { code: "08006" })], "all failed")],
  ])("count %s as unavailable", (_, error) => {
    expect(isServiceUnavailable(error)).toBe(true)
  })

  it.each([
    ["a validation error", Object.assign(new Error("Invalid request: email is required"), { type: "invalid_data" })],
    ["a unique violation", Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" })],
    ["not an error", "ECONNREFUSED"],
    ["nothing", undefined],
  ])("do not count %s", (_, error) => {
    expect(isServiceUnavailable(error)).toBe(false)
  })

  it("answer 503 with Retry-After and a message in Bahasa Indonesia; other errors go to Medusa's handler", () => {
    const res = { headersSent: false, setHeader: vi.fn(), status: vi.fn(), json: vi.fn() }
    res.status.mockReturnValue(res)
    sentraErrorHandler(new Error("Connection terminated unexpectedly"), {} as never, res as never, vi.fn())
    expect(res.setHeader).toHaveBeenCalledWith("Retry-After", "5")
    expect(res.status).toHaveBeenCalledWith(503)
    expect(res.json.mock.calls[0][0]).toMatchObject({ type: "unavailable", message: expect.stringContaining("Coba lagi") })

    const other = { headersSent: false, setHeader: vi.fn(), status: vi.fn(), json: vi.fn() }
    other.status.mockReturnValue(other)
    sentraErrorHandler(Object.assign(new Error("Seller not found"), { type: "not_found" }), { path: "/store/sellers/x", scope: { resolve: () => ({ error: vi.fn(), warn: vi.fn(), info: vi.fn() }) } } as never, other as never, vi.fn())
    expect(other.setHeader).not.toHaveBeenCalled()
    expect(other.status).toHaveBeenCalledWith(404)
  })
})
