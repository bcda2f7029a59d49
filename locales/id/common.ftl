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
req-products = Minimal satu produk ditampilkan
req-halal = Status halal semua produk sudah beres
req-registration = Ada PIRT atau BPOM untuk produk yang memerlukannya
req-photos = Setiap produk punya foto
req-languages = Nama dan deskripsi tersedia dalam bahasa Indonesia dan Inggris
gap-nib-empty = NIB belum diisi di profil produsen
gap-nib-malformed = NIB “{ $number }” tidak terdiri dari 13 angka
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
pdf-cover-count = Katalog produk halal pesantren · { $count } produk
pdf-cover-language = Edisi bahasa Indonesia
pdf-cover-no-prices = Harga tersedia atas permintaan
pdf-price-on-request = Harga atas permintaan
pdf-col-sku = SKU
pdf-col-name = Nama produk
pdf-col-net = Isi bersih
pdf-col-price = Harga
pdf-col-wholesale = Grosir
pdf-col-halal = Halal
pdf-wholesale = mulai { $qty } pcs: { $price }
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
