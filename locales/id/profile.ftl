# Profil produsen untuk pengajuan hibah OPOP dan kurasi (export profile)

profile-title = Profil Produsen
profile-subtitle = Lampiran pengajuan hibah OPOP dan kurasi produk. Data diambil dari katalog Etalase.
profile-doc-title = Profil Produsen: { $name }
profile-footer = { $publisher } · Profil { $producer }
profile-not-filled = belum diisi
profile-yes = Ya
profile-no = Tidak
profile-no-photo = Belum ada foto

profile-section-identity = Identitas lembaga
profile-section-products = Produk ({ $count })
profile-outline-products = Produk
profile-section-checklist = Daftar periksa kesiapan
profile-section-photos = Foto produk

profile-field-pesantren = Nama pesantren
profile-field-nspp = NSPP
profile-field-kemenag = Terdaftar di Kemenag
profile-field-kopontren = Nama Kopontren
profile-field-legal-entity = Nomor badan hukum
profile-field-nik = NIK koperasi
profile-field-nib = NIB
profile-field-pillar = Pilar OPOP
profile-field-address = Alamat
profile-field-city = Kabupaten/kota, provinsi
profile-field-contact = Narahubung
profile-field-role = Jabatan narahubung
profile-field-whatsapp = WhatsApp
profile-field-email = E-mail
profile-field-founded = Tahun berdiri
profile-field-members = Anggota koperasi
profile-field-santri = Santri yang terlibat
profile-members-count = { $count } anggota
profile-santri-count = { $count } santri

profile-readiness-title = Kesiapan untuk kurasi dan hibah OPOP
profile-readiness-complete = Lengkap: semua { $total } syarat terpenuhi
profile-readiness-partial = { $met } dari { $total } syarat terpenuhi
profile-readiness-missing = Yang masih kurang:
profile-readiness-see = Rinciannya ada di daftar periksa kesiapan, halaman { $page }.

profile-field-price = Harga
profile-field-net = Isi bersih
profile-field-halal = Status halal
profile-field-pirt = PIRT
profile-field-bpom = BPOM
profile-field-registration = PIRT/BPOM
profile-field-trademark = Merek
profile-field-sni = SNI
profile-pirt-valid = berlaku sampai { $year }
profile-pirt-expired = masa berlaku habis pada { $year }
profile-trademark-registered = Terdaftar, { $number }
profile-trademark-registered-plain = Terdaftar
profile-trademark-filed = Diajukan, { $number }
profile-trademark-filed-plain = Diajukan
profile-trademark-none = Belum didaftarkan
profile-no-products = Belum ada produk yang ditampilkan di katalog.

profile-signature-closing = Demikian profil ini kami buat dengan sebenar-benarnya untuk dipergunakan sebagaimana mestinya.
profile-signature-place-date = { $place }, { $date }
profile-signature-role-default = Ketua

profile-notice-not-translated = Catatan: { $sku } belum punya nama atau deskripsi bahasa Inggris; teks bahasa Indonesia yang dipakai di profil.
profile-notice-no-photo = Catatan: { $sku } belum punya foto; di profil tertulis “Belum ada foto”.
profile-notice-photo-unreadable = Catatan: salah satu foto { $sku } tidak bisa dibaca dari katalog, jadi tidak dicetak. Jalankan “etalase check” untuk melihat apa yang rusak.
profile-notice-no-price = Catatan: { $sku } belum punya harga; tertulis “Harga atas permintaan”.
profile-notice-halal-expired = Catatan: sertifikat halal { $sku } sudah kedaluwarsa, jadi profil tidak mencantumkan klaim halal untuk produk ini. Perbarui datanya di produk tersebut.
profile-notice-halal-number = Catatan: nomor sertifikat halal { $sku } tidak sesuai format (ID + 17 angka atau LPPOM- + 14 angka), jadi profil tidak mencantumkan klaim halal untuk produk ini. Perbaiki nomornya di produk tersebut.

## Baris perintah: etalase export profile
profile-cli-cmd = Profil produsen (PDF) untuk pengajuan hibah OPOP atau kurasi
profile-cli-arg-file = Berkas PDF yang akan dibuat
profile-cli-arg-producer = Produsen: nama pesantren atau nama Kopontren (huruf besar/kecil tidak dibedakan)
profile-cli-arg-lang = Bahasa profil: id (Indonesia) atau en (Inggris)
profile-cli-arg-date = Tanggal di bawah tanda tangan, juga untuk menilai masa berlaku sertifikat (YYYY-MM-DD; bawaannya hari ini)
profile-cli-done = Profil { $producer } disimpan di { $file } ({ $met } dari { $total } syarat terpenuhi).
profile-cli-unknown-producer = Produsen “{ $name }” tidak ada di katalog. Produsen yang ada: { $known }.
profile-cli-no-producers = Produsen “{ $name }” tidak ada di katalog, dan katalog belum punya produsen. Tambahkan produsen dulu, atau muat contoh dengan “etalase sample”.
