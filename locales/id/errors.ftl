# Galat dan peringatan: apa yang salah dan apa yang perlu dilakukan.

err-store-locked = Katalog di { $path } sedang dibuka di jendela atau perintah Etalase lain. Tutup dulu di sana, lalu coba lagi.
err-store-folder = Folder data { $path } tidak dapat dipakai: { $reason }. Pastikan folder itu ada dan Anda boleh menulis di sana.
err-store-newer = Katalog di { $path } disimpan oleh Etalase versi yang lebih baru (skema { $found }). Perbarui Etalase untuk membukanya; tidak ada yang diubah.
err-store-upgrade = Katalog di { $path } gagal diperbarui ({ $reason }). Katalog dibiarkan seperti semula; pulihkan dari cadangan atau minta bantuan.
err-store-damaged = Ada data { $kind } tersimpan yang rusak. Jalankan “etalase check” untuk melihat apa saja yang terdampak.
err-store-sku-taken = SKU { $sku } sudah dipakai produk lain. Pilih SKU yang berbeda.
err-store-io = Katalog tidak dapat dibaca atau ditulis: { $reason }. Tidak ada lagi yang disimpan.
err-no-data-folder = Etalase tidak dapat menemukan folder data Anda. Sebutkan foldernya dengan --data-dir atau variabel ETALASE_DATA_DIR.
err-file-read = { $file } tidak dapat dibaca: { $reason }.
err-file-write = { $file } tidak dapat ditulis: { $reason }.

io-not-found = berkas atau folder itu tidak ada
io-permission-denied = tidak ada izin
io-is-a-directory = itu folder, bukan berkas
io-disk-full = disk penuh
io-other = { $detail }

csv-err-empty = { $file } kosong: tidak ada baris judul kolom maupun produk.
csv-err-utf16 = { $file } tersimpan sebagai teks Unicode (UTF-16). Di Excel pilih Simpan Sebagai, “CSV UTF-8 (Dibatasi koma)”, lalu impor berkas itu.
csv-err-unclosed-quote = { $file }: sel berkutip yang dimulai di baris { $line } tidak pernah ditutup. Periksa tanda kutip ganda (") yang berlebih di baris itu.
csv-err-missing-columns = { $file } tidak memiliki kolom wajib { $columns }. Tambahkan ke baris judul kolom.
csv-err-duplicate-column = Kolom “{ $column }” muncul dua kali di { $file }. Hapus salah satunya.

csv-where = { $file }, baris { $line }
csv-where-sku = { $file }, baris { $line } (SKU { $sku })
csv-column = kolom { $column }
csv-problem-missing = sel ini wajib diisi tetapi kosong
csv-problem-price = “{ $value }” bukan jumlah rupiah; tulis seperti 25000 atau Rp 25.000
csv-problem-price-cents = “{ $value }” memakai sen; harga rupiah harus bilangan bulat
csv-problem-price-large = “{ $value }” terlalu besar untuk sebuah harga
csv-problem-date = “{ $value }” bukan tanggal; tulis TTTT-BB-HH atau HH/BB/TTTT
csv-problem-count = “{ $value }” bukan bilangan bulat
csv-problem-flag = “{ $value }” bukan ya atau tidak; tulis ya/tidak, yes/no, true/false atau 1/0
csv-problem-status = “{ $value }” bukan status halal; tulis bersertifikat, proses, belum atau tidak_wajib
csv-problem-trademark-status = “{ $value }” bukan status merek; tulis terdaftar, diajukan atau belum
csv-problem-year = “{ $value }” bukan tahun; tulis empat angka, misalnya 1998
csv-problem-scheme = “{ $value }” bukan skema sertifikasi halal; tulis reguler atau self_declare
csv-problem-issuer = “{ $value }” bukan penerbit sertifikat halal; tulis BPJPH atau MUI
csv-problem-phone = “{ $value }” bukan nomor WhatsApp; tulis seperti 0812-3456-789
csv-problem-phone-length = jumlah angka “{ $value }” terlalu sedikit atau terlalu banyak untuk nomor WhatsApp
csv-problem-wholesale-half = harga grosir perlu diisi lengkap: wholesale_price dan wholesale_min_qty
csv-problem-scientific = “{ $value }” adalah angka yang diubah spreadsheet (Excel) ke notasi ilmiah, sehingga angka-angka di belakangnya hilang; format kolom ini sebagai Teks lalu ketik ulang nomor lengkapnya, atau pakai ekspor buku kerja Excel (etalase export xlsx) yang menjaga nomor tetap utuh
csv-problem-too-many-cells = baris ini berisi { $cells } sel, padahal judul kolomnya hanya { $columns }; sel yang memuat “{ $delimiter }” harus diapit tanda kutip ganda
csv-row-error = { $where }, { $column }: { $problem }.
csv-row-error-no-column = { $where }: { $problem }.

csv-warn-unknown-column = Catatan: kolom “{ $column }” di { $file } tidak dikenal Etalase dan diabaikan.
csv-warn-windows-1252 = Catatan: { $file } bukan UTF-8, jadi dibaca sebagai Windows-1252 (CSV biasa dari Excel). Periksa huruf beraksen, dan lain kali simpan sebagai “CSV UTF-8”.
csv-warn-halal-number = Catatan: { $where }: nomor sertifikat halal tidak sesuai format (ID + 17 angka, atau LPPOM- + 14 angka). Nomor tetap disimpan, tetapi label halal tidak ditampilkan.
csv-warn-halal-registration = Catatan: { $where }: nomor halal ini tampaknya nomor pendaftaran, bukan nomor sertifikat. Selama sertifikat belum terbit, statusnya sebaiknya proses.
csv-warn-photos = Catatan: { $where }: foto tidak dibaca pada impor ini; foto produk tidak diubah.
csv-warn-repeated-sku = Catatan: { $where }: SKU { $sku } sudah muncul di baris { $first }; yang dipakai isi baris yang belakangan.
csv-warn-leading-zero = Catatan: { $where }, { $column }: “{ $value }” { $kind ->
        [hs_code] kurang satu angka untuk kode HS (diawali pos 4 angka, lalu angka berpasangan)
        [pirt] hanya 14 angka, padahal nomor PIRT 15 angka
        [nib] hanya 12 angka, padahal NIB 13 angka
       *[other] kurang satu angka
    }. Spreadsheet membacanya sebagai angka dan membuang angka 0 di depannya, jadi kemungkinan aslinya { $likely }. Nilai ini tetap diimpor apa adanya. Perbaiki nilainya, dan lain kali format kolom itu sebagai Teks atau pakai ekspor buku kerja Excel (etalase export xlsx).
err-store-producer-in-use = Produsen ini belum bisa dihapus karena masih dipakai { $count } produk. Pindahkan dulu produk-produk itu ke produsen lain.
err-store-category-in-use = Kategori ini belum bisa dihapus karena masih berisi { $count } produk. Pindahkan dulu produk-produk itu ke kategori lain.
err-job-stopped = Pekerjaan di latar belakang berhenti tiba-tiba. Tidak ada yang diubah; silakan coba lagi.
err-no-file-dialog = Jendela pilih file tidak bisa dibuka di komputer ini. Seret saja file Excel atau CSV-nya ke jendela Etalase (di halaman Produk).
csv-warn-photo-refused = Catatan: { $where }: foto { $photo } tidak dipakai: { $reason } Produk tetap diimpor dengan foto lainnya.
photo-err-not-found = file tidak ditemukan.
photo-err-unreadable = file tidak bisa dibaca ({ $reason }).
photo-err-unsupported = bukan foto JPEG, PNG atau WebP.
photo-err-broken = file foto rusak atau tidak utuh (mungkin terpotong saat disalin atau diunduh).
photo-err-file-too-large = file terlalu besar ({ $megabytes } MB); batasnya 60 MB.
photo-err-too-many-pixels = gambar terlalu besar ({ $width } x { $height } piksel); batasnya 50 megapiksel.
photo-err-not-stored = foto tidak bisa disimpan ({ $reason }).
err-no-file-dialog-photos = Jendela pilih file tidak bisa dibuka di komputer ini. Seret saja file fotonya ke jendela Etalase.
err-no-file-dialog-save = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Katalog bisa diekspor lewat baris perintah: etalase export csv NAMA-FILE.csv
err-no-file-dialog-save-xlsx = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Katalog bisa diekspor lewat baris perintah: etalase export xlsx NAMA-FILE.xlsx
err-no-file-dialog-save-template = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Templat bisa dibuat lewat baris perintah: etalase template NAMA-FILE.xlsx
err-no-file-dialog-save-pdf = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Katalog PDF bisa dibuat lewat baris perintah: etalase export pdf NAMA-FILE.pdf --lang id
err-no-file-dialog-save-backup = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Cadangan bisa dibuat lewat baris perintah: etalase backup NAMA-FILE.zip
err-no-file-dialog-restore = Jendela pilih file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Cadangan bisa dipulihkan lewat baris perintah: etalase restore NAMA-FILE.zip --replace
err-no-file-dialog-save-compliance = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Daftar yang sama bisa dilihat lewat baris perintah: etalase check
err-no-file-dialog-save-leads = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity), jadi data pendaftar belum bisa disimpan sebagai file di sini. Datanya tetap tercantum di halaman ini.
backup-err-not-backup = Berkas ini bukan cadangan Etalase ({ $name }). Tidak ada yang diubah.
backup-err-newer = Cadangan ini dibuat oleh Etalase versi lebih baru (format { $format }). Perbarui Etalase dulu. Tidak ada yang diubah.
backup-err-unsafe-name = Cadangan ditolak: isinya memuat nama berkas yang tidak aman ({ $name }). Tidak ada yang diubah.
backup-err-unlisted = Cadangan ditolak: berkas { $name } tidak tercatat di daftar isinya. Tidak ada yang diubah.
backup-err-missing = Cadangan tidak lengkap: { $name } tidak ada. Tidak ada yang diubah.
backup-err-too-large = Cadangan ditolak: { $name } lebih besar dari yang tercatat (kemungkinan berkas rusak atau berbahaya). Tidak ada yang diubah.
backup-err-checksum = Cadangan rusak: isi { $name } tidak cocok dengan checksum-nya. Tidak ada yang diubah.
backup-err-bad-record = Cadangan rusak di { $name }: { $reason }. Tidak ada yang diubah.
backup-err-not-empty = Katalog di { $path } sudah berisi data. Pakai --replace untuk menimpanya (katalog lama dicadangkan dulu).
backup-err-cancelled = Pencadangan dibatalkan, tidak ada file yang ditulis.
backup-err-needs-passphrase = Cadangan ini dilindungi kata sandi. Masukkan kata sandinya untuk membukanya.
backup-err-wrong-passphrase = Kata sandi salah. Tidak ada yang diubah; silakan coba lagi.
backup-err-protected-damaged = Cadangan berkata sandi ini rusak dan tidak bisa dibuka ({ $reason }). Tidak ada yang diubah.
backup-passphrase-too-short = Kata sandi minimal { $count } karakter.
backup-passphrase-mismatch = Kedua kata sandi tidak sama. Ketik ulang yang kedua.
err-store-corrupt = Katalog di { $path } rusak dan tidak bisa dibaca (misalnya karena disk bermasalah). Data yang rusak tidak dihapus. Pulihkan dari cadangan: “etalase restore FILE.zip”; cadangan otomatis ada di folder backups.

## Buku kerja Excel dan LibreOffice
workbook-err-text = { $file } berisi teks biasa, bukan buku kerja, walaupun namanya seperti buku kerja (mungkin berkas CSV yang diganti namanya). Kalau itu berkas CSV, ganti akhiran namanya menjadi .csv lalu impor; kalau bukan, buka di Excel atau LibreOffice lalu simpan sebagai buku kerja Excel (.xlsx). Tidak ada yang diimpor.
workbook-err-not-workbook = { $file } bukan buku kerja Excel atau LibreOffice yang bisa dibaca Etalase. Buka di Excel atau LibreOffice, simpan sebagai buku kerja Excel (.xlsx), lalu impor berkas itu. Tidak ada yang diimpor.
workbook-err-damaged = { $file } rusak atau tidak utuh (mungkin terpotong saat disalin atau diunduh), jadi tidak bisa dibaca. Buka di Excel atau LibreOffice, simpan ulang, lalu impor salinan barunya; atau salin lagi dari sumbernya. Tidak ada yang diimpor.
workbook-err-protected = { $file } dilindungi kata sandi, jadi tidak bisa dibuka Etalase. Di Excel, simpan tanpa kata sandi (File > Info > Lindungi Buku Kerja > Enkripsikan dengan Kata Sandi, lalu kosongkan kata sandinya), kemudian impor lagi. Tidak ada yang diimpor.
workbook-err-too-large = Setelah dibuka, isi { $file } lebih dari { $megabytes } MB, jauh melebihi ukuran daftar produk, jadi berkas ini tidak dibuka (mungkin rusak, atau sengaja dibuat untuk merusak). Tidak ada yang diimpor.
workbook-err-too-many-cells = { $file } berisi lebih dari { $limit } sel, jauh melebihi ukuran daftar produk, jadi tidak dibaca. Sisakan daftar produknya saja di lembar itu (atau bagi menjadi beberapa berkas), lalu impor lagi. Tidak ada yang diimpor.
workbook-err-no-sheets = { $file } tidak punya lembar kerja berisi baris dan kolom (mungkin hanya berisi grafik). Tidak ada yang diimpor.
workbook-err-no-such-sheet = Di { $file } tidak ada lembar bernama “{ $sheet }”; lembar yang ada: { $sheets }. Tidak ada yang diimpor.
workbook-err-empty-sheet = Lembar “{ $sheet }” di { $file } masih kosong. Sebutkan lembar yang berisi produk dengan --sheet, atau isi dulu lembar ini. Tidak ada yang diimpor.
workbook-err-no-header = Lembar “{ $sheet }” di { $file } tidak punya baris judul kolom: tidak satu pun baris teratasnya memuat nama kolom yang dibaca Etalase (sku, name_id, category, price, producer, dst.). Tulis nama-nama kolom di baris tepat di atas daftar produk, seperti di templat (etalase template BERKAS.xlsx). Tidak ada yang diimpor.
workbook-err-sheet-of-csv = { $file } adalah berkas CSV, yang tidak punya lembar: --sheet hanya untuk buku kerja Excel dan LibreOffice. Tidak ada yang diimpor.
workbook-err-text-too-long = { $sku }: isi { $column } lebih panjang dari yang muat di satu sel Excel (32.767 karakter). Persingkat dulu, lalu ekspor lagi; belum ada yang ditulis.
workbook-err-write = Buku kerja Excel tidak bisa dibuat ({ $reason }). Belum ada yang ditulis.
workbook-where = { $file }, lembar “{ $sheet }”, baris { $line }
workbook-where-sku = { $file }, lembar “{ $sheet }”, baris { $line } (SKU { $sku })
workbook-problem-error-value = sel ini menampilkan galat { $value } (rumus yang gagal dihitung), bukan nilai; betulkan rumusnya atau ketik nilainya langsung
workbook-warn-repeated-sku = Catatan: { $where }: SKU { $sku } sudah muncul di baris { $first }; yang dipakai isi baris yang belakangan.
workbook-warn-untitled-cells = Catatan: { $where }: kolom { $column } berisi data tetapi tidak punya nama di baris judul, jadi diabaikan (begitu pula kolom lain yang seperti itu). Beri kolom itu nama yang dikenal Etalase, atau kosongkan.
err-no-file-dialog-save-cards = Jendela pilih folder tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Kartu bisa dibuat lewat baris perintah: etalase export cards NAMA-FOLDER --lang id
err-no-file-dialog-save-profile = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Profil bisa dibuat lewat baris perintah: etalase export profile profil.pdf --producer "NAMA PESANTREN" --lang id
err-no-file-dialog-save-pricelist = Jendela simpan file tidak bisa dibuka di komputer ini (perlu xdg-desktop-portal atau zenity). Daftar harga bisa dibuat lewat baris perintah: etalase export pricelist daftar-harga.pdf --lang id
