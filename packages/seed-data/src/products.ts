/** Seed products: a hand-written catalogue per seller plus generators for variants, SKUs, stock and images. */
import { mainCategoryOf, type MainCategory } from "@sentra/vocabulary"
import { productImageSvg } from "./images.js"
import { hashString, pick, randomInt, rngFor } from "./random.js"
import type { SellerSeed } from "./sellers.js"

export interface VariantSeed {
  title: string
  sku: string
  options: Record<string, string>
  price: number
  stock: number
}

export interface ProductSeed {
  handle: string
  title: string
  subtitle: string
  description: string
  sellerHandle: string
  categoryHandle: string
  tags: string[]
  options: { title: string; values: string[] }[]
  variants: VariantSeed[]
  weightGrams: number
  madeToOrder: boolean
  image: { fileName: string; mimeType: "image/svg+xml"; content: string }
}

/** A product option; `factors` multiply the base price per value (default 1). */
interface OptionSpec {
  title: string
  values: string[]
  factors?: number[]
}

interface ProductDef {
  title: string
  /** Sub-category handle. */
  sub: string
  /** Price of the first variant in whole Rupiah. */
  price: number
  /** One or two sentences in Bahasa Indonesia. */
  about: string
  tags: string[]
  options?: OptionSpec[]
  /** Grams of the first variant; defaults per sub-category. */
  weight?: number
  madeToOrder?: boolean
}

// ---- Option presets ----
const STANDARD: OptionSpec = { title: "Varian", values: ["Standar"] }
const weights = (values: string[], factors: number[]): OptionSpec => ({ title: "Ukuran", values, factors })
const GRAMS_250_500 = weights(["250 gr", "500 gr"], [1, 1.9])
const GRAMS_3 = weights(["250 gr", "500 gr", "1 kg"], [1, 1.9, 3.6])
const GRAMS_150_300 = weights(["150 gr", "300 gr"], [1, 1.9])
const JAR = weights(["Jar 150 gr", "Jar 250 gr"], [1, 1.5])
const JAR_TOPLES = weights(["Toples 500 gr", "Toples 750 gr"], [1, 1.4])
const pack = (values: string[], factors: number[]): OptionSpec => ({ title: "Isi", values, factors })
const PACK_5_10 = pack(["Isi 5", "Isi 10"], [1, 1.9])
const PACK_10_20 = pack(["Isi 10", "Isi 20"], [1, 1.9])
const SACHET = pack(["Isi 10 sachet", "Isi 20 sachet"], [1, 1.9])
const SPICE: OptionSpec = { title: "Level Pedas", values: ["Sedang", "Pedas", "Extra Pedas"] }
const SHIRT: OptionSpec = { title: "Ukuran", values: ["S", "M", "L", "XL"], factors: [1, 1, 1, 1.1] }
const SHIRT_MEN: OptionSpec = { title: "Ukuran", values: ["M", "L", "XL", "XXL"], factors: [1, 1, 1.05, 1.1] }
const SHOE_MEN: OptionSpec = { title: "Ukuran", values: ["39", "40", "41", "42", "43"] }
const SHOE_WOMEN: OptionSpec = { title: "Ukuran", values: ["36", "37", "38", "39", "40"] }
const CRAFT_SIZE = { title: "Ukuran", values: ["Kecil", "Sedang", "Besar"], factors: [1, 1.6, 2.3] }
const KAIN = { title: "Ukuran", values: ["2 x 1,15 m"] }
const colors = (...values: string[]): OptionSpec => ({ title: "Warna", values })
const sizes = (values: string[], factors?: number[]): OptionSpec => ({ title: "Ukuran", values, factors })

/** The catalogue, keyed by seller handle. */
export const PRODUCT_DEFS: Record<string, ProductDef[]> = {
  "dapur-bu-imas": [
    {
      title: "Ayam Goreng Ungkep Bumbu Kuning",
      sub: "makanan-berat",
      price: 55000,
      options: [pack(["Isi 4 potong", "Isi 8 potong"], [1, 1.9])],
      about:
        "Ayam kampung yang diungkep dengan kunyit, serai, dan daun salam sampai bumbunya meresap ke tulang. Tinggal digoreng sebentar, cocok untuk stok lauk keluarga.",
      tags: ["ayam ungkep", "ayam kampung", "frozen food", "lauk"],
      weight: 600,
    },
    {
      title: "Empal Gepuk Khas Sunda",
      sub: "makanan-berat",
      price: 65000,
      options: [pack(["Isi 5 potong", "Isi 10 potong"], [1, 1.9])],
      about:
        "Daging sapi direbus dengan bumbu ketumbar dan gula aren, lalu digeprek hingga empuk. Cukup digoreng sebentar dan santap dengan nasi hangat serta sambal.",
      tags: ["gepuk", "empal", "daging sapi", "khas sunda"],
    },
    {
      title: "Nasi Timbel Komplit Ayam Goreng",
      sub: "makanan-berat",
      price: 35000,
      about:
        "Nasi pulen dibungkus daun pisang lengkap dengan ayam goreng kampung, tahu, tempe, lalapan, dan sambal terasi. Hanya untuk pengiriman dalam kota di hari yang sama.",
      tags: ["nasi timbel", "ayam goreng", "khas sunda", "makan siang"],
    },
    {
      title: "Pepes Ikan Mas Kemangi",
      sub: "makanan-berat",
      price: 30000,
      options: [pack(["Isi 1 ekor", "Isi 2 ekor"], [1, 1.9])],
      about:
        "Ikan mas dibumbui kunyit, kemangi, dan tomat hijau lalu dikukus dalam daun pisang sampai tulangnya lunak. Bisa dihangatkan dengan dikukus ulang atau dibakar sebentar.",
      tags: ["pepes", "ikan mas", "kemangi", "khas sunda"],
      weight: 400,
    },
    {
      title: "Sambal Cibiuk Tomat Hijau",
      sub: "sambal-bumbu",
      price: 25000,
      options: [JAR],
      about:
        "Sambal khas Cibiuk dari tomat hijau, cabai rawit, dan kemangi segar dengan rasa segar dan pedas. Teman paling cocok untuk ikan bakar dan lalapan.",
      tags: ["sambal", "cibiuk", "pedas", "khas sunda"],
    },
  ],

  "batik-cigadung-lestari": [
    {
      title: "Kain Batik Tulis Bandung Motif Merak Ngibing",
      sub: "batik",
      price: 950000,
      options: [KAIN],
      madeToOrder: true,
      about:
        "Batik tulis pewarna alam bermotif merak ngibing, simbol keanggunan tari Sunda, yang dikerjakan satu pembatik dari awal sampai akhir. Cocok dijadikan kain jarik, bahan kebaya, atau hiasan dinding.",
      tags: ["batik tulis", "batik bandung", "merak", "pewarna alam", "kain"],
    },
    {
      title: "Kemeja Batik Cap Pria Motif Kujang",
      sub: "batik",
      price: 235000,
      options: [SHIRT_MEN],
      about:
        "Kemeja lengan pendek dari katun primisima dengan batik cap motif kujang, senjata pusaka Sunda. Berfuring di bagian badan sehingga nyaman dipakai ke kantor maupun kondangan.",
      tags: ["batik cap", "kemeja batik", "kujang", "batik pria"],
    },
    {
      title: "Selendang Batik Tulis Sutra Cigadung",
      sub: "batik",
      price: 425000,
      options: [colors("Biru Indigo", "Merah Marun", "Hijau Botol")],
      madeToOrder: true,
      about:
        "Selendang sutra ATBM dengan batik tulis motif daun patah tumbuh, ringan dan berkilau lembut. Ukurannya 180 x 50 cm, bisa dipakai sebagai syal atau pelengkap kebaya.",
      tags: ["batik tulis", "selendang", "sutra", "cigadung"],
    },
    {
      title: "Dress Batik Cap Wanita Motif Angklung",
      sub: "batik",
      price: 275000,
      options: [SHIRT],
      about:
        "Dress midi berpotongan A-line dengan motif angklung berwarna sogan dan biru. Bahan katunnya adem dan kancing depannya ramah ibu menyusui.",
      tags: ["dress batik", "batik wanita", "angklung"],
    },
    {
      title: "Kain Batik Cap Motif Jalak Harupat",
      sub: "batik",
      price: 185000,
      options: [KAIN],
      about:
        "Kain batik cap bermotif burung jalak harupat dan bunga patrakomala, bunga khas Kota Bandung. Harganya terjangkau untuk seragam keluarga atau seragam kantor.",
      tags: ["batik cap", "kain batik", "patrakomala", "seragam"],
    },
  ],

  "anyaman-bambu-mang-ujang": [
    {
      title: "Tas Anyaman Bambu Mini Tutup Kulit",
      sub: "anyaman",
      price: 95000,
      options: [colors("Natural", "Cokelat Tua")],
      about:
        "Tas jinjing mungil dari anyaman bambu tali dengan tutup dan tali dari kulit sintetis. Pas untuk ponsel, dompet, dan kunci saat ke acara santai.",
      tags: ["tas anyaman", "tas bambu", "anyaman bambu"],
      weight: 350,
    },
    {
      title: "Boboko Nasi Anyaman Bambu",
      sub: "anyaman",
      price: 35000,
      options: [CRAFT_SIZE],
      about:
        "Boboko adalah wadah nasi tradisional Sunda yang membuat nasi tidak cepat basi dan tetap pulen. Dianyam rapat dengan bingkai bambu yang kokoh di bibirnya.",
      tags: ["boboko", "wadah nasi", "perabot dapur", "khas sunda"],
      weight: 300,
    },
    {
      title: "Tudung Saji Anyaman Bambu Motif Kepang",
      sub: "anyaman",
      price: 65000,
      options: [sizes(["Diameter 40 cm", "Diameter 50 cm", "Diameter 60 cm"], [1, 1.35, 1.7])],
      about:
        "Tudung saji bambu bermotif kepang yang menjaga makanan di meja dari lalat dan debu. Ringan, tidak berbau, dan bisa digantung di dinding sebagai hiasan.",
      tags: ["tudung saji", "anyaman bambu", "perabot dapur"],
    },
    {
      title: "Kap Lampu Gantung Anyaman Bambu",
      sub: "anyaman",
      price: 185000,
      options: [sizes(["Diameter 30 cm", "Diameter 45 cm"], [1, 1.5])],
      about:
        "Kap lampu gantung dari bilah bambu yang dianyam renggang sehingga menghasilkan bayangan cahaya yang hangat. Sudah termasuk kabel 1,5 meter dan fitting E27.",
      tags: ["kap lampu", "lampu bambu", "dekorasi", "interior"],
      weight: 900,
    },
    {
      title: "Hiasan Dinding Bilik Bambu Motif Sunda",
      sub: "anyaman",
      price: 125000,
      about:
        "Panel bilik bambu berukuran 60 x 60 cm dengan motif anyaman bergradasi warna alami. Memberi nuansa rumah panggung Sunda untuk ruang tamu atau kafe.",
      tags: ["bilik bambu", "hiasan dinding", "dekorasi"],
      weight: 1200,
    },
  ],

  "sepatu-kulit-cibaduyut-jaya": [
    {
      title: "Sepatu Kulit Pantofel Pria Hitam",
      sub: "sepatu-sandal",
      price: 425000,
      options: [SHOE_MEN],
      about:
        "Pantofel formal dari kulit sapi box dengan sol karet yang dijahit keliling. Bagian dalamnya dilapisi kulit domba yang lembut dan tidak panas.",
      tags: ["sepatu kulit", "pantofel", "sepatu kerja", "cibaduyut"],
    },
    {
      title: "Sepatu Boots Kulit Safety Kerja",
      sub: "sepatu-sandal",
      price: 565000,
      options: [SHOE_MEN],
      about:
        "Boots setinggi mata kaki dengan pelindung baja di ujung jari dan sol anti-selip. Kuat dipakai di proyek dan gudang, namun tetap nyaman seharian.",
      tags: ["sepatu boots", "safety shoes", "sepatu kulit"],
      weight: 1500,
    },
    {
      title: "Sepatu Loafers Kulit Suede Pria",
      sub: "sepatu-sandal",
      price: 385000,
      options: [SHOE_MEN],
      about:
        "Loafers santai dari kulit suede warna cokelat tembakau dengan sol karet yang lentur. Mudah dipadukan dengan celana chino maupun kemeja batik.",
      tags: ["loafers", "suede", "sepatu santai", "cibaduyut"],
    },
    {
      title: "Sepatu Flat Kulit Wanita Aksen Pita",
      sub: "sepatu-sandal",
      price: 275000,
      options: [SHOE_WOMEN, colors("Hitam", "Cokelat Susu")],
      about:
        "Flat shoes kulit sapi lembut dengan aksen pita kecil di depan dan bantalan empuk di tumit. Ringan untuk kerja, kuliah, atau kondangan.",
      tags: ["flat shoes", "sepatu wanita", "sepatu kulit"],
      weight: 600,
    },
    {
      title: "Sandal Slop Kulit Pria Cibaduyut",
      sub: "sepatu-sandal",
      price: 165000,
      options: [SHOE_MEN],
      about:
        "Sandal slop dari kulit sapi asli dengan sol karet tebal yang tidak licin di lantai basah. Cocok untuk ke masjid, jalan-jalan, maupun di rumah.",
      tags: ["sandal kulit", "sandal pria", "cibaduyut"],
      weight: 600,
    },
  ],

  "kaos-sablon-suci-kreatif": [
    {
      title: "Kaos Sablon Aksara Sunda Sampurasun",
      sub: "kaos-sablon",
      price: 95000,
      options: [SHIRT, colors("Hitam", "Putih", "Navy")],
      about:
        "Kaos cotton combed 30s bertuliskan 'Sampurasun' dalam aksara Sunda dengan sablon plastisol. Oleh-oleh khas Bandung yang tidak lekang dipakai.",
      tags: ["kaos", "aksara sunda", "kaos bandung", "oleh-oleh"],
    },
    {
      title: "Kaos Sablon Gedung Sate Vintage",
      sub: "kaos-sablon",
      price: 99000,
      options: [SHIRT, colors("Putih", "Abu Misty")],
      about:
        "Ilustrasi Gedung Sate bergaya poster lawas dengan warna pudar yang sengaja dibuat vintage. Sablon discharge membuat tinta menyatu dengan serat kain.",
      tags: ["kaos", "gedung sate", "vintage", "kaos bandung"],
    },
    {
      title: "Kaos Anak Sablon Angklung Ceria",
      sub: "kaos-sablon",
      price: 65000,
      options: [sizes(["2-4 th", "5-7 th", "8-10 th"], [1, 1.1, 1.2])],
      about:
        "Kaos anak bergambar angklung dan si kancil yang lucu. Tinta sablon berbasis air sehingga aman untuk kulit anak.",
      tags: ["kaos anak", "angklung", "kaos sablon"],
      weight: 150,
    },
    {
      title: "Hoodie Sablon Bandung Juara",
      sub: "kaos-sablon",
      price: 225000,
      options: [SHIRT, colors("Hitam", "Maroon")],
      about:
        "Hoodie fleece tebal dengan sablon 'Bandung Juara' di dada dan peta kota di punggung. Cocok untuk udara dingin Lembang dan perjalanan malam.",
      tags: ["hoodie", "jaket", "kaos bandung", "sablon"],
      weight: 600,
    },
    {
      title: "Kaos Polos Combed 30s Premium",
      sub: "kaos-sablon",
      price: 55000,
      options: [SHIRT, colors("Hitam", "Putih", "Navy", "Hijau Army")],
      about:
        "Kaos polos cotton combed 30s dengan jahitan rantai yang rapi, bahan yang sama dengan kaos sablon kami. Bisa juga dipesan untuk sablon satuan maupun lusinan.",
      tags: ["kaos polos", "kaos", "combed 30s"],
    },
  ],

  "rajutan-binong-jati-ceu-enok": [
    {
      title: "Sweter Rajut Wanita Oversize Motif Kepang",
      sub: "rajut-sulam",
      price: 165000,
      options: [colors("Krem", "Sage", "Cokelat Susu")],
      about:
        "Sweter rajut longgar dengan pola kepang di bagian depan, satu ukuran muat hingga lingkar dada 110 cm. Hangat tapi tidak gerah dipakai di ruangan ber-AC.",
      tags: ["sweter rajut", "rajut", "binong jati", "fesyen wanita"],
      weight: 450,
    },
    {
      title: "Syal Rajut Motif Kawung",
      sub: "rajut-sulam",
      price: 85000,
      options: [colors("Merah Bata", "Abu Tua", "Mustard")],
      about:
        "Syal rajut sepanjang 170 cm dengan pola kawung yang diadaptasi dari motif batik. Lembut di leher dan cocok sebagai hadiah.",
      tags: ["syal", "rajut", "kawung"],
    },
    {
      title: "Tas Rajut Tali Kur Wanita",
      sub: "rajut-sulam",
      price: 145000,
      options: [colors("Hitam", "Krem", "Terakota")],
      about:
        "Tas bahu dari tali kur yang dirajut padat, berlapis kain dan beritsleting di bagian dalam. Bentuknya tetap tegak meski diisi penuh.",
      tags: ["tas rajut", "tali kur", "tas wanita", "rajut"],
      weight: 400,
    },
    {
      title: "Boneka Rajut Amigurumi Si Kabayan",
      sub: "rajut-sulam",
      price: 120000,
      about:
        "Boneka rajut setinggi 25 cm berwujud Si Kabayan lengkap dengan iket dan sarung. Diisi dakron lembut, aman untuk anak di atas 3 tahun.",
      tags: ["boneka rajut", "amigurumi", "si kabayan", "hadiah anak"],
    },
    {
      title: "Kupluk Rajut Pompom",
      sub: "rajut-sulam",
      price: 55000,
      options: [sizes(["Anak", "Dewasa"], [1, 1.2]), colors("Hitam", "Merah", "Abu Muda")],
      about:
        "Topi kupluk rajut dengan pompom di atasnya yang lentur mengikuti bentuk kepala. Teman hangat saat liburan ke Lembang atau Ciwidey.",
      tags: ["kupluk", "topi rajut", "rajut"],
      weight: 120,
    },
  ],

  "kopi-manglayang-cibiru": [
    {
      title: "Kopi Arabika Java Preanger Bubuk",
      sub: "minuman",
      price: 65000,
      options: [weights(["200 gr", "500 gr"], [1, 2.3]), { title: "Gilingan", values: ["Halus", "Sedang", "Kasar"] }],
      about:
        "Kopi arabika dari kebun petani di lereng Gunung Manglayang, diproses natural dan disangrai medium. Rasanya buah dengan aroma gula aren dan keasaman yang lembut.",
      tags: ["kopi", "kopi arabika", "java preanger", "kopi bandung"],
      weight: 200,
    },
    {
      title: "Kopi Robusta Sangrai Biji Utuh",
      sub: "minuman",
      price: 40000,
      options: [GRAMS_3],
      about:
        "Biji kopi robusta Jawa Barat yang disangrai gelap, cocok untuk espresso, kopi susu, maupun kopi tubruk. Kafeinnya mantap untuk teman begadang.",
      tags: ["kopi", "robusta", "biji kopi"],
      weight: 250,
    },
    {
      title: "Kopi Susu Gula Aren Literan",
      sub: "minuman",
      price: 75000,
      options: [sizes(["500 ml", "1 liter"], [1, 1.8])],
      about:
        "Kopi susu kekinian dengan gula aren cair buatan sendiri dan susu segar dari Lembang. Tahan tiga hari di kulkas, tinggal tuang ke gelas berisi es.",
      tags: ["kopi susu", "gula aren", "es kopi", "kopi"],
      weight: 550,
    },
    {
      title: "Bandrek Jahe Merah Instan",
      sub: "minuman",
      price: 25000,
      options: [SACHET],
      about:
        "Minuman tradisional Sunda dari jahe merah, gula aren, kayu manis, dan cengkih dalam sachet praktis. Cukup seduh dengan air panas untuk menghangatkan badan.",
      tags: ["bandrek", "jahe merah", "minuman hangat", "khas sunda"],
      weight: 250,
    },
    {
      title: "Bajigur Instan Santan Gula Aren",
      sub: "minuman",
      price: 27000,
      options: [SACHET],
      about:
        "Bajigur adalah minuman santan khas Sunda yang dulu dijajakan dengan pikulan saat malam dingin. Versi instan ini tetap gurih dengan aroma pandan dan jahe.",
      tags: ["bajigur", "minuman hangat", "khas sunda"],
      weight: 250,
    },
  ],

  "seblak-teh-rina": [
    {
      title: "Seblak Instan Ceker Pedas",
      sub: "makanan-berat",
      price: 22000,
      options: [pack(["Isi 1", "Isi 3"], [1, 2.8]), { title: "Level Pedas", values: ["Level 1", "Level 3", "Level 5"] }],
      about:
        "Paket seblak siap masak berisi kerupuk mentah, ceker ayam presto, bumbu kencur, dan minyak cabai. Cukup direbus sepuluh menit untuk seporsi seblak ala warung Teh Rina.",
      tags: ["seblak", "ceker", "pedas", "khas bandung"],
      weight: 250,
    },
    {
      title: "Seblak Kering Pedas Daun Jeruk",
      sub: "keripik-camilan",
      price: 18000,
      options: [GRAMS_150_300],
      about:
        "Kerupuk seblak yang digoreng kering lalu dibalur bumbu kencur, cabai, dan daun jeruk. Renyah dan pedasnya bikin nagih.",
      tags: ["seblak", "kerupuk", "camilan pedas", "pedas"],
      weight: 150,
    },
    {
      title: "Kripik Pedas Basreng Daun Jeruk",
      sub: "keripik-camilan",
      price: 20000,
      options: [GRAMS_150_300, SPICE],
      about:
        "Bakso ikan yang diiris tipis, digoreng renyah, lalu dibumbui cabai bubuk dan daun jeruk. Camilan favorit anak kos Bandung.",
      tags: ["basreng", "kripik pedas", "keripik pedas", "camilan"],
      weight: 150,
    },
    {
      title: "Cilok Frozen Isi Telur Puyuh",
      sub: "kue-jajanan",
      price: 28000,
      options: [pack(["Isi 20", "Isi 40"], [1, 1.9])],
      about:
        "Cilok kenyal dari tepung tapioka dan daging ayam berisi telur puyuh, dikemas beku beserta bumbu kacang. Rebus lima menit dan siap disantap.",
      tags: ["cilok", "jajanan bandung", "frozen food"],
      weight: 500,
    },
    {
      title: "Cimol Frozen Bumbu Balado",
      sub: "kue-jajanan",
      price: 20000,
      about:
        "Cimol setengah jadi yang tinggal digoreng dari minyak dingin supaya mengembang sempurna. Bumbu balado dan keju bubuk disertakan terpisah.",
      tags: ["cimol", "jajanan bandung", "frozen food"],
      weight: 500,
    },
  ],

  "batagor-siomay-kang-asep": [
    {
      title: "Batagor Ikan Tenggiri Frozen",
      sub: "makanan-berat",
      price: 45000,
      options: [PACK_10_20],
      about:
        "Batagor dari ikan tenggiri asli dan tahu Sumedang, dikemas beku lengkap dengan bumbu kacang dan kecap. Goreng dalam keadaan beku sampai kuning keemasan.",
      tags: ["batagor", "ikan tenggiri", "frozen food", "khas bandung"],
    },
    {
      title: "Siomay Bandung Komplit Frozen",
      sub: "makanan-berat",
      price: 50000,
      options: [PACK_10_20],
      about:
        "Siomay ikan tenggiri lengkap dengan kol, kentang, tahu, pare, dan telur dalam satu paket. Kukus lima belas menit, siram bumbu kacang, dan siomay ala gerobak siap dinikmati.",
      tags: ["siomay", "frozen food", "khas bandung"],
    },
    {
      title: "Bumbu Kacang Batagor Siap Pakai",
      sub: "sambal-bumbu",
      price: 25000,
      options: [GRAMS_250_500],
      about:
        "Bumbu kacang kental racikan Kang Asep dari kacang tanah sangrai, cabai, dan gula merah. Tinggal diencerkan dengan air hangat untuk batagor, siomay, atau gado-gado.",
      tags: ["bumbu kacang", "batagor", "siomay", "bumbu"],
    },
    {
      title: "Cuanki Instan Khas Bandung",
      sub: "makanan-berat",
      price: 25000,
      options: [pack(["Isi 3", "Isi 6"], [1, 1.9])],
      about:
        "Paket cuanki berisi siomay kering, tahu goreng, bakso ikan, dan bumbu kuah kaldu sapi. Cukup seduh dengan air mendidih seperti mi instan.",
      tags: ["cuanki", "bakso", "khas bandung"],
      weight: 300,
    },
    {
      title: "Siomay Kering Pedas Renyah",
      sub: "keripik-camilan",
      price: 22000,
      options: [GRAMS_150_300],
      about:
        "Kulit siomay yang diiris dan digoreng kering lalu dibumbui cabai dan bawang. Cocok jadi taburan seblak atau camilan teman ngopi.",
      tags: ["siomay kering", "camilan pedas", "pedas"],
      weight: 150,
    },
  ],

  "peuyeum-oleh-oleh-abah-dadang": [
    {
      title: "Peuyeum Bandung Singkong Mentega",
      sub: "kue-jajanan",
      price: 22000,
      options: [{ title: "Kemasan", values: ["Besek 1 kg", "Dua besek 2 kg"], factors: [1, 1.9] }],
      about:
        "Peuyeum dari singkong mentega yang manis legit, difermentasi dua hari dengan ragi tradisional. Dikemas dalam besek bambu dan paling nikmat dimakan dingin atau dibakar.",
      tags: ["peuyeum", "tape singkong", "oleh-oleh", "khas bandung"],
      weight: 1000,
    },
    {
      title: "Colenak Peuyeum Bakar Saus Kinca",
      sub: "kue-jajanan",
      price: 25000,
      options: [PACK_5_10],
      about:
        "Colenak, singkatan dari dicocol enak, adalah peuyeum bakar bersiram saus kinca gula aren dan parutan kelapa. Kincanya dikemas terpisah agar peuyeum tidak lembek.",
      tags: ["colenak", "peuyeum", "gula aren", "khas bandung"],
    },
    {
      title: "Wajit Cililin Daun Jagung",
      sub: "kue-jajanan",
      price: 30000,
      options: [GRAMS_250_500],
      about:
        "Wajit dari beras ketan, kelapa, dan gula aren yang dibungkus kulit jagung kering satu per satu. Manis legit dan tahan hingga dua minggu.",
      tags: ["wajit", "ketan", "oleh-oleh", "khas sunda"],
      weight: 250,
    },
    {
      title: "Rangginang Terasi Siap Goreng",
      sub: "keripik-camilan",
      price: 24000,
      options: [GRAMS_250_500],
      about:
        "Rangginang ketan berbumbu terasi yang sudah dijemur kering dan siap digoreng. Sebentar saja di minyak panas langsung mekar dan renyah.",
      tags: ["rangginang", "ketan", "oleh-oleh"],
    },
    {
      title: "Dodol Garut Wijen Aneka Rasa",
      sub: "kue-jajanan",
      price: 28000,
      options: [{ title: "Rasa", values: ["Original", "Durian", "Stroberi", "Cokelat"] }],
      about:
        "Dodol ketan legit berbalut wijen sangrai, dikemas kecil-kecil dalam kertas minyak warna-warni. Oleh-oleh yang selalu habis di kantor.",
      tags: ["dodol", "dodol garut", "wijen", "oleh-oleh"],
    },
  ],

  "surabi-ceu-popon": [
    {
      title: "Surabi Oncom Tungku Tanah Liat",
      sub: "kue-jajanan",
      price: 18000,
      options: [PACK_5_10],
      about:
        "Surabi tepung beras bertabur oncom pedas yang dimasak di tungku tanah liat berbahan bakar kayu. Pinggirannya renyah dan bagian tengahnya lembut.",
      tags: ["surabi", "serabi", "oncom", "khas bandung"],
    },
    {
      title: "Surabi Kinca Durian",
      sub: "kue-jajanan",
      price: 30000,
      options: [PACK_5_10],
      about:
        "Surabi polos hangat yang disiram kinca gula aren dengan daging durian Medan. Kinca dikemas dalam botol agar surabi tetap lembut sampai rumah.",
      tags: ["surabi", "durian", "kinca", "jajanan manis"],
    },
    {
      title: "Kue Balok Cokelat Lumer",
      sub: "kue-jajanan",
      price: 25000,
      options: [PACK_5_10],
      about:
        "Kue balok khas Bandung dengan bagian luar garing dan isian cokelat yang lumer saat digigit. Dipanggang dalam cetakan besi di atas bara arang.",
      tags: ["kue balok", "kue", "cokelat", "khas bandung"],
    },
    {
      title: "Bolu Susu Pandan Lembut",
      sub: "kue-jajanan",
      price: 55000,
      options: [sizes(["Loyang 20 cm", "Loyang 24 cm"], [1, 1.4])],
      about:
        "Bolu susu berlapis selai pandan dengan tekstur lembut dan wangi daun pandan asli. Potongannya tebal untuk suguhan tamu atau teman minum teh sore.",
      tags: ["bolu", "bolu susu", "pandan", "kue"],
      weight: 600,
    },
    {
      title: "Bolu Kukus Mekar Gula Aren",
      sub: "kue-jajanan",
      price: 35000,
      options: [PACK_10_20],
      about:
        "Bolu kukus mekar dengan puncak merekah dan manis gula aren yang harum. Sering dipesan untuk syukuran dan pengajian.",
      tags: ["bolu kukus", "gula aren", "kue", "syukuran"],
    },
  ],

  "studio-keramik-dago": [
    {
      title: "Mug Keramik Glasir Biru Laut",
      sub: "keramik-gerabah",
      price: 95000,
      options: [colors("Biru Laut", "Hijau Lumut", "Putih Gading")],
      about:
        "Mug stoneware 350 ml yang dibentuk di meja putar dengan glasir biru yang meleleh di bibirnya. Aman untuk microwave dan mesin cuci piring.",
      tags: ["keramik", "mug", "stoneware", "hadiah"],
      weight: 450,
    },
    {
      title: "Piring Makan Keramik Stoneware 24 cm",
      sub: "keramik-gerabah",
      price: 125000,
      options: [pack(["Satuan", "Set 4 pcs"], [1, 3.6])],
      about:
        "Piring makan bertepi tebal dengan warna tanah yang membuat hidangan tampak menggugah. Dibakar pada suhu 1.250 derajat sehingga kuat dan tidak menyerap air.",
      tags: ["keramik", "piring", "stoneware", "peralatan makan"],
    },
    {
      title: "Vas Keramik Motif Mega Mendung",
      sub: "keramik-gerabah",
      price: 215000,
      options: [CRAFT_SIZE],
      about:
        "Vas keramik bermotif mega mendung yang ditoreh tangan sebelum diglasir. Indah untuk bunga kering maupun berdiri sendiri sebagai pajangan.",
      tags: ["keramik", "vas bunga", "mega mendung", "dekorasi"],
    },
    {
      title: "Set Cangkir Teh Keramik Tanpa Gagang",
      sub: "keramik-gerabah",
      price: 185000,
      options: [pack(["Set 2 cangkir", "Set 4 cangkir"], [1, 1.8])],
      about:
        "Cangkir teh mungil bergaya yunomi dengan tekstur tanah liat yang dibiarkan terlihat di bagian bawah. Pas untuk menyeduh teh Malabar atau teh hijau.",
      tags: ["keramik", "cangkir teh", "peralatan minum"],
    },
    {
      title: "Tungku Aromaterapi Keramik Motif Bintang",
      sub: "keramik-gerabah",
      price: 75000,
      about:
        "Tungku lilin dan pembakar minyak aromaterapi dari keramik berlubang motif bintang. Cahaya lilinnya membentuk pola cantik di dinding.",
      tags: ["keramik", "aromaterapi", "dekorasi"],
      weight: 500,
    },
  ],

  "sanggar-wayang-golek-pa-endang": [
    {
      title: "Wayang Golek Cepot Astrajingga",
      sub: "kerajinan-kayu",
      price: 350000,
      options: [sizes(["Tinggi 40 cm", "Tinggi 60 cm"], [1, 1.7])],
      madeToOrder: true,
      about:
        "Cepot atau Astrajingga adalah punakawan paling populer dalam wayang golek Sunda, berwajah merah dengan senyum lebar. Diukir dari kayu albasia dan dicat tangan lengkap dengan kostum kain.",
      tags: ["wayang golek", "wayang", "cepot", "kayu", "suvenir"],
      weight: 800,
    },
    {
      title: "Wayang Golek Arjuna Pajangan",
      sub: "kerajinan-kayu",
      price: 450000,
      options: [sizes(["Tinggi 40 cm", "Tinggi 60 cm"], [1, 1.7])],
      madeToOrder: true,
      about:
        "Tokoh Arjuna yang halus dan tampan, diukir dengan detail mahkota dan perhiasan berwarna emas. Dilengkapi dudukan kayu sehingga bisa dipajang di meja atau lemari.",
      tags: ["wayang golek", "wayang", "arjuna", "pajangan", "kayu"],
      weight: 800,
    },
    {
      title: "Gantungan Kunci Wayang Golek Mini",
      sub: "kerajinan-kayu",
      price: 25000,
      options: [pack(["Satuan", "Isi 12"], [1, 10])],
      about:
        "Miniatur wayang golek setinggi 7 cm dengan wajah dan kostum yang dicat detail. Favorit untuk suvenir pernikahan dan oleh-oleh tamu mancanegara.",
      tags: ["wayang", "gantungan kunci", "suvenir", "kayu"],
      weight: 50,
    },
    {
      title: "Topeng Kayu Tari Klana",
      sub: "kerajinan-kayu",
      price: 275000,
      about:
        "Topeng kayu merah bermata melotot untuk tari topeng Klana, diukir dari kayu jaran dan dicat dengan cat minyak. Dilengkapi tali pengikat untuk pentas dan paku gantung untuk hiasan dinding.",
      tags: ["topeng", "kayu", "tari topeng", "hiasan dinding"],
      weight: 500,
    },
    {
      title: "Kotak Perhiasan Kayu Ukir Patrakomala",
      sub: "kerajinan-kayu",
      price: 145000,
      about:
        "Kotak perhiasan dari kayu mahoni dengan ukiran bunga patrakomala di tutupnya dan lapisan beludru di dalam. Ukurannya 20 x 12 cm, cukup untuk cincin, kalung, dan anting.",
      tags: ["kotak perhiasan", "ukiran", "kayu", "hadiah"],
      weight: 600,
    },
  ],

  "mebel-kayu-jati-arcamanik": [
    {
      title: "Meja Kopi Kayu Jati Belanda",
      sub: "kerajinan-kayu",
      price: 1250000,
      options: [sizes(["80 x 50 cm", "100 x 60 cm"], [1, 1.35])],
      madeToOrder: true,
      about:
        "Meja kopi minimalis dari kayu jati belanda dengan kaki besi hitam yang kokoh. Finishing natural doff memperlihatkan serat kayu yang khas.",
      tags: ["meja kopi", "kayu jati", "mebel", "furnitur"],
      weight: 18000,
    },
    {
      title: "Rak Dinding Kayu Pinus Tiga Susun",
      sub: "kerajinan-kayu",
      price: 285000,
      options: [colors("Natural", "Walnut")],
      about:
        "Rak dinding tiga susun dari kayu pinus untuk buku, tanaman, atau koleksi pajangan. Dilengkapi braket besi dan fisher untuk dipasang di tembok.",
      tags: ["rak dinding", "kayu pinus", "dekorasi", "kayu"],
      weight: 4000,
    },
    {
      title: "Talenan Kayu Sonokeling End Grain",
      sub: "kerajinan-kayu",
      price: 185000,
      options: [sizes(["30 x 20 cm", "40 x 25 cm"], [1, 1.4])],
      about:
        "Talenan end grain dari potongan kayu sonokeling dan mahoni yang disusun seperti papan catur. Permukaannya ramah mata pisau dan diminyaki dengan minyak food grade.",
      tags: ["talenan", "kayu", "peralatan dapur"],
    },
    {
      title: "Bangku Kayu Jati Kecil Gaya Jengki",
      sub: "kerajinan-kayu",
      price: 325000,
      about:
        "Bangku kecil bergaya jengki tahun 60-an dari kayu jati bekas yang diolah kembali. Bisa dipakai sebagai tempat duduk, pijakan, atau meja tanaman.",
      tags: ["bangku", "kayu jati", "furnitur", "jengki"],
      weight: 3500,
    },
    {
      title: "Lemari Buku Kayu Jati Minimalis",
      sub: "kerajinan-kayu",
      price: 2350000,
      madeToOrder: true,
      about:
        "Lemari buku 180 x 80 cm dengan lima ambalan dari kayu jati Perhutani bersertifikat. Ukuran dan warnanya bisa disesuaikan dengan ruangan.",
      tags: ["lemari buku", "kayu jati", "mebel", "furnitur"],
      weight: 45000,
    },
  ],

  "kerajinan-kulit-kang-ridwan": [
    {
      title: "Dompet Kulit Sapi Lipat Pria",
      sub: "kerajinan-kulit",
      price: 185000,
      options: [colors("Cokelat Tua", "Hitam", "Tan")],
      about:
        "Dompet bifold dari kulit sapi samak nabati dengan enam slot kartu dan satu ruang uang kertas. Dijahit tangan dengan benang lilin sehingga jahitannya tidak mudah lepas.",
      tags: ["dompet kulit", "kulit sapi", "dompet pria"],
    },
    {
      title: "Ikat Pinggang Kulit Asli Gesper Kuningan",
      sub: "kerajinan-kulit",
      price: 165000,
      options: [sizes(["100 cm", "110 cm", "120 cm"])],
      about:
        "Sabuk dari kulit sapi setebal 4 mm dengan gesper kuningan solid yang tidak berkarat. Makin lama dipakai, warnanya makin berkarakter.",
      tags: ["ikat pinggang", "sabuk kulit", "kulit asli"],
      weight: 350,
    },
    {
      title: "Tas Selempang Kulit Pria",
      sub: "tas-aksesori",
      price: 495000,
      options: [colors("Cokelat Tua", "Hitam")],
      about:
        "Tas selempang ringkas untuk tablet 10 inci, dompet, dan ponsel. Terbuat dari kulit sapi pull-up dengan tali yang bisa diatur panjangnya.",
      tags: ["tas kulit", "tas selempang", "tas pria"],
      weight: 700,
    },
    {
      title: "Gantungan Kunci Kulit Grafir Nama",
      sub: "kerajinan-kulit",
      price: 30000,
      options: [pack(["Satuan", "Isi 10"], [1, 9])],
      about:
        "Gantungan kunci kulit dengan grafir nama atau inisial, cocok untuk suvenir dan hadiah wisuda. Tuliskan nama yang diinginkan di catatan pesanan.",
      tags: ["gantungan kunci", "kulit", "suvenir", "custom"],
      weight: 30,
    },
    {
      title: "Dompet Kartu Kulit Minimalis",
      sub: "kerajinan-kulit",
      price: 95000,
      options: [colors("Cokelat Tua", "Hitam", "Tan", "Hijau Zaitun")],
      about:
        "Card holder tipis dengan empat slot kartu dan satu kantong tengah yang muat di saku celana depan. Tepi kulitnya dihaluskan dan diwarnai rapi.",
      tags: ["dompet kartu", "card holder", "kulit"],
      weight: 80,
    },
  ],

  "hijab-syari-neng-euis": [
    {
      title: "Hijab Segi Empat Voal Motif Bunga",
      sub: "hijab-busana-muslim",
      price: 65000,
      options: [colors("Hitam", "Mocca", "Dusty Pink", "Sage")],
      about:
        "Hijab segi empat 115 x 115 cm dari voal premium dengan motif bunga kecil yang kalem. Tegak di dahi dan mudah dibentuk tanpa banyak jarum.",
      tags: ["hijab", "kerudung", "segi empat", "voal"],
    },
    {
      title: "Pashmina Ceruti Babydoll",
      sub: "hijab-busana-muslim",
      price: 55000,
      options: [colors("Hitam", "Mocca", "Dusty Pink", "Sage", "Navy")],
      about:
        "Pashmina sepanjang 180 x 75 cm dari ceruti babydoll yang ringan dan jatuh. Cocok untuk gaya hijab kondangan maupun sehari-hari.",
      tags: ["pashmina", "hijab", "ceruti"],
    },
    {
      title: "Gamis Katun Rayon Busui Friendly",
      sub: "hijab-busana-muslim",
      price: 185000,
      options: [SHIRT_MEN, colors("Navy", "Sage")],
      about:
        "Gamis longgar dari katun rayon yang adem dengan ritsleting depan untuk ibu menyusui dan saku di kedua sisi. Panjangnya 140 cm, cocok untuk tinggi badan hingga 165 cm.",
      tags: ["gamis", "busana muslim", "busui", "katun rayon"],
      weight: 450,
    },
    {
      title: "Mukena Katun Bordir Tasikmalaya",
      sub: "hijab-busana-muslim",
      price: 275000,
      options: [colors("Putih", "Krem", "Abu Muda")],
      about:
        "Mukena dua potong dari katun jepang dengan bordir bunga khas Tasikmalaya di bagian kepala dan bawahan. Dilengkapi tas serut dari bahan yang sama.",
      tags: ["mukena", "bordir tasik", "perlengkapan salat"],
      weight: 600,
    },
    {
      title: "Hijab Instan Bergo Jersey",
      sub: "hijab-busana-muslim",
      price: 45000,
      options: [colors("Hitam", "Mocca", "Navy", "Maroon")],
      about:
        "Bergo instan dengan pet antem di dahi dari jersey yang melar dan adem, langsung pakai tanpa peniti. Andalan untuk ke pasar, antar anak sekolah, atau berolahraga.",
      tags: ["hijab instan", "bergo", "jersey", "hijab"],
    },
  ],

  "tas-kanvas-cigondewah": [
    {
      title: "Totebag Kanvas Sablon Jalan Braga",
      sub: "tas-aksesori",
      price: 75000,
      options: [colors("Natural", "Hitam")],
      about:
        "Totebag kanvas tebal berukuran 38 x 40 cm bergambar deretan gedung art deco Jalan Braga. Ada kantong dalam kecil untuk ponsel dan kunci.",
      tags: ["totebag", "tas kanvas", "braga", "oleh-oleh"],
      weight: 300,
    },
    {
      title: "Ransel Kanvas Laptop 14 Inci",
      sub: "tas-aksesori",
      price: 285000,
      options: [colors("Abu Tua", "Hijau Army", "Hitam")],
      about:
        "Ransel kanvas waxed yang tahan cipratan air dengan ruang laptop berbusa hingga 14 inci. Banyak kantong untuk charger, botol minum, dan buku.",
      tags: ["ransel", "tas laptop", "tas kanvas"],
      weight: 900,
    },
    {
      title: "Pouch Kosmetik Kain Batik",
      sub: "tas-aksesori",
      price: 45000,
      options: [{ title: "Motif", values: ["Mega Mendung", "Kawung", "Parang"] }],
      about:
        "Pouch ritsleting dari kain batik cap dengan lapisan dalam anti air untuk kosmetik atau alat tulis. Ukurannya 22 x 14 cm, pas masuk tas kerja.",
      tags: ["pouch", "batik", "kosmetik", "suvenir"],
      weight: 100,
    },
    {
      title: "Tas Selempang Kanvas Wanita",
      sub: "tas-aksesori",
      price: 125000,
      options: [colors("Krem", "Terakota", "Hitam")],
      about:
        "Sling bag kanvas dengan tali lebar bermotif tenun yang nyaman di bahu. Muat ponsel besar, dompet panjang, dan botol minum kecil.",
      tags: ["tas selempang", "sling bag", "tas kanvas", "tas wanita"],
      weight: 350,
    },
    {
      title: "Topi Bucket Kanvas Bolak-balik",
      sub: "tas-aksesori",
      price: 69000,
      options: [colors("Krem/Hitam", "Hijau/Krem")],
      about:
        "Topi bucket dua sisi dengan warna berbeda di tiap sisinya, satu topi untuk dua gaya. Dijahit dari kanvas sisa produksi tas sehingga ikut mengurangi limbah kain.",
      tags: ["topi bucket", "topi", "kanvas"],
      weight: 120,
    },
  ],

  "sambal-bu-nining": [
    {
      title: "Sambal Bawang Bu Nining",
      sub: "sambal-bumbu",
      price: 28000,
      options: [JAR, { title: "Level Pedas", values: ["Pedas", "Extra Pedas"] }],
      about:
        "Sambal bawang goreng dengan cabai rawit merah yang pedasnya langsung terasa, tanpa pengawet. Cukup satu sendok untuk menghidupkan nasi hangat dan telur ceplok.",
      tags: ["sambal", "sambal bawang", "pedas"],
    },
    {
      title: "Sambal Cumi Asin Pete",
      sub: "sambal-bumbu",
      price: 45000,
      options: [JAR],
      about:
        "Cumi asin kering dan pete dimasak bersama sambal merah sampai bumbunya kering dan meresap. Lauk praktis untuk anak kos dan bekal kantor.",
      tags: ["sambal", "cumi asin", "pete", "lauk"],
    },
    {
      title: "Sambal Oncom Leunca",
      sub: "sambal-bumbu",
      price: 30000,
      options: [JAR],
      about:
        "Oncom merah ditumis bersama leunca, kencur, dan cabai, perpaduan klasik dapur Sunda. Bisa langsung disantap atau jadi isian nasi bakar.",
      tags: ["sambal", "oncom", "leunca", "khas sunda"],
    },
    {
      title: "Sambal Terasi Dadak Botol",
      sub: "sambal-bumbu",
      price: 25000,
      options: [JAR],
      about:
        "Sambal terasi mentah ala sambal dadak warung nasi Sunda dengan terasi bakar dan tomat. Disimpan di kulkas, rasanya tetap segar hingga dua minggu.",
      tags: ["sambal", "sambal terasi", "khas sunda"],
    },
    {
      title: "Serundeng Kelapa Daging Sapi",
      sub: "sambal-bumbu",
      price: 35000,
      options: [weights(["200 gr", "400 gr"], [1, 1.9])],
      about:
        "Serundeng kelapa sangrai dengan suwiran daging sapi, lengkuas, dan gula merah. Gurih manis dan tahan sebulan di toples tertutup.",
      tags: ["serundeng", "lauk kering", "daging sapi"],
      weight: 200,
    },
  ],

  "kue-kering-teh-ayu": [
    {
      title: "Kue Nastar Selai Nanas Premium",
      sub: "kue-jajanan",
      price: 95000,
      options: [JAR_TOPLES],
      about:
        "Nastar lumer berisi selai nanas madu yang dimasak sendiri selama tiga jam, dengan mentega Wijsman. Toplesnya tersegel sehingga aman untuk hantaran Lebaran.",
      tags: ["nastar", "kue kering", "kue lebaran", "hampers"],
      weight: 700,
    },
    {
      title: "Kue Kastengel Keju Edam",
      sub: "kue-jajanan",
      price: 105000,
      options: [JAR_TOPLES],
      about:
        "Kastengel renyah dengan keju edam dan parmesan yang gurihnya terasa di setiap gigitan. Bagian atasnya ditaburi keju cheddar parut.",
      tags: ["kastengel", "kue kering", "keju", "kue lebaran"],
      weight: 700,
    },
    {
      title: "Bolu Gulung Keju Lembut",
      sub: "kue-jajanan",
      price: 65000,
      about:
        "Bolu gulung sepanjang 25 cm dengan olesan krim mentega dan taburan keju parut yang melimpah. Teksturnya lembut dan tidak seret.",
      tags: ["bolu gulung", "bolu", "keju", "kue"],
      weight: 500,
    },
    {
      title: "Brownies Kukus Cokelat Lumer",
      sub: "kue-jajanan",
      price: 75000,
      options: [sizes(["Loyang 20 x 10 cm", "Loyang 20 x 20 cm"], [1, 1.8])],
      about:
        "Brownies kukus berlapis ganache cokelat yang lumer dan lembap. Tanpa pengembang kimia, dengan wangi cokelat yang pekat.",
      tags: ["brownies", "kue", "cokelat"],
      weight: 500,
    },
    {
      title: "Kue Putri Salju Kacang Mete",
      sub: "kue-jajanan",
      price: 90000,
      options: [JAR_TOPLES],
      about:
        "Kue putri salju berbentuk bulan sabit dengan kacang mete sangrai dan balutan gula halus yang dingin di lidah. Lumer di mulut tanpa rasa getir.",
      tags: ["putri salju", "kue kering", "kue lebaran"],
      weight: 700,
    },
  ],

  "dodol-betawi-enyak-romlah": [
    {
      title: "Dodol Betawi Ketan Hitam",
      sub: "kue-jajanan",
      price: 45000,
      options: [weights(["500 gr", "1 kg"], [1, 1.9])],
      about:
        "Dodol dari ketan hitam, santan kental, dan gula aren yang diaduk tanpa henti selama delapan jam di atas kayu bakar. Teksturnya kenyal, legit, dan tidak lengket di gigi.",
      tags: ["dodol betawi", "dodol", "ketan hitam", "khas betawi"],
      weight: 500,
    },
    {
      title: "Dodol Betawi Durian Kuali",
      sub: "kue-jajanan",
      price: 55000,
      options: [weights(["500 gr", "1 kg"], [1, 1.9])],
      about:
        "Dodol Betawi dengan daging durian asli yang wanginya semerbak begitu kemasan dibuka. Dulu hanya dibuat menjelang Lebaran, kini tersedia setiap bulan.",
      tags: ["dodol betawi", "durian", "khas betawi", "oleh-oleh"],
      weight: 500,
    },
    {
      title: "Bir Pletok Rempah Betawi",
      sub: "minuman",
      price: 30000,
      options: [sizes(["Botol 250 ml", "Botol 600 ml"], [1, 2.2])],
      about:
        "Minuman rempah khas Betawi dari jahe, secang, serai, kayu manis, dan cengkih, sama sekali tanpa alkohol. Warna merahnya alami dari kayu secang dan hangat di tenggorokan.",
      tags: ["bir pletok", "minuman rempah", "khas betawi", "jahe"],
      weight: 300,
    },
    {
      title: "Kue Geplak Betawi Warna-warni",
      sub: "kue-jajanan",
      price: 35000,
      options: [PACK_10_20],
      about:
        "Geplak dari kelapa parut dan gula pasir yang dimasak kering lalu dicetak dan diberi warna cerah. Manisnya khas jajanan hantaran pernikahan Betawi.",
      tags: ["geplak", "kue betawi", "khas betawi"],
    },
    {
      title: "Roti Buaya Hantaran Betawi",
      sub: "kue-jajanan",
      price: 120000,
      options: [sizes(["Panjang 50 cm", "Panjang 70 cm"], [1, 1.25])],
      madeToOrder: true,
      about:
        "Sepasang roti buaya berisi selai srikaya, simbol kesetiaan dalam seserahan pernikahan adat Betawi. Dipanggang segar menjelang tanggal acara Anda.",
      tags: ["roti buaya", "seserahan", "khas betawi", "pernikahan"],
      weight: 1200,
    },
    {
      title: "Kembang Goyang Renyah Wijen",
      sub: "keripik-camilan",
      price: 35000,
      options: [GRAMS_250_500],
      about:
        "Kue kembang goyang berbentuk bunga dari tepung beras dan santan dengan taburan wijen. Renyah dan tidak berminyak.",
      tags: ["kembang goyang", "kue kering", "khas betawi"],
    },
  ],

  "kerak-telor-bang-jali": [
    {
      title: "Kerak Telor Betawi Siap Saji",
      sub: "makanan-berat",
      price: 30000,
      options: [{ title: "Telur", values: ["Telur Ayam", "Telur Bebek"], factors: [1, 1.25] }],
      about:
        "Kerak telor yang dimasak di wajan arang tanpa minyak sampai kerak bawahnya garing, lalu ditaburi serundeng dan bawang goreng. Hanya untuk pengiriman dalam kota karena paling enak disantap hangat.",
      tags: ["kerak telor", "khas betawi", "jajanan betawi"],
      weight: 300,
    },
    {
      title: "Paket Bumbu Kerak Telor Kering",
      sub: "sambal-bumbu",
      price: 35000,
      options: [pack(["Isi 5 porsi", "Isi 10 porsi"], [1, 1.9])],
      about:
        "Paket berisi beras ketan, serundeng kelapa sangrai, ebi, dan bumbu halus kering untuk lima porsi kerak telor. Tinggal tambahkan telur dan masak di wajan tanpa minyak.",
      tags: ["kerak telor", "bumbu", "khas betawi"],
    },
    {
      title: "Soto Betawi Daging Kemasan Beku",
      sub: "makanan-berat",
      price: 55000,
      options: [pack(["1 porsi", "3 porsi"], [1, 2.7])],
      about:
        "Soto Betawi berkuah santan dan susu dengan potongan daging dan babat sapi, dibekukan segera setelah matang. Panaskan sampai mendidih lalu tambahkan emping dan jeruk limau.",
      tags: ["soto betawi", "daging sapi", "frozen food", "khas betawi"],
    },
    {
      title: "Semur Jengkol Betawi",
      sub: "makanan-berat",
      price: 40000,
      options: [GRAMS_250_500],
      about:
        "Jengkol empuk yang direbus berkali-kali sampai tidak bau, lalu dimasak dengan kecap dan rempah hingga kuahnya kental. Teman nasi uduk yang pas.",
      tags: ["semur jengkol", "jengkol", "khas betawi"],
      weight: 250,
    },
    {
      title: "Nasi Uduk Betawi Komplit",
      sub: "makanan-berat",
      price: 28000,
      about:
        "Nasi uduk gurih dari santan dan daun salam dengan semur tahu, telur balado, orek tempe, dan emping. Tersedia setiap sore untuk makan malam warga sekitar.",
      tags: ["nasi uduk", "makan malam", "khas betawi"],
    },
  ],

  "batik-bekasi-sekar-rawalumbu": [
    {
      title: "Kain Batik Tulis Bekasi Motif Gabus Pucung",
      sub: "batik",
      price: 750000,
      options: [KAIN],
      madeToOrder: true,
      about:
        "Batik tulis bermotif ikan gabus pucung, kuliner legendaris Bekasi, dengan latar hijau rawa. Setiap lembar dikerjakan oleh satu pembatik kelompok Sekar.",
      tags: ["batik tulis", "batik bekasi", "gabus pucung", "kain"],
    },
    {
      title: "Kemeja Batik Pria Motif Bambu Kuning",
      sub: "batik",
      price: 245000,
      options: [SHIRT_MEN],
      about:
        "Kemeja batik cap lengan panjang bermotif bambu kuning, tanaman yang dulu banyak tumbuh di tepi Kali Bekasi. Potongannya slim fit dengan kancing tersembunyi.",
      tags: ["kemeja batik", "batik bekasi", "batik pria"],
    },
    {
      title: "Blus Batik Wanita Motif Tugu Bekasi",
      sub: "batik",
      price: 195000,
      options: [SHIRT],
      about:
        "Blus katun dengan lengan balon dan motif Tugu Bekasi yang dipadukan dengan bunga teratai. Cocok untuk seragam kantor maupun acara keluarga.",
      tags: ["blus batik", "batik wanita", "batik bekasi"],
    },
    {
      title: "Syal Batik Cap Katun Ringan",
      sub: "batik",
      price: 95000,
      options: [colors("Biru", "Hijau", "Merah Bata")],
      about:
        "Syal katun tipis berukuran 180 x 45 cm bermotif batik cap kecil-kecil yang mudah dipadankan. Hadiah sederhana yang bermakna untuk rekan kerja.",
      tags: ["syal", "batik cap", "aksesori"],
      weight: 150,
    },
    {
      title: "Outer Batik Kimono Motif Teratai",
      sub: "batik",
      price: 225000,
      options: [sizes(["All Size"])],
      about:
        "Outer model kimono dari batik cap motif teratai Situ Rawa Gede dengan tali pinggang yang bisa dilepas. Ringan dipakai di atas kaus atau gamis.",
      tags: ["outer batik", "kimono", "batik wanita"],
    },
  ],

  "kerajinan-rotan-jatiasih": [
    {
      title: "Kursi Rotan Teras Sepasang",
      sub: "anyaman",
      price: 2250000,
      options: [colors("Natural", "Cokelat Salak")],
      madeToOrder: true,
      about:
        "Sepasang kursi teras dari rotan manau dengan anyaman kulit rotan, lengkap dengan bantal duduk berlapis kanvas. Rangkanya kuat menahan beban hingga 120 kg.",
      tags: ["kursi rotan", "rotan", "furnitur", "teras"],
      weight: 14000,
    },
    {
      title: "Keranjang Rotan Serbaguna Bertutup",
      sub: "anyaman",
      price: 145000,
      options: [CRAFT_SIZE],
      about:
        "Keranjang rotan bertutup untuk menyimpan mainan, handuk, atau pakaian kotor. Anyamannya rapat dan tidak mudah kendur.",
      tags: ["keranjang rotan", "rotan", "penyimpanan"],
      weight: 1500,
    },
    {
      title: "Tas Rotan Bulat Wanita",
      sub: "anyaman",
      price: 175000,
      options: [colors("Natural", "Hitam")],
      about:
        "Tas rotan bulat berdiameter 20 cm dengan tali kulit sintetis dan lapisan kain batik di bagian dalam. Teman jalan-jalan ke pantai atau pesta kebun.",
      tags: ["tas rotan", "tas anyaman", "rotan", "tas wanita"],
      weight: 500,
    },
    {
      title: "Cermin Dinding Bingkai Rotan Matahari",
      sub: "anyaman",
      price: 265000,
      options: [sizes(["Diameter 50 cm", "Diameter 70 cm"], [1, 1.5])],
      about:
        "Cermin bulat dengan bingkai rotan berbentuk sinar matahari yang membuat dinding tampak hangat. Kacanya setebal 5 mm dan sudah dilengkapi kait gantung.",
      tags: ["cermin rotan", "rotan", "dekorasi", "interior"],
      weight: 3000,
    },
    {
      title: "Keranjang Parsel Rotan Hampers",
      sub: "anyaman",
      price: 85000,
      options: [CRAFT_SIZE],
      about:
        "Keranjang rotan berpegangan untuk parsel Lebaran, Natal, atau hampers kelahiran. Bisa dipesan dalam jumlah besar lengkap dengan pita dan kartu ucapan.",
      tags: ["keranjang parsel", "hampers", "rotan"],
    },
  ],

  "keripik-kang-ipul": [
    {
      title: "Keripik Pedas Singkong Daun Jeruk",
      sub: "keripik-camilan",
      price: 20000,
      options: [weights(["200 gr", "400 gr"], [1, 1.9]), SPICE],
      about:
        "Keripik singkong tipis yang dibalur bumbu cabai dan daun jeruk sampai merata ke setiap lembarnya. Pilih level pedas sesuai nyali.",
      tags: ["keripik pedas", "keripik singkong", "pedas", "camilan"],
      weight: 200,
    },
    {
      title: "Keripik Tempe Sagu Renyah",
      sub: "keripik-camilan",
      price: 22000,
      options: [GRAMS_250_500],
      about:
        "Keripik tempe tipis berbalut adonan tepung sagu dan bumbu bawang ketumbar. Tidak keras dan tetap renyah sampai hari terakhir.",
      tags: ["keripik tempe", "tempe", "camilan"],
    },
    {
      title: "Keripik Pisang Cokelat Lumer",
      sub: "keripik-camilan",
      price: 25000,
      options: [GRAMS_250_500],
      about:
        "Keripik pisang kepok yang digoreng garing lalu disalut cokelat. Disukai anak-anak dan cocok untuk bingkisan.",
      tags: ["keripik pisang", "cokelat", "camilan manis"],
    },
    {
      title: "Makaroni Spiral Pedas Gurih",
      sub: "keripik-camilan",
      price: 15000,
      options: [GRAMS_150_300, SPICE],
      about:
        "Makaroni spiral goreng dengan bumbu balado, bawang, dan daun jeruk. Camilan murah meriah untuk teman nonton bola.",
      tags: ["makaroni", "makaroni pedas", "camilan pedas", "pedas"],
      weight: 150,
    },
    {
      title: "Kacang Bawang Renyah Gurih",
      sub: "keripik-camilan",
      price: 25000,
      options: [GRAMS_250_500],
      about:
        "Kacang tanah kupas yang digoreng bersama bawang putih sampai renyah dan harum. Camilan wajib di meja tamu saat Lebaran.",
      tags: ["kacang bawang", "kacang", "camilan"],
    },
  ],

  "dapur-padang-uni-ros": [
    {
      title: "Rendang Daging Sapi Bukittinggi",
      sub: "makanan-berat",
      price: 85000,
      options: [weights(["250 gr", "500 gr"], [1, 1.75])],
      about:
        "Rendang daging sapi has dalam yang dimasak dengan santan kelapa dan bumbu rempah sampai hitam dan kering. Dikemas vakum, tahan dua minggu di suhu ruang dan tiga bulan di freezer.",
      tags: ["rendang", "daging sapi", "masakan padang", "lauk"],
      weight: 250,
    },
    {
      title: "Rendang Paru Kering Crispy",
      sub: "makanan-berat",
      price: 45000,
      options: [GRAMS_150_300],
      about:
        "Irisan paru sapi yang digoreng kering lalu dimasak dengan bumbu rendang sampai renyah. Bisa jadi lauk maupun camilan.",
      tags: ["rendang", "paru", "masakan padang"],
      weight: 150,
    },
    {
      title: "Dendeng Batokok Balado Ijo",
      sub: "makanan-berat",
      price: 75000,
      options: [GRAMS_250_500],
      about:
        "Daging sapi tipis yang dipukul, dibakar, lalu disiram sambal cabai hijau khas Minang. Dikemas vakum dengan sambal terpisah agar daging tetap empuk.",
      tags: ["dendeng", "balado", "masakan padang"],
      weight: 250,
    },
    {
      title: "Kripik Sanjai Balado",
      sub: "keripik-camilan",
      price: 30000,
      options: [GRAMS_250_500],
      about:
        "Keripik singkong sanjai khas Bukittinggi dengan balutan sambal balado merah yang manis pedas. Diiris tipis dari singkong pilihan sehingga renyah.",
      tags: ["keripik balado", "sanjai", "kripik", "pedas"],
    },
    {
      title: "Sambal Lado Mudo Teri",
      sub: "sambal-bumbu",
      price: 30000,
      options: [JAR],
      about:
        "Sambal cabai hijau khas Padang dengan tomat hijau dan ikan teri medan. Pedasnya segar, cocok untuk ayam pop dan telur dadar.",
      tags: ["sambal", "sambal ijo", "masakan padang", "pedas"],
    },
  ],

  "olahan-belimbing-dewa-rangkapan-jaya": [
    {
      title: "Sirup Belimbing Dewa Depok",
      sub: "minuman",
      price: 35000,
      options: [sizes(["Botol 330 ml", "Botol 620 ml"], [1, 1.7])],
      about:
        "Sirup kental dari sari belimbing dewa asli kebun Depok, tanpa pewarna buatan. Segar dicampur air es, soda, atau selasih.",
      tags: ["sirup", "belimbing dewa", "khas depok", "oleh-oleh"],
      weight: 450,
    },
    {
      title: "Dodol Belimbing Dewa",
      sub: "kue-jajanan",
      price: 30000,
      options: [GRAMS_250_500],
      about:
        "Dodol lembut berbahan belimbing dewa dan tepung ketan dengan rasa manis asam yang unik. Oleh-oleh khas Depok yang tidak ditemukan di kota lain.",
      tags: ["dodol", "belimbing dewa", "khas depok", "oleh-oleh"],
      weight: 250,
    },
    {
      title: "Manisan Belimbing Kering",
      sub: "keripik-camilan",
      price: 28000,
      options: [GRAMS_250_500],
      about:
        "Irisan belimbing yang direndam gula lalu dijemur hingga kering dan kenyal. Camilan buah pengganti permen.",
      tags: ["manisan", "belimbing", "khas depok"],
    },
    {
      title: "Jus Belimbing Dewa Botolan",
      sub: "minuman",
      price: 12000,
      options: [pack(["Botol 250 ml", "Paket 6 botol"], [1, 5.5])],
      about:
        "Jus belimbing segar tanpa pengawet yang diperas setiap pagi dan langsung dibotolkan. Simpan di kulkas dan habiskan dalam tiga hari.",
      tags: ["jus", "belimbing dewa", "minuman segar"],
      weight: 280,
    },
    {
      title: "Kue Pia Isi Selai Belimbing",
      sub: "kue-jajanan",
      price: 35000,
      options: [PACK_10_20],
      about:
        "Pia berkulit renyah dengan isian selai belimbing dewa yang manis asam. Dipanggang setiap Senin dan Kamis.",
      tags: ["pia", "kue", "belimbing dewa", "khas depok"],
    },
  ],

  "gerabah-sawangan-asri": [
    {
      title: "Pot Gerabah Terakota Gantung",
      sub: "keramik-gerabah",
      price: 35000,
      options: [CRAFT_SIZE],
      about:
        "Pot gantung dari tanah liat terakota lengkap dengan tali makrame. Pori-pori tanah liatnya menjaga akar tanaman tetap sejuk.",
      tags: ["gerabah", "pot tanaman", "terakota", "tanaman hias"],
    },
    {
      title: "Celengan Gerabah Ayam Jago",
      sub: "keramik-gerabah",
      price: 25000,
      options: [CRAFT_SIZE],
      about:
        "Celengan tanah liat berbentuk ayam jago dengan cat warna-warni cerah, mainan legendaris anak-anak. Harus dipecah untuk mengambil isinya.",
      tags: ["celengan", "gerabah", "mainan tradisional"],
      weight: 500,
    },
    {
      title: "Kendi Gerabah Air Minum",
      sub: "keramik-gerabah",
      price: 65000,
      about:
        "Kendi tanah liat bakar yang membuat air minum terasa sejuk alami tanpa kulkas. Rendam dulu semalam sebelum pemakaian pertama.",
      tags: ["kendi", "gerabah", "tanah liat"],
      weight: 1200,
    },
    {
      title: "Cobek Tanah Liat dan Ulekan Kayu",
      sub: "keramik-gerabah",
      price: 45000,
      options: [sizes(["Diameter 20 cm", "Diameter 25 cm"], [1, 1.4])],
      about:
        "Cobek gerabah berpermukaan kasar yang membuat sambal lebih cepat halus, lengkap dengan ulekan kayu jambu. Sambal yang diulek di cobek tanah liat punya aroma yang khas.",
      tags: ["cobek", "gerabah", "peralatan dapur", "sambal"],
      weight: 1500,
    },
    {
      title: "Anglo Tanah Liat Tradisional",
      sub: "keramik-gerabah",
      price: 55000,
      about:
        "Tungku anglo kecil dari tanah liat untuk membakar sate, memanggang, atau menjaga makanan tetap hangat dengan arang. Dindingnya tebal dan tahan panas.",
      tags: ["anglo", "tungku", "gerabah"],
      weight: 3000,
    },
  ],

  "sulam-pita-ibu-ratna": [
    {
      title: "Taplak Meja Sulam Pita Mawar",
      sub: "rajut-sulam",
      price: 185000,
      options: [sizes(["Meja tamu 100 x 60 cm", "Meja makan 150 x 90 cm"], [1, 1.6])],
      about:
        "Taplak meja katun dengan rangkaian mawar sulam pita di keempat sudutnya. Memberi kesan anggun untuk ruang tamu maupun meja makan.",
      tags: ["taplak meja", "sulam pita", "mawar"],
      weight: 400,
    },
    {
      title: "Sarung Bantal Sofa Sulam Pita",
      sub: "rajut-sulam",
      price: 95000,
      options: [colors("Krem", "Putih", "Hijau Mint")],
      about:
        "Sarung bantal 40 x 40 cm dengan sulaman bunga pita timbul dan ritsleting tersembunyi. Harga belum termasuk isi bantal.",
      tags: ["sarung bantal", "sulam pita", "dekorasi"],
      weight: 200,
    },
    {
      title: "Hiasan Dinding Kaligrafi Sulam Pita",
      sub: "rajut-sulam",
      price: 325000,
      madeToOrder: true,
      about:
        "Kaligrafi lafaz Allah dan Muhammad yang disulam dengan pita satin dan manik-manik, dibingkai kayu dan kaca 40 x 60 cm. Warna pita bisa disesuaikan dengan interior ruangan.",
      tags: ["kaligrafi", "sulam pita", "hiasan dinding"],
      weight: 2500,
    },
    {
      title: "Bros Hijab Sulam Pita",
      sub: "rajut-sulam",
      price: 25000,
      options: [pack(["Satuan", "Isi 6"], [1, 5.4])],
      about:
        "Bros bunga kecil dari sulam pita dengan peniti di bagian belakang. Manis disematkan di hijab atau kerah blus.",
      tags: ["bros", "sulam pita", "aksesori hijab"],
      weight: 20,
    },
    {
      title: "Sarung Kotak Tisu Sulam Kristik",
      sub: "rajut-sulam",
      price: 65000,
      about:
        "Sarung kotak tisu dari kain aida dengan sulaman kristik motif bunga. Kotak tisunya tetap mudah diganti lewat perekat di bagian bawah.",
      tags: ["kristik", "sulam", "tempat tisu"],
      weight: 150,
    },
  ],

  "kaos-kreasi-limo": [
    {
      title: "Kaos Sablon Belimbing Dewa Depok",
      sub: "kaos-sablon",
      price: 89000,
      options: [SHIRT, colors("Putih", "Kuning Mustard")],
      about:
        "Kaos dengan ilustrasi belimbing dewa yang tersenyum dan tulisan 'Depok Manis Asem'. Oleh-oleh jenaka dari Kota Depok.",
      tags: ["kaos", "kaos sablon", "khas depok", "belimbing"],
    },
    {
      title: "Kaos Sablon Peta KRL Depok",
      sub: "kaos-sablon",
      price: 95000,
      options: [SHIRT, colors("Hitam", "Abu Misty")],
      about:
        "Desain peta jalur KRL Bogor–Jakarta Kota dengan stasiun-stasiun di Depok yang disorot warna. Wajib punya untuk para anker alias anak kereta.",
      tags: ["kaos", "krl", "kaos sablon", "commuter line"],
    },
    {
      title: "Sandal Jepit Custom Nama",
      sub: "sepatu-sandal",
      price: 45000,
      options: [sizes(["36-37", "38-39", "40-41", "42-43"])],
      about:
        "Sandal jepit karet dengan cetak nama atau logo di bagian atas, bisa dipesan satuan maupun untuk acara kantor. Tulis nama yang diinginkan di catatan pesanan.",
      tags: ["sandal jepit", "custom", "suvenir"],
      weight: 300,
    },
    {
      title: "Topi Baseball Bordir Depok",
      sub: "tas-aksesori",
      price: 75000,
      options: [colors("Hitam", "Navy", "Krem")],
      about:
        "Topi baseball twill dengan bordir tulisan 'DEPOK' dan ikon belimbing kecil di samping. Tali belakangnya bisa diatur.",
      tags: ["topi", "bordir", "khas depok"],
      weight: 120,
    },
    {
      title: "Kaos Polo Bordir Logo Komunitas",
      sub: "kaos-sablon",
      price: 125000,
      options: [SHIRT, colors("Putih", "Hitam", "Navy")],
      about:
        "Kaos polo lacoste cotton dengan bordir logo komunitas, sekolah, atau kantor. Pemesanan bordir custom minimal satu lusin.",
      tags: ["kaos polo", "bordir", "seragam", "kaos"],
      weight: 300,
    },
  ],

  "sate-bandeng-hj-fatimah": [
    {
      title: "Sate Bandeng Khas Banten",
      sub: "makanan-berat",
      price: 65000,
      options: [pack(["Isi 1 ekor", "Isi 2 ekor"], [1, 1.9])],
      about:
        "Daging bandeng dihaluskan bersama santan dan bumbu rempah, dimasukkan kembali ke kulitnya, lalu dibakar di atas arang. Tanpa duri sehingga aman untuk anak-anak.",
      tags: ["sate bandeng", "bandeng", "khas banten", "oleh-oleh"],
    },
    {
      title: "Rabeg Daging Kambing Khas Serang",
      sub: "makanan-berat",
      price: 75000,
      options: [GRAMS_250_500],
      about:
        "Rabeg adalah olahan daging kambing berbumbu kecap, jahe, dan rempah Timur Tengah yang dulu disajikan di Kesultanan Banten. Dimasak sampai empuk lalu dikemas vakum.",
      tags: ["rabeg", "daging kambing", "khas banten", "khas serang"],
      weight: 250,
    },
    {
      title: "Bandeng Presto Duri Lunak",
      sub: "makanan-berat",
      price: 40000,
      options: [pack(["Isi 1 ekor", "Isi 2 ekor"], [1, 1.9])],
      about:
        "Bandeng yang dimasak bertekanan tinggi selama enam jam sampai durinya lunak dan bisa dimakan. Tinggal digoreng atau dimasak pesmol.",
      tags: ["bandeng presto", "bandeng", "frozen food"],
    },
    {
      title: "Nasi Sumsum Khas Serang",
      sub: "makanan-berat",
      price: 35000,
      options: [PACK_5_10],
      about:
        "Nasi gurih yang dimasak bersama sumsum dan kaldu tulang sapi, dibungkus daun pisang lalu dibakar. Disantap dengan sambal dan lalapan khas Serang.",
      tags: ["nasi sumsum", "khas serang", "khas banten"],
    },
    {
      title: "Sambal Bandeng Asap Pedas",
      sub: "sambal-bumbu",
      price: 40000,
      options: [JAR],
      about:
        "Daging bandeng asap disuwir dan dimasak dengan sambal merah sampai kering. Gurih berasap dan tahan sebulan di kulkas.",
      tags: ["sambal", "bandeng asap", "pedas", "khas banten"],
    },
  ],

  "emping-melinjo-kasunyatan": [
    {
      title: "Emping Melinjo Tipis Original",
      sub: "keripik-camilan",
      price: 40000,
      options: [GRAMS_3],
      about:
        "Emping melinjo tipis yang ditumbuk dengan tangan satu per satu dan dijemur di bawah terik matahari. Goreng sebentar di minyak panas dan emping langsung mekar.",
      tags: ["emping melinjo", "emping", "khas banten", "oleh-oleh"],
    },
    {
      title: "Emping Melinjo Pedas Manis Siap Makan",
      sub: "keripik-camilan",
      price: 35000,
      options: [GRAMS_250_500],
      about:
        "Emping yang sudah digoreng lalu disalut karamel gula merah dan cabai. Manis, pedas, dan sedikit pahit khas melinjo.",
      tags: ["emping melinjo", "pedas manis", "camilan"],
    },
    {
      title: "Gipang Ketan Kacang Khas Serang",
      sub: "kue-jajanan",
      price: 25000,
      options: [PACK_10_20],
      about:
        "Gipang adalah kue renyah dari beras ketan dan kacang tanah yang direkatkan dengan gula merah. Selalu hadir di meja tamu saat Lebaran di Banten.",
      tags: ["gipang", "ketan", "khas serang", "khas banten"],
    },
    {
      title: "Kue Jojorong Gula Aren",
      sub: "kue-jajanan",
      price: 30000,
      options: [PACK_10_20],
      about:
        "Jojorong adalah kue tradisional Banten dari tepung beras dan santan dalam takir daun pisang dengan gula aren di dasarnya. Lembut, manis, dan gurih.",
      tags: ["jojorong", "kue", "khas banten"],
    },
    {
      title: "Kopi Jahe Rempah Banten",
      sub: "minuman",
      price: 28000,
      options: [SACHET],
      about:
        "Kopi robusta bubuk yang dicampur jahe, kapulaga, dan gula aren dalam sachet siap seduh. Minuman hangat andalan nelayan Karangantu sebelum melaut.",
      tags: ["kopi jahe", "kopi", "minuman hangat", "khas banten"],
      weight: 250,
    },
  ],

  "batik-tenun-banten-cipocok": [
    {
      title: "Kain Batik Banten Motif Datulaya",
      sub: "batik",
      price: 450000,
      options: [KAIN],
      about:
        "Motif Datulaya diambil dari nama kediaman para pangeran di Keraton Surosowan, dengan warna khas batik Banten yang lembut keabu-abuan. Dibuat dengan teknik cap kombinasi tulis pada katun primisima.",
      tags: ["batik banten", "datulaya", "kain batik"],
    },
    {
      title: "Kemeja Batik Banten Motif Sebakingking",
      sub: "batik",
      price: 265000,
      options: [SHIRT_MEN],
      about:
        "Kemeja batik pria bermotif Sebakingking, gelar Sultan Maulana Hasanuddin pendiri Kesultanan Banten. Katunnya adem untuk iklim Serang yang panas.",
      tags: ["kemeja batik", "batik banten", "batik pria"],
    },
    {
      title: "Kain Tenun Baduy Motif Poleng",
      sub: "batik",
      price: 385000,
      options: [colors("Hitam Biru", "Merah Hitam")],
      about:
        "Kain tenun tangan buatan perempuan Baduy Luar dengan motif poleng kotak-kotak yang khas. Setiap lembar ditenun sekitar dua minggu dengan alat tenun gedogan.",
      tags: ["tenun baduy", "tenun", "kain tenun", "khas banten"],
      weight: 400,
    },
    {
      title: "Selendang Tenun Baduy Songket",
      sub: "batik",
      price: 225000,
      about:
        "Selendang tenun Baduy dengan sisipan benang songket berwarna cerah, cocok dipadukan dengan kebaya atau kemeja polos. Ukurannya sekitar 200 x 45 cm.",
      tags: ["tenun baduy", "selendang", "tenun"],
      weight: 200,
    },
    {
      title: "Ikat Kepala Lomar Baduy",
      sub: "tas-aksesori",
      price: 65000,
      about:
        "Ikat kepala lomar bercorak batik biru tua seperti yang dikenakan lelaki Baduy Luar. Kini menjadi aksesori favorit pendaki dan pencinta budaya.",
      tags: ["ikat kepala", "baduy", "aksesori"],
      weight: 80,
    },
    {
      title: "Kain Batik Tulis Banten Motif Surosowan",
      sub: "batik",
      price: 900000,
      options: [KAIN],
      madeToOrder: true,
      about:
        "Batik tulis eksklusif bermotif gerbang dan benteng Keraton Surosowan dengan isen-isen yang halus. Cocok dijadikan koleksi maupun kain pengantin.",
      tags: ["batik tulis", "batik banten", "surosowan", "kain"],
    },
  ],

  "anyaman-pandan-kayu-taktakan": [
    {
      title: "Tas Anyaman Pandan Pantai",
      sub: "anyaman",
      price: 85000,
      options: [colors("Natural", "Natural Motif Hitam")],
      about:
        "Tas jinjing lebar dari pandan laut yang dianyam rapat, kuat membawa handuk, botol minum, dan bekal ke pantai Anyer. Pegangannya dilapisi kain agar nyaman di tangan.",
      tags: ["tas anyaman", "tas pandan", "anyaman pandan", "khas banten"],
      weight: 400,
    },
    {
      title: "Tikar Pandan Lipat Warna-warni",
      sub: "anyaman",
      price: 165000,
      options: [sizes(["120 x 180 cm", "180 x 200 cm"], [1, 1.6])],
      about:
        "Tikar pandan berwarna-warni yang bisa dilipat dan dibawa piknik atau dipakai salat. Sejuk di kulit dan tidak licin.",
      tags: ["tikar pandan", "tikar", "anyaman"],
      weight: 1500,
    },
    {
      title: "Topi Caping Anyaman Pandan",
      sub: "anyaman",
      price: 45000,
      about:
        "Caping pandan bertepi lebar untuk melindungi wajah dari terik matahari di sawah maupun di pantai. Ringan dan bisa ditekuk sedikit tanpa rusak.",
      tags: ["topi pandan", "caping", "anyaman"],
      weight: 250,
    },
    {
      title: "Set Sendok Sayur Kayu Sawo 5 Pcs",
      sub: "kerajinan-kayu",
      price: 55000,
      about:
        "Set spatula dan sendok sayur dari kayu sawo yang keras dan tidak mudah berjamur. Aman untuk wajan antilengket.",
      tags: ["sendok kayu", "peralatan dapur", "kayu"],
      weight: 400,
    },
    {
      title: "Kotak Tisu Kayu Jati Ukir Teratai",
      sub: "kerajinan-kayu",
      price: 95000,
      about:
        "Kotak tisu dari kayu jati bekas dengan ukiran bunga teratai di sisi-sisinya. Tutup bawahnya bisa digeser sehingga tisu mudah diganti.",
      tags: ["kotak tisu", "kayu jati", "ukiran"],
      weight: 700,
    },
  ],
}

/** A second sentence per sub-category, picked deterministically, so descriptions are not all alike. */
const EXTRA_SENTENCES: Record<string, string[]> = {
  "makanan-berat": [
    "Dimasak tanpa pengawet dan penyedap buatan.",
    "Pesanan dalam kota dikirim dengan kurir instan agar tetap segar.",
    "Porsinya pas untuk makan siang atau bekal keluarga.",
    "Bisa dipesan dalam jumlah banyak untuk acara kantor dan syukuran dengan konfirmasi sehari sebelumnya.",
  ],
  "kue-jajanan": [
    "Dibuat dari bahan pilihan tanpa pengawet.",
    "Cocok untuk suguhan arisan, hantaran, dan oleh-oleh.",
    "Dibuat dalam jumlah terbatas setiap hari.",
    "Kemasannya rapi sehingga aman dibawa bepergian.",
  ],
  "keripik-camilan": [
    "Dikemas dalam standing pouch ber-zipper agar tetap renyah.",
    "Tahan hingga tiga bulan selama kemasan tertutup rapat.",
    "Enak dinikmati langsung dari kemasannya kapan saja.",
    "Ringan dan awet sehingga cocok dijadikan oleh-oleh.",
  ],
  "sambal-bumbu": [
    "Simpan di kulkas setelah dibuka dan selalu gunakan sendok kering.",
    "Dibuat dari bahan segar pilihan setiap minggu.",
    "Kemasan disegel dan dibungkus bubble wrap untuk pengiriman.",
  ],
  minuman: [
    "Tanpa pemanis maupun perisa buatan.",
    "Simpan di tempat sejuk dan kering, jauh dari sinar matahari.",
    "Bahan bakunya dibeli langsung dari petani lokal.",
  ],
  batik: [
    "Pewarnanya sudah dikunci sehingga tidak mudah luntur.",
    "Cuci dengan tangan memakai sabun lerak agar warnanya awet.",
    "Motif dan warnanya dapat sedikit berbeda karena dikerjakan manual.",
    "Dilengkapi kartu keterangan motif dan nama perajinnya.",
  ],
  "kaos-sablon": [
    "Sablonnya lentur dan tidak mudah retak setelah dicuci.",
    "Jahitan rantai di bahu dan leher rib yang tidak mudah melar.",
    "Cek tabel ukuran di foto sebelum memesan.",
  ],
  "hijab-busana-muslim": [
    "Bahannya jatuh, tidak menerawang, dan nyaman dipakai seharian.",
    "Tepinya dijahit rapi dengan finishing obras halus.",
    "Warna dapat sedikit berbeda karena pencahayaan foto.",
  ],
  "sepatu-sandal": [
    "Nyaman dipakai seharian.",
    "Bisa tukar ukuran paling lambat tiga hari setelah barang diterima.",
    "Cek panjang telapak kaki Anda dengan tabel ukuran sebelum memesan.",
  ],
  "tas-aksesori": [
    "Dijahit rapi oleh penjahit lokal.",
    "Cocok untuk hadiah dan suvenir acara.",
    "Warna dapat sedikit berbeda karena pencahayaan foto.",
  ],
  anyaman: [
    "Bahannya sudah diawetkan sehingga tahan rayap dan jamur.",
    "Setiap produk unik karena dikerjakan dengan tangan.",
    "Dikemas dengan kardus tebal agar bentuknya tidak penyok.",
  ],
  "keramik-gerabah": [
    "Dibakar pada suhu tinggi sehingga kuat dan tidak mudah retak.",
    "Dikemas berlapis bubble wrap dan kardus tebal, dengan garansi pecah selama pengiriman.",
    "Setiap produk dibentuk tangan sehingga ukuran dan warnanya bisa sedikit berbeda.",
  ],
  "kerajinan-kayu": [
    "Kayunya dioven hingga kering sehingga tidak mudah melengkung atau retak.",
    "Dikerjakan perajin lokal dengan ketelitian tinggi.",
    "Cukup dibersihkan dengan kain kering atau sedikit lembap.",
  ],
  "kerajinan-kulit": [
    "Kulitnya akan makin cantik seiring pemakaian.",
    "Tepi kulit dihaluskan dan diberi edge paint agar rapi.",
    "Bisa ditambah grafir nama untuk hadiah.",
  ],
  "rajut-sulam": [
    "Dikerjakan tangan oleh ibu-ibu perajin di sekitar workshop.",
    "Bahannya dipilih yang lembut dan warnanya tidak mudah pudar.",
    "Jumlahnya terbatas karena setiap produk dikerjakan satu per satu.",
  ],
}

const DEFAULT_WEIGHT_GRAMS: Record<string, number> = {
  "makanan-berat": 500,
  "kue-jajanan": 400,
  "keripik-camilan": 250,
  "sambal-bumbu": 250,
  minuman: 300,
  batik: 300,
  "kaos-sablon": 250,
  "hijab-busana-muslim": 200,
  "sepatu-sandal": 900,
  "tas-aksesori": 500,
  anyaman: 600,
  "keramik-gerabah": 800,
  "kerajinan-kayu": 1500,
  "kerajinan-kulit": 200,
  "rajut-sulam": 250,
}

/** Plausible price ranges per main category, in whole Rupiah, and the rounding step. */
export const PRICE_RULES: Record<MainCategory, { min: number; max: number; step: number }> = {
  kuliner: { min: 8000, max: 150000, step: 500 },
  fesyen: { min: 45000, max: 1500000, step: 1000 },
  kriya: { min: 25000, max: 2500000, step: 1000 },
}

const CITY_TAGS: Record<string, string> = {
  "32.73": "bandung",
  "32.75": "bekasi",
  "32.76": "depok",
  "36.73": "serang",
}

/** The sub-category's extra sentences, minus those starting like something the product text already says. */
function extraSentences(def: ProductDef): string[] {
  const about = def.about.toLowerCase()
  const pool = EXTRA_SENTENCES[def.sub]
  const fresh = pool.filter((sentence) => !about.includes(sentence.toLowerCase().split(" ").slice(0, 2).join(" ")))
  return fresh.length > 0 ? fresh : pool
}

/** Lowercase, ASCII, hyphen-separated. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

/** Rounds to the category's step; a price outside the category's range is a mistake in the table. */
function roundPrice(value: number, main: MainCategory, title: string): number {
  const { min, max, step } = PRICE_RULES[main]
  const rounded = Math.round(value / step) * step
  if (rounded < min || rounded > max) {
    throw new Error(`Product "${title}": price ${rounded} is outside ${min}..${max} for ${main}`)
  }
  return rounded
}

/** Every combination of option values, in order, with the product of their price factors. */
function combinations(options: OptionSpec[]): { values: Record<string, string>; labels: string[]; factor: number }[] {
  let result = [{ values: {} as Record<string, string>, labels: [] as string[], factor: 1 }]
  for (const option of options) {
    const next: typeof result = []
    for (const partial of result) {
      option.values.forEach((value, i) => {
        next.push({
          values: { ...partial.values, [option.title]: value },
          labels: [...partial.labels, value],
          factor: partial.factor * (option.factors?.[i] ?? 1),
        })
      })
    }
    result = next
  }
  return result
}

function buildProduct(def: ProductDef, seller: SellerSeed, index: number, sellerCode: string, cityName: string, district: string): ProductSeed {
  const main = mainCategoryOf(def.sub)
  if (!main || main === (def.sub as MainCategory)) {
    throw new Error(`Product "${def.title}": "${def.sub}" is not a sub-category`)
  }
  if (!seller.categories.includes(main)) {
    throw new Error(`Product "${def.title}": seller ${seller.handle} does not sell ${main}`)
  }
  const handle = `${slugify(def.title)}-${seller.handle}`
  const rng = rngFor(`product:${handle}`)
  const options = def.options ?? [STANDARD]

  const variants = combinations(options).map((combo, i) => ({
    title: combo.labels.join(" / "),
    sku: `${sellerCode}-${String(index + 1).padStart(2, "0")}-${String(i + 1).padStart(2, "0")}`,
    options: combo.values,
    price: roundPrice(def.price * combo.factor, main, def.title),
    // About one variant in twelve is sold out.
    stock: rng() < 0.08 ? 0 : randomInt(rng, 3, 200),
  }))

  const sentences = [def.about, pick(rng, extraSentences(def))]
  if (def.madeToOrder) {
    sentences.push(`Dibuat setelah pesanan masuk dengan waktu pengerjaan sekitar ${seller.leadTimeDays} hari kerja.`)
  }

  const cityTag = CITY_TAGS[seller.districtCode.slice(0, 5)]
  const tags = [...def.tags, ...(cityTag ? [cityTag] : [])]
  if (seller.legality.halal && main === "kuliner") tags.push("halal")

  return {
    handle,
    title: def.title,
    subtitle: `${seller.name} · ${district}, ${cityName}`,
    description: sentences.join(" "),
    sellerHandle: seller.handle,
    categoryHandle: def.sub,
    tags: [...new Set(tags.map((t) => t.toLowerCase()))],
    options: options.map((o) => ({ title: o.title, values: [...o.values] })),
    variants,
    weightGrams: def.weight ?? DEFAULT_WEIGHT_GRAMS[def.sub],
    madeToOrder: def.madeToOrder ?? false,
    image: {
      fileName: `${handle}.svg`,
      mimeType: "image/svg+xml",
      content: productImageSvg(def.title, def.sub, hashString(handle)),
    },
  }
}

/**
 * Builds all products. `sellerCodes` maps seller handle to SKU prefix and
 * `places` maps seller handle to its kecamatan and city names (for subtitles).
 */
export function buildProducts(
  sellers: SellerSeed[],
  sellerCodes: Map<string, string>,
  places: Map<string, { district: string; city: string }>
): ProductSeed[] {
  const products: ProductSeed[] = []
  for (const seller of sellers) {
    const defs = PRODUCT_DEFS[seller.handle] ?? []
    const code = sellerCodes.get(seller.handle)!
    const place = places.get(seller.handle)!
    defs.forEach((def, i) => products.push(buildProduct(def, seller, i, code, place.city, place.district)))
  }
  for (const handle of Object.keys(PRODUCT_DEFS)) {
    if (!sellers.some((s) => s.handle === handle)) throw new Error(`Products for unknown seller ${handle}`)
  }
  return products
}
