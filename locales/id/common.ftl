# Kata bersama: bulan, status halal, jenis data.

month-january = Januari
month-february = Februari
month-march = Maret
month-april = April
month-may = Mei
month-june = Juni
month-july = Juli
month-august = Agustus
month-september = September
month-october = Oktober
month-november = November
month-december = Desember

halal-status-certified = Bersertifikat halal
halal-status-in-process = Sertifikasi dalam proses
halal-status-none = Belum bersertifikat
halal-status-not-required = Tidak wajib

record-product = produk
record-producer = produsen
record-category = kategori
record-lead = data pengunjung
record-settings = pengaturan katalog

index-sku = SKU
index-category = kategori
index-producer = produsen

# Kesiapan produsen untuk kurasi dan hibah OPOP
req-nib = NIB (Nomor Induk Berusaha) tercantum di profil produsen
req-legal = Data kelembagaan lengkap (badan hukum, Kemenag, anggota, narahubung)
req-products = Minimal satu produk ditampilkan
req-halal = Status halal semua produk sudah beres
req-registration = Ada PIRT atau BPOM untuk produk yang memerlukannya
req-trademark = Merek setiap produk sudah terdaftar atau sedang diajukan di DJKI
req-photos = Setiap produk punya foto
req-languages = Nama dan deskripsi tersedia dalam bahasa Indonesia dan Inggris
gap-nib-empty = NIB belum diisi di profil produsen
gap-nib-malformed = NIB “{ $number }” tidak terdiri dari 13 angka
gap-legal-kopontren = nama Kopontren belum diisi
gap-legal-entity-number = nomor badan hukum koperasi belum diisi
gap-legal-nik-empty = NIK koperasi belum diisi
gap-legal-nik-malformed = NIK koperasi “{ $number }” tidak terdiri dari 16 angka
gap-legal-kemenag-unanswered = belum dijawab apakah pesantren terdaftar di Kemenag
gap-legal-kemenag-no = pesantren belum terdaftar di Kemenag
gap-legal-nspp = terdaftar di Kemenag, tetapi NSPP belum diisi
gap-legal-founded-empty = tahun berdiri belum diisi
gap-legal-founded-implausible = tahun berdiri { $year } tidak mungkin benar
gap-legal-members = jumlah anggota koperasi belum diisi
gap-legal-santri = jumlah santri yang terlibat belum diisi
gap-legal-contact-person = nama narahubung belum diisi
gap-legal-contact-role = jabatan narahubung belum diisi
gap-no-products = belum ada produk yang ditampilkan (produk tersembunyi tidak dihitung)
gap-halal-not-yet = { $sku }: belum bersertifikat halal
gap-halal-in-process = { $sku }: sertifikasi halal masih dalam proses
gap-halal-number = { $sku }: nomor sertifikat halal kosong atau formatnya tidak dikenal
gap-halal-expired = { $sku }: sertifikat halal sudah kedaluwarsa
gap-halal-not-required = { $sku }: ditandai “tidak wajib”, padahal kategorinya wajib bersertifikat halal
gap-registration-missing = { $sku }: belum ada nomor PIRT atau BPOM
gap-pirt-malformed = { $sku }: nomor PIRT tidak terdiri dari 15 angka
gap-pirt-expired = { $sku }: izin PIRT sudah habis pada { $year }
gap-bpom-malformed = { $sku }: format nomor BPOM tidak dikenal
gap-trademark-not-filed = { $sku }: merek belum didaftarkan ke DJKI
gap-trademark-number-missing = { $sku }: merek tercatat terdaftar, tetapi nomor IDM-nya belum diisi
gap-trademark-number-malformed = { $sku }: format nomor merek tidak dikenal (terdaftar: IDM + 9 angka; permohonan: DID + 10 angka)
gap-no-photo = { $sku }: belum ada foto
gap-text = { $sku }: nama atau deskripsi belum diisi dalam { $langs ->
        [id] bahasa Indonesia
        [en] bahasa Inggris
       *[both] bahasa Indonesia maupun Inggris
    }
readiness-ready = Siap dikurasi
readiness-met = { $met } dari { $total } syarat terpenuhi

# Katalog PDF
pdf-contents = Daftar isi
pdf-page-of = Halaman { $page } dari { $total }
pdf-price-on-request = Harga atas permintaan
pdf-col-sku = SKU
pdf-col-name = Nama produk
pdf-col-net = Isi bersih
pdf-col-price = Harga
pdf-col-wholesale = Grosir
pdf-col-halal = Halal
pdf-wholesale = mulai { $qty } pcs: { $price }
pdf-months = { $count } bulan
pdf-order-qr = Pindai kode ini dengan kamera ponsel untuk memesan lewat WhatsApp.
pdf-field-net = Isi bersih
pdf-field-wholesale = Harga grosir
pdf-field-ingredients = Komposisi
pdf-field-storage = Penyimpanan
pdf-field-shelf-life = Masa simpan
pdf-field-pirt = PIRT
pdf-field-bpom = BPOM
pdf-field-sku = Kode produk
pdf-field-hs = Kode HS
pdf-field-min-order = Pesanan minimum
pdf-field-carton = Isi per karton
pdf-field-producer = Produsen
pdf-field-kopontren = Koperasi
pdf-field-city = Alamat
pdf-field-whatsapp = WhatsApp
pdf-field-email = Email
pdf-price-list = Daftar harga

## Buku kerja Excel: lembar-lembarnya, dan lembar petunjuk yang menjelaskan setiap kolom (buku
## kerja selalu memuat kedua bahasa, apa pun bahasa penggunanya).
workbook-sheet-products = Produk
workbook-sheet-guide = Petunjuk
workbook-sheet-lists = Daftar
workbook-guide-head-column = Kolom
workbook-guide-head-required = Wajib
workbook-guide-head-explanation = Penjelasan
workbook-guide-required = wajib diisi
workbook-guide-note-rows = Satu baris untuk satu produk, dikenali dari SKU-nya: SKU yang sudah ada di katalog memperbarui produk itu, SKU baru menambah produk. Kolom yang tidak ada membiarkan data tersimpan apa adanya; sel yang kosong menghapus isinya.
workbook-guide-note-identifiers = Kolom sku, whatsapp, pirt, bpom, halal_number dan hs_code berformat Teks, supaya Excel menyimpan semua angkanya, termasuk angka 0 di depan. Biarkan formatnya tetap Teks saat menambah baris.
workbook-guide-note-dropdowns = Kolom category, producer, halal_status, halal_scheme, halal_issuer, featured dan hidden punya daftar pilihan. Kategori atau produsen baru boleh diketik sendiri: impor akan membuatkannya.
workbook-guide-note-photos = Foto berupa berkas yang disebut di kolom photos, relatif terhadap folder buku kerja ini (hasil ekspor menaruhnya di folder bernama sama dengan buku kerjanya, berakhiran _photos). Pisahkan beberapa foto dengan |; foto pertama menjadi sampul.
workbook-col-sku = Kode produk, tidak boleh sama dengan produk lain (misalnya KOP-001). Huruf, angka dan angka 0 di depan disimpan apa adanya.
workbook-col-name-id = Nama produk dalam bahasa Indonesia.
workbook-col-name-en = Nama produk dalam bahasa Inggris.
workbook-col-category = Kategori, dengan nama Indonesianya; nama yang belum ada otomatis menjadi kategori baru.
workbook-col-category-en = Nama kategori dalam bahasa Inggris (boleh kosong).
workbook-col-description-id = Deskripsi dalam bahasa Indonesia; boleh lebih dari satu baris.
workbook-col-description-en = Deskripsi dalam bahasa Inggris.
workbook-col-ingredients-id = Komposisi dalam bahasa Indonesia.
workbook-col-ingredients-en = Komposisi dalam bahasa Inggris.
workbook-col-price = Harga dalam rupiah tanpa sen, misalnya 25000 (tampil sebagai 25.000).
workbook-col-wholesale-price = Harga grosir dalam rupiah; isi bersama wholesale_min_qty.
workbook-col-wholesale-min-qty = Jumlah pesanan terkecil yang mendapat harga grosir.
workbook-col-net-content = Isi bersih seperti tertulis di kemasan, misalnya 250 g.
workbook-col-shelf-life-months = Masa simpan dalam bulan (bilangan bulat).
workbook-col-producer = Pesantren yang membuat produk, dengan namanya; nama yang belum ada otomatis menjadi produsen baru.
workbook-col-kopontren = Koperasi pondok pesantren (Kopontren) produsen; berlaku untuk semua produknya.
workbook-col-city = Kota atau kabupaten produsen, misalnya Kab. Malang.
workbook-col-whatsapp = Nomor WhatsApp produsen, ditulis dengan cara apa saja yang lazim: 0812-3456-789 atau +62 812 3456 789.
workbook-col-halal-status = certified, in_process, none atau not_required (boleh juga bersertifikat, proses, belum, tidak_wajib). Bila kosong: dianggap bersertifikat kalau nomor halal diisi.
workbook-col-halal-scheme = regular (reguler) atau self_declare.
workbook-col-halal-number = Nomor sertifikat halal: ID diikuti 17 angka (BPJPH), atau LPPOM- diikuti 14 angka (MUI).
workbook-col-halal-issuer = BPJPH atau MUI.
workbook-col-halal-issued = Tanggal sertifikat terbit (sel tanggal, atau TTTT-BB-HH).
workbook-col-halal-valid-until = Tanggal sertifikat berakhir; kosongkan bila sertifikat berlaku selama komposisi dan proses produksinya tidak berubah.
workbook-col-pirt = Nomor P-IRT, seperti tertulis di kemasan.
workbook-col-bpom = Nomor izin edar BPOM (MD, ML, dst.), seperti tertulis di kemasan.
workbook-col-hs-code = Kode HS untuk ekspor, misalnya 0901.21.
workbook-col-min-order = Pesanan ekspor terkecil, dalam satuan produk.
workbook-col-photos = Berkas foto, relatif terhadap folder buku kerja ini, dipisah dengan |; foto pertama menjadi sampul.
workbook-col-featured = yes (atau ya) agar produk tampil paling depan di pameran dan katalog; selain itu no.
workbook-col-hidden = yes (atau ya) agar produk tidak masuk katalog dan mode pameran; selain itu no.
workbook-col-halal-examiner = Lembaga Pemeriksa Halal (LPH), atau untuk self declare Pendamping Proses Produk Halal (PPH).
workbook-col-storage-id = Cara penyimpanan dalam bahasa Indonesia.
workbook-col-storage-en = Cara penyimpanan dalam bahasa Inggris.
workbook-col-units-per-carton = Jumlah produk dalam satu karton, untuk ekspor.
workbook-col-trademark-status = Status merek di DJKI: registered (terdaftar), filed (sedang diajukan) atau none (belum).
workbook-col-trademark-number = Nomor merek: IDM + 9 angka bila terdaftar, nomor permohonan DID… bila masih diajukan.
workbook-col-sni = Nomor SNI produk, bila ada (misalnya SNI 8664:2018).
workbook-col-nib = NIB (Nomor Induk Berusaha) produsen, 13 angka. Berlaku untuk semua produk dari produsen ini.
workbook-col-nspp = NSPP (Nomor Statistik Pondok Pesantren) dari Kemenag.
workbook-col-legal-entity-number = Nomor badan hukum koperasi, seperti tertulis di akta (misalnya AHU-0004521.AH.01.26.TAHUN 2019).
workbook-col-nik-koperasi = NIK koperasi, 16 angka. Biarkan kolom berformat Teks agar angka terakhir tidak hilang.
workbook-col-kemenag-registered = yes bila pesantren terdaftar di Kemenag, no bila belum; kosongkan bila tidak tahu.
workbook-col-year-founded = Tahun berdiri pesantren, empat angka.
workbook-col-members = Jumlah anggota koperasi.
workbook-col-santri-involved = Jumlah santri yang ikut membuat dan menjual produk.
workbook-col-contact-person = Nama narahubung produsen; juga nama di bawah tanda tangan profil hibah.
workbook-col-contact-role = Jabatan narahubung, misalnya Ketua Kopontren.

# Cover (issue 22)
pdf-cover-products = { $count } produk
pdf-cover-language = Edisi bahasa Indonesia
pdf-cover-no-prices = Harga tersedia atas permintaan

# Social cards (issue 23)
cards-order-line = Pesan: { $link }
cards-scan = Pindai untuk pesan lewat WhatsApp
cards-call = Pesan sekarang
cards-caption-price = Harga: { $price }
cards-caption-price-net = Harga: { $price } / { $net }
cards-caption-net = Isi bersih: { $net }
cards-caption-producer = Produksi { $producer }
cards-caption-producer-city = Produksi { $producer }, { $city }
cards-caption-order = Pesan lewat WhatsApp: { $link }
