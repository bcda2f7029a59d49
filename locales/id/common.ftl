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
record-settings = pengaturan katalog

index-sku = SKU
index-category = kategori
index-producer = produsen
