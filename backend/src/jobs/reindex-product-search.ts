import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_FALLBACK_INDEX, PRODUCT_INDEX, usesMeilisearch } from "../lib/search/engine"

/**
 * Nightly, just after midnight in Jakarta: rebuild the product search index in place.
 *
 * Everything a shopper can see changes through events, except time itself: a seller's NIB, PIRT
 * or halal certificate that expires shows as a badge (and matches the badge filter) until its
 * products are indexed again, and a holiday closure that has passed stays in the documents.
 * Re-reading every product once a day closes both gaps. In place: the index keeps answering.
 */
export default async function reindexProductSearch(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve(Modules.SEARCH)
  const indexes = usesMeilisearch() ? [PRODUCT_FALLBACK_INDEX, PRODUCT_INDEX] : [PRODUCT_INDEX]
  for (const index of indexes) {
    const started = Date.now()
    await search.reindex({ index, strategy: "in_place" })
    logger.info(`[search] nightly reindex of "${index}" done in ${Date.now() - started} ms`)
  }
}

export const config = {
  name: "reindex-product-search",
  // 00:15 in Asia/Jakarta (UTC+7, no DST): badges are valid by the day.
  schedule: "15 17 * * *",
}
