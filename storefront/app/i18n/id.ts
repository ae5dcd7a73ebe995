/** Bahasa Indonesia: the default language and the source of truth for message keys. */
export const id = {
  "site.brand": "Sentra",
  "site.tagline": "Produk kreatif lokal dari kecamatanmu",
  "site.homeLink": "Sentra, ke beranda",
  "language.switchTo": "English",
  "language.switchLabel": "Ganti bahasa ke English",
  "home.metaTitle": "Sentra: belanja produk UMKM lokal",
  "home.metaDescription":
    "Kuliner, fesyen, dan kriya buatan UMKM di kotamu. Harga dalam Rupiah, langsung dari pembuatnya.",
  "home.heading": "Produk pilihan",
  "home.count": "{count} produk",
  "home.empty": "Belum ada produk untuk ditampilkan. Coba lagi nanti, ya.",
  "product.noImage": "Belum ada foto",
  "product.noPrice": "Harga belum tersedia",
  "error.title": "Maaf, terjadi kesalahan",
  "error.notFoundTitle": "Halaman tidak ditemukan",
  "error.message": "Halaman ini belum bisa ditampilkan. Silakan coba lagi sebentar lagi.",
  "error.backHome": "Kembali ke beranda",
} satisfies Record<string, string>

export type MessageKey = keyof typeof id
