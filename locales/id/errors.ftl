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
csv-problem-scheme = “{ $value }” bukan skema sertifikasi halal; tulis reguler atau self_declare
csv-problem-issuer = “{ $value }” bukan penerbit sertifikat halal; tulis BPJPH atau MUI
csv-problem-phone = “{ $value }” bukan nomor WhatsApp; tulis seperti 0812-3456-789
csv-problem-phone-length = jumlah angka “{ $value }” terlalu sedikit atau terlalu banyak untuk nomor WhatsApp
csv-problem-wholesale-half = harga grosir perlu diisi lengkap: wholesale_price dan wholesale_min_qty
csv-problem-too-many-cells = baris ini berisi { $cells } sel, padahal judul kolomnya hanya { $columns }; sel yang memuat “{ $delimiter }” harus diapit tanda kutip ganda
csv-row-error = { $where }, { $column }: { $problem }.
csv-row-error-no-column = { $where }: { $problem }.

csv-warn-unknown-column = Catatan: kolom “{ $column }” di { $file } tidak dikenal Etalase dan diabaikan.
csv-warn-windows-1252 = Catatan: { $file } bukan UTF-8, jadi dibaca sebagai Windows-1252 (CSV biasa dari Excel). Periksa huruf beraksen, dan lain kali simpan sebagai “CSV UTF-8”.
csv-warn-halal-number = Catatan: { $where }: nomor sertifikat halal tidak sesuai format (ID + 17 angka, atau LPPOM- + 14 angka). Nomor tetap disimpan, tetapi label halal tidak ditampilkan.
csv-warn-halal-registration = Catatan: { $where }: nomor halal ini tampaknya nomor pendaftaran, bukan nomor sertifikat. Selama sertifikat belum terbit, statusnya sebaiknya proses.
csv-warn-photos = Catatan: { $where }: foto tidak dibaca pada impor ini; foto produk tidak diubah.
csv-warn-repeated-sku = Catatan: { $where }: SKU { $sku } sudah muncul di baris { $first }; yang dipakai isi baris yang belakangan.
err-store-producer-in-use = Produsen ini belum bisa dihapus karena masih dipakai { $count } produk. Pindahkan dulu produk-produk itu ke produsen lain.
err-store-category-in-use = Kategori ini belum bisa dihapus karena masih berisi { $count } produk. Pindahkan dulu produk-produk itu ke kategori lain.
err-job-stopped = Pekerjaan di latar belakang berhenti tiba-tiba. Tidak ada yang diubah; silakan coba lagi.
err-no-file-dialog = Jendela pilih file tidak bisa dibuka di komputer ini. Seret saja file CSV-nya ke jendela Etalase (di halaman Produk).
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
