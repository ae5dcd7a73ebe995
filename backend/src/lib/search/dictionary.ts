/**
 * The search vocabulary of Sentra, shared by both engines (PostgreSQL and Meilisearch).
 *
 * - SYNONYMS: groups of words or phrases a shopper may use for the same thing: spelling variants
 *   (keripik/kripik), regional words (pedes, sambel, sendal), and the English words visitors type
 *   (shoes, coffee, bag). Every member of a group finds what any other member finds.
 * - PROTECTED_WORDS: words the Snowball Indonesian stemmer mangles. It strips "ke-", "pe(r)-",
 *   "me-", "te(r)-" and "-an"/"-i" even where they are part of the root, so "kemeja" (shirt)
 *   becomes "meja" (table), "keranjang" (basket) "ranjang" (bed), "durian" "duri" (thorn),
 *   "masakan" (cooking) "masa" (time), "kecap" (soy sauce) "cap" (stamped batik). The PostgreSQL
 *   provider indexes and matches these words unstemmed (see packages/search-postgres-indonesian).
 *
 * Lower case, without accents. Keep groups small and exact: a synonym widens every query that
 * contains it.
 */

export const SYNONYMS: string[][] = [
  // Spelling variants and regional words
  ["keripik", "kripik"],
  ["kerupuk", "krupuk"],
  ["camilan", "cemilan", "snack", "snacks"],
  ["kue", "jajanan", "cake", "cakes"],
  ["kaos", "kaus", "t-shirt", "tshirt"],
  ["baju", "pakaian", "busana", "clothes", "clothing"],
  ["sambal", "sambel", "chili sauce"],
  ["pedas", "pedes", "spicy"],
  ["sandal", "sendal", "sandals"],
  ["surabi", "serabi"],
  ["peuyeum", "tape singkong", "tapai"],
  ["oleh-oleh", "oleh oleh", "buah tangan", "souvenir", "suvenir"],
  ["hijab", "jilbab", "kerudung"],
  ["sweter", "sweater", "switer"],
  ["gula aren", "gula merah", "palm sugar"],
  ["sulam", "sulaman", "bordir", "embroidery"],
  ["rajut", "rajutan", "knit", "knitted"],
  ["gerabah", "tembikar", "pottery"],
  // English words visitors type
  ["sepatu", "shoes", "shoe"],
  ["tas", "bag", "bags"],
  ["kopi", "coffee"],
  ["teh", "tea"],
  ["kemeja", "shirt"],
  ["topi", "hat", "cap"],
  ["syal", "scarf"],
  ["selendang", "shawl"],
  ["boneka", "doll"],
  ["anyaman", "woven", "wicker"],
  ["rotan", "rattan"],
  ["bambu", "bamboo"],
  ["keramik", "ceramic", "ceramics"],
  ["kayu", "wood", "wooden"],
  ["kulit", "leather"],
  ["minuman", "drink", "drinks", "beverage"],
  ["makanan", "food"],
  ["ayam", "chicken"],
  ["sapi", "beef"],
  ["ikan", "fish"],
  ["nasi", "rice"],
  ["piring", "plate"],
  ["mug", "cangkir"],
  ["vas", "vase"],
  ["keranjang", "basket"],
  ["kursi", "chair"],
  ["tikar", "mat"],
  ["lampu", "lamp"],
  ["cermin", "mirror"],
  ["dompet", "wallet"],
  ["jaket", "jacket"],
]

export const PROTECTED_WORDS: string[] = [
  // "ke-" that is part of the root
  "kebaya", "kecap", "kedelai", "kedondong", "kelapa", "kelepon", "kemangi", "kemasan", "kemeja",
  "kemiri", "kencur", "kentang", "kepala", "kepiting", "keraton", "keramik", "keranjang", "keripik",
  "kerajinan", "kerudung", "kerupuk", "ketan", "ketumbar", "ketupat", "kelanting", "kemplang",
  // "pe(r)-", "me-", "te(r)-" that are part of the root
  "pepes", "perabot", "perak", "perkedel", "petai", "peuyeum", "pempek", "peyek", "pecel", "petis",
  "melinjo", "mentega", "terakota", "terasi", "teratai",
  // suffixes that are part of the root, or derived words with a meaning of their own
  "durian", "lebaran", "gulai", "masakan", "pakaian", "perhiasan", "kuningan", "jajanan",
]
