import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { SettlePlan } from "./prepare-ticket-update"

/**
 * The city's platform fee in percent of a settled part (SENTRA_PLATFORM_FEE_PERCENT, default 0:
 * city programs often charge nothing), rounded to whole Rupiah.
 */
export function platformFeePercent(env: Record<string, string | undefined> = process.env): number {
  const raw = (env.SENTRA_PLATFORM_FEE_PERCENT ?? "").trim()
  if (!raw) return 0
  const percent = Number(raw)
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `SENTRA_PLATFORM_FEE_PERCENT must be a number from 0 to 100, got "${raw}"`)
  }
  return percent
}

export function splitGross(gross: number, feePercent: number): { fee: number; net: number } {
  const fee = MathBN.convert(gross).multipliedBy(feePercent).dividedBy(100).integerValue().toNumber()
  return { fee, net: gross - fee }
}

/** Writes the ledger line of a settled seller part; removed again if the workflow rolls back. */
export const recordLedgerEntryStep = createStep(
  "record-ledger-entry",
  async (entry: SettlePlan["entry"], { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const feePercent = platformFeePercent()
    const created = await ledger.createLedgerEntries({ ...entry, ...splitGross(entry.gross, feePercent), fee_percent: feePercent })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<LedgerModuleService>(LEDGER_MODULE).deleteLedgerEntries(id)
    }
  }
)
