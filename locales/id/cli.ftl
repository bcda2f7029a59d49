# Baris perintah: bantuan, ringkasan, daftar produk dan laporan pemeriksaan.

cli-about = Etalase: katalog produk halal pesantren dan koperasinya.
cli-usage-heading = Cara pakai
cli-commands-heading = Perintah
cli-options-heading = Pilihan
cli-arg-data-dir = Folder tempat katalog disimpan (bawaan: ETALASE_DATA_DIR, atau folder data Anda)
cli-arg-showcase = Buka langsung dalam mode pameran (layar penuh)
cli-arg-help = Tampilkan bantuan ini
cli-arg-version = Tampilkan versi
cli-cmd-sample = Isi katalog kosong dengan katalog contoh
cli-cmd-import = Impor produk dari buku kerja Excel atau LibreOffice (.xlsx, .xls, .ods) atau berkas CSV
cli-arg-import-file = Buku kerja atau berkas CSV yang diimpor
cli-arg-photos = Folder acuan jalur foto (bawaan: folder berkas yang diimpor)
cli-arg-strict = Batalkan seluruh impor bila ada satu baris saja yang salah
cli-arg-dry-run = Hanya laporkan apa yang akan berubah, tanpa menyimpan apa pun
cli-cmd-export = Ekspor katalog ke berkas
cli-cmd-export-csv = Ekspor semua produk ke berkas CSV
cli-arg-export-file = Berkas yang ditulis
cli-cmd-list = Daftar produk, urut menurut SKU
cli-arg-json = Tampilkan dalam JSON, bukan tabel
cli-cmd-check = Periksa katalog dan laporkan temuan soal halal dan izin edar
cli-arg-fix = Perbaiki yang bisa diperbaiki (indeks, foto yang tak terpakai)

cli-err-unknown-argument = Pilihan atau isian “{ $arg }” tidak dikenal.
cli-err-unknown-command = Perintah “{ $arg }” tidak dikenal.
cli-err-missing-argument = Belum diisi: { $arg }.
cli-err-invalid-value = “{ $value }” bukan isian yang sah untuk { $arg }.
cli-err-missing-command = Sebutkan apa yang mau dikerjakan: salah satu perintah di bawah.
cli-err-generic = Baris perintah tidak dapat dipahami.
cli-err-see-help = Lihat “etalase --help” untuk perintah yang tersedia.

cli-sample-done = Katalog contoh sudah dimuat: { $products } produk dari { $producers } pesantren.
cli-sample-not-empty = Katalog ini sudah berisi { $count } produk; katalog contoh hanya dimuat ke katalog yang masih kosong. Untuk mencobanya, pakai folder lain dengan --data-dir.

cli-import-summary = Impor { $file } selesai: { $created } produk baru, { $updated } diperbarui, { $unchanged } tetap, { $rejected } baris ditolak.
cli-import-dry-run = Uji coba impor { $file }: { $created } produk akan ditambahkan, { $updated } diperbarui, { $unchanged } tetap, { $rejected } baris ditolak. Belum ada yang disimpan.
cli-import-strict-abort = Tidak ada yang diimpor: { $rejected } baris bermasalah dan --strict dipakai. Betulkan baris-baris di atas, lalu impor ulang.
cli-import-new-producers = Produsen baru: { $names }
cli-import-new-categories = Kategori baru: { $names }

cli-export-csv-done = { $count } produk sudah ditulis ke { $file }.

list-col-sku = SKU
list-col-name = Nama
list-col-category = Kategori
list-col-price = Harga
list-col-producer = Produsen
list-col-halal = Halal
list-empty = Katalog masih kosong. Muat contoh dengan “etalase sample” atau impor berkas CSV dengan “etalase import BERKAS.csv”.
list-no-price = belum ada harga

check-sound = Katalog dalam keadaan baik: { $products } produk, { $producers } produsen, { $categories } kategori.
check-damaged = Katalog rusak: ditemukan { $count } masalah.
check-fix-hint = Jalankan “etalase check --fix” untuk menyusun ulang indeks dan membuang foto yang tak terpakai.
check-fixed = Sudah diperbaiki: indeks disusun ulang dan foto yang tak terpakai dibuang.
check-unrepairable = Sebagian kerusakan tidak bisa diperbaiki otomatis: pulihkan dari cadangan, atau simpan folder ini apa adanya lalu minta bantuan.
check-damage-undecodable = Data { $kind } yang tersimpan tidak dapat dibaca (kunci { $key }).
check-damage-missing-category = Produk { $sku } merujuk ke kategori yang tidak ada.
check-damage-missing-producer = Produk { $sku } merujuk ke produsen yang tidak ada.
check-damage-missing-photo = Produk { $sku } merujuk ke foto yang tidak tersimpan.
check-damage-duplicate-sku = SKU { $sku } dipakai oleh lebih dari satu produk.
check-damage-index = Indeks { $index } tidak cocok dengan datanya pada { $count } entri.
check-damage-unused-photos = Ada { $count } foto tersimpan yang tidak dipakai produk atau produsen mana pun.
check-findings-none = Tidak ada temuan soal halal maupun izin edar.
check-findings-count = { $count } temuan soal halal dan izin edar:
check-finding-line = { $sku } ({ $name }): { $finding }
check-group = { $group } ({ $count }):
check-certified-count = { $count } produk bersertifikat halal dengan sertifikat yang masih berlaku.
check-readiness-title = Kesiapan produsen untuk kurasi OPOP:
check-readiness-ready = { $name }: siap ({ $met } dari { $total } syarat terpenuhi)
check-readiness-not-ready = { $name }: belum siap ({ $met } dari { $total } syarat terpenuhi)

finding-halal-expired = sertifikat halal sudah habis masa berlakunya { $days } hari yang lalu (berlaku sampai { $date })
finding-halal-expiring = sertifikat halal habis masa berlakunya dalam { $days } hari ({ $date })
finding-certified-without-number = ditandai bersertifikat, tetapi nomor sertifikatnya kosong
finding-halal-registration = nomor “{ $number }” adalah nomor pendaftaran, bukan nomor sertifikat; sertifikatnya belum terbit
finding-halal-malformed = nomor sertifikat “{ $number }” tidak sesuai format (ID + 17 angka, atau LPPOM- + 14 angka); label halal tidak ditampilkan
finding-mandatory-days-left = { $status ->
        [in_process] masih dalam proses sertifikasi
        [none] belum bersertifikat
        [not_required] ditandai “tidak wajib”
       *[other] sertifikatnya tidak berlaku
    }, padahal wajib bersertifikat halal paling lambat { $deadline }: tinggal { $days } hari lagi
finding-mandatory-overdue = { $status ->
        [in_process] masih dalam proses sertifikasi
        [none] belum bersertifikat
        [not_required] ditandai “tidak wajib”
       *[other] sertifikatnya tidak berlaku
    }, padahal wajib bersertifikat halal sejak { $deadline }: terlambat { $days } hari
finding-pirt-malformed = nomor PIRT “{ $number }” tidak terdiri dari 15 angka
finding-pirt-expired = izin PIRT “{ $number }” sudah habis masa berlakunya pada { $year }
finding-bpom-malformed = nomor BPOM “{ $number }” tidak sesuai format (MD/ML + 12 angka, NA + 11, TR/TI/SD + 9)
finding-registration-missing = belum ada nomor PIRT atau BPOM, padahal produk di kategori ini memerlukannya
cli-cmd-export-pdf = Ekspor katalog siap cetak dalam bentuk PDF
cli-arg-export-pdf-file = Berkas PDF yang ditulis
cli-arg-pdf-lang = Bahasa katalog: id atau en
cli-arg-pdf-layout = grid (kartu dua kolom, mengalir antarhalaman; bawaan), list (daftar harga) atau sheet (satu halaman per produk)
cli-arg-pdf-paper = a4 (bawaan) atau letter
cli-arg-pdf-category = Hanya kategori ini (nama Indonesia atau Inggris); boleh diulang
cli-arg-pdf-producer = Hanya produsen ini (nama pesantren); boleh diulang
cli-arg-pdf-featured = Hanya produk unggulan
cli-arg-pdf-by-producer = Kelompokkan halaman dan daftar isi per produsen, bukan per kategori
cli-arg-pdf-no-prices = Tanpa harga sama sekali
cli-arg-pdf-bleed = Untuk percetakan: bleed 3 mm di tiap sisi dan tanda potong
cli-arg-pdf-date = Tanggal di sampul (bawaan: hari ini)
cli-export-pdf-done = Katalog berisi { $count } produk sudah ditulis ke { $file }.
cli-export-pdf-failed = PDF tidak bisa dibuat (pustaka PDF menolaknya: { $reason }). Tidak ada berkas yang ditulis.
pdf-notice-not-translated = Catatan: { $sku } belum punya nama atau deskripsi bahasa Inggris; teks bahasa Indonesia yang dipakai.
pdf-notice-no-photo = Catatan: { $sku } belum punya foto.
pdf-notice-photo-unreadable = Catatan: salah satu foto { $sku } tidak bisa dibaca dari katalog, jadi tidak dicetak. Jalankan “etalase check” untuk melihat apa yang rusak.
pdf-notice-halal-expired = Catatan: sertifikat halal { $sku } sudah kedaluwarsa, jadi katalog tidak mencantumkan klaim halal untuk produk ini. Perbarui datanya di produk tersebut.
pdf-notice-halal-number = Catatan: nomor sertifikat halal { $sku } tidak sesuai format (ID + 17 angka atau LPPOM- + 14 angka), jadi katalog tidak mencantumkan klaim halal untuk produk ini. Perbaiki nomornya di produk tersebut.
pdf-notice-no-price = Catatan: { $sku } belum punya harga; tertulis “Harga atas permintaan”.
cli-cmd-backup = Cadangkan seluruh katalog (data dan foto) ke satu berkas ZIP
cli-arg-backup-file = Berkas ZIP cadangan yang akan ditulis
cli-cmd-restore = Pulihkan katalog dari berkas ZIP cadangan
cli-arg-restore-file = Berkas ZIP cadangan yang akan dipulihkan
cli-arg-protect = Lindungi cadangan dengan kata sandi (ditanyakan dua kali; dari skrip: baris pertama masukan standar)
cli-passphrase-prompt = Kata sandi cadangan
cli-passphrase-again = Ulangi kata sandi
cli-arg-replace = Timpa katalog yang sudah berisi (katalog lama dicadangkan dulu dan disimpan terpisah)
cli-backup-done = Cadangan tersimpan di { $file }: { $products } produk, { $photos } foto, { $leads } pengunjung.
cli-restore-done = Katalog dipulihkan dari { $file }: { $products } produk, { $photos } foto, { $leads } pengunjung.
cli-restore-saved-old = Katalog lama sudah dicadangkan ke { $file }.
cli-cmd-merge = Gabungkan cadangan katalog lain ke katalog ini
cli-arg-merge-file = Berkas ZIP cadangan katalog lain
cli-arg-on-clash = Jika kode produk (SKU) sudah dipakai: keep = pertahankan milik sendiri, take = ambil milik mereka, both = simpan keduanya (SKU mereka diberi akhiran)
cli-merge-clash-keep = SKU { $sku } sudah ada: produk di katalog ini dipertahankan, produk dari cadangan tidak dimasukkan.
cli-merge-clash-take = SKU { $sku } sudah ada: diganti dengan produk dari cadangan.
cli-merge-clash-both = SKU { $sku } sudah ada: produk dari cadangan ditambahkan sebagai { $new }.
cli-merge-done = Digabungkan dari { $file }: { $products } produk, { $producers } produsen, { $categories } kategori, { $photos } foto dan { $leads } pengunjung baru; { $clashes } SKU bentrok.

## Buku kerja Excel
cli-arg-sheet = Lembar buku kerja yang diimpor (bawaan: lembar pertama)
cli-cmd-export-xlsx = Ekspor semua produk ke buku kerja Excel (.xlsx), fotonya ke folder di sebelahnya
cli-arg-export-xlsx-file = Berkas .xlsx yang ditulis
cli-export-xlsx-done = { $count } produk sudah ditulis ke { $file }.
cli-cmd-template = Simpan buku kerja Excel kosong untuk diisi, dengan satu baris contoh dan lembar penjelasan tiap kolom
cli-arg-template-file = Berkas .xlsx yang ditulis
cli-template-done = Templat sudah disimpan di { $file }. Timpa baris contohnya dengan produk Anda (lembar “Petunjuk” menjelaskan setiap kolom), lalu impor dengan “etalase import { $file }”.

# Social cards (issue 23)
cli-cmd-export-cards = Buat kartu produk untuk media sosial (PNG) beserta keterangan siap tempel
cli-arg-export-cards-dir = Folder tempat kartu dan keterangannya disimpan (dibuat bila belum ada)
cli-arg-cards-lang = Bahasa kartu dan keterangannya: id atau en
cli-arg-cards-size = square (1080 x 1080, feed Instagram, Facebook dan katalog WhatsApp; bawaan), portrait (1080 x 1350) atau story (1080 x 1920, Story dan Status WhatsApp)
cli-arg-cards-style = band (foto penuh dengan pita hijau; bawaan), panel (foto berbingkai di atas kertas) atau tag (promo dengan label harga)
cli-arg-cards-sku = Hanya produk dengan kode ini; boleh diulang
cli-arg-cards-category = Hanya kategori ini (nama Indonesia atau Inggris); boleh diulang
cli-arg-cards-producer = Hanya produsen ini (nama pesantren); boleh diulang
cli-arg-cards-featured = Hanya produk unggulan
cli-arg-cards-no-prices = Tanpa harga di kartu dan keterangannya
cli-arg-cards-date = Tanggal acuan masa berlaku sertifikat halal (bawaan: hari ini)
cli-export-cards-done = { $count } kartu beserta keterangannya sudah disimpan di { $dir } (semua keterangan juga ada di captions.txt).
cli-export-cards-none = Tidak ada produk yang cocok dengan pilihan ini, jadi tidak ada kartu yang dibuat.
cards-notice-no-photo = Catatan: { $sku } belum punya foto; kartunya memakai warna dan nama kategorinya.
cards-notice-photo-unreadable = Catatan: foto { $sku } tidak bisa dibaca dari katalog; kartunya memakai warna kategorinya. Jalankan “etalase check” untuk melihat apa yang rusak.
cards-notice-no-price = Catatan: { $sku } belum punya harga; kartunya tanpa harga.
cards-notice-no-number = Catatan: produsen { $sku } maupun penerbit katalog tidak punya nomor WhatsApp; kartunya tanpa kode QR dan tanpa baris pemesanan.
cards-notice-halal-expired = Catatan: sertifikat halal { $sku } sudah kedaluwarsa, jadi kartu dan keterangannya tidak mencantumkan klaim halal. Perbarui datanya di produk tersebut.
cards-notice-halal-number = Catatan: nomor sertifikat halal { $sku } tidak sesuai format (ID + 17 angka atau LPPOM- + 14 angka), jadi kartu dan keterangannya tidak mencantumkan klaim halal. Perbaiki nomornya di produk tersebut.
cards-notice-not-translated = Catatan: { $sku } belum punya nama atau deskripsi bahasa Inggris; teks bahasa Indonesia yang dipakai.
cards-notice-hidden = Catatan: { $sku } disembunyikan, jadi tidak dibuatkan kartu.
cards-notice-unknown-sku = Catatan: tidak ada produk dengan kode { $sku }.
