/** A seller part's status, as `GET /store/order-groups/:id` names it. */
export type PartStatus = "received" | "preparing" | "ready" | "completed" | "declined" | "cancelled"

/** Part statuses that still move: the order page keeps refreshing while one is left. */
export const MOVING_STATUSES: readonly PartStatus[] = ["received", "preparing", "ready"]
