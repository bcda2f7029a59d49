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
req-legal = Organisation details complete (legal entity, Kemenag, members, contact)
req-products = At least one product listed
req-halal = Every product's halal status settled
req-registration = PIRT or BPOM wherever the category needs one
req-trademark = Every product's brand registered or filed with DJKI
req-photos = A photo for every product
req-languages = Name and description in Indonesian and English
gap-nib-empty = the NIB is not filled in on the producer's profile
gap-nib-malformed = the NIB “{ $number }” does not have 13 digits
gap-legal-kopontren = the Kopontren's name is not filled in
gap-legal-entity-number = the cooperative's legal entity number is not filled in
gap-legal-nik-empty = the NIK koperasi is not filled in
gap-legal-nik-malformed = the NIK koperasi “{ $number }” does not have 16 digits
gap-legal-kemenag-unanswered = not yet said whether the pesantren is registered with Kemenag
gap-legal-kemenag-no = the pesantren is not registered with Kemenag
gap-legal-nspp = registered with Kemenag, but the NSPP is not filled in
gap-legal-founded-empty = the year founded is not filled in
gap-legal-founded-implausible = the year founded, { $year }, cannot be right
gap-legal-members = the number of cooperative members is not filled in
gap-legal-santri = the number of santri involved is not filled in
gap-legal-contact-person = the contact person's name is not filled in
gap-legal-contact-role = the contact person's role is not filled in
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
gap-trademark-not-filed = { $sku }: the brand is not filed with DJKI
gap-trademark-number-missing = { $sku }: the brand is marked registered, but its IDM number is not filled in
gap-trademark-number-malformed = { $sku }: the trademark number is not in a known form (registered: IDM + 9 digits; filed: DID + 10 digits)
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
pdf-price-on-request = Price on request
pdf-col-sku = SKU
pdf-col-name = Product
pdf-col-net = Net content
pdf-col-price = Price
pdf-col-wholesale = Wholesale
pdf-col-halal = Halal
pdf-wholesale = from { $qty } pcs: { $price }
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

## The Excel workbook: its sheets, and the guide sheet that explains each column (the workbook
## always carries both languages, whatever the user's).
workbook-sheet-products = Products
workbook-sheet-guide = Guide
workbook-sheet-lists = Lists
workbook-guide-head-column = Column
workbook-guide-head-required = Required
workbook-guide-head-explanation = Explanation
workbook-guide-required = required
workbook-guide-note-rows = One row is one product, recognised by its SKU: a SKU already in the catalogue updates that product, a new one adds a product. A column left out keeps what is stored; an empty cell clears it.
workbook-guide-note-identifiers = The sku, whatsapp, pirt, bpom, halal_number and hs_code columns are formatted as Text, so that Excel keeps every digit and leading zero. Keep them that way when you add rows.
workbook-guide-note-dropdowns = The category, producer, halal_status, halal_scheme, halal_issuer, featured and hidden columns have dropdown lists. A new category or producer may be typed in: the import creates it.
workbook-guide-note-photos = Photos are files named in the photos column, relative to this workbook's folder (an export puts them in the folder named after the workbook, ending in _photos). Separate several photos with |; the first is the cover.
workbook-col-sku = Product code, unique in the catalogue (for example KOP-001). Letters, digits and leading zeros are kept as typed.
workbook-col-name-id = Product name in Indonesian.
workbook-col-name-en = Product name in English.
workbook-col-category = Category, by its Indonesian name; a new name creates a category.
workbook-col-category-en = The category's English name (optional).
workbook-col-description-id = Description in Indonesian; it may span several lines.
workbook-col-description-en = Description in English.
workbook-col-ingredients-id = Ingredients in Indonesian.
workbook-col-ingredients-en = Ingredients in English.
workbook-col-price = Price in whole rupiah, for example 25000 (shown as 25,000).
workbook-col-wholesale-price = Wholesale price in rupiah; give it together with wholesale_min_qty.
workbook-col-wholesale-min-qty = The smallest order that gets the wholesale price.
workbook-col-net-content = Net content as printed on the pack, for example 250 g.
workbook-col-shelf-life-months = Shelf life in whole months.
workbook-col-producer = The pesantren that makes the product, by name; a new name creates a producer.
workbook-col-kopontren = The pesantren's cooperative (Kopontren); shared by all its products.
workbook-col-city = The producer's city or regency, for example Kab. Malang.
workbook-col-whatsapp = The producer's WhatsApp number, written in any common way: 0812-3456-789 or +62 812 3456 789.
workbook-col-halal-status = certified, in_process, none or not_required (the Indonesian bersertifikat, proses, belum and tidak_wajib work too). Empty: certified when a halal number is given.
workbook-col-halal-scheme = regular or self_declare.
workbook-col-halal-number = Halal certificate number: ID followed by 17 digits (BPJPH), or LPPOM- followed by 14 digits (MUI).
workbook-col-halal-issuer = BPJPH or MUI.
workbook-col-halal-issued = The day the certificate was issued (a date cell, or YYYY-MM-DD).
workbook-col-halal-valid-until = The day the certificate ends; empty when it holds as long as the composition and process are unchanged.
workbook-col-pirt = PIRT (home industry) registration number, as printed on the pack.
workbook-col-bpom = BPOM registration number (MD, ML…), as printed on the pack.
workbook-col-hs-code = HS code for export, for example 0901.21.
workbook-col-min-order = The smallest export order, in units.
workbook-col-photos = Photo files, relative to this workbook's folder, separated by |; the first is the cover.
workbook-col-featured = yes to show the product first at fairs and in catalogues, otherwise no.
workbook-col-hidden = yes to keep the product out of catalogues and fair mode, otherwise no.
workbook-col-halal-examiner = The halal examining body (LPH), or for self-declare the process companion (PPH).
workbook-col-storage-id = Storage instructions in Indonesian.
workbook-col-storage-en = Storage instructions in English.
workbook-col-units-per-carton = Units packed in one carton, for export.
workbook-col-trademark-status = The brand's standing with DJKI: registered, filed (application pending) or none.
workbook-col-trademark-number = Trademark number: IDM + 9 digits once registered, the DID… application number while filed.
workbook-col-sni = The product's SNI number, if it has one (e.g. SNI 8664:2018).
workbook-col-nib = The producer's NIB (business id), 13 digits. Applies to every product of this producer.
workbook-col-nspp = NSPP (pesantren statistics number) from Kemenag.
workbook-col-legal-entity-number = The cooperative's legal entity number as its deed gives it (e.g. AHU-0004521.AH.01.26.TAHUN 2019).
workbook-col-nik-koperasi = NIK koperasi, 16 digits. Keep the column formatted as Text or the last digit is lost.
workbook-col-kemenag-registered = yes when the pesantren is registered with Kemenag, no when not; leave empty when unknown.
workbook-col-year-founded = The year the pesantren was founded, four digits.
workbook-col-members = Number of cooperative members.
workbook-col-santri-involved = Number of santri who help make and sell the products.
workbook-col-contact-person = The producer's contact person; also the name under the grant profile's signature.
workbook-col-contact-role = The contact person's role, e.g. Chair of the Kopontren.

# Cover (issue 22)
pdf-cover-products = { $count ->
        [one] 1 product
       *[other] { $count } products
    }
pdf-cover-language = English edition
pdf-cover-no-prices = Prices on request

# Social cards (issue 23)
cards-order-line = Order: { $link }
cards-scan = Scan to order on WhatsApp
cards-call = Order now
cards-caption-price = Price: { $price }
cards-caption-price-net = Price: { $price } / { $net }
cards-caption-net = Net content: { $net }
cards-caption-producer = Made by { $producer }
cards-caption-producer-city = Made by { $producer }, { $city }
cards-caption-order = Order on WhatsApp: { $link }
