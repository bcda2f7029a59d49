# Buyer price list (export pricelist)

pricelist-title = Daftar Harga
pricelist-sheet = Daftar harga
pricelist-date = Tanggal: { $date }
pricelist-rate = Kurs: 1 USD = { $rate }, { $date }
pricelist-rate-note = Harga dalam USD dihitung dari harga rupiah dengan kurs tersebut dan dibulatkan ke sen terdekat.
pricelist-continued = { $section } (lanjutan)
pricelist-page-of = Halaman { $page } dari { $total }
pricelist-empty = Tidak ada produk yang cocok dengan pilihan ini.
pricelist-on-request = Harga atas permintaan
pricelist-pieces = { $count } pcs
pricelist-wholesale = mulai { $qty }: { $price }
pricelist-wholesale-usd = mulai { $qty }: { $price } ({ $usd })

## Column headings (PDF and workbook)
pricelist-col-sku = SKU
pricelist-col-name = Nama produk
pricelist-col-name-producer = Nama produk dan produsen
pricelist-col-category = Kategori
pricelist-col-producer = Produsen
pricelist-col-net = Isi bersih
pricelist-col-price-idr = Harga satuan (Rp)
pricelist-col-price-usd = Harga satuan (USD)
pricelist-col-wholesale = Harga grosir
pricelist-col-tier-qty = { $n ->
    [0] Grosir: mulai (pcs)
   *[other] Grosir { $n }: mulai (pcs)
}
pricelist-col-tier-idr = { $n ->
    [0] Harga grosir (Rp)
   *[other] Harga grosir { $n } (Rp)
}
pricelist-col-tier-usd = { $n ->
    [0] Harga grosir (USD)
   *[other] Harga grosir { $n } (USD)
}
pricelist-col-min-order = Min. pesan (pcs)
pricelist-col-carton = Isi per karton (pcs)
pricelist-col-shelf-life = Masa simpan (bulan)
pricelist-col-storage = Cara penyimpanan
pricelist-col-hs = Kode HS
pricelist-col-halal = Sertifikat halal
pricelist-col-registration = Izin edar (PIRT/BPOM)
pricelist-col-pirt = Nomor PIRT
pricelist-col-bpom = Nomor BPOM

## Notes while exporting
pricelist-notice-not-translated = Catatan: { $sku } belum punya nama atau deskripsi bahasa Inggris; teks bahasa Indonesia yang dipakai.
pricelist-notice-no-price = Catatan: { $sku } belum punya harga; di daftar tertulis “Harga atas permintaan”.
pricelist-notice-halal-expired = Catatan: sertifikat halal { $sku } sudah kedaluwarsa, jadi nomornya tidak dicantumkan di daftar harga. Perbarui datanya di produk tersebut.
pricelist-notice-halal-number = Catatan: nomor sertifikat halal { $sku } tidak sesuai format (ID + 17 angka atau LPPOM- + 14 angka), jadi tidak dicantumkan di daftar harga. Perbaiki nomornya di produk tersebut.

## Command line
pricelist-cli-cmd = Buat daftar harga untuk pembeli grosir dan ekspor, dalam PDF atau buku kerja Excel
pricelist-cli-file = Berkas yang ditulis: .pdf untuk PDF, .xlsx untuk buku kerja Excel
pricelist-cli-lang = Bahasa daftar harga: id atau en
pricelist-cli-category = Hanya kategori ini (nama Indonesia atau Inggris); boleh diulang
pricelist-cli-producer = Hanya produsen ini (nama pesantren); boleh diulang
pricelist-cli-featured = Hanya produk unggulan
pricelist-cli-no-prices = Tanpa kolom harga sama sekali
pricelist-cli-date = Tanggal daftar harga dan kurs, juga acuan masa berlaku sertifikat halal (bawaan: hari ini)
pricelist-cli-usd-rate = Cantumkan juga harga dalam USD dengan kurs ini: berapa rupiah untuk 1 USD, mis. 16250 atau 16.250
pricelist-cli-done = Daftar harga berisi { $count } produk sudah ditulis ke { $file }.
pricelist-cli-none = Tidak ada produk yang cocok dengan pilihan ini, jadi daftar harga tidak dibuat.
pricelist-cli-bad-format = Daftar harga hanya bisa ditulis sebagai PDF (.pdf) atau buku kerja Excel (.xlsx), bukan “{ $file }”. Ganti akhiran nama berkasnya.
pricelist-cli-bad-rate = Kurs “{ $value }” untuk --usd-rate tidak bisa dibaca. Tulis berapa rupiah untuk 1 USD sebagai angka bulat, mis. 16250 atau 16.250.
pricelist-cli-rate-range = Kurs “{ $value }” untuk --usd-rate tidak masuk akal. Tulis berapa rupiah untuk 1 USD, antara { $min } dan { $max }, mis. 16.250.
