import { MedusaError } from "@medusajs/framework/utils"

type Env = Record<string, string | undefined>

/**
 * A number from the environment: `fallback` when unset or blank, otherwise a number above 0 (whole
 * when `whole`). Anything else throws, naming the variable.
 */
export function positiveNumber(env: Env, name: string, fallback: number, whole: boolean): number {
  const raw = (env[name] ?? "").trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${name} must be a ${whole ? "whole " : ""}number above 0, got "${raw}"`)
  }
  return value
}
