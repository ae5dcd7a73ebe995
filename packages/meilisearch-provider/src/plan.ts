/**
 * An index definition, flattened to what Meilisearch needs: one entry per leaf field (dotted
 * path), and the index settings derived from the definition.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import type { Settings } from "meilisearch" with { "resolution-mode": "import" }
import { notAllowed } from "./errors"

export type FieldKind = "string" | "number" | "boolean" | "date"

export interface PlannedField {
  path: string
  kind: FieldKind
  array: boolean
  searchable: boolean
  weight: number
  filterable: boolean
  sortable: boolean
  facetable: boolean
  retrievable: boolean
}

export interface IndexPlan {
  primaryKey: string
  fields: Map<string, PlannedField>
}

export interface SettingsOptions {
  /** Groups of words or phrases that find each other (multi-way synonyms). */
  synonyms?: string[][]
  stop_words?: string[]
}

/**
 * Ranking rules: "sort" first, so an explicit sort (price, newest) orders all matches; without
 * one it is a no-op and relevance decides. Meilisearch's default puts sort after relevance.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness"]

/** Distinct values counted per facet (Meilisearch's default is 100). */
export const MAX_VALUES_PER_FACET = 1000
/** Hits Meilisearch counts and pages through (default 1000, which would cap counts and facets). */
export const MAX_TOTAL_HITS = 100_000

function kindOf(path: string, field: SearchTypes.SearchFieldDefinition): FieldKind {
  switch (field.type) {
    case "keyword":
    case "text":
      return "string"
    case "integer":
    case "float":
      return "number"
    case "boolean":
      return "boolean"
    case "date":
      return "date"
    default:
      throw notAllowed(`The Meilisearch provider does not support fields of type "${field.type}" ("${path}")`)
  }
}

const isOn = (value: unknown) => value === true || (typeof value === "object" && value !== null)

/** Rejects what this provider can't hold, so the error surfaces at migration, not at query time. */
export function buildIndexPlan(definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields" | "primary_key" | "settings">): IndexPlan {
  const fields = new Map<string, PlannedField>()
  const walk = (group: Record<string, SearchTypes.SearchFieldDefinition>, prefix: string, inArray: boolean) => {
    for (const [name, field] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${name}` : name
      if (!/^[A-Za-z0-9_]+$/.test(name)) {
        throw notAllowed(`Field name "${path}" can't be used in Meilisearch filters; use letters, digits and underscores`)
      }
      if (field.type === "object") {
        walk(field.fields ?? {}, path, inArray || field.array === true)
        continue
      }
      const searchable = isOn(field.searchable)
      fields.set(path, {
        path,
        kind: kindOf(path, field),
        array: inArray || field.array === true,
        searchable,
        weight: typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1,
        filterable: !!field.filterable,
        sortable: !!field.sortable,
        facetable: isOn(field.facetable),
        retrievable: field.retrievable !== false,
      })
    }
  }
  walk(definition.fields, "", false)
  const primaryKey = definition.primary_key ?? "id"
  if (!fields.has(primaryKey)) {
    throw notAllowed(`The primary key "${primaryKey}" must be a field of the index`)
  }
  for (const field of fields.values()) {
    if (field.sortable && field.array) {
      throw notAllowed(`Meilisearch can't sort by the array field "${field.path}"`)
    }
  }
  const typo = definition.settings?.typo_tolerance
  for (const path of typo?.disabled_on_attributes ?? []) {
    if (!fields.has(path)) {
      throw notAllowed(`typo_tolerance.disabled_on_attributes names an unknown field "${path}"`)
    }
  }
  return { primaryKey, fields }
}

/** Multi-way synonyms: every member of a group maps to all the others. */
export function synonymMap(groups: string[][] = []): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const group of groups) {
    const members = [...new Set(group.map((member) => member.trim().toLowerCase()).filter(Boolean))]
    for (const member of members) {
      const others = members.filter((other) => other !== member)
      synonyms[member] = [...new Set([...(synonyms[member] ?? []), ...others])]
    }
  }
  return synonyms
}

/** The Meilisearch settings of an index definition. */
export function buildSettings(
  definition: Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields" | "primary_key" | "settings">,
  options: SettingsOptions = {}
): Settings {
  const plan = buildIndexPlan(definition)
  const fields = [...plan.fields.values()]
  // Attribute order is Meilisearch's field weight: heavier first, declaration order within a weight.
  const searchable = fields
    .map((field, index) => ({ field, index }))
    .filter(({ field }) => field.searchable)
    .sort((a, b) => b.field.weight - a.field.weight || a.index - b.index)
    .map(({ field }) => field.path)
  const typo = definition.settings?.typo_tolerance
  const settings: Settings = {
    searchableAttributes: searchable.length ? searchable : [],
    filterableAttributes: fields.filter((f) => f.filterable || f.facetable).map((f) => f.path),
    sortableAttributes: fields.filter((f) => f.sortable).map((f) => f.path),
    displayedAttributes: fields.filter((f) => f.retrievable || f.path === plan.primaryKey).map((f) => f.path),
    rankingRules: RANKING_RULES,
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
    synonyms: synonymMap(options.synonyms),
    stopWords: options.stop_words ?? [],
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    typoTolerance: {
      enabled: typo?.enabled ?? true,
      disableOnAttributes: typo?.disabled_on_attributes ?? [],
      minWordSizeForTypos: {
        ...(typo?.min_word_size_for_one_typo !== undefined ? { oneTypo: typo.min_word_size_for_one_typo } : {}),
        ...(typo?.min_word_size_for_two_typos !== undefined ? { twoTypos: typo.min_word_size_for_two_typos } : {}),
      },
    },
  }
  const extra = definition.settings?.provider_options?.meilisearch
  return extra ? { ...settings, ...(extra as Settings) } : settings
}
