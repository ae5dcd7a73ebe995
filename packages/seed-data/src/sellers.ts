/** Seed sellers (UMKM): a hand-written table plus small generators for contact and legal data. */
import type { DistrictRecord } from "@sentra/area-data"
import type { MainCategory } from "@sentra/vocabulary"
import { pick, randomDigits, randomInt, rngFor, type Rng } from "./random.js"

/** Opening hours per weekday ("mon".."sun"); a missing key or [] means closed. Times are WIB, "HH:MM". */
export interface WeeklyHours {
  [weekday: string]: { open: string; close: string }[]
}

/** A permit number; expiresAt is an ISO date, or null when the document does not expire. */
export interface LegalDoc {
  number: string
  expiresAt: string | null
}

export interface SellerSeed {
  handle: string
  name: string
  description: string
  districtCode: string
  categories: MainCategory[]
  creativeSubsectors: string[]
  whatsapp: string
  pickupAddress: string
  timeZone: "Asia/Jakarta"
  womenOwned: boolean
  newEntrepreneur: boolean
  legality: { nib: LegalDoc; pirt: LegalDoc | null; halal: LegalDoc | null }
  openingHours: WeeklyHours
  holidayClosures: string[]
  preparationMinutes: number
  leadTimeDays: number
  ownerEmail: string
}

type HoursProfile = "shop" | "daily" | "evening" | "twoShifts" | "workshop"

export interface SellerDef {
  handle: string
  name: string
  /** Three-letter SKU prefix, unique. */
  code: string
  districtCode: string
  /** Kelurahan/desa, a real village of the district (checked by the tests). */
  village: string
  street: string
  categories: MainCategory[]
  subsectors: string[]
  /** Bahasa Indonesia; `{kecamatan}` and `{kota}` are replaced by the district and city names. */
  about: string
  womenOwned: boolean
  newEntrepreneur: boolean
  hours: HoursProfile
  /** Working days needed for made-to-order products; 0 when everything is ready stock. */
  leadTimeDays: number
  /** Kuliner sellers have a PIRT and a halal certificate unless set to false here. */
  hasPirt?: boolean
  hasHalal?: boolean
}

const shopDay = [{ open: "08:00", close: "17:00" }]
const HOURS: Record<HoursProfile, WeeklyHours> = {
  // Closed on Sunday, long break for Friday prayers.
  shop: {
    mon: shopDay,
    tue: shopDay,
    wed: shopDay,
    thu: shopDay,
    fri: [
      { open: "08:00", close: "11:30" },
      { open: "13:00", close: "17:00" },
    ],
    sat: shopDay,
    sun: [],
  },
  daily: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [day, [{ open: "09:00", close: "20:00" }]])
  ),
  // Evening food stalls, closed on Monday.
  evening: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [
      day,
      day === "mon" ? [] : [{ open: "15:00", close: "22:00" }],
    ])
  ),
  // Breakfast and evening shifts, e.g. surabi.
  twoShifts: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((day) => [
      day,
      [
        { open: "06:00", close: "10:00" },
        { open: "16:00", close: "21:00" },
      ],
    ])
  ),
  // Workshops: lunch break, half day on Saturday, closed on Sunday.
  workshop: Object.fromEntries(
    ["mon", "tue", "wed", "thu", "fri"]
      .map((day): [string, { open: string; close: string }[]] => [
        day,
        [
          { open: "08:00", close: "12:00" },
          { open: "13:00", close: "16:00" },
        ],
      ])
      .concat([
        ["sat", [{ open: "08:00", close: "12:00" }]],
        ["sun", []],
      ])
  ),
}

/** Closure sets from 2026 national holidays (Nyepi 19 March, Idul Fitri 1447 H 20–21 March, Idul Adha 27 May, HUT RI 17 August). */
const HOLIDAY_SETS: string[][] = [
  [],
  ["2026-03-20", "2026-03-21"],
  ["2026-03-19", "2026-03-20", "2026-03-21"],
  ["2026-01-01", "2026-03-20", "2026-03-21"],
  ["2026-05-27"],
  ["2026-08-17"],
]

export const SELLER_DEFS: SellerDef[] = [
  // ---------------- Kota Bandung ----------------
  {
    handle: "dapur-bu-imas",
    name: "Dapur Bu Imas",
    code: "DBI",
    districtCode: "32.73.02",
    village: "Sekeloa",
    street: "Jl. Sekeloa Selatan I No. 14",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Dapur rumahan Bu Imas sudah memasak lauk khas Sunda untuk mahasiswa dan keluarga di Kecamatan {kecamatan} sejak 2009. Semua masakan dibuat tanpa MSG dan dikemas rapi sehingga aman dikirim ke seluruh {kota}.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "daily",
    leadTimeDays: 0,
  },
  {
    handle: "batik-cigadung-lestari",
    name: "Batik Cigadung Lestari",
    code: "BCL",
    districtCode: "32.73.18",
    village: "Cigadung",
    street: "Jl. Cigadung Raya Timur No. 27",
    categories: ["fesyen"],
    subsectors: ["fesyen", "seni-rupa"],
    about:
      "Sanggar batik di sentra batik Cigadung, Kecamatan {kecamatan}, yang mengangkat motif khas Sunda seperti merak ngibing, kujang, dan angklung. Batik tulis dikerjakan sesuai pesanan oleh sepuluh pembatik dari warga sekitar.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 21,
  },
  {
    handle: "anyaman-bambu-mang-ujang",
    name: "Anyaman Bambu Mang Ujang",
    code: "AMU",
    districtCode: "32.73.26",
    village: "Pasanggrahan",
    street: "Jl. Pasanggrahan No. 45",
    categories: ["kriya"],
    subsectors: ["kriya", "desain-produk"],
    about:
      "Mang Ujang dan keluarganya menganyam bambu tali dari kebun sendiri di Kecamatan {kecamatan} sejak tahun 1990-an. Dari boboko sampai kap lampu, semuanya dikerjakan tangan di bengkel kecil di belakang rumah.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "workshop",
    leadTimeDays: 0,
  },
  {
    handle: "sepatu-kulit-cibaduyut-jaya",
    name: "Sepatu Kulit Cibaduyut Jaya",
    code: "SCJ",
    districtCode: "32.73.17",
    village: "Cibaduyut",
    street: "Jl. Cibaduyut Raya No. 118",
    categories: ["fesyen"],
    subsectors: ["fesyen", "desain-produk"],
    about:
      "Bengkel sepatu turun-temurun di sentra sepatu Cibaduyut, Kecamatan {kecamatan}, {kota}. Kami memakai kulit sapi pilihan dan sol karet lokal, dan menerima pesanan ukuran khusus.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "daily",
    leadTimeDays: 0,
  },
  {
    handle: "kaos-sablon-suci-kreatif",
    name: "Kaos Sablon Suci Kreatif",
    code: "KSS",
    districtCode: "32.73.14",
    village: "Padasuka",
    street: "Jl. PHH Mustofa No. 88",
    categories: ["fesyen"],
    subsectors: ["fesyen", "desain-komunikasi-visual"],
    about:
      "Usaha sablon anak muda di kawasan Suci, Kecamatan {kecamatan}, yang terkenal sebagai pusat kaos dan sablon {kota}. Desain kami terinspirasi aksara Sunda, ikon kota, dan humor sehari-hari urang Bandung.",
    womenOwned: false,
    newEntrepreneur: true,
    hours: "shop",
    leadTimeDays: 0,
  },
  {
    handle: "rajutan-binong-jati-ceu-enok",
    name: "Rajutan Binong Jati Ceu Enok",
    code: "RBJ",
    districtCode: "32.73.12",
    village: "Binong",
    street: "Gg. Binong Jati No. 21",
    categories: ["kriya"],
    subsectors: ["kriya", "fesyen"],
    about:
      "Ceu Enok merintis usaha rajut di sentra rajut Binong Jati, Kecamatan {kecamatan}, bersama ibu-ibu tetangga. Mesin rajut manual dan jarum hakpen dipakai bergantian untuk sweter, syal, sampai boneka.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 0,
  },
  {
    handle: "kopi-manglayang-cibiru",
    name: "Kopi Manglayang Cibiru",
    code: "KMC",
    districtCode: "32.73.25",
    village: "Cipadung",
    street: "Jl. Cipadung Raya No. 62",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Roastery kecil di Kecamatan {kecamatan}, di kaki Gunung Manglayang, yang mengolah kopi dari petani Jawa Barat. Kami juga meracik minuman tradisional Sunda seperti bandrek dan bajigur dalam kemasan praktis.",
    womenOwned: false,
    newEntrepreneur: true,
    hours: "daily",
    leadTimeDays: 0,
  },
  {
    handle: "seblak-teh-rina",
    name: "Seblak Teh Rina",
    code: "STR",
    districtCode: "32.73.13",
    village: "Burangrang",
    street: "Jl. Burangrang No. 31",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Berawal dari gerobak di depan rumah, Teh Rina kini menjual seblak dan camilan pedas khas Bandung dari dapurnya di Kecamatan {kecamatan}. Level pedas bisa dipilih, dari yang aman untuk pemula sampai yang bikin berkeringat.",
    womenOwned: true,
    newEntrepreneur: true,
    hours: "evening",
    leadTimeDays: 0,
    hasHalal: false,
  },
  {
    handle: "batagor-siomay-kang-asep",
    name: "Batagor & Siomay Kang Asep",
    code: "BKA",
    districtCode: "32.73.16",
    village: "Kebon Kangkung",
    street: "Jl. Kebon Kangkung No. 9",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Batagor ikan tenggiri racikan Kang Asep sudah dikenal warga Kecamatan {kecamatan} sejak 2005. Sekarang tersedia versi beku yang tinggal digoreng, lengkap dengan bumbu kacangnya.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "evening",
    leadTimeDays: 0,
  },
  {
    handle: "peuyeum-oleh-oleh-abah-dadang",
    name: "Peuyeum & Oleh-oleh Abah Dadang",
    code: "OAD",
    districtCode: "32.73.06",
    village: "Pasirkaliki",
    street: "Jl. Pasirkaliki No. 140",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Toko oleh-oleh kecil dekat Stasiun Bandung di Kecamatan {kecamatan} yang menjual peuyeum, wajit, dan penganan khas Priangan. Abah Dadang mengambil peuyeum langsung dari perajin tape singkong setiap pagi.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "daily",
    leadTimeDays: 0,
  },
  {
    handle: "surabi-ceu-popon",
    name: "Surabi Ceu Popon",
    code: "SCP",
    districtCode: "32.73.07",
    village: "Sukagalih",
    street: "Jl. Sukagalih No. 52",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Surabi tungku tanah liat berbahan bakar kayu, resep warisan ibunda Ceu Popon di Kecamatan {kecamatan}. Selain surabi, kami membuat kue balok dan aneka bolu untuk pesanan arisan di seluruh {kota}.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "twoShifts",
    leadTimeDays: 0,
  },
  {
    handle: "studio-keramik-dago",
    name: "Studio Keramik Dago",
    code: "SKD",
    districtCode: "32.73.02",
    village: "Dago",
    street: "Jl. Ir. H. Juanda No. 311",
    categories: ["kriya"],
    subsectors: ["kriya", "desain-produk"],
    about:
      "Studio keramik kecil di Kecamatan {kecamatan} yang dikelola lulusan seni rupa dan desain. Setiap mug dan piring dibentuk dengan tangan di atas meja putar lalu dibakar di tungku studio sendiri.",
    womenOwned: true,
    newEntrepreneur: true,
    hours: "workshop",
    leadTimeDays: 0,
  },
  {
    handle: "sanggar-wayang-golek-pa-endang",
    name: "Sanggar Wayang Golek Pa Endang",
    code: "SWG",
    districtCode: "32.73.11",
    village: "Pungkur",
    street: "Jl. Pungkur No. 77",
    categories: ["kriya"],
    subsectors: ["kriya", "seni-pertunjukan"],
    about:
      "Pa Endang mengukir dan mengecat wayang golek dari kayu albasia di sanggar kecilnya di Kecamatan {kecamatan}. Sanggar ini juga melatih anak-anak sekitar memainkan wayang dan gamelan setiap Minggu sore.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 10,
  },
  {
    handle: "mebel-kayu-jati-arcamanik",
    name: "Mebel Kayu Jati Arcamanik",
    code: "MKA",
    districtCode: "32.73.24",
    village: "Sukamiskin",
    street: "Jl. Sukamiskin No. 84",
    categories: ["kriya"],
    subsectors: ["kriya", "desain-interior"],
    about:
      "Bengkel mebel di Kecamatan {kecamatan} yang mengolah kayu jati belanda bekas peti kemas dan kayu jati Perhutani bersertifikat. Meja dan lemari dibuat sesuai pesanan, ukurannya bisa disesuaikan dengan ruangan Anda.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "workshop",
    leadTimeDays: 21,
  },
  {
    handle: "kerajinan-kulit-kang-ridwan",
    name: "Kerajinan Kulit Kang Ridwan",
    code: "KKR",
    districtCode: "32.73.05",
    village: "Ciroyom",
    street: "Jl. Ciroyom No. 23",
    categories: ["kriya", "fesyen"],
    subsectors: ["kriya", "fesyen"],
    about:
      "Kang Ridwan belajar menjahit kulit dengan tangan saat bekerja di Garut, lalu membuka bengkel sendiri di Kecamatan {kecamatan}. Dompet, ikat pinggang, dan tas dibuat satu per satu dari kulit sapi samak nabati.",
    womenOwned: false,
    newEntrepreneur: true,
    hours: "shop",
    leadTimeDays: 0,
  },
  {
    handle: "hijab-syari-neng-euis",
    name: "Hijab Syar'i Neng Euis",
    code: "HNE",
    districtCode: "32.73.22",
    village: "Margasari",
    street: "Jl. Margasari No. 17",
    categories: ["fesyen"],
    subsectors: ["fesyen"],
    about:
      "Neng Euis memulai usaha hijab dari kamar kosnya dan kini punya tiga penjahit tetap di Kecamatan {kecamatan}. Koleksinya mengutamakan bahan adem dan potongan syar'i yang tetap modis.",
    womenOwned: true,
    newEntrepreneur: true,
    hours: "daily",
    leadTimeDays: 0,
  },
  {
    handle: "tas-kanvas-cigondewah",
    name: "Tas Kanvas Cigondewah",
    code: "TKC",
    districtCode: "32.73.15",
    village: "Cigondewah Kaler",
    street: "Jl. Cigondewah Raya No. 56",
    categories: ["fesyen"],
    subsectors: ["fesyen", "desain-produk"],
    about:
      "Berada di tengah pasar kain Cigondewah, Kecamatan {kecamatan}, kami memilih sendiri kanvas dan kain terbaik untuk dijahit menjadi tas. Produk kami banyak dipesan sebagai suvenir kantor dan seminar di {kota}.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 0,
  },
  {
    handle: "sambal-bu-nining",
    name: "Sambal Bu Nining",
    code: "SBN",
    districtCode: "32.73.09",
    village: "Cihapit",
    street: "Jl. Cihapit No. 8",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Sambal rumahan dari dapur Bu Nining di dekat Pasar Cihapit, Kecamatan {kecamatan}. Cabainya dibeli segar dari pasar setiap pagi dan diulek dengan cobek batu, bukan blender.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 0,
  },
  {
    handle: "kue-kering-teh-ayu",
    name: "Kue Kering Teh Ayu",
    code: "KTA",
    districtCode: "32.73.10",
    village: "Karang Anyar",
    street: "Jl. Karang Anyar No. 35",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Teh Ayu memanggang kue kering dan bolu dari dapur rumahnya di Kecamatan {kecamatan}. Pesanan paling ramai menjelang Lebaran, jadi pesanlah lebih awal.",
    womenOwned: true,
    newEntrepreneur: true,
    hours: "shop",
    leadTimeDays: 0,
  },

  // ---------------- Kota Bekasi ----------------
  {
    handle: "dodol-betawi-enyak-romlah",
    name: "Dodol Betawi Enyak Romlah",
    code: "DER",
    districtCode: "32.75.08",
    village: "Jatiwaringin",
    street: "Jl. Raya Jatiwaringin No. 102",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Enyak Romlah masih mengaduk dodol di kuali besar selama delapan jam, persis cara orang Betawi dulu, di rumahnya di Kecamatan {kecamatan}. Kue Betawi lain seperti geplak dan kembang goyang juga tersedia, plus roti buaya untuk seserahan.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 2,
  },
  {
    handle: "kerak-telor-bang-jali",
    name: "Kerak Telor Bang Jali",
    code: "KTJ",
    districtCode: "32.75.01",
    village: "Margahayu",
    street: "Jl. Margahayu Raya No. 19",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Bang Jali berjualan kerak telor dan masakan Betawi di Kecamatan {kecamatan} sejak pulang merantau dari Jakarta. Selain dimasak di tempat, tersedia paket bumbu kerak telor dan lauk beku untuk dikirim ke seluruh {kota}.",
    womenOwned: false,
    newEntrepreneur: true,
    hours: "evening",
    leadTimeDays: 0,
    hasPirt: false,
  },
  {
    handle: "batik-bekasi-sekar-rawalumbu",
    name: "Batik Bekasi Sekar Rawalumbu",
    code: "BSR",
    districtCode: "32.75.05",
    village: "Pengasinan",
    street: "Jl. Pengasinan Raya No. 12",
    categories: ["fesyen"],
    subsectors: ["fesyen", "seni-rupa"],
    about:
      "Kelompok pembatik ibu-ibu di Kecamatan {kecamatan} yang mengembangkan motif khas Bekasi seperti ikan gabus pucung, bambu kuning, dan Tugu Bekasi. Setiap pembelian ikut membiayai pelatihan membatik untuk remaja setempat.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 14,
  },
  {
    handle: "kerajinan-rotan-jatiasih",
    name: "Kerajinan Rotan Jatiasih",
    code: "KRJ",
    districtCode: "32.75.09",
    village: "Jatirasa",
    street: "Jl. Raya Jatiasih No. 88",
    categories: ["kriya"],
    subsectors: ["kriya", "desain-interior"],
    about:
      "Bengkel rotan di pinggir Jalan Raya Jatiasih, Kecamatan {kecamatan}, yang sudah dua puluh tahun melayani rumah dan kafe di {kota} dan Jakarta. Rotan didatangkan dari Kalimantan dan Sulawesi, lalu dianyam oleh perajin asal Cirebon.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "workshop",
    leadTimeDays: 7,
  },
  {
    handle: "keripik-kang-ipul",
    name: "Keripik Kang Ipul",
    code: "KKI",
    districtCode: "32.75.03",
    village: "Perwira",
    street: "Jl. Perwira Raya No. 66",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Kang Ipul memproduksi keripik dan makaroni pedas di rumah produksinya di Kecamatan {kecamatan} dan menitipkannya ke warung-warung di {kota}. Bumbunya diracik sendiri tanpa penyedap berlebihan.",
    womenOwned: false,
    newEntrepreneur: true,
    hours: "daily",
    leadTimeDays: 0,
  },

  // ---------------- Kota Depok ----------------
  {
    handle: "dapur-padang-uni-ros",
    name: "Dapur Padang Uni Ros",
    code: "DPU",
    districtCode: "32.76.06",
    village: "Kukusan",
    street: "Jl. Kukusan Raya No. 40",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Uni Ros membawa resep rendang dari Bukittinggi ke dapurnya di Kecamatan {kecamatan}, tidak jauh dari kampus UI. Rendang dimasak dengan kayu bakar sampai kering selama enam jam sehingga tahan lama tanpa pengawet.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "daily",
    leadTimeDays: 0,
  },
  {
    handle: "olahan-belimbing-dewa-rangkapan-jaya",
    name: "Olahan Belimbing Dewa Rangkapan Jaya",
    code: "OBD",
    districtCode: "32.76.01",
    village: "Rangkapan Jaya",
    street: "Jl. Raya Sawangan No. 125",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Kelompok tani dan ibu-ibu PKK di Kecamatan {kecamatan} mengolah belimbing dewa, ikon {kota}, menjadi sirup, dodol, dan manisan. Buahnya dipetik dari kebun anggota sendiri.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 0,
  },
  {
    handle: "gerabah-sawangan-asri",
    name: "Gerabah Sawangan Asri",
    code: "GSA",
    districtCode: "32.76.03",
    village: "Pengasinan",
    street: "Jl. Raya Muchtar No. 27",
    categories: ["kriya"],
    subsectors: ["kriya"],
    about:
      "Perajin gerabah di Kecamatan {kecamatan} yang membentuk tanah liat dengan perbot kaki dan membakarnya di tungku terbuka. Pot, kendi, dan cobek kami banyak dipakai penjual tanaman hias dan rumah makan di {kota}.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "workshop",
    leadTimeDays: 0,
  },
  {
    handle: "sulam-pita-ibu-ratna",
    name: "Sulam Pita Ibu Ratna",
    code: "SPR",
    districtCode: "32.76.02",
    village: "Tugu",
    street: "Jl. Tugu Raya No. 14",
    categories: ["kriya"],
    subsectors: ["kriya"],
    about:
      "Ibu Ratna mengajar sulam pita di majelis taklim dan kini memproduksi taplak, bantal, dan hiasan dinding bersama murid-muridnya di Kecamatan {kecamatan}. Setiap mawar pita disulam satu per satu dengan tangan.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 7,
  },
  {
    handle: "kaos-kreasi-limo",
    name: "Kaos Kreasi Limo",
    code: "KKL",
    districtCode: "32.76.04",
    village: "Meruyung",
    street: "Jl. Meruyung Raya No. 9",
    categories: ["fesyen"],
    subsectors: ["fesyen", "desain-komunikasi-visual"],
    about:
      "Dua sahabat lulusan desain grafis membuka usaha kaos dan sandal custom dari garasi rumah di Kecamatan {kecamatan}. Desainnya bertema ikon {kota}, dari belimbing dewa sampai kereta rel listrik.",
    womenOwned: false,
    newEntrepreneur: true,
    hours: "daily",
    leadTimeDays: 0,
  },

  // ---------------- Kota Serang ----------------
  {
    handle: "sate-bandeng-hj-fatimah",
    name: "Sate Bandeng Hj. Fatimah",
    code: "SBF",
    districtCode: "36.73.01",
    village: "Kaligandu",
    street: "Jl. Kaligandu No. 21",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Hj. Fatimah membuat sate bandeng dengan cara lama: daging bandeng dikerok, dibumbui santan dan rempah, lalu dimasukkan kembali ke kulitnya dan dibakar. Dapurnya di Kecamatan {kecamatan} juga menyediakan rabeg dan bandeng presto untuk oleh-oleh khas Banten.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "daily",
    leadTimeDays: 0,
  },
  {
    handle: "emping-melinjo-kasunyatan",
    name: "Emping Melinjo Kasunyatan",
    code: "EMK",
    districtCode: "36.73.02",
    village: "Kasunyatan",
    street: "Jl. Kasunyatan No. 5",
    categories: ["kuliner"],
    subsectors: ["kuliner"],
    about:
      "Emping kami ditumbuk dengan tangan dari melinjo pilihan oleh ibu-ibu di Kecamatan {kecamatan}, tidak jauh dari kawasan Banten Lama. Tersedia pula jajanan khas {kota} seperti gipang dan jojorong untuk oleh-oleh.",
    womenOwned: true,
    newEntrepreneur: true,
    hours: "shop",
    leadTimeDays: 0,
  },
  {
    handle: "batik-tenun-banten-cipocok",
    name: "Batik & Tenun Banten Cipocok",
    code: "BTB",
    districtCode: "36.73.05",
    village: "Banjar Agung",
    street: "Jl. Raya Petir No. 33",
    categories: ["fesyen"],
    subsectors: ["fesyen", "seni-rupa"],
    about:
      "Galeri batik di Kecamatan {kecamatan} yang memproduksi batik Banten bermotif situs-situs Banten Lama seperti Datulaya dan Surosowan. Kami juga menjual tenun Baduy yang diambil langsung dari perajin di Kanekes, Lebak.",
    womenOwned: false,
    newEntrepreneur: false,
    hours: "shop",
    leadTimeDays: 21,
  },
  {
    handle: "anyaman-pandan-kayu-taktakan",
    name: "Anyaman Pandan & Kayu Taktakan",
    code: "APT",
    districtCode: "36.73.06",
    village: "Sayar",
    street: "Jl. Raya Taktakan No. 70",
    categories: ["kriya"],
    subsectors: ["kriya"],
    about:
      "Perajin di Kecamatan {kecamatan} mengolah daun pandan laut dari pesisir Banten menjadi tas, tikar, dan topi. Para bapak membuat perkakas dapur dari kayu sisa bengkel mebel di sekitar kampung.",
    womenOwned: true,
    newEntrepreneur: false,
    hours: "workshop",
    leadTimeDays: 0,
  },
]

const MOBILE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0856", "0857", "0858", "0877", "0878", "0881", "0895", "0896"]

/** An Indonesian mobile number of 11–13 digits, written like "0812-3456-7890". */
function whatsappNumber(rng: Rng): string {
  const rest = randomDigits(rng, randomInt(rng, 7, 9))
  return `${pick(rng, MOBILE_PREFIXES)}-${rest.slice(0, 4)}-${rest.slice(4)}`
}

/** An ISO date in [fromYear, toYear]. */
function isoDate(rng: Rng, fromYear: number, toYear: number): string {
  const year = randomInt(rng, fromYear, toYear)
  const month = randomInt(rng, 1, 12)
  const day = randomInt(rng, 1, 28)
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

/**
 * Legal documents. NIB (OSS) is 13 digits and does not expire. PIRT is 15 digits:
 * packaging, food type, kabupaten/kota code, sequence numbers and the two-digit expiry year; valid 5 years.
 * Halal certificates from BPJPH no longer expire while the recipe stays the same, so expiresAt is null.
 */
function legality(rng: Rng, def: SellerDef, district: DistrictRecord): SellerSeed["legality"] {
  const nib: LegalDoc = { number: `9120${randomDigits(rng, 9)}`, expiresAt: null }
  const isKuliner = def.categories.includes("kuliner")

  let pirt: LegalDoc | null = null
  if (isKuliner && def.hasPirt !== false) {
    const issued = isoDate(rng, 2021, 2025)
    const expiresAt = `${Number(issued.slice(0, 4)) + 5}${issued.slice(4)}`
    const regency = district.regencyCode.replace(".", "")
    const number =
      `${randomInt(rng, 1, 7)}${String(randomInt(rng, 1, 16)).padStart(2, "0")}${regency}` +
      `${randomDigits(rng, 6)}${expiresAt.slice(2, 4)}`
    pirt = { number, expiresAt }
  }

  let halal: LegalDoc | null = null
  if (isKuliner && def.hasHalal !== false) {
    const issued = isoDate(rng, 2022, 2025)
    const number = `ID${district.provinceCode}11000${randomDigits(rng, 6)}${issued.slice(5, 7)}${issued.slice(2, 4)}`
    halal = { number, expiresAt: null }
  }
  return { nib, pirt, halal }
}

export function fillPlaces(text: string, district: DistrictRecord): string {
  return text.replaceAll("{kecamatan}", district.name).replaceAll("{kota}", district.regencyName)
}

export function buildSeller(def: SellerDef, district: DistrictRecord): SellerSeed {
  const rng = rngFor(`seller:${def.handle}`)
  const isKuliner = def.categories.includes("kuliner")
  return {
    handle: def.handle,
    name: def.name,
    description: fillPlaces(def.about, district),
    districtCode: def.districtCode,
    categories: [...def.categories],
    creativeSubsectors: [...def.subsectors],
    whatsapp: whatsappNumber(rng),
    pickupAddress: `${def.street}, Kel. ${def.village}, Kec. ${district.name}, ${district.regencyName}`,
    timeZone: "Asia/Jakarta",
    womenOwned: def.womenOwned,
    newEntrepreneur: def.newEntrepreneur,
    legality: legality(rng, def, district),
    openingHours: structuredClone(HOURS[def.hours]),
    holidayClosures: [...pick(rng, HOLIDAY_SETS)],
    preparationMinutes: isKuliner ? randomInt(rng, 3, 12) * 5 : randomInt(rng, 2, 8) * 15,
    leadTimeDays: def.leadTimeDays,
    ownerEmail: `${def.handle}@seller.sentra.local`,
  }
}

export function buildSellers(districts: DistrictRecord[]): SellerSeed[] {
  const byCode = new Map(districts.map((d) => [d.code, d]))
  return SELLER_DEFS.map((def) => {
    const district = byCode.get(def.districtCode)
    if (!district) throw new Error(`Seller ${def.handle}: unknown kecamatan ${def.districtCode}`)
    return buildSeller(def, district)
  })
}
