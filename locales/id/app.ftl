# Jendela aplikasi.

app-title = Etalase
app-lang-id = ID
app-lang-en = EN
app-lang-switch = Bahasa
app-nav-products = Produk
app-nav-producers = Produsen
app-nav-categories = Kategori
app-nav-settings = Pengaturan

app-welcome-title = Selamat datang di Etalase
app-welcome-body = Etalase menyimpan katalog produk halal koperasi Anda: nama dan deskripsi dalam bahasa Indonesia dan Inggris, harga, sertifikat halal dan izin edar, siap untuk pameran dan pembeli.
app-welcome-publisher = Nama koperasi atau lembaga Anda
app-welcome-publisher-hint = mis. Kopontren Rukun Amanah Barokah
app-welcome-sample = Muat katalog contoh
app-welcome-sample-note = 15 produk dari 4 pesantren, untuk melihat-lihat. Nanti bisa dihapus.
app-welcome-empty = Mulai dengan katalog kosong
app-welcome-publisher-needed = Isi dulu nama koperasi Anda.

app-search = Cari
app-search-hint = Nama, SKU, deskripsi atau produsen, dalam bahasa apa saja
app-filter-category = Kategori
app-filter-producer = Produsen
app-filter-halal = Status halal
app-filter-all = Semua
app-filter-needs-translation = Perlu diterjemahkan
app-filter-clear = Hapus saringan
app-view-grid = Kartu
app-view-table = Tabel
app-new-product = Produk baru
app-no-products = Belum ada produk. Tambahkan lewat “Produk baru”.
app-no-matches = Tidak ada produk yang cocok dengan pencarian dan saringan.
app-col-sku = SKU
app-col-name = Nama
app-col-category = Kategori
app-col-price = Harga
app-col-producer = Produsen
app-col-halal = Halal
app-col-complete = Kelengkapan
app-no-price = belum ada harga
app-hidden = disembunyikan
app-featured = unggulan
app-selected = { $count } dipilih
app-select = Pilih { $name }
app-open = Buka { $name }

app-status-count = { $count } produk
app-status-filtered = { $shown } dari { $count } ditampilkan
app-status-saved-now = Baru saja tersimpan
app-status-saved-ago = Tersimpan { $minutes } menit yang lalu
app-status-not-saved = Belum ada yang disimpan di sesi ini

app-halal-mark = HALAL
app-complete-lang = { $lang } { $percent }%

app-edit-title-new = Produk baru
app-edit-title = Ubah { $name }
app-edit-save = Simpan
app-edit-cancel = Batal
app-edit-delete = Hapus
app-edit-back = Kembali ke daftar produk
app-edit-indonesian = Bahasa Indonesia
app-edit-english = Bahasa Inggris
app-edit-stale = Teks bahasa Inggris mungkin sudah tidak sesuai: teks bahasa Indonesia diubah sesudahnya.
app-field-sku = SKU
app-field-name = Nama
app-field-description = Deskripsi
app-field-ingredients = Komposisi
app-field-storage = Cara penyimpanan
app-field-category = Kategori
app-field-producer = Produsen
app-field-choose = Pilih…
app-field-price = Harga (rupiah)
app-field-wholesale = Harga grosir
app-field-wholesale-min = Mulai jumlah
app-field-wholesale-price = Harga satuan
app-field-wholesale-add = Tambah harga grosir
app-field-wholesale-remove = Hapus
app-field-net-content = Isi bersih
app-field-shelf-life = Masa simpan (bulan)
app-field-halal-status = Status halal
app-field-halal-scheme = Skema
app-field-halal-number = Nomor sertifikat
app-field-halal-issuer = Penerbit
app-field-halal-issued = Tanggal terbit
app-field-halal-valid-until = Berlaku sampai
app-field-halal-valid-hint = Kosong: berlaku selama komposisi dan proses produksi tidak berubah (UU 6/2023)
app-field-halal-examiner = Pemeriksa (LPH atau PPH)
app-field-pirt = Nomor PIRT
app-field-bpom = Nomor BPOM
app-field-trademark = Merek (DJKI)
app-field-trademark-number = Nomor merek (IDM… atau nomor permohonan DID…)
app-field-sni = Nomor SNI (bila ada)
app-trademark-registered = Sudah terdaftar
app-trademark-filed = Sedang diajukan
app-trademark-not-filed = Belum didaftarkan
app-field-hs-code = Kode HS
app-field-min-order = Pesanan minimum
app-field-units-per-carton = Isi per karton
app-field-featured = Unggulan (tampil duluan di pameran)
app-field-hidden = Disembunyikan (tetap disimpan, tetapi tidak ikut ekspor dan etalase pameran)
app-field-none = tidak ada
app-section-texts = Teks
app-section-sales = Harga dan kemasan
app-section-halal = Halal dan izin edar
app-section-export = Data ekspor

app-scheme-regular = Reguler (audit LPH)
app-scheme-self-declare = Pernyataan mandiri / self declare (PPH)
app-issuer-bpjph = BPJPH
app-issuer-mui = MUI (lama)

app-check-required = Wajib diisi.
app-check-sku-taken = SKU ini sudah dipakai produk lain.
app-check-not-rupiah = Tulis jumlah rupiah tanpa sen, mis. 25000 atau Rp 25.000.
app-check-not-count = Tulis bilangan bulat.
app-check-not-date = Tulis tanggal sebagai TTTT-BB-HH atau HH/BB/TTTT.
app-check-wholesale-half = Isi jumlah dan harganya sekaligus.
app-check-halal-odd = Bukan format nomor sertifikat yang dikenal (ID + 17 angka, atau LPPOM- + 14 angka). Nomor tetap disimpan, tetapi label halal tidak ditampilkan.
app-check-halal-registration = Ini nomor pendaftaran, bukan nomor sertifikat: ubah statusnya menjadi “dalam proses”.
app-check-certified-without-number = Produk bersertifikat perlu nomor sertifikatnya.
app-check-pirt-odd = Nomor PIRT terdiri dari 15 angka, mis. P-IRT No. 2063507011234-28.
app-check-pirt-expired = Izin PIRT ini sudah habis pada { $year }.
app-check-bpom-odd = Nomor BPOM: MD/ML + 12 angka, NA + 11, atau TR/TI/SD + 9.
app-edit-has-errors = Betulkan isian yang ditandai supaya bisa disimpan.

app-leave-title = Perubahan belum disimpan
app-leave-body = Produk ini punya perubahan yang belum disimpan.
app-leave-save = Simpan perubahan
app-leave-discard = Buang perubahan
app-leave-stay = Lanjutkan mengubah

app-delete-title = Hapus produk?
app-delete-body = “{ $name }” akan dihapus dari katalog.
app-delete-confirm = Ya, hapus
app-delete-cancel = Jangan dihapus
app-deleted = “{ $name }” sudah dihapus.
app-undo = Urungkan

app-store-error-title = Katalog tidak dapat dibuka
app-sample-loaded = Katalog contoh sudah dimuat.
app-saved = Tersimpan.
app-field-in-lang = { $field } ({ $lang })
app-lang-name-id = Indonesia
app-lang-name-en = Inggris
app-theme-dark = Gelap
app-theme-light = Terang
app-window-failed = Jendela tidak dapat dibuka: { $reason }. Di Linux, pastikan sesi grafis sedang berjalan.
app-window-failed-windows = Jendela tidak dapat dibuka: { $reason }. Coba perbarui driver kartu grafis laptop ini lewat Windows Update.
app-check-name-taken = Nama ini sudah dipakai.
app-check-not-whatsapp = Tulis nomor HP, misalnya 0812-3456-7890 atau +62 812 3456 7890.
app-check-not-email = Tulis alamat email, misalnya koperasi@pesantren.sch.id.
app-check-nib-odd = NIB terdiri dari 13 angka. Nomor ini tetap disimpan, tapi cocokkan lagi dengan sertifikat OSS.
app-check-nik-koperasi-odd = NIK koperasi terdiri dari 16 angka. Nomor ini tetap disimpan, tapi cocokkan lagi dengan data ODS Kemenkop.
app-check-not-year = Tulis tahun dengan empat angka, misalnya 1998.
app-check-trademark-number-missing = Merek yang sudah terdaftar punya nomor IDM; isi nomornya dari sertifikat merek.
app-check-trademark-number-odd = Nomor merek biasanya IDM + 9 angka (terdaftar) atau DID + 10 angka (permohonan). Nomor ini tetap disimpan, tapi cocokkan lagi.

## Produsen
app-producers-title = Produsen
app-producers-empty = Belum ada produsen. Tambahkan pesantren yang produknya Anda jual.
app-producer-new = Produsen baru
app-producer-title-new = Produsen baru
app-producer-product-count = { $count ->
    [0] belum ada produk
   *[other] { $count } produk
}
app-producer-in-use = Dipakai oleh { $count } produk: { $names }. Pindahkan dulu produk-produk itu ke produsen lain sebelum menghapus produsen ini.
app-producer-section-identity = Pesantren dan koperasi
app-producer-section-about = Tentang pesantren
app-producer-section-contact = Kontak
app-producer-pesantren = Nama pesantren
app-producer-kopontren = Koperasi (Kopontren)
app-producer-nib = NIB (Nomor Induk Berusaha)
app-producer-nspp = NSPP (Nomor Statistik Pondok Pesantren)
app-producer-section-legal = Data kelembagaan (untuk hibah dan kurasi)
app-producer-legal-entity-number = Nomor badan hukum koperasi
app-producer-nik-koperasi = NIK koperasi (16 angka)
app-producer-kemenag = Terdaftar di Kemenag
app-producer-kemenag-yes = Ya, sudah terdaftar
app-producer-kemenag-no = Belum terdaftar
app-producer-founded = Tahun berdiri
app-producer-members = Jumlah anggota koperasi
app-producer-santri = Jumlah santri yang terlibat
app-producer-contact-person = Narahubung (nama)
app-producer-contact-role = Jabatan narahubung
app-producer-pillar = Pilar OPOP
app-pillar-santripreneur = Santripreneur (usaha santri)
app-pillar-pesantrenpreneur = Pesantrenpreneur (usaha pesantren)
app-pillar-sosiopreneur = Sosiopreneur (usaha alumni dan masyarakat)
app-producer-description = Profil
app-producer-whatsapp = Nomor WhatsApp
app-producer-email = Email
app-producer-address = Alamat
app-producer-city = Kota/kabupaten
app-producer-province = Provinsi
app-producer-delete-title = Hapus produsen?
app-producer-delete-body = “{ $name }” akan dihapus. Tidak ada produk yang memakainya.
app-producer-deleted = Produsen sudah dihapus.

## Kategori
app-categories-title = Kategori
app-categories-hint = Katalog dan etalase pameran menampilkan kategori sesuai urutan ini. Isi kedua nama, satu untuk tiap bahasa.
app-category-order = No.
app-category-name-id = Nama Indonesia
app-category-name-en = Nama Inggris
app-category-halal-mandatory = Wajib halal
app-category-registration = Izin edar
app-category-actions = Urutan dan hapus
app-category-halal-short = wajib
app-category-registration-short = PIRT atau BPOM
app-category-up = Naikkan
app-category-down = Turunkan
app-category-remove = Hapus
app-category-in-use = Berisi { $count } produk: { $names }
app-category-add = Tambah kategori

## Pengaturan
app-settings-title = Pengaturan
app-settings-section-app = Aplikasi
app-settings-language = Bahasa aplikasi
app-settings-theme = Tampilan
app-settings-theme-light = Terang
app-settings-theme-dark = Gelap
app-settings-section-publisher = Penerbit katalog
app-settings-publisher-hint = Dicetak di sampul setiap katalog yang Anda ekspor.
app-settings-publisher-name = Nama koperasi atau lembaga
app-settings-publisher-address = Alamat
app-settings-publisher-whatsapp = Nomor WhatsApp
app-settings-publisher-email = Email
app-settings-publisher-website = Situs web
app-settings-cover-title = Judul katalog
app-settings-section-halal = Aturan halal
app-settings-deadline = Batas waktu wajib sertifikat halal
app-settings-deadline-hint = Makanan, minuman, produk herbal, dan kosmetik harus sudah bersertifikat halal pada tanggal ini (TTTT-BB-HH).
app-settings-section-order = Pesan pemesanan WhatsApp
app-settings-order-hint = Pembeli yang memindai kode QR langsung mendapat pesan ini, tinggal kirim. { "{" }sku{ "}" } dan { "{" }name{ "}" } akan diisi otomatis.
app-settings-order-template = Pesan
app-settings-section-data = Data
app-settings-data-folder = Katalog disimpan di folder ini
app-settings-open-folder = Buka folder
app-settings-open-failed = Folder tidak bisa dibuka: { $reason }

## Spreadsheet import and export (Excel workbook and CSV)
app-import = Impor…
app-import-hint = Ambil produk dari file Excel (.xlsx, .xls), LibreOffice (.ods) atau CSV, atau seret filenya ke jendela ini. Sebelum disimpan, Anda bisa melihat dulu apa saja yang berubah.
app-template = Unduh templat kosong…
app-template-hint = Simpan file Excel kosong berisi kolom-kolom yang dibaca Etalase, lengkap dengan satu baris contoh dan lembar petunjuk. Isi di Excel, lalu impor.
app-export = Ekspor
app-export-hint = { $count ->
    [one] Simpan 1 produk ke file spreadsheet.
   *[other] Simpan { $count } produk ke file spreadsheet.
}
app-export-xlsx = Workbook Excel (.xlsx)…
app-export-xlsx-hint = { $count ->
    [one] Simpan 1 produk ke file Excel. Nomor seperti WhatsApp, PIRT dan kode HS tetap utuh saat diedit di Excel, lalu bisa diimpor lagi.
   *[other] Simpan { $count } produk ke file Excel. Nomor seperti WhatsApp, PIRT dan kode HS tetap utuh saat diedit di Excel, lalu bisa diimpor lagi.
}
app-export-csv = CSV (.csv)…
app-export-csv-hint = { $count ->
    [one] Simpan 1 produk ke file CSV, untuk program lain atau Google Sheets. Untuk diedit di Excel, pilih workbook Excel.
   *[other] Simpan { $count } produk ke file CSV, untuk program lain atau Google Sheets. Untuk diedit di Excel, pilih workbook Excel.
}
app-import-pick-title = Pilih file produk yang akan diimpor
app-export-pick-title = Simpan { $count } produk sebagai CSV
app-export-xlsx-pick-title = Simpan { $count } produk sebagai file Excel
app-template-pick-title = Simpan templat Excel kosong
app-export-file-name = etalase-produk-{ $date }.csv
app-export-xlsx-file-name = etalase-produk-{ $date }.xlsx
app-template-file-name = templat-produk-etalase.xlsx
app-csv-filter = Spreadsheet CSV
app-sheet-filter = Spreadsheet (Excel, LibreOffice, CSV)
app-xlsx-filter = Workbook Excel
app-template-done-title = Templat tersimpan
app-template-done = Templat kosong tersimpan di { $file }. Isi di Excel (timpa baris contohnya), lalu impor lewat tombol Impor.
app-job-picking = Silakan pilih file di jendela yang terbuka…
app-job-reading = Membaca dan memeriksa spreadsheet…
app-job-saving = Menyimpan hasil impor…
app-job-writing = Menulis file CSV…
app-job-writing-xlsx = Menulis file Excel…
app-job-rows = { $done } dari { $total } baris
app-job-cancel = Batalkan
app-job-cancelling = Membatalkan…
app-import-title = Impor dari { $file }
app-import-created = Produk baru
app-import-updated = Produk yang diperbarui
app-import-unchanged = Tidak berubah
app-import-rejected = Baris yang ditolak
app-import-new-producers = Produsen baru yang akan ditambahkan: { $names }
app-import-new-categories = Kategori baru yang akan ditambahkan: { $names }
app-import-problems = Yang perlu diperiksa
app-import-rejected-hint = Baris yang ditolak tidak ikut diimpor. Perbaiki di spreadsheet, lalu impor lagi.
app-import-confirm = { $count ->
    [one] Impor 1 produk
   *[other] Impor { $count } produk
}
app-import-nothing = Tidak ada yang perlu diimpor.
app-import-cancel = Batal
app-import-cancelled = Impor dibatalkan, tidak ada yang diubah.
app-import-done-title = Impor selesai
app-import-done = { $created } produk baru dan { $updated } produk diperbarui sudah disimpan.{ $rejected ->
    [0] {""}
   *[other] {" "}{ $rejected } baris ditolak dan tidak diimpor.
}
app-export-cancelled = Ekspor dibatalkan, tidak ada file yang ditulis.
app-export-done-title = Ekspor selesai
app-export-done = { $count } produk tersimpan di { $file }
app-export-open-folder = Buka foldernya
app-transfer-failed-title = Tidak berhasil
app-transfer-close = Tutup
app-import-more-problems = …dan { $count } catatan lain. Impor lewat baris perintah (etalase import) untuk melihat semuanya.
app-job-photos = foto { $done } dari { $total }

## Photos
app-section-photos = Foto
app-photos-hint = Foto pertama menjadi sampul. JPEG, PNG atau WebP; foto dari ponsel otomatis ditegakkan.
app-photos-focus-hint = Klik bagian terpenting foto: kartu dan katalog memotong foto di sekitar titik itu.
app-photo-focus = Foto { $n }: klik bagian terpentingnya
app-photos-add = Tambah foto…
app-photos-drop-hint = atau seret file foto ke jendela ini
app-photos-none = Belum ada foto.
app-photos-cover = Sampul
app-photos-make-cover = Jadikan sampul
app-photos-left = Geser ke kiri
app-photos-right = Geser ke kanan
app-photos-remove = Lepas foto
app-photos-loading = Memuat…
app-photos-missing = Foto tidak ditemukan
app-photos-pick-title = Pilih foto produk
app-photos-filter = Foto (JPEG, PNG, WebP)
app-photos-cancelled = Penambahan foto dibatalkan.
app-job-photos-adding = Memproses foto…
app-photos-refused-title = { $count ->
    [one] Satu foto tidak bisa dipakai
   *[other] { $count } foto tidak bisa dipakai
}
app-photos-refused-line = { $file }: { $reason }
app-photo-of = Foto { $n } dari { $total }
app-job-sample = Menyiapkan katalog contoh beserta fotonya…
app-producer-section-logo = Logo
app-logo-choose = Pilih logo…
app-logo-remove = Lepas logo
app-logo-hint = Logo pesantren atau koperasi, tampil di katalog dan etalase pameran. Bisa juga diseret ke sini.
app-logo-pick-title = Pilih logo pesantren atau koperasi

## Compliance
app-nav-compliance = Kepatuhan
app-compliance-title = Kepatuhan halal dan izin edar
app-compliance-hint = Sertifikat halal, PIRT dan BPOM semua produk. Pangan, minuman, herbal dan kosmetik wajib bersertifikat halal paling lambat { $deadline }. Klik nama produk untuk membukanya.
app-compliance-export = Ekspor CSV…
app-compliance-pick-title = Simpan daftar kepatuhan sebagai CSV
app-compliance-file-name = kepatuhan-halal-{ $date }.csv
app-compliance-mandatory = Wajib halal, belum bersertifikat
app-compliance-expired = Sertifikat kedaluwarsa
app-compliance-expiring = Habis dalam 90 hari
app-compliance-malformed = Nomor tidak sesuai format
app-compliance-registration = PIRT/BPOM bermasalah
app-compliance-in-process = Dalam proses
app-compliance-not-certified = Belum bersertifikat
app-compliance-certified = Bersertifikat
app-compliance-not-required = Tidak wajib halal
app-compliance-col-group = Kelompok
app-compliance-col-reason = Keterangan
app-compliance-open = Buka produk ini
app-compliance-none = Tidak ada produk di kelompok ini.
app-halal-expired = Sertifikat halal kedaluwarsa
app-halal-preview = Tampil sebagai:
app-halal-number-invalid = Nomor sertifikat tidak sah
app-check-pirt-valid-until = Izin PIRT berlaku sampai { $year } (dibaca dari angka ke-14 dan ke-15).
app-field-halal-examiner-lph = Lembaga Pemeriksa Halal (LPH)
app-field-halal-examiner-pph = Pendamping Proses Produk Halal (PPH)
app-compliance-export-done = Daftar kepatuhan ({ $rows } baris) tersimpan di { $file }
app-compliance-tab-products = Produk
app-compliance-tab-producers = Kesiapan produsen
app-readiness-hint = Yang masih perlu dilengkapi tiap produsen untuk kurasi dan hibah OPOP. Klik baris tentang produk untuk membukanya.
app-readiness-none = Belum ada produsen.
app-readiness-open-producer = Buka profil produsen
app-readiness-title = Kesiapan kurasi OPOP
app-readiness-saved-hint = Dihitung dari data yang sudah disimpan; simpan perubahan untuk memperbaruinya.
readiness-more = … dan { $count } lainnya

## Export screen (printable catalogue)
app-nav-export = Katalog PDF
app-pdf-open = Katalog PDF…
app-pdf-open-hint = { $count ->
    [one] Buat katalog PDF dari produk ini
   *[other] Buat katalog PDF dari { $count } produk ini
}
app-pdf-title = Katalog PDF untuk pembeli dan percetakan
app-pdf-export = Ekspor PDF…
app-pdf-lang = Bahasa katalog
app-pdf-layout = Tata letak
app-pdf-layout-grid = Kartu bergambar
app-pdf-layout-grid-hint = Kartu bergambar dua kolom, hingga enam per halaman, bersambung antarkategori; dengan harga, label halal dan kode QR untuk memesan.
app-pdf-layout-list = Daftar harga
app-pdf-layout-list-hint = Tabel ringkas per kategori: kode, nama, isi bersih, harga dan status halal. Cocok untuk pembeli grosir.
app-pdf-layout-sheet = Lembar produk
app-pdf-layout-sheet-hint = Satu produk satu halaman, dengan semua foto dan keterangannya. Cocok untuk kurasi dan pameran.
app-pdf-paper = Ukuran kertas
app-pdf-which = Produk yang dicetak
app-pdf-scope-all = Semua produk ({ $count })
app-pdf-scope-shown = Yang tampil di daftar ({ $count })
app-pdf-scope-selected = Yang dipilih ({ $count })
app-pdf-scope-category = Satu kategori:
app-pdf-scope-producer = Satu produsen:
app-pdf-featured = Hanya produk unggulan
app-pdf-prices = Cantumkan harga
app-pdf-hidden-hint = Produk yang disembunyikan tidak ikut dicetak.
app-pdf-check = Periksa sebelum mencetak
app-pdf-nothing = Tidak ada produk yang masuk dengan pilihan ini.
app-pdf-complete = Semua produk yang dicetak sudah lengkap.
app-pdf-gap-halal-expired = { $count } produk bersertifikat halal yang sudah kedaluwarsa (klaim halalnya tidak dicetak):
app-pdf-gap-halal-number = { $count } produk dengan nomor sertifikat halal yang tidak sah (klaim halalnya tidak dicetak):
app-pdf-gap-english = { $count } produk belum punya nama atau deskripsi bahasa Inggris (yang tercetak teks Indonesianya):
app-pdf-gap-photo = { $count } produk belum punya foto:
app-pdf-gap-price = { $count } produk belum punya harga (tercetak "Harga atas permintaan"):
app-pdf-gap-more = dan { $count } lainnya
app-pdf-gap-hint = Klik kode produk untuk melengkapinya. Katalog tetap bisa diekspor apa adanya.
app-pdf-preparing = Menyiapkan pratinjau…
app-pdf-summary = { $products } produk · halaman { $range } dari { $pages }
app-pdf-back = Halaman sebelumnya
app-pdf-next = Halaman berikutnya
app-pdf-pick-title = Simpan katalog PDF
app-pdf-file-name = katalog-{ $date }.pdf
app-pdf-filter = Dokumen PDF
app-job-pdf = Membuat katalog PDF…
app-job-pdf-steps = Langkah { $done } dari { $total } (foto cetak, lalu halaman)
app-pdf-done-title = Katalog PDF selesai
app-pdf-done = { $count } produk tersimpan di { $file }
app-pdf-open-file = Buka PDF
app-open-file-failed = File tidak bisa dibuka: { $reason }
app-pdf-updating = memperbarui…
app-pdf-group = Kelompokkan dan buat daftar isi per
app-pdf-group-category = Kategori
app-pdf-group-producer = Produsen

## Fair screen and fair mode (showcase)
app-nav-fair = Pameran
app-fair-title = Mode pameran
app-fair-start = Mulai mode pameran (F11)
app-fair-start-hint = Layar penuh untuk stan pameran: produk tampil bergantian, pengunjung bisa melihat detail dan memindai kode QR untuk memesan. Tidak ada tombol untuk mengubah data.
app-fair-settings = Pengaturan pameran
app-fair-interval = Lama tiap produk tampil
app-fair-idle = Kembali ke tayangan bergilir setelah tidak disentuh
app-fair-pin = PIN untuk keluar
app-fair-pin-none = Belum ada PIN. PIN dibuat saat pertama kali masuk mode pameran, dan hanya PIN itu yang bisa membuka jalan keluar.
app-fair-pin-set = PIN ini diminta untuk keluar dari mode pameran.
app-fair-pin-invalid = PIN harus 4 sampai 8 angka.
app-fair-signup = Pengunjung boleh meninggalkan nama dan nomor WhatsApp
app-leads-title = Pengunjung yang mendaftar ({ $count })
app-leads-none = Belum ada pengunjung yang mendaftar.
app-leads-export = Ekspor ke Excel…
app-leads-delete-all = Hapus semua…
app-leads-col-name = Nama
app-leads-col-whatsapp = WhatsApp
app-leads-col-product = Produk yang diminati
app-leads-col-when = Waktu daftar
app-leads-when = { $date }, { $time } UTC
app-leads-delete = Hapus data { $name }
app-leads-delete-title = Hapus data pengunjung?
app-leads-delete-one-body = Nama dan nomor WhatsApp { $name } akan dihapus dari katalog ini. Tindakan ini tidak bisa dibatalkan.
app-leads-delete-all-body = Data { $count } pengunjung akan dihapus dari katalog ini. Tindakan ini tidak bisa dibatalkan.
app-leads-pick-title = Simpan daftar pengunjung (Excel, atau CSV bila namanya berakhiran .csv)
app-leads-file-name = pengunjung-pameran-{ $date }.xlsx
app-leads-export-done = { $rows } pengunjung tersimpan di { $file }
showcase-lang-id = Tampilkan dalam bahasa Indonesia
showcase-lang-en = Tampilkan dalam bahasa Inggris
showcase-sign-up = Minta info produk
showcase-empty = Belum ada produk untuk ditampilkan.
showcase-open = Lihat { $name }
showcase-touch-hint = Sentuh layar untuk melihat detail dan memesan
showcase-all-categories = Semua produk
showcase-all-producers = Semua pesantren
showcase-photo = Foto { $number }
showcase-back = ‹ Kembali
showcase-scan = Pindai untuk pesan via WhatsApp
showcase-no-order-link = Tanyakan cara memesan kepada petugas stan.
showcase-sign-up-title = Tinggalkan kontak Anda
showcase-sign-up-intro = Kami akan mengirim info produk dan harga lewat WhatsApp.
showcase-field-name = Nama
showcase-field-whatsapp = Nomor WhatsApp
showcase-field-product = Produk yang diminati
showcase-product-none = (belum memilih)
showcase-consent = Saya setuju nama dan nomor WhatsApp saya disimpan oleh { $publisher } hanya untuk mengirim info produk dan penawaran, dan saya bisa meminta data ini dihapus kapan saja.
showcase-keyboard-into = Ketuk tombol untuk mengisi: { $field }
showcase-key-space = spasi
showcase-send = Kirim
showcase-cancel = Batal
showcase-problem-name = Tuliskan nama Anda.
showcase-problem-whatsapp = Nomor WhatsApp belum benar, contoh: 0812 3456 7890.
showcase-problem-consent = Centang persetujuan agar kami boleh menyimpan kontak Anda.
showcase-thanks = Terima kasih!
showcase-thanks-body = Kontak Anda sudah tersimpan. Kami akan segera menghubungi Anda lewat WhatsApp.
showcase-exit-title = Keluar dari mode pameran
showcase-exit-pin = Masukkan PIN petugas:
showcase-exit-wrong = PIN salah. Coba lagi.
showcase-exit-stay = Tetap di mode pameran
app-restore-offer = Ada cadangan otomatis dari { $date }. Perubahan setelah tanggal itu tidak ikut kembali.
app-restore-newest = Pulihkan cadangan otomatis terbaru
app-job-restoring = Memulihkan katalog dari cadangan…
app-restored-title = Katalog dipulihkan
app-restored = { $products } produk kembali dari cadangan. Katalog yang rusak disimpan di { $kept } dan tidak dihapus.
app-backup-section = Cadangan
app-backup-hint = Satu berkas ZIP berisi semua produk, produsen, kategori, foto dan data pengunjung. Simpan salinannya di flashdisk atau Google Drive. Cadangan otomatis dibuat saat aplikasi ditutup setelah ada perubahan (paling banyak sekali sehari).
app-backup-now = Cadangkan sekarang…
app-backup-none = Belum ada cadangan otomatis.
app-backup-line = Cadangan otomatis { $date } ({ $size } MB)
app-backup-restore-short = Pulihkan…
app-backup-restore = Pulihkan cadangan otomatis { $date }
app-backup-pick-title = Simpan cadangan katalog
app-backup-file-name = cadangan-etalase-{ $date }.zip
app-backup-filter = Berkas ZIP
app-job-backing-up = Membuat cadangan…
app-backup-done-title = Cadangan selesai
app-backup-done = Cadangan berisi { $products } produk tersimpan di { $file }
app-restore-title = Pulihkan cadangan ini?
app-restore-body = Katalog sekarang akan diganti dengan isi { $file }. Sebelumnya, katalog sekarang dicadangkan dulu ke folder backups dan foldernya disimpan terpisah, jadi tidak ada yang hilang.
app-restore-confirm = Ya, pulihkan
app-restore-cancel = Batal
app-restore-from-file = Pulihkan dari file…
app-restore-pick-title = Pilih cadangan yang akan dipulihkan
app-backup-protect = Lindungi dengan kata sandi
app-backup-protect-hint = Untuk cadangan yang dibawa keluar (flashdisk, Google Drive), karena berisi nomor WhatsApp pengunjung. Tanpa kata sandi ini cadangan tidak bisa dibuka oleh siapa pun, termasuk Anda: catat di tempat yang aman.
app-backup-passphrase = Kata sandi
app-backup-passphrase-again = Ulangi kata sandi
app-backup-protected-file-name = cadangan-etalase-{ $date }.age
app-unlock-title = Cadangan berkata sandi
app-unlock-body = { $file } dilindungi kata sandi. Ketik kata sandinya untuk memulihkan katalog.
app-unlock-field = Kata sandi
app-unlock-ok = Buka dan pulihkan
app-restore-unsaved = Simpan atau batalkan dulu perubahan pengaturan, lalu pulihkan cadangan.

## Bulk actions on the selected products
app-bulk-category = Pindahkan ke kategori…
app-bulk-producer = Ganti produsen…
app-bulk-feature = Jadikan unggulan
app-bulk-unfeature = Hapus dari unggulan
app-bulk-hide = Sembunyikan
app-bulk-show = Tampilkan
app-bulk-prices = Ubah harga…
app-bulk-delete = Hapus…
app-bulk-clear = Batal pilih
app-bulk-clear-hint = Esc · Ctrl+klik memilih satu per satu, Shift+klik memilih rentang, Ctrl+A memilih semua yang tampil
app-bulk-nothing = Tidak ada yang berubah: produk yang dipilih sudah begitu.
app-bulk-done-category = Kategori { $count } produk sudah dipindah.
app-bulk-done-producer = Produsen { $count } produk sudah diganti.
app-bulk-done-featured = { $count } produk dijadikan unggulan.
app-bulk-done-unfeatured = { $count } produk tidak lagi unggulan.
app-bulk-done-hidden = { $count } produk disembunyikan dari katalog dan pameran.
app-bulk-done-shown = { $count } produk ditampilkan lagi.
app-bulk-done-prices = Harga { $count } produk sudah diubah.
app-bulk-done-deleted = { $count } produk sudah dihapus.
app-bulk-delete-title = Hapus { $count } produk?
app-bulk-delete-body = Yang akan dihapus: { $names }. Setelah dihapus masih bisa diurungkan sebentar dari baris status.
app-undone = Sudah diurungkan: { $count } produk kembali seperti semula.
app-price-title = Ubah harga { $count } produk
app-price-by-percent = Persen
app-price-by-amount = Jumlah rupiah
app-price-change = Naik/turun
app-price-percent-hint = mis. 10 atau -5
app-price-amount-hint = mis. 2.000 atau -1.500
app-price-round = Dibulatkan
app-price-round-none = tidak dibulatkan
app-price-round-to = ke { $amount }
app-price-same = tetap
app-price-below-one = harga jadi nol atau kurang
app-price-too-large = harga terlalu besar
app-price-refused-count = { $count } produk tidak bisa diubah seperti itu. Perkecil perubahannya atau keluarkan produk itu dari pilihan.
app-price-refused = Harga tidak diubah: ada produk yang harganya jadi nol atau kurang.
app-price-not-a-change = Tulis angka, misalnya 10 untuk naik 10 % atau -5 untuk turun 5 %.
app-price-apply = Ubah { $count } harga
app-job-removing-example = Membuat cadangan, lalu menghapus katalog contoh…

## Removing the example catalogue (Settings)
app-example-section = Katalog contoh
app-example-hint = Katalog ini masih memuat produk dan pesantren contoh. Hapus kalau sudah tidak diperlukan; produk Anda sendiri tidak ikut terhapus.
app-example-remove = Hapus katalog contoh…
app-example-remove-title = Hapus katalog contoh?
app-example-remove-body = { $products } produk contoh dan { $producers } pesantren contoh akan dihapus, beserta fotonya. Produk dan pesantren yang Anda buat sendiri tetap ada.
app-example-remove-publisher = Data penerbit contoh (Forum Kopontren OPOP Jawa Timur) juga dikosongkan; isi dengan data koperasi Anda.
app-example-remove-backup = Sebelum menghapus, Etalase membuat cadangan lengkap di folder backups.
app-example-remove-confirm = Buat cadangan lalu hapus
app-example-removed = Katalog contoh sudah dihapus: { $products } produk dan { $producers } pesantren. Cadangan sebelumnya: { $file }
app-example-remove-cancelled = Dibatalkan: katalog contoh tidak dihapus.
app-example-remove-no-backup = Katalog contoh tidak dihapus karena cadangan gagal dibuat: { $reason }

## Editor: unsaved changes, dates
app-edit-unsaved = ● belum disimpan
app-edit-unsaved-hint = Ada perubahan yang belum disimpan. Ctrl+S untuk menyimpan.
app-edit-nothing-to-save = Belum ada perubahan untuk disimpan.
app-date-hint = 2026-08-17 atau 17/08/2026
app-date-pick = Kalender
app-date-previous = Bulan sebelumnya
app-date-next = Bulan berikutnya
app-date-today = Hari ini
app-weekday-mon = Sen
app-weekday-tue = Sel
app-weekday-wed = Rab
app-weekday-thu = Kam
app-weekday-fri = Jum
app-weekday-sat = Sab
app-weekday-sun = Min

## No save dialog: the Documents folder instead
app-documents-save = Simpan sebagai { $file }
app-documents-where = Ke folder Dokumen Anda (atau folder pribadi kalau tidak ada): { $folder }
app-documents-none = Folder Dokumen tidak ditemukan di komputer ini.
app-documents-failed = Folder Dokumen tidak bisa dibuat: { $reason }
app-bulk-hint = Ctrl+klik untuk memilih beberapa produk, Shift+klik untuk satu rentang, Ctrl+A untuk semua yang tampil; lalu ubah sekaligus.

## Fair mode's PIN
app-pin-setup-title = Buat PIN pameran
app-pin-setup-body = Selama mode pameran, laptop hanya bisa dikembalikan ke mode kelola dengan PIN ini. Pilih 4 sampai 8 angka yang mudah diingat petugas, tetapi tidak mudah ditebak pengunjung.
app-pin-setup-first = PIN baru
app-pin-setup-second = Ulangi PIN
app-pin-setup-mismatch = Kedua PIN tidak sama. Ketik ulang PIN yang kedua.
app-pin-setup-ok = Simpan PIN dan mulai pameran
showcase-exit-locked = Terlalu banyak PIN salah. Coba lagi dalam { $seconds } detik.

## Keeping visitors' sign-ups no longer than needed
app-fair-retention = Simpan data pendaftar selama
app-fair-retention-days = { " " }hari
app-leads-old = { $count } pendaftar sudah disimpan lebih dari { $days } hari. Data pribadi sebaiknya tidak disimpan lebih lama dari yang diperlukan (UU 27/2022).
app-leads-delete-old = Hapus { $count } pendaftar lama…
app-leads-delete-old-body = { $count } pendaftar yang mendaftar lebih dari { $days } hari lalu akan dihapus. Ekspor dulu ke CSV kalau datanya masih diperlukan.

# Print-shop bleed (issue 22)
app-pdf-bleed = Untuk percetakan: bleed 3 mm dan tanda potong
app-pdf-bleed-hint = Tiap halaman diberi lebihan 3 mm di semua sisi untuk dipotong percetakan. Biarkan tidak dicentang untuk PDF yang dikirim lewat WhatsApp atau email.

# Social media screen (issue 23)
app-nav-cards = Media sosial
app-cards-title = Konten media sosial: kartu produk dan keterangannya
app-cards-export-all = Simpan semua kartu ({ $count })…
app-cards-export-one = Simpan kartu ini…
app-cards-lang = Bahasa kartu
app-cards-size = Ukuran
app-cards-size-square = Persegi 1080 × 1080
app-cards-size-square-hint = Feed Instagram dan Facebook, katalog WhatsApp.
app-cards-size-portrait = Tegak 1080 × 1350
app-cards-size-portrait-hint = Feed Instagram (4:5), tampil paling besar di layar ponsel.
app-cards-size-story = Story 1080 × 1920
app-cards-size-story-hint = Instagram Stories dan status WhatsApp; tulisan dijauhkan dari tepi atas dan bawah.
app-cards-style = Gaya
app-cards-style-band = Foto penuh dengan pita warna
app-cards-style-panel = Foto di atas panel polos
app-cards-style-tag = Label harga promo
app-cards-which = Produk yang dibuatkan kartu
app-cards-none = Tidak ada produk untuk pilihan ini. Ubah pilihan produk di sebelah kiri.
app-cards-previous = Produk sebelumnya
app-cards-next = Produk berikutnya
app-cards-position = Kartu { $n } dari { $total }: { $name }
app-cards-card = Kartu produk
app-cards-caption = Keterangan untuk ditempel
app-cards-caption-hint = Salin, lalu tempel di bawah foto saat mengunggah ke Instagram, Facebook atau status WhatsApp.
app-cards-copy = Salin keterangan
app-cards-caption-copied = Keterangan sudah disalin. Tinggal tempel di unggahan.
app-cards-open-product = Buka produk ini
app-cards-folder-name = Kartu media sosial { $date }
app-cards-pick-title = Pilih folder untuk menyimpan kartu
app-job-cards = Membuat kartu media sosial…
app-job-cards-steps = Kartu { $done } dari { $total }
app-cards-done-title = Kartu media sosial selesai
app-cards-done = { $count } kartu beserta keterangannya tersimpan di { $folder }
app-cards-open-folder = Buka folder
app-bulk-cards = Buat kartu media sosial
app-edit-card = Buat kartu
app-edit-card-hint = Kartu media sosial produk ini, siap diunggah, dengan keterangannya.

# Profil untuk hibah dan daftar harga
app-profile-button = Profil untuk hibah ▾
app-profile-in-id = Dalam bahasa Indonesia…
app-profile-in-en = Dalam bahasa Inggris (untuk kurasi ekspor)…
app-profile-button-hint = Simpan profil PDF produsen ini untuk lampiran pengajuan hibah OPOP atau kurasi: identitas, legalitas, produk, dan daftar yang masih kurang.
app-profile-save-first = Simpan perubahan dulu; profil dibuat dari data yang sudah tersimpan.
app-profile-file-name = Profil hibah - { $producer } - { $date }.pdf
app-profile-pick-title = Simpan profil untuk hibah
app-job-profile = Membuat profil untuk hibah…
app-profile-done-title = Profil untuk hibah tersimpan
app-profile-done = Profil { $producer } tersimpan di { $file }. { $met } dari { $total } syarat terpenuhi; yang masih kurang tertulis di profil.
app-profile-done-complete = Profil { $producer } tersimpan di { $file }. Semua { $total } syarat terpenuhi.
app-profile-producer-gone = Produsen ini sudah tidak ada di katalog, jadi profilnya tidak dibuat.
app-pricelist-title = Daftar harga untuk pembeli
app-pricelist-hint = Untuk pembeli grosir dan ekspor: harga, grosir, minimal order, isi karton, HS code, nomor halal. Memakai bahasa dan pilihan produk di atas.
app-pricelist-rate = Kurs dolar (Rp per 1 USD), boleh dikosongkan
app-pricelist-rate-none = Tanpa kurs: harga dalam rupiah saja.
app-pricelist-rate-bad = Kurs tidak terbaca. Tulis rupiah per 1 USD tanpa sen, misalnya 16.250.
app-pricelist-rate-preview = Tercetak: 1 USD = { $rupiah }, { $date }
app-pricelist-save-pdf = Simpan daftar harga (PDF)…
app-pricelist-save-xlsx = Simpan daftar harga (Excel)…
app-pricelist-file-name-pdf = daftar-harga-{ $date }.pdf
app-pricelist-file-name-xlsx = daftar-harga-{ $date }.xlsx
app-pricelist-pick-title = Simpan daftar harga
app-job-pricelist = Membuat daftar harga…
app-pricelist-done-title = Daftar harga tersimpan
app-pricelist-done = { $count } produk tersimpan di { $file }
app-cards-preview-failed = Kartu ini tidak bisa digambar: { $reason }
