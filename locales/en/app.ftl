# The desktop window.

app-title = Etalase
app-lang-id = ID
app-lang-en = EN
app-lang-switch = Language
app-nav-products = Products
app-nav-producers = Producers
app-nav-categories = Categories
app-nav-settings = Settings

app-welcome-title = Welcome to Etalase
app-welcome-body = Etalase keeps your cooperative's halal product catalogue: names and descriptions in Indonesian and English, prices, halal certificates and registrations, ready for fairs and buyers.
app-welcome-publisher = Name of your cooperative or office
app-welcome-publisher-hint = e.g. Kopontren Rukun Amanah Barokah
app-welcome-sample = Load the example catalogue
app-welcome-sample-note = 15 products from 4 pesantren, to look around. You can delete them later.
app-welcome-empty = Start with an empty catalogue
app-welcome-publisher-needed = Enter the name of your cooperative first.

app-search = Search
app-search-hint = Name, SKU, description or producer, in either language
app-filter-category = Category
app-filter-producer = Producer
app-filter-halal = Halal status
app-filter-all = All
app-filter-needs-translation = Needs translation
app-filter-clear = Clear filters
app-view-grid = Cards
app-view-table = Table
app-new-product = New product
app-no-products = No products yet. Add one with “New product”.
app-no-matches = No product matches the search and filters.
app-col-sku = SKU
app-col-name = Name
app-col-category = Category
app-col-price = Price
app-col-producer = Producer
app-col-halal = Halal
app-col-complete = Complete
app-no-price = no price
app-hidden = hidden
app-featured = featured
app-selected = { $count } selected
app-select = Select { $name }
app-open = Open { $name }

app-status-count = { $count ->
        [one] 1 product
       *[other] { $count } products
    }
app-status-filtered = { $shown } of { $count } shown
app-status-saved-now = Saved just now
app-status-saved-ago = Saved { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    } ago
app-status-not-saved = Nothing saved in this session yet

app-halal-mark = HALAL
app-complete-lang = { $lang } { $percent }%

app-edit-title-new = New product
app-edit-title = Edit { $name }
app-edit-save = Save
app-edit-cancel = Cancel
app-edit-delete = Delete
app-edit-back = Back to products
app-edit-indonesian = Indonesian
app-edit-english = English
app-edit-stale = The English text may be out of date: the Indonesian was changed later.
app-field-sku = SKU
app-field-name = Name
app-field-description = Description
app-field-ingredients = Ingredients
app-field-storage = Storage instructions
app-field-category = Category
app-field-producer = Producer
app-field-choose = Choose…
app-field-price = Price (rupiah)
app-field-wholesale = Wholesale prices
app-field-wholesale-min = From quantity
app-field-wholesale-price = Unit price
app-field-wholesale-add = Add a wholesale price
app-field-wholesale-remove = Remove
app-field-net-content = Net content
app-field-shelf-life = Shelf life (months)
app-field-halal-status = Halal status
app-field-halal-scheme = Scheme
app-field-halal-number = Certificate number
app-field-halal-issuer = Issuer
app-field-halal-issued = Issued on
app-field-halal-valid-until = Valid until
app-field-halal-valid-hint = Empty: valid while composition and process are unchanged (UU 6/2023)
app-field-halal-examiner = Examiner (LPH or PPH)
app-field-pirt = PIRT number
app-field-bpom = BPOM number
app-field-trademark = Trademark (DJKI)
app-field-trademark-number = Trademark number (IDM… or DID… application number)
app-field-sni = SNI number (if any)
app-trademark-registered = Registered
app-trademark-filed = Filed, pending
app-trademark-not-filed = Not filed
app-field-hs-code = HS code
app-field-min-order = Minimum order
app-field-units-per-carton = Units per carton
app-field-featured = Featured (shown first at fairs)
app-field-hidden = Hidden (kept, but left out of exports and the showcase)
app-field-none = none
app-section-texts = Texts
app-section-sales = Price and packaging
app-section-halal = Halal and registrations
app-section-export = Export data

app-scheme-regular = Regular (LPH audit)
app-scheme-self-declare = Self-declare (PPH)
app-issuer-bpjph = BPJPH
app-issuer-mui = MUI (legacy)

app-check-required = Required.
app-check-sku-taken = Another product already uses this SKU.
app-check-not-rupiah = Write a whole rupiah amount, e.g. 25000 or Rp 25.000.
app-check-not-count = Write a whole number.
app-check-not-date = Write a date as YYYY-MM-DD or DD/MM/YYYY.
app-check-wholesale-half = Fill in both the quantity and the price.
app-check-halal-odd = Not a known certificate number (ID + 17 digits, or LPPOM- + 14 digits). It is kept, but no halal mark is shown.
app-check-halal-registration = This is a registration number, not a certificate number: set the status to “in process”.
app-check-certified-without-number = A certified product needs its certificate number.
app-check-pirt-odd = A PIRT number has 15 digits, e.g. P-IRT No. 2063507011234-28.
app-check-pirt-expired = This PIRT registration expired in { $year }.
app-check-bpom-odd = A BPOM number is MD/ML + 12 digits, NA + 11, or TR/TI/SD + 9.
app-edit-has-errors = Correct the marked fields to save.

app-leave-title = Unsaved changes
app-leave-body = This product has changes that are not saved yet.
app-leave-save = Save changes
app-leave-discard = Discard changes
app-leave-stay = Keep editing

app-delete-title = Delete product?
app-delete-body = “{ $name }” will be removed from the catalogue.
app-delete-confirm = Yes, delete it
app-delete-cancel = Keep it
app-deleted = “{ $name }” was deleted.
app-undo = Undo

app-store-error-title = The catalogue cannot be opened
app-sample-loaded = The example catalogue was loaded.
app-saved = Saved.
app-field-in-lang = { $field } ({ $lang })
app-lang-name-id = Indonesian
app-lang-name-en = English
app-theme-dark = Dark
app-theme-light = Light
app-window-failed = The window could not be opened: { $reason }. On Linux, check that a graphical session is running.
app-window-failed-windows = The window could not be opened: { $reason }. Try updating this laptop's graphics driver through Windows Update.
app-check-name-taken = This name is already used.
app-check-not-whatsapp = Write a mobile number, e.g. 0812-3456-7890 or +62 812 3456 7890.
app-check-not-email = Write an email address, e.g. koperasi@pesantren.sch.id.
app-check-nib-odd = An NIB has 13 digits. It is kept, but check it against the OSS certificate.
app-check-nik-koperasi-odd = A NIK koperasi has 16 digits. It is kept, but check it against the cooperative ministry's ODS record.
app-check-not-year = Write the year with four digits, e.g. 1998.
app-check-trademark-number-missing = A registered trademark has an IDM number; copy it from the trademark certificate.
app-check-trademark-number-odd = A trademark number is usually IDM + 9 digits (registered) or DID + 10 digits (filed). It is kept, but check it.

## Producers
app-producers-title = Producers
app-producers-empty = No producers yet. Add the pesantren whose products you sell.
app-producer-new = New producer
app-producer-title-new = New producer
app-producer-product-count = { $count ->
    [0] no products
    [one] 1 product
   *[other] { $count } products
}
app-producer-in-use = Used by { $count ->
    [one] one product
   *[other] { $count } products
}: { $names }. Move them to another producer before deleting this one.
app-producer-section-identity = Pesantren and cooperative
app-producer-section-about = About the pesantren
app-producer-section-contact = Contact
app-producer-pesantren = Pesantren name
app-producer-kopontren = Cooperative (Kopontren)
app-producer-nib = NIB (business number)
app-producer-nspp = NSPP (pesantren statistics number)
app-producer-section-legal = Organisation details (for grants and curation)
app-producer-legal-entity-number = Cooperative's legal entity number
app-producer-nik-koperasi = NIK koperasi (16 digits)
app-producer-kemenag = Registered with Kemenag
app-producer-kemenag-yes = Yes, registered
app-producer-kemenag-no = Not registered
app-producer-founded = Year founded
app-producer-members = Cooperative members
app-producer-santri = Santri involved
app-producer-contact-person = Contact person (name)
app-producer-contact-role = Contact person's role
app-producer-pillar = OPOP pillar
app-pillar-santripreneur = Santripreneur (students' enterprise)
app-pillar-pesantrenpreneur = Pesantrenpreneur (the pesantren's enterprise)
app-pillar-sosiopreneur = Sosiopreneur (alumni and community enterprise)
app-producer-description = Profile
app-producer-whatsapp = WhatsApp number
app-producer-email = Email
app-producer-address = Address
app-producer-city = City or regency
app-producer-province = Province
app-producer-delete-title = Delete producer?
app-producer-delete-body = “{ $name }” will be removed. No product uses it.
app-producer-deleted = The producer was deleted.

## Categories
app-categories-title = Categories
app-categories-hint = Catalogues and the showcase list categories in this order. Both names are needed: one for each language.
app-category-order = No.
app-category-name-id = Indonesian name
app-category-name-en = English name
app-category-halal-mandatory = Halal required
app-category-registration = Registration
app-category-actions = Order and removal
app-category-halal-short = mandatory
app-category-registration-short = PIRT or BPOM
app-category-up = Move up
app-category-down = Move down
app-category-remove = Remove
app-category-in-use = Holds { $count ->
    [one] one product
   *[other] { $count } products
}: { $names }
app-category-add = Add a category

## Settings
app-settings-title = Settings
app-settings-section-app = This app
app-settings-language = Language of the app
app-settings-theme = Appearance
app-settings-theme-light = Light
app-settings-theme-dark = Dark
app-settings-section-publisher = Publisher
app-settings-publisher-hint = Printed on the cover of every catalogue you export.
app-settings-publisher-name = Name of the cooperative or office
app-settings-publisher-address = Address
app-settings-publisher-whatsapp = WhatsApp number
app-settings-publisher-email = Email
app-settings-publisher-website = Website
app-settings-cover-title = Catalogue title
app-settings-section-halal = Halal rules
app-settings-deadline = Deadline for mandatory halal certification
app-settings-deadline-hint = Food, beverages, herbal products and cosmetics must be certified by this date (YYYY-MM-DD).
app-settings-section-order = WhatsApp order message
app-settings-order-hint = Buyers who scan a QR code get this message ready to send. { "{" }sku{ "}" } and { "{" }name{ "}" } are filled in.
app-settings-order-template = Message
app-settings-section-data = Data
app-settings-data-folder = The catalogue is kept in this folder
app-settings-open-folder = Open the folder
app-settings-open-failed = The folder could not be opened: { $reason }

## Spreadsheet import and export (Excel workbook and CSV)
app-import = Import…
app-import-hint = Bring products in from an Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file, or drag the file onto this window. You see what will change before anything is saved.
app-template = Download a blank template…
app-template-hint = Save an empty Excel workbook with the columns Etalase reads, one example row and a sheet explaining each column. Fill it in with Excel, then import it.
app-export = Export
app-export-hint = { $count ->
    [one] Save 1 product to a spreadsheet file.
   *[other] Save { $count } products to a spreadsheet file.
}
app-export-xlsx = Excel workbook (.xlsx)…
app-export-xlsx-hint = { $count ->
    [one] Save 1 product to an Excel file. Numbers such as WhatsApp, PIRT and HS codes stay whole when edited in Excel, and it imports back.
   *[other] Save { $count } products to an Excel file. Numbers such as WhatsApp, PIRT and HS codes stay whole when edited in Excel, and it imports back.
}
app-export-csv = CSV (.csv)…
app-export-csv-hint = { $count ->
    [one] Save 1 product to a CSV file, for other programs or Google Sheets. To edit in Excel, choose the Excel workbook.
   *[other] Save { $count } products to a CSV file, for other programs or Google Sheets. To edit in Excel, choose the Excel workbook.
}
app-import-pick-title = Choose the product list to import
app-export-pick-title = Save { $count } products as CSV
app-export-xlsx-pick-title = Save { $count } products as an Excel file
app-template-pick-title = Save the blank Excel template
app-export-file-name = etalase-products-{ $date }.csv
app-export-xlsx-file-name = etalase-products-{ $date }.xlsx
app-template-file-name = etalase-product-template.xlsx
app-csv-filter = CSV spreadsheet
app-sheet-filter = Spreadsheets (Excel, LibreOffice, CSV)
app-xlsx-filter = Excel workbook
app-template-done-title = Template saved
app-template-done = The blank template is in { $file }. Fill it in with Excel (over the example row), then bring it in with Import.
app-job-picking = Choose a file in the dialog that opened…
app-job-reading = Reading and checking the spreadsheet…
app-job-saving = Saving the import…
app-job-writing = Writing the CSV file…
app-job-writing-xlsx = Writing the Excel file…
app-job-rows = { $done } of { $total } rows
app-job-cancel = Cancel
app-job-cancelling = Cancelling…
app-import-title = Import from { $file }
app-import-created = New products
app-import-updated = Products updated
app-import-unchanged = Unchanged
app-import-rejected = Rows refused
app-import-new-producers = New producers to add: { $names }
app-import-new-categories = New categories to add: { $names }
app-import-problems = To check
app-import-rejected-hint = Refused rows are not imported. Fix them in the spreadsheet and import again.
app-import-confirm = { $count ->
    [one] Import 1 product
   *[other] Import { $count } products
}
app-import-nothing = Nothing to import.
app-import-cancelled = Import cancelled; nothing was changed.
app-import-cancel = Cancel
app-import-done-title = Import finished
app-import-done = { $created } new and { $updated } updated products were saved.{ $rejected ->
    [0] {""}
   *[other] {" "}{ $rejected } rows were refused and not imported.
}
app-export-cancelled = Export cancelled; no file was written.
app-export-done-title = Export finished
app-export-done = { $count } products saved to { $file }
app-export-open-folder = Open its folder
app-transfer-failed-title = That did not work
app-transfer-close = Close
app-import-more-problems = …and { $count } more. Import from the command line (etalase import) to see them all.
app-job-photos = photo { $done } of { $total }

## Photos
app-section-photos = Photos
app-photos-hint = The first photo is the cover. JPEG, PNG or WebP; phone photos are turned upright by themselves.
app-photos-focus-hint = Click the most important part of a photo: cards and catalogues crop around that point.
app-photo-focus = Photo { $n }: click its subject
app-photos-add = Add photos…
app-photos-drop-hint = or drop photo files on this window
app-photos-none = No photos yet.
app-photos-cover = Cover
app-photos-make-cover = Make cover
app-photos-left = Move left
app-photos-right = Move right
app-photos-remove = Remove photo
app-photos-loading = Loading…
app-photos-missing = Photo not found
app-photos-pick-title = Choose product photos
app-photos-filter = Photos (JPEG, PNG, WebP)
app-photos-cancelled = Adding photos was cancelled.
app-job-photos-adding = Processing photos…
app-photos-refused-title = { $count ->
    [one] One photo could not be used
   *[other] { $count } photos could not be used
}
app-photos-refused-line = { $file }: { $reason }
app-photo-of = Photo { $n } of { $total }
app-job-sample = Preparing the example catalogue and its photos…
app-producer-section-logo = Logo
app-logo-choose = Choose logo…
app-logo-remove = Remove logo
app-logo-hint = The pesantren's or cooperative's logo, shown in catalogues and at fairs. You can also drop it here.
app-logo-pick-title = Choose the pesantren's or cooperative's logo

## Compliance
app-nav-compliance = Compliance
app-compliance-title = Halal and registration compliance
app-compliance-hint = Halal certificates, PIRT and BPOM of every product. Food, beverages, herbal products and cosmetics must be halal certified by { $deadline }. Click a product's name to open it.
app-compliance-export = Export CSV…
app-compliance-pick-title = Save the compliance list as CSV
app-compliance-file-name = halal-compliance-{ $date }.csv
app-compliance-mandatory = Must be certified, is not
app-compliance-expired = Certificate expired
app-compliance-expiring = Ends within 90 days
app-compliance-malformed = Number in no known form
app-compliance-registration = PIRT/BPOM problems
app-compliance-in-process = In process
app-compliance-not-certified = Not certified yet
app-compliance-certified = Certified
app-compliance-not-required = Halal not required
app-compliance-col-group = Group
app-compliance-col-reason = Details
app-compliance-open = Open this product
app-compliance-none = No product in this group.
app-halal-expired = Halal certificate expired
app-halal-preview = Shown as:
app-halal-number-invalid = Certificate number not valid
app-check-pirt-valid-until = This PIRT registration holds until { $year } (read from digits 14 and 15).
app-field-halal-examiner-lph = Halal inspection body (LPH)
app-field-halal-examiner-pph = Halal process assistant (PPH)
app-compliance-export-done = The compliance list ({ $rows } rows) was saved to { $file }
app-compliance-tab-products = Products
app-compliance-tab-producers = Producer readiness
app-readiness-hint = What each producer still needs for OPOP curation and grants. Click a line about a product to open it.
app-readiness-none = No producers yet.
app-readiness-open-producer = Open the producer's profile
app-readiness-title = Readiness for OPOP curation
app-readiness-saved-hint = Counts what is saved; save your changes to update it.
readiness-more = … and { $count } more

## Export screen (printable catalogue)
app-nav-export = PDF catalogue
app-pdf-open = PDF catalogue…
app-pdf-open-hint = { $count ->
    [one] Make a PDF catalogue of this product
   *[other] Make a PDF catalogue of these { $count } products
}
app-pdf-title = PDF catalogue for buyers and print shops
app-pdf-export = Export PDF…
app-pdf-lang = Catalogue language
app-pdf-layout = Layout
app-pdf-layout-grid = Picture cards
app-pdf-layout-grid-hint = Picture cards two across, up to six a page, flowing from one category to the next; with price, halal mark and a QR code to order.
app-pdf-layout-list = Price list
app-pdf-layout-list-hint = A compact table per category: code, name, net content, price and halal status. Made for wholesale buyers.
app-pdf-layout-sheet = Product sheets
app-pdf-layout-sheet-hint = One product a page, with all its photos and details. Made for curation and fairs.
app-pdf-paper = Paper size
app-pdf-which = Products to print
app-pdf-scope-all = All products ({ $count })
app-pdf-scope-shown = As shown in the list ({ $count })
app-pdf-scope-selected = Selected ({ $count })
app-pdf-scope-category = One category:
app-pdf-scope-producer = One producer:
app-pdf-featured = Featured products only
app-pdf-prices = Show prices
app-pdf-hidden-hint = Hidden products are never printed.
app-pdf-check = Check before printing
app-pdf-nothing = No product matches these choices.
app-pdf-complete = Every product going in is complete.
app-pdf-gap-halal-expired = { $count ->
    [one] 1 product whose halal certificate has expired (no halal claim is printed):
   *[other] { $count } products whose halal certificate has expired (no halal claim is printed):
}
app-pdf-gap-halal-number = { $count ->
    [one] 1 product with a halal certificate number that is not valid (no halal claim is printed):
   *[other] { $count } products with a halal certificate number that is not valid (no halal claim is printed):
}
app-pdf-gap-english = { $count ->
    [one] 1 product has no English name or description (the Indonesian is printed):
   *[other] { $count } products have no English name or description (the Indonesian is printed):
}
app-pdf-gap-photo = { $count ->
    [one] 1 product has no photo:
   *[other] { $count } products have no photo:
}
app-pdf-gap-price = { $count ->
    [one] 1 product has no price ("Price on request" is printed):
   *[other] { $count } products have no price ("Price on request" is printed):
}
app-pdf-gap-more = and { $count } more
app-pdf-gap-hint = Click a product code to complete it. The catalogue can be exported as it is.
app-pdf-preparing = Preparing the preview…
app-pdf-summary = { $products ->
    [one] 1 product
   *[other] { $products } products
} · { $pages ->
    [one] page { $range } of 1
   *[other] pages { $range } of { $pages }
}
app-pdf-back = Previous pages
app-pdf-next = Next pages
app-pdf-pick-title = Save the PDF catalogue
app-pdf-file-name = catalogue-{ $date }.pdf
app-pdf-filter = PDF document
app-job-pdf = Making the PDF catalogue…
app-job-pdf-steps = Step { $done } of { $total } (print photos, then pages)
app-pdf-done-title = PDF catalogue ready
app-pdf-done = { $count ->
    [one] 1 product saved in { $file }
   *[other] { $count } products saved in { $file }
}
app-pdf-open-file = Open the PDF
app-open-file-failed = The file could not be opened: { $reason }
app-pdf-updating = updating…
app-pdf-group = Group the pages and contents by
app-pdf-group-category = Category
app-pdf-group-producer = Producer

## Fair screen and fair mode (showcase)
app-nav-fair = Fair
app-fair-title = Fair mode
app-fair-start = Start fair mode (F11)
app-fair-start-hint = Full screen for the booth: products take turns on screen, visitors can open one and scan a QR code to order. There is no control to change data.
app-fair-settings = Fair settings
app-fair-interval = Time each product is shown
app-fair-idle = Back to the product loop when untouched for
app-fair-pin = PIN to leave
app-fair-pin-none = No PIN yet. One is made the first time fair mode starts, and only that PIN opens the way out.
app-fair-pin-set = This PIN is asked for to leave fair mode.
app-fair-pin-invalid = The PIN must be 4 to 8 digits.
app-fair-signup = Visitors may leave their name and WhatsApp number
app-leads-title = Visitors who signed up ({ $count })
app-leads-none = No visitor has signed up yet.
app-leads-export = Export to Excel…
app-leads-delete-all = Delete all…
app-leads-col-name = Name
app-leads-col-whatsapp = WhatsApp
app-leads-col-product = Product of interest
app-leads-col-when = Signed up
app-leads-when = { $date }, { $time } UTC
app-leads-delete = Delete { $name }'s details
app-leads-delete-title = Delete visitor details?
app-leads-delete-one-body = The name and WhatsApp number of { $name } will be deleted from this catalogue. This cannot be undone.
app-leads-delete-all-body = { $count ->
    [one] The details of 1 visitor will be deleted from this catalogue. This cannot be undone.
   *[other] The details of { $count } visitors will be deleted from this catalogue. This cannot be undone.
}
app-leads-pick-title = Save the visitor list (Excel, or CSV when the name ends in .csv)
app-leads-file-name = fair-visitors-{ $date }.xlsx
app-leads-export-done = { $rows ->
    [one] 1 visitor saved in { $file }
   *[other] { $rows } visitors saved in { $file }
}
showcase-lang-id = Show in Indonesian
showcase-lang-en = Show in English
showcase-sign-up = Ask for product news
showcase-empty = There are no products to show yet.
showcase-open = Open { $name }
showcase-touch-hint = Touch the screen to see details and order
showcase-all-categories = All products
showcase-all-producers = All pesantren
showcase-photo = Photo { $number }
showcase-back = ‹ Back
showcase-scan = Scan to order via WhatsApp
showcase-no-order-link = Ask the booth staff how to order.
showcase-sign-up-title = Leave your contact
showcase-sign-up-intro = We will send product news and prices on WhatsApp.
showcase-field-name = Name
showcase-field-whatsapp = WhatsApp number
showcase-field-product = Product of interest
showcase-product-none = (none chosen)
showcase-consent = I agree that { $publisher } keeps my name and WhatsApp number only to send me product news and offers, and that I can ask for them to be deleted at any time.
showcase-keyboard-into = Tap the keys to fill in: { $field }
showcase-key-space = space
showcase-send = Send
showcase-cancel = Cancel
showcase-problem-name = Please write your name.
showcase-problem-whatsapp = The WhatsApp number is not right yet, e.g. 0812 3456 7890.
showcase-problem-consent = Tick the agreement so we may keep your contact.
showcase-thanks = Thank you!
showcase-thanks-body = Your contact is saved. We will get in touch on WhatsApp soon.
showcase-exit-title = Leave fair mode
showcase-exit-pin = Staff PIN:
showcase-exit-wrong = Wrong PIN. Try again.
showcase-exit-stay = Stay in fair mode
app-restore-offer = There is an automatic backup from { $date }. Changes made after that day are not in it.
app-restore-newest = Restore the newest automatic backup
app-job-restoring = Restoring the catalogue from a backup…
app-restored-title = Catalogue restored
app-restored = { $products } products are back from the backup. The damaged catalogue was kept in { $kept }, not deleted.
app-backup-section = Backups
app-backup-hint = One ZIP file with every product, producer, category, photo and visitor sign-up. Keep a copy on a USB stick or Google Drive. An automatic backup is made when the app closes after changes (at most once a day).
app-backup-now = Back up now…
app-backup-none = No automatic backup yet.
app-backup-line = Automatic backup of { $date } ({ $size } MB)
app-backup-restore-short = Restore…
app-backup-restore = Restore the automatic backup of { $date }
app-backup-pick-title = Save a backup of the catalogue
app-backup-file-name = etalase-backup-{ $date }.zip
app-backup-filter = ZIP file
app-job-backing-up = Making a backup…
app-backup-done-title = Backup finished
app-backup-done = A backup with { $products } products was saved to { $file }
app-restore-title = Restore this backup?
app-restore-body = The catalogue will be replaced by what { $file } holds. The current catalogue is first backed up into the backups folder and its folder kept aside, so nothing is lost.
app-restore-confirm = Yes, restore
app-restore-cancel = Cancel
app-restore-from-file = Restore from a file…
app-restore-pick-title = Choose the backup to restore
app-backup-protect = Protect with a passphrase
app-backup-protect-hint = For a backup that leaves this laptop (USB stick, Google Drive): it holds visitors' WhatsApp numbers. Without the passphrase nobody can open the backup, you included: write it down somewhere safe.
app-backup-passphrase = Passphrase
app-backup-passphrase-again = Passphrase again
app-backup-protected-file-name = etalase-backup-{ $date }.age
app-unlock-title = Protected backup
app-unlock-body = { $file } is protected by a passphrase. Type it to restore the catalogue.
app-unlock-field = Passphrase
app-unlock-ok = Open and restore
app-restore-unsaved = Save or cancel your changes to the settings first, then restore the backup.

## Bulk actions on the selected products
app-bulk-category = Move to category…
app-bulk-producer = Change producer…
app-bulk-feature = Feature
app-bulk-unfeature = Unfeature
app-bulk-hide = Hide
app-bulk-show = Show
app-bulk-prices = Change prices…
app-bulk-delete = Delete…
app-bulk-clear = Clear selection
app-bulk-clear-hint = Esc · Ctrl+click picks one at a time, Shift+click picks a range, Ctrl+A picks everything shown
app-bulk-nothing = Nothing changed: the selected products are like that already.
app-bulk-done-category = Moved { $count ->
    [one] 1 product
   *[other] { $count } products
} to the category.
app-bulk-done-producer = Changed the producer of { $count ->
    [one] 1 product
   *[other] { $count } products
}.
app-bulk-done-featured = Featured { $count ->
    [one] 1 product
   *[other] { $count } products
}.
app-bulk-done-unfeatured = { $count ->
    [one] 1 product is
   *[other] { $count } products are
} no longer featured.
app-bulk-done-hidden = Hid { $count ->
    [one] 1 product
   *[other] { $count } products
} from the catalogue and the fair.
app-bulk-done-shown = { $count ->
    [one] 1 product is
   *[other] { $count } products are
} shown again.
app-bulk-done-prices = Changed the prices of { $count ->
    [one] 1 product
   *[other] { $count } products
}.
app-bulk-done-deleted = Deleted { $count ->
    [one] 1 product
   *[other] { $count } products
}.
app-bulk-delete-title = Delete { $count ->
    [one] 1 product
   *[other] { $count } products
}?
app-bulk-delete-body = To be deleted: { $names }. You can undo it from the status line for a little while.
app-undone = Undone: { $count ->
    [one] 1 product is
   *[other] { $count } products are
} back as they were.
app-price-title = Change the prices of { $count ->
    [one] 1 product
   *[other] { $count } products
}
app-price-by-percent = Percentage
app-price-by-amount = Amount in rupiah
app-price-change = Up/down by
app-price-percent-hint = e.g. 10 or -5
app-price-amount-hint = e.g. 2,000 or -1,500
app-price-round = Rounded
app-price-round-none = not rounded
app-price-round-to = to { $amount }
app-price-same = unchanged
app-price-below-one = price would be zero or less
app-price-too-large = price too large
app-price-refused-count = { $count ->
    [one] 1 product
   *[other] { $count } products
} cannot take that change. Make it smaller or leave them out of the selection.
app-price-refused = Prices not changed: some product's price would be zero or less.
app-price-not-a-change = Type a number, such as 10 for 10 % up or -5 for 5 % down.
app-price-apply = Change { $count ->
    [one] 1 price
   *[other] { $count } prices
}
app-job-removing-example = Backing up, then removing the example catalogue…

## Removing the example catalogue (Settings)
app-example-section = Example catalogue
app-example-hint = This catalogue still holds the example products and pesantren. Remove them when you no longer need them; your own products stay.
app-example-remove = Remove the example catalogue…
app-example-remove-title = Remove the example catalogue?
app-example-remove-body = { $products } example products and { $producers } example pesantren will be removed, with their photos. The products and pesantren you made yourself stay.
app-example-remove-publisher = The example publisher details (Forum Kopontren OPOP Jawa Timur) are cleared too; fill in your cooperative's.
app-example-remove-backup = Before removing anything, Etalase makes a full backup in the backups folder.
app-example-remove-confirm = Back up, then remove
app-example-removed = The example catalogue is removed: { $products } products and { $producers } pesantren. Backup from before: { $file }
app-example-remove-cancelled = Cancelled: the example catalogue was not removed.
app-example-remove-no-backup = The example catalogue was not removed because the backup failed: { $reason }

## Editor: unsaved changes, dates
app-edit-unsaved = ● not saved
app-edit-unsaved-hint = There are changes not saved yet. Ctrl+S saves them.
app-edit-nothing-to-save = Nothing has changed yet.
app-date-hint = 2026-08-17 or 17/08/2026
app-date-pick = Calendar
app-date-previous = Previous month
app-date-next = Next month
app-date-today = Today
app-weekday-mon = Mo
app-weekday-tue = Tu
app-weekday-wed = We
app-weekday-thu = Th
app-weekday-fri = Fr
app-weekday-sat = Sa
app-weekday-sun = Su

## No save dialog: the Documents folder instead
app-documents-save = Save as { $file }
app-documents-where = Into your Documents folder (or your home folder when there is none): { $folder }
app-documents-none = No Documents folder was found on this computer.
app-documents-failed = The Documents folder cannot be made: { $reason }
app-bulk-hint = Ctrl+click to pick several products, Shift+click for a range, Ctrl+A for everything shown; then change them at once.

## Fair mode's PIN
app-pin-setup-title = Make a fair PIN
app-pin-setup-body = While fair mode runs, only this PIN returns the laptop to managing. Choose 4 to 8 digits the staff will remember and visitors will not guess.
app-pin-setup-first = New PIN
app-pin-setup-second = PIN again
app-pin-setup-mismatch = The two PINs differ. Type the second one again.
app-pin-setup-ok = Save the PIN and start the fair
showcase-exit-locked = Too many wrong PINs. Try again in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}.

## Keeping visitors' sign-ups no longer than needed
app-fair-retention = Keep sign-ups for
app-fair-retention-days = { " " }days
app-leads-old = { $count ->
    [one] 1 sign-up has
   *[other] { $count } sign-ups have
} been kept longer than { $days } days. Personal data should be kept no longer than needed (UU 27/2022).
app-leads-delete-old = Delete { $count ->
    [one] 1 old sign-up
   *[other] { $count } old sign-ups
}…
app-leads-delete-old-body = { $count ->
    [one] 1 sign-up
   *[other] { $count } sign-ups
} made more than { $days } days ago will be deleted. Export them as CSV first if they are still needed.

# Print-shop bleed (issue 22)
app-pdf-bleed = For a print shop: 3 mm bleed and crop marks
app-pdf-bleed-hint = Each page gets 3 mm extra on every side for the print shop to trim off. Leave it unticked for a PDF sent by WhatsApp or e-mail.

# Social media screen (issue 23)
app-nav-cards = Social media
app-cards-title = Social media content: product cards and captions
app-cards-export-all = Save all cards ({ $count })…
app-cards-export-one = Save this card…
app-cards-lang = Card language
app-cards-size = Size
app-cards-size-square = Square 1080 × 1080
app-cards-size-square-hint = Instagram and Facebook feed, WhatsApp catalogue.
app-cards-size-portrait = Portrait 1080 × 1350
app-cards-size-portrait-hint = Instagram feed (4:5), the largest on a phone screen.
app-cards-size-story = Story 1080 × 1920
app-cards-size-story-hint = Instagram Stories and WhatsApp Status; text kept clear of the top and bottom edges.
app-cards-style = Style
app-cards-style-band = Full photo with a colour band
app-cards-style-panel = Photo on a plain panel
app-cards-style-tag = Promo price tag
app-cards-which = Products to make cards for
app-cards-none = No product matches these choices. Change the products on the left.
app-cards-previous = Previous product
app-cards-next = Next product
app-cards-position = Card { $n } of { $total }: { $name }
app-cards-card = Product card
app-cards-caption = Caption to paste
app-cards-caption-hint = Copy it, then paste it under the photo when you post on Instagram, Facebook or WhatsApp Status.
app-cards-copy = Copy caption
app-cards-caption-copied = Caption copied. Paste it into your post.
app-cards-open-product = Open this product
app-cards-folder-name = Social media cards { $date }
app-cards-pick-title = Choose the folder for the cards
app-job-cards = Making social media cards…
app-job-cards-steps = Card { $done } of { $total }
app-cards-done-title = Social media cards ready
app-cards-done = { $count } cards with their captions saved in { $folder }
app-cards-open-folder = Open folder
app-bulk-cards = Make social media cards
app-edit-card = Make a card
app-edit-card-hint = A social media card of this product, ready to post, with its caption.

# Grant profile and price list
app-profile-button = Grant profile ▾
app-profile-in-id = In Indonesian…
app-profile-in-en = In English (for export curation)…
app-profile-button-hint = Save this producer's profile as a PDF to attach to an OPOP grant or curation application: identity, legal data, products, and what is still missing.
app-profile-save-first = Save your changes first; the profile is made from what is saved.
app-profile-file-name = Grant profile - { $producer } - { $date }.pdf
app-profile-pick-title = Save the grant profile
app-job-profile = Making the grant profile…
app-profile-done-title = Grant profile saved
app-profile-done = The profile of { $producer } is saved in { $file }. { $met } of { $total } requirements met; what is missing is written in the profile.
app-profile-done-complete = The profile of { $producer } is saved in { $file }. All { $total } requirements met.
app-profile-producer-gone = This producer is no longer in the catalogue, so no profile was made.
app-pricelist-title = Price list for buyers
app-pricelist-hint = For wholesale and export buyers: prices, wholesale tiers, minimum order, carton, HS code, halal number. Uses the language and products chosen above.
app-pricelist-rate = Dollar rate (Rp per 1 USD), optional
app-pricelist-rate-none = No rate: prices in rupiah only.
app-pricelist-rate-bad = The rate cannot be read. Write whole rupiah per 1 USD, e.g. 16,250.
app-pricelist-rate-preview = Printed: 1 USD = { $rupiah }, { $date }
app-pricelist-save-pdf = Save price list (PDF)…
app-pricelist-save-xlsx = Save price list (Excel)…
app-pricelist-file-name-pdf = price-list-{ $date }.pdf
app-pricelist-file-name-xlsx = price-list-{ $date }.xlsx
app-pricelist-pick-title = Save the price list
app-job-pricelist = Making the price list…
app-pricelist-done-title = Price list saved
app-pricelist-done = { $count ->
        [one] 1 product saved in { $file }
       *[other] { $count } products saved in { $file }
    }
app-cards-preview-failed = This card could not be drawn: { $reason }
