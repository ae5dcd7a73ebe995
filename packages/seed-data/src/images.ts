/** Generated placeholder product images: small, self-contained SVGs (no fonts, images or links). */
import { categoryName, mainCategoryOf, type MainCategory } from "@sentra/vocabulary"
import { mulberry32, pick, type Rng } from "./random.js"

const SIZE = 800

const PALETTES: Record<MainCategory | "other", { backgrounds: string[]; motifs: string[] }> = {
  kuliner: {
    backgrounds: ["#E76F51", "#F4A259", "#D62828", "#EE964B", "#C8553D", "#F28482"],
    motifs: ["#FFF3B0", "#FFE8D6", "#FFD166", "#FFFFFF"],
  },
  fesyen: {
    backgrounds: ["#3D5A80", "#6D597A", "#2A9D8F", "#355070", "#8E7DBE", "#264653"],
    motifs: ["#E0FBFC", "#F2E9E4", "#E9C46A", "#FFFFFF"],
  },
  kriya: {
    backgrounds: ["#8D6E63", "#A47148", "#606C38", "#BC6C25", "#7F5539", "#6B705C"],
    motifs: ["#FEFAE0", "#DDA15E", "#EDE0D4", "#FFFFFF"],
  },
  other: {
    backgrounds: ["#495057", "#5C677D"],
    motifs: ["#FFFFFF"],
  },
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

/** Greedy word wrap into at most `maxLines` lines; widens the line until it fits, then truncates. */
export function wrapTitle(title: string, maxLines = 3): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean)
  for (let width = 14; width <= 28; width += 2) {
    const lines: string[] = []
    for (const word of words) {
      const last = lines[lines.length - 1]
      if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`
      else lines.push(word)
    }
    if (lines.length <= maxLines) return lines
  }
  // Still too long: keep the first lines and cut the last one.
  const lines: string[] = []
  let current = ""
  for (const word of words) {
    if (current && current.length + 1 + word.length > 28) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  lines.push(current)
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, 26)}…`
  return kept
}

/** A <pattern> filling the background; `color` is the motif colour. */
function motifPattern(rng: Rng, color: string): string {
  const kind = pick(rng, ["kawung", "stripes", "dots", "parang"] as const)
  const open = (size: number, extra = "") =>
    `<pattern id="m" width="${size}" height="${size}" patternUnits="userSpaceOnUse"${extra}>`
  switch (kind) {
    case "kawung": // four ovals around a centre, like the batik kawung motif
      return (
        open(100) +
        `<g fill="${color}" opacity="0.22">` +
        `<ellipse cx="50" cy="22" rx="13" ry="22"/><ellipse cx="50" cy="78" rx="13" ry="22"/>` +
        `<ellipse cx="22" cy="50" rx="22" ry="13"/><ellipse cx="78" cy="50" rx="22" ry="13"/></g>` +
        `<circle cx="50" cy="50" r="5" fill="${color}" opacity="0.4"/>` +
        `<circle cx="0" cy="0" r="4" fill="${color}" opacity="0.3"/></pattern>`
      )
    case "stripes":
      return (
        open(48, ` patternTransform="rotate(${pick(rng, [30, 45, -45, 60])})"`) +
        `<rect width="16" height="48" fill="${color}" opacity="0.18"/>` +
        `<rect x="24" width="4" height="48" fill="${color}" opacity="0.25"/></pattern>`
      )
    case "dots":
      return (
        open(60) +
        `<circle cx="15" cy="15" r="6" fill="${color}" opacity="0.3"/>` +
        `<circle cx="45" cy="45" r="9" fill="none" stroke="${color}" stroke-width="3" opacity="0.3"/>` +
        `<circle cx="45" cy="45" r="2" fill="${color}" opacity="0.4"/></pattern>`
      )
    case "parang": // diagonal waves, loosely after batik parang
      return (
        open(80, ` patternTransform="rotate(45)"`) +
        `<path d="M0 40 Q20 10 40 40 T80 40" fill="none" stroke="${color}" stroke-width="8" opacity="0.22"/>` +
        `<circle cx="20" cy="66" r="5" fill="${color}" opacity="0.3"/></pattern>`
      )
  }
}

/** A few large translucent circles for depth. */
function circles(rng: Rng, color: string): string {
  let out = ""
  for (let i = 0; i < 4; i++) {
    const cx = Math.round(rng() * SIZE)
    const cy = Math.round(rng() * SIZE)
    const r = 60 + Math.round(rng() * 160)
    out += `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}" opacity="0.12"/>`
  }
  return out
}

/**
 * An 800x800 SVG placeholder for a product: category-coloured patterned background,
 * the title wrapped on up to three lines on a light card, and the category name.
 */
export function productImageSvg(title: string, categoryHandle: string, seed: number): string {
  const rng = mulberry32(seed)
  const main = mainCategoryOf(categoryHandle)
  const palette = PALETTES[main ?? "other"]
  const background = pick(rng, palette.backgrounds)
  const motif = pick(rng, palette.motifs)

  const lines = wrapTitle(title)
  const longest = Math.max(...lines.map((l) => l.length))
  const fontSize = Math.max(36, Math.min(68, Math.floor(600 / (longest * 0.56))))
  const lineHeight = Math.round(fontSize * 1.2)
  const cardHeight = lines.length * lineHeight + 120
  const cardY = Math.round((SIZE - cardHeight) / 2)
  const firstBaseline = cardY + 60 + Math.round(fontSize * 0.85)

  const text = lines
    .map((line, i) => `<tspan x="400" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join("")
  const label = escapeXml((categoryName(categoryHandle) ?? "Sentra").toUpperCase())

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img">` +
    `<title>${escapeXml(title)}</title>` +
    `<defs>${motifPattern(rng, motif)}</defs>` +
    `<rect width="${SIZE}" height="${SIZE}" fill="${background}"/>` +
    `<rect width="${SIZE}" height="${SIZE}" fill="url(#m)"/>` +
    circles(rng, motif) +
    `<rect x="70" y="${cardY}" width="660" height="${cardHeight}" rx="32" fill="#FFFFFF" opacity="0.93"/>` +
    `<text font-family="sans-serif" font-weight="700" font-size="${fontSize}" fill="#1F2933" text-anchor="middle">${text}</text>` +
    `<text x="400" y="${cardY + cardHeight + 64}" font-family="sans-serif" font-size="26" letter-spacing="4" fill="#FFFFFF" text-anchor="middle">${label}</text>` +
    `<text x="400" y="752" font-family="sans-serif" font-weight="700" font-size="28" fill="#FFFFFF" opacity="0.85" text-anchor="middle">Sentra</text>` +
    `</svg>`
  )
}

/**
 * A 1200x600 hero for a featured kecamatan: the category palette and motif of its flagship,
 * the kecamatan's name and city. Self-contained like the product images.
 */
export function districtHeroSvg(name: string, city: string, category: MainCategory | "other", seed: number): string {
  const rng = mulberry32(seed)
  const palette = PALETTES[category]
  const background = pick(rng, palette.backgrounds)
  const motif = pick(rng, palette.motifs)
  const fontSize = Math.max(64, Math.min(120, Math.floor(1000 / (name.length * 0.58))))
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600" role="img">` +
    `<title>${escapeXml(`${name}, ${city}`)}</title>` +
    `<defs>${motifPattern(rng, motif)}</defs>` +
    `<rect width="1200" height="600" fill="${background}"/>` +
    `<rect width="1200" height="600" fill="url(#m)"/>` +
    circles(rng, motif) +
    `<text x="600" y="${300 + Math.round(fontSize * 0.3)}" font-family="sans-serif" font-weight="700" font-size="${fontSize}" fill="#FFFFFF" text-anchor="middle">${escapeXml(name)}</text>` +
    `<text x="600" y="${380 + Math.round(fontSize * 0.3)}" font-family="sans-serif" font-size="36" letter-spacing="4" fill="#FFFFFF" opacity="0.9" text-anchor="middle">${escapeXml(city.toUpperCase())}</text>` +
    `</svg>`
  )
}
