# Buyer price list (export pricelist)

pricelist-title = Price List
pricelist-sheet = Price list
pricelist-date = Date: { $date }
pricelist-rate = Exchange rate: 1 USD = { $rate }, { $date }
pricelist-rate-note = USD prices are converted from the rupiah prices at this rate and rounded to the nearest cent.
pricelist-continued = { $section } (continued)
pricelist-page-of = Page { $page } of { $total }
pricelist-empty = No product matches these choices.
pricelist-on-request = Price on request
pricelist-pieces = { $count } pcs
pricelist-wholesale = from { $qty }: { $price }
pricelist-wholesale-usd = from { $qty }: { $price } ({ $usd })

## Column headings (PDF and workbook)
pricelist-col-sku = SKU
pricelist-col-name = Product
pricelist-col-name-producer = Product and producer
pricelist-col-category = Category
pricelist-col-producer = Producer
pricelist-col-net = Net content
pricelist-col-price-idr = Unit price (IDR)
pricelist-col-price-usd = Unit price (USD)
pricelist-col-wholesale = Wholesale price
pricelist-col-tier-qty = { $n ->
    [0] Wholesale: from (pcs)
   *[other] Wholesale { $n }: from (pcs)
}
pricelist-col-tier-idr = { $n ->
    [0] Wholesale price (IDR)
   *[other] Wholesale price { $n } (IDR)
}
pricelist-col-tier-usd = { $n ->
    [0] Wholesale price (USD)
   *[other] Wholesale price { $n } (USD)
}
pricelist-col-min-order = Min. order (pcs)
pricelist-col-carton = Units per carton
pricelist-col-shelf-life = Shelf life (months)
pricelist-col-storage = Storage
pricelist-col-hs = HS code
pricelist-col-halal = Halal certificate
pricelist-col-registration = Registration (PIRT/BPOM)
pricelist-col-pirt = PIRT number
pricelist-col-bpom = BPOM number

## Notes while exporting
pricelist-notice-not-translated = Note: { $sku } has no English name or description; the Indonesian text stands in.
pricelist-notice-no-price = Note: { $sku } has no price; the list says “Price on request”.
pricelist-notice-halal-expired = Note: the halal certificate of { $sku } has expired, so the price list leaves its number out. Update it on the product.
pricelist-notice-halal-number = Note: the halal certificate number of { $sku } is in no known form (ID + 17 digits or LPPOM- + 14 digits), so the price list leaves it out. Correct it on the product.

## Command line
pricelist-cli-cmd = Make a price list for wholesale and export buyers, as PDF or an Excel workbook
pricelist-cli-file = The file to write: .pdf for a PDF, .xlsx for an Excel workbook
pricelist-cli-lang = Language of the price list: id or en
pricelist-cli-category = Only this category (by its Indonesian or English name); may be repeated
pricelist-cli-producer = Only this producer (pesantren name); may be repeated
pricelist-cli-featured = Only featured products
pricelist-cli-no-prices = Leave every price column out
pricelist-cli-date = The date of the list and of the rate, and the day halal certificates are judged on (default: today)
pricelist-cli-usd-rate = Add prices in USD at this rate: rupiah for 1 USD, e.g. 16250 or 16.250
pricelist-cli-done = Wrote a price list of { $count ->
    [one] { $count } product
   *[other] { $count } products
} to { $file }.
pricelist-cli-none = No product matches these choices, so no price list was made.
pricelist-cli-bad-format = A price list is written as a PDF (.pdf) or an Excel workbook (.xlsx), not “{ $file }”. Change the file name's ending.
pricelist-cli-bad-rate = The rate “{ $value }” for --usd-rate cannot be read. Write the rupiah for 1 USD as a whole number, e.g. 16250 or 16.250.
pricelist-cli-rate-range = The rate “{ $value }” for --usd-rate makes no sense. Write the rupiah for 1 USD, between { $min } and { $max }, e.g. 16,250.
