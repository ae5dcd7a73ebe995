/**
 * A local server that speaks the part of Stripe's HTTP API that Medusa's Stripe provider calls,
 * so the real provider and the real `stripe` SDK run in tests without reaching Stripe. Used by the
 * backend's integration specs and the storefront's card suite (see README.md).
 *
 * Covers: PaymentIntents (create, retrieve, list, update, confirm with a test card, capture, cancel), refunds (create), customers
 * (create, update, retrieve) — form-encoded requests, JSON answers in Stripe's shapes, amounts in
 * the smallest unit (IDR: two decimals, so Rp 25.000 is 2500000). A test stands in for the
 * shopper's browser with `confirm(id, outcome)` (what the Payment Element does on Stripe's side:
 * the card is charged, or declined) — in process, or over HTTP as Stripe's own
 * `POST /v1/payment_intents/:id/confirm` with the test cards `pm_card_visa` / `pm_card_chargeDeclined`
 * (`stripeTestClient`) — and can make the next capture or refund fail.
 *
 * Does not cover: Stripe.js and the Payment Element (browser side), authentication beyond "a
 * bearer key is present", idempotency keys, webhooks sent by the server (tests sign their own
 * with `stripe.webhooks.generateTestHeaderString`), payment methods other than two test cards, 3-D Secure, disputes,
 * payouts, pagination, API versions.
 */
import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

type Json = Record<string, unknown>

export interface FakePaymentIntent extends Json {
  id: string
  object: "payment_intent"
  amount: number
  amount_received: number
  amount_capturable: number
  currency: string
  capture_method: "automatic" | "manual"
  status: "requires_payment_method" | "requires_capture" | "succeeded" | "canceled"
  client_secret: string
  metadata: Record<string, string>
  customer: string | null
  latest_charge: string | null
  last_payment_error: { type: "card_error"; code: string; decline_code: string; message: string } | null
}

export interface FakeRefund extends Json {
  id: string
  object: "refund"
  amount: number
  payment_intent: string
  status: "succeeded"
}

export type ConfirmOutcome = "succeeded" | "failed"

export interface StripeTestServer {
  url: string
  intents: Map<string, FakePaymentIntent>
  refunds: FakeRefund[]
  /**
   * The shopper confirms the payment in the browser. "succeeded" (default): automatic capture →
   * succeeded, manual → requires_capture. "failed": the card is declined, the intent goes back to
   * requires_payment_method with `last_payment_error` (another card may be tried).
   */
  confirm(id: string, outcome?: ConfirmOutcome): FakePaymentIntent
  /** The next call to this operation answers with Stripe's card error / API error. */
  failNext(operation: "capture" | "refund"): void
  close(): Promise<void>
}

/** Stripe's test payment methods, as a browser (or a test over HTTP) confirms with them. */
const TEST_CARDS: Record<string, ConfirmOutcome> = { pm_card_visa: "succeeded", pm_card_chargeDeclined: "failed" }

/**
 * A test's view of the server over HTTP, for tests in another process than the server (a Vitest
 * global setup started it): the same calls Stripe's API has for them.
 */
export function stripeTestClient(url: string) {
  const call = async (method: string, path: string, form?: Record<string, string>) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: "Bearer sk_test_sentra_local", "content-type": "application/x-www-form-urlencoded" },
      body: form ? new URLSearchParams(form).toString() : undefined,
    })
    return (await response.json()) as Json
  }
  return {
    /** The shopper confirms in the browser (the Payment Element's part on Stripe's side). */
    confirm: (id: string, outcome: ConfirmOutcome = "succeeded") =>
      call("POST", `/v1/payment_intents/${id}/confirm`, { payment_method: outcome === "succeeded" ? "pm_card_visa" : "pm_card_chargeDeclined" }),
    /** Every PaymentIntent, newest first. */
    intents: async () => (await call("GET", "/v1/payment_intents")).data as FakePaymentIntent[],
  }
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`

/** `a[b][c]=1&list[0]=x` → `{ a: { b: { c: "1" } }, list: { 0: "x" } }` (Stripe's form encoding). */
export function parseForm(body: string): Json {
  const result: Json = {}
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[")
    let node = result
    path.forEach((part, index) => {
      if (index === path.length - 1) {
        node[part] = value
      } else {
        node[part] = (node[part] as Json | undefined) ?? {}
        node = node[part] as Json
      }
    })
  }
  return result
}

function stripeError(res: ServerResponse, status: number, type: string, message: string, extra: Json = {}) {
  res.writeHead(status, { "content-type": "application/json" })
  res.end(JSON.stringify({ error: { type, message, ...extra } }))
}

export async function startStripeServer(): Promise<StripeTestServer> {
  const intents = new Map<string, FakePaymentIntent>()
  const refunds: FakeRefund[] = []
  const customers = new Map<string, Json>()
  const failures = new Set<"capture" | "refund">()

  function confirm(id: string, outcome: ConfirmOutcome = "succeeded"): FakePaymentIntent {
    const intent = intents.get(id)
    if (!intent) throw new Error(`No such payment intent ${id}`)
    if (intent.status !== "requires_payment_method") throw new Error(`Payment intent ${id} is ${intent.status}`)
    if (outcome === "failed") {
      intent.last_payment_error = { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." }
      return intent
    }
    intent.last_payment_error = null
    if (intent.capture_method === "automatic") {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    } else {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    }
    intent.latest_charge = newId("ch")
    return intent
  }

  const send = (res: ServerResponse, body: Json) => {
    res.writeHead(200, { "content-type": "application/json", "request-id": newId("req") })
    res.end(JSON.stringify(body))
  }

  const handle = (req: IncomingMessage, res: ServerResponse, body: Json) => {
    if (!String(req.headers.authorization ?? "").startsWith("Bearer ")) {
      return stripeError(res, 401, "invalid_request_error", "No API key provided")
    }
    const path = (req.url ?? "").split("?")[0]
    const match = (pattern: RegExp) => path.match(pattern)
    let m: RegExpMatchArray | null

    if (req.method === "POST" && path === "/v1/payment_intents") {
      const amount = Number(body.amount)
      if (!Number.isInteger(amount) || amount <= 0) {
        return stripeError(res, 400, "invalid_request_error", "Invalid integer: amount", { param: "amount" })
      }
      const id = newId("pi")
      const intent: FakePaymentIntent = {
        id,
        object: "payment_intent",
        amount,
        amount_received: 0,
        amount_capturable: 0,
        currency: String(body.currency ?? "").toLowerCase(),
        capture_method: body.capture_method === "manual" ? "manual" : "automatic",
        status: "requires_payment_method",
        client_secret: `${id}_secret_${randomBytes(8).toString("hex")}`,
        metadata: (body.metadata as Record<string, string>) ?? {},
        customer: (body.customer as string) ?? null,
        latest_charge: null,
        last_payment_error: null,
      }
      intents.set(id, intent)
      return send(res, intent)
    }
    if (req.method === "GET" && path === "/v1/payment_intents") {
      return send(res, { object: "list", data: [...intents.values()].reverse(), has_more: false, url: "/v1/payment_intents" })
    }
    if (req.method === "POST" && (m = match(/^\/v1\/payment_intents\/([^/]+)\/confirm$/))) {
      const outcome = TEST_CARDS[String(body.payment_method)]
      if (!outcome) return stripeError(res, 400, "invalid_request_error", "Use a test card: pm_card_visa or pm_card_chargeDeclined", { param: "payment_method" })
      if (!intents.has(m[1])) return stripeError(res, 404, "invalid_request_error", `No such payment_intent: '${m[1]}'`, { code: "resource_missing" })
      if (intents.get(m[1])!.status !== "requires_payment_method") {
        return stripeError(res, 400, "invalid_request_error", `This PaymentIntent's status is ${intents.get(m[1])!.status}.`, { code: "payment_intent_unexpected_state" })
      }
      const intent = confirm(m[1], outcome)
      if (outcome === "failed") return stripeError(res, 402, "card_error", "Your card was declined.", { code: "card_declined", payment_intent: intent })
      return send(res, intent)
    }
    if ((m = match(/^\/v1\/payment_intents\/([^/]+)(\/capture|\/cancel)?$/))) {
      const intent = intents.get(m[1])
      if (!intent) {
        return stripeError(res, 404, "invalid_request_error", `No such payment_intent: '${m[1]}'`, { code: "resource_missing" })
      }
      if (req.method === "GET" && !m[2]) return send(res, intent)
      if (req.method === "POST" && !m[2]) {
        if (body.amount !== undefined) intent.amount = Number(body.amount)
        if (body.metadata) intent.metadata = { ...intent.metadata, ...(body.metadata as Record<string, string>) }
        return send(res, intent)
      }
      if (req.method === "POST" && m[2] === "/capture") {
        if (failures.delete("capture")) {
          return stripeError(res, 402, "card_error", "Your card was declined.", { code: "card_declined" })
        }
        if (intent.status !== "requires_capture") {
          return stripeError(res, 400, "invalid_request_error", `This PaymentIntent could not be captured because it has a status of ${intent.status}.`)
        }
        const amount = body.amount_to_capture !== undefined ? Number(body.amount_to_capture) : intent.amount_capturable
        intent.amount_received = amount
        intent.amount_capturable = 0
        intent.status = "succeeded"
        return send(res, intent)
      }
      if (req.method === "POST" && m[2] === "/cancel") {
        if (intent.status === "succeeded") {
          return stripeError(res, 400, "invalid_request_error", "You cannot cancel this PaymentIntent because it has a status of succeeded.")
        }
        intent.status = "canceled"
        intent.amount_capturable = 0
        return send(res, intent)
      }
    }
    if (req.method === "POST" && path === "/v1/refunds") {
      if (failures.delete("refund")) {
        return stripeError(res, 500, "api_error", "An unknown error occurred")
      }
      const intent = intents.get(String(body.payment_intent))
      if (!intent || intent.status !== "succeeded") {
        return stripeError(res, 400, "invalid_request_error", "This PaymentIntent does not have a successful charge to refund.")
      }
      const refunded = refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0)
      const amount = body.amount !== undefined ? Number(body.amount) : intent.amount_received - refunded
      if (!Number.isInteger(amount) || amount <= 0 || refunded + amount > intent.amount_received) {
        return stripeError(res, 400, "invalid_request_error", `Refund amount (${amount}) is greater than unrefunded amount on charge (${intent.amount_received - refunded})`, { param: "amount" })
      }
      const refund: FakeRefund = { id: newId("re"), object: "refund", amount, payment_intent: intent.id, status: "succeeded" }
      refunds.push(refund)
      return send(res, refund)
    }
    if (req.method === "POST" && path === "/v1/customers") {
      const customer = { id: newId("cus"), object: "customer", ...body }
      customers.set(customer.id, customer)
      return send(res, customer)
    }
    if ((m = match(/^\/v1\/customers\/([^/]+)$/))) {
      const customer = customers.get(m[1])
      if (!customer) return stripeError(res, 404, "invalid_request_error", `No such customer: '${m[1]}'`)
      if (req.method === "POST") Object.assign(customer, body)
      return send(res, customer)
    }
    return stripeError(res, 404, "invalid_request_error", `Unrecognized request URL (${req.method}: ${path}).`)
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      try {
        handle(req, res, parseForm(Buffer.concat(chunks).toString("utf8")))
      } catch (error) {
        stripeError(res, 500, "api_error", (error as Error).message)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    intents,
    refunds,
    confirm,
    failNext(operation) {
      failures.add(operation)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
