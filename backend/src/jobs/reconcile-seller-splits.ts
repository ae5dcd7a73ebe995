import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { orphanedSellerOrders, parentsWithUnrecordedSellerOrders } from "../lib/queries/seller-orders"
import { splitOrderBySellerWorkflow } from "../workflows/order/split-order"

/** Younger seller orders may belong to a split still running: leave them to it. */
export const UNRECORDED_GRACE_MS = 30_000

/**
 * Splits again every shopper's order that has a seller order nobody recorded (no ticket), so a
 * split cut off by a database or network fault ends with exactly one recorded order per seller:
 * the unrecorded order is adopted when its seller has none, deleted when it has one (decision
 * 099). Runs under each order's split lock like any split. A parent that fails is logged and
 * tried again on the next run. An unrecorded seller order whose shopper's order is gone (its
 * checkout was rolled back and retried) is deleted. Returns the parents it reconciled.
 */
export async function reconcileSellerSplits(container: MedusaContainer, now = new Date()): Promise<string[]> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const before = new Date(now.getTime() - UNRECORDED_GRACE_MS)
  const orphans = await orphanedSellerOrders(container, before)
  if (orphans.length) {
    await container.resolve(Modules.ORDER).deleteOrders(orphans)
    logger.info(`[split] deleted ${orphans.length} seller order(s) whose shopper's order was rolled back: ${orphans.join(", ")}`)
  }
  const parents = await parentsWithUnrecordedSellerOrders(container, before)
  const done: string[] = []
  for (const orderId of parents) {
    try {
      await splitOrderBySellerWorkflow(container).run({ input: { order_id: orderId } })
      done.push(orderId)
    } catch (error) {
      logger.warn(`[split] could not reconcile the seller orders of ${orderId}: ${(error as Error).message}`)
    }
  }
  if (done.length) logger.info(`[split] reconciled the seller orders of ${done.length} order(s): ${done.join(", ")}`)
  return done
}

export default async function reconcileSellerSplitsJob(container: MedusaContainer): Promise<void> {
  await reconcileSellerSplits(container)
}

export const config = {
  name: "sentra-reconcile-seller-splits",
  // Every minute: a stray seller order has no ticket, so no seller or shopper sees it, but staff
  // see it in Medusa Admin's order list and its items hold nothing back: it should not linger.
  schedule: "* * * * *",
}
