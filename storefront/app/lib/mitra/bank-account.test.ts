import { describe, expect, it } from "vitest"
import { parseBankForm } from "./bank-account"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

describe("parseBankForm", () => {
  it("keeps the digits of the account number and tidies the holder's name", () => {
    expect(parseBankForm(form({ bank_code: "014", account_number: "123-456 7890", account_holder: "  Imas   Masitoh " }))).toEqual({
      values: { bank_code: "014", account_number: "123-456 7890", account_holder: "Imas   Masitoh" },
      body: { bank_code: "014", account_number: "1234567890", account_holder: "Imas Masitoh" },
      errors: {},
    })
  })

  it("names every bad field and sends nothing", () => {
    const { body, errors } = parseBankForm(form({ bank_code: "999", account_number: "12a45", account_holder: "I" }))
    expect(body).toBeNull()
    expect(Object.keys(errors).sort()).toEqual(["account_holder", "account_number", "bank_code"])
  })
})
