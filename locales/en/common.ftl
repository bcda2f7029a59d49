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
record-lead = visitor sign-up
record-settings = catalogue settings

index-sku = SKU
index-category = category
index-producer = producer

# Producer readiness for OPOP curation and grants
req-nib = NIB (business id) on the producer's profile
req-products = At least one product listed
req-halal = Every product's halal status settled
req-registration = PIRT or BPOM wherever the category needs one
req-photos = A photo for every product
req-languages = Name and description in Indonesian and English
gap-nib-empty = the NIB is not filled in on the producer's profile
gap-nib-malformed = the NIB “{ $number }” does not have 13 digits
gap-no-products = no product listed yet (hidden products do not count)
gap-halal-not-yet = { $sku }: not halal certified yet
gap-halal-in-process = { $sku }: halal certification still in process
gap-halal-number = { $sku }: the certificate number is missing or not in a known form
gap-halal-expired = { $sku }: the halal certificate has expired
gap-halal-not-required = { $sku }: marked “not required”, but its category must be halal certified
gap-registration-missing = { $sku }: no PIRT or BPOM number
gap-pirt-malformed = { $sku }: the PIRT number does not have 15 digits
gap-pirt-expired = { $sku }: the PIRT registration expired in { $year }
gap-bpom-malformed = { $sku }: the BPOM number is not in a known form
gap-no-photo = { $sku }: no photo
gap-text = { $sku }: name or description missing in { $langs ->
        [id] Indonesian
        [en] English
       *[both] Indonesian and English
    }
readiness-ready = Ready for curation
readiness-met = { $met } of { $total } requirements met

# PDF catalogue
pdf-contents = Contents
pdf-page-of = Page { $page } of { $total }
pdf-cover-count = Pesantren halal product catalogue · { $count ->
        [one] 1 product
       *[other] { $count } products
    }
pdf-cover-language = English edition
pdf-cover-no-prices = Prices on request
pdf-price-on-request = Price on request
pdf-col-sku = SKU
pdf-col-name = Product
pdf-col-net = Net content
pdf-col-price = Price
pdf-col-wholesale = Wholesale
pdf-col-halal = Halal
pdf-wholesale = from { $qty } pcs: { $price }
pdf-months = { $count ->
        [one] 1 month
       *[other] { $count } months
    }
pdf-order-qr = Scan this code with a phone camera to order on WhatsApp.
pdf-field-net = Net content
pdf-field-wholesale = Wholesale price
pdf-field-ingredients = Ingredients
pdf-field-storage = Storage
pdf-field-shelf-life = Shelf life
pdf-field-pirt = PIRT
pdf-field-bpom = BPOM
pdf-field-sku = Product code
pdf-field-hs = HS code
pdf-field-min-order = Minimum order
pdf-field-carton = Units per carton
pdf-field-producer = Producer
pdf-field-kopontren = Cooperative
pdf-field-city = Location
pdf-field-whatsapp = WhatsApp
pdf-field-email = E-mail
pdf-price-list = Price list
