import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { MEILISEARCH_PROVIDER, POSTGRES_PROVIDER, PRODUCT_FALLBACK_INDEX, PRODUCT_INDEX, usesMeilisearch } from "../lib/search/engine"
import { PRODUCT_GRAPH_FIELDS, toProductDocuments } from "../lib/search/product-documents"
import { isProductDeleted, PRODUCT_INDEX_EVENTS, productIdsOfEvent } from "../lib/search/product-events"

/**
 * The storefront's product index: what shoppers search, filter, facet and sort on.
 * Documents: see lib/search/product-documents.ts. Events: lib/search/product-events.ts. Engine: lib/search/engine.ts.
 */
const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }).sortable(),
  subtitle: search.text(),
  description: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  tags: search.text().array().searchable({ weight: 2 }),
  category_handles: search.keyword().array().filterable().facetable(),
  category_names: search.text().array().searchable({ weight: 2 }),
  main_category: search.keyword().filterable().facetable(),
  seller_id: search.keyword().filterable(),
  seller_handle: search.keyword().filterable(),
  seller_name: search.text().searchable({ weight: 2 }),
  district_code: search.keyword().filterable().facetable(),
  district_name: search.text().searchable({ weight: 1 }),
  city_code: search.keyword().filterable().facetable(),
  city: search.keyword().searchable({ weight: 1 }).filterable().facetable(),
  badges: search.keyword().array().filterable().facetable(),
  cohorts: search.keyword().array().filterable().facetable(),
  price: search.integer().filterable().sortable().facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(),
  open_slots: search.integer().array().filterable().retrievable(false),
  closed_slots: search.integer().array().filterable().retrievable(false),
  created_at: search.date().filterable().sortable(),
  // Medusa's POST /store/search narrows product indexes by these two on its own.
  status: search.keyword().filterable().retrievable(false),
  sales_channel_ids: search.keyword().array().filterable().retrievable(false),
})

const source = { fields: PRODUCT_GRAPH_FIELDS, transform: toProductDocuments }

function productIndex(name: string, provider: string) {
  return defineSearchIndex({
    name,
    entity: "product",
    provider,
    fields,
    settings: {
      // Shoppers type on phones: one typo from 4 letters ("batk"), two from 8.
      typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
    },
    events: Object.keys(PRODUCT_INDEX_EVENTS),
    consume: graphConsume({ ...source, resolve_ids: productIdsOfEvent, is_delete: isProductDeleted }),
    seed: graphSeed({ ...source, batch_size: 250 }),
  } as Parameters<typeof defineSearchIndex>[0])
}

// With Meilisearch, the PostgreSQL copy is declared first: events are applied to indexes in
// declaration order, and a Meilisearch outage must not keep the fallback from being updated.
if (usesMeilisearch()) {
  productIndex(PRODUCT_FALLBACK_INDEX, POSTGRES_PROVIDER)
}
export default productIndex(PRODUCT_INDEX, usesMeilisearch() ? MEILISEARCH_PROVIDER : POSTGRES_PROVIDER)
