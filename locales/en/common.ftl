# Shared words: months, halal statuses, record kinds.

month-january = January
month-february = February
month-march = March
month-april = April
month-may = May
month-june = June
month-july = July
month-august = August
month-september = September
month-october = October
month-november = November
month-december = December

halal-status-certified = Halal certified
halal-status-in-process = Certification in process
halal-status-none = Not certified yet
halal-status-not-required = Not required

record-product = product
record-producer = producer
record-category = category
record-settings = catalogue settings

index-sku = SKU
index-category = category
index-producer = producer
