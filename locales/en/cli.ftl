# The command line: help, summaries, listings and check reports.

cli-about = Etalase: the halal product catalogue of pesantren and their cooperatives.
cli-usage-heading = Usage
cli-commands-heading = Commands
cli-options-heading = Options
cli-arg-data-dir = Folder that holds the catalogue (default: ETALASE_DATA_DIR, else your data folder)
cli-arg-showcase = Open straight into fair mode (full screen)
cli-arg-help = Show this help
cli-arg-version = Show the version
cli-cmd-sample = Load the example catalogue into an empty catalogue
cli-cmd-import = Import products from an Excel or LibreOffice workbook (.xlsx, .xls, .ods) or a CSV file
cli-arg-import-file = The workbook or CSV file to import
cli-arg-photos = Folder that photo paths are relative to (default: the imported file's folder)
cli-arg-strict = Import nothing at all if any row has an error
cli-arg-dry-run = Only report what would change; write nothing
cli-cmd-export = Export the catalogue to a file
cli-cmd-export-csv = Export every product as a CSV file
cli-arg-export-file = The file to write
cli-cmd-list = List the products, ordered by SKU
cli-arg-json = Print JSON instead of a table
cli-cmd-check = Check the catalogue and report halal and registration findings
cli-arg-fix = Repair what can be repaired (indexes, unused photos)

cli-err-unknown-argument = Unknown option or argument “{ $arg }”.
cli-err-unknown-command = Unknown command “{ $arg }”.
cli-err-missing-argument = Missing: { $arg }.
cli-err-invalid-value = “{ $value }” is not a valid value for { $arg }.
cli-err-missing-command = Say what to do: one of the commands below.
cli-err-generic = The command line could not be understood.
cli-err-see-help = See “etalase --help” for what you can type.

cli-sample-done = Loaded the example catalogue: { $products } products from { $producers } pesantren.
cli-sample-not-empty = The catalogue already holds { $count ->
        [one] 1 product
       *[other] { $count } products
    }; the example is only loaded into an empty catalogue. To try it, use another folder with --data-dir.

cli-import-summary = Imported { $file }: { $created } new, { $updated } updated, { $unchanged } unchanged, { $rejected } { $rejected ->
        [one] row
       *[other] rows
    } rejected.
cli-import-dry-run = Dry run of { $file }: would add { $created } new, update { $updated }, leave { $unchanged } unchanged, reject { $rejected } { $rejected ->
        [one] row
       *[other] rows
    }. Nothing was written.
cli-import-strict-abort = Nothing was imported: { $rejected } { $rejected ->
        [one] row has
       *[other] rows have
    } errors and --strict was given. Correct the rows above and import again.
cli-import-new-producers = New producers: { $names }
cli-import-new-categories = New categories: { $names }

cli-export-csv-done = Wrote { $count ->
        [one] 1 product
       *[other] { $count } products
    } to { $file }.

list-col-sku = SKU
list-col-name = Name
list-col-category = Category
list-col-price = Price
list-col-producer = Producer
list-col-halal = Halal
list-empty = The catalogue is empty. Load the example with “etalase sample” or import a CSV file with “etalase import FILE.csv”.
list-no-price = no price

check-sound = The catalogue is sound: { $products } products, { $producers } producers, { $categories } categories.
check-damaged = The catalogue is damaged: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } found.
check-fix-hint = Run “etalase check --fix” to rebuild the indexes and remove unused photos.
check-fixed = Repaired: indexes rebuilt and unused photos removed.
check-unrepairable = Some damage cannot be repaired automatically: restore a backup, or keep this folder and ask for help.
check-damage-undecodable = A stored { $kind } record cannot be read (key { $key }).
check-damage-missing-category = Product { $sku } refers to a category that does not exist.
check-damage-missing-producer = Product { $sku } refers to a producer that does not exist.
check-damage-missing-photo = Product { $sku } refers to a photo that is not stored.
check-damage-duplicate-sku = SKU { $sku } is used by more than one product.
check-damage-index = The { $index } index disagrees with the records in { $count ->
        [one] 1 entry
       *[other] { $count } entries
    }.
check-damage-unused-photos = { $count ->
        [one] 1 stored photo is
       *[other] { $count } stored photos are
    } used by no product or producer.
check-findings-none = No halal or registration findings.
check-findings-count = { $count ->
        [one] 1 halal or registration finding
       *[other] { $count } halal and registration findings
    }:
check-finding-line = { $sku } ({ $name }): { $finding }
check-group = { $group } ({ $count }):
check-certified-count = { $count ->
        [one] 1 product is halal certified with a certificate that holds.
       *[other] { $count } products are halal certified with a certificate that holds.
    }
check-readiness-title = Producer readiness for OPOP curation:
check-readiness-ready = { $name }: ready ({ $met } of { $total } requirements met)
check-readiness-not-ready = { $name }: not ready yet ({ $met } of { $total } requirements met)

finding-halal-expired = the halal certificate expired { $days ->
        [one] 1 day
       *[other] { $days } days
    } ago (valid until { $date })
finding-halal-expiring = the halal certificate expires in { $days ->
        [one] 1 day
       *[other] { $days } days
    } ({ $date })
finding-certified-without-number = marked as certified, but there is no certificate number
finding-halal-registration = the certificate number “{ $number }” is a registration number; the certificate has not been issued yet
finding-halal-malformed = the certificate number “{ $number }” is not in a known form (ID + 17 digits, or LPPOM- + 14 digits); no halal mark is shown
finding-mandatory-days-left = { $status ->
        [in_process] still in process
        [none] not certified
        [not_required] marked “not required”
       *[other] no valid certificate
    }, but must be halal certified by { $deadline }: { $days ->
        [one] 1 day
       *[other] { $days } days
    } left
finding-mandatory-overdue = { $status ->
        [in_process] still in process
        [none] not certified
        [not_required] marked “not required”
       *[other] no valid certificate
    }, but had to be halal certified by { $deadline }: { $days ->
        [one] 1 day
       *[other] { $days } days
    } overdue
finding-pirt-malformed = the PIRT number “{ $number }” does not have 15 digits
finding-pirt-expired = the PIRT registration “{ $number }” expired in { $year }
finding-bpom-malformed = the BPOM number “{ $number }” is not in a known form (MD/ML + 12 digits, NA + 11, TR/TI/SD + 9)
finding-registration-missing = no PIRT or BPOM number, which products in this category need
cli-cmd-export-pdf = Export a printable catalogue as PDF
cli-arg-export-pdf-file = The PDF file to write
cli-arg-pdf-lang = Language of the catalogue: id or en
cli-arg-pdf-layout = grid (cards two across, flowing over the pages; the default), list (price list) or sheet (a page per product)
cli-arg-pdf-paper = a4 (the default) or letter
cli-arg-pdf-category = Only this category (by its Indonesian or English name); may be repeated
cli-arg-pdf-producer = Only this producer (pesantren name); may be repeated
cli-arg-pdf-featured = Only featured products
cli-arg-pdf-by-producer = Group the pages and contents by producer instead of category
cli-arg-pdf-no-prices = Leave every price out
cli-arg-pdf-bleed = For a print shop: 3 mm bleed on every side and crop marks
cli-arg-pdf-date = The date on the cover (default: today)
cli-export-pdf-done = Wrote a catalogue of { $count ->
        [one] 1 product
       *[other] { $count } products
    } to { $file }.
cli-export-pdf-failed = The PDF could not be made (the PDF library refused it: { $reason }). Nothing was written.
pdf-notice-not-translated = Note: { $sku } has no English name or description; the Indonesian text stands in.
pdf-notice-no-photo = Note: { $sku } has no photo.
pdf-notice-photo-unreadable = Note: a photo of { $sku } could not be read from the catalogue, so it is left out. Run “etalase check” to see what is damaged.
pdf-notice-halal-expired = Note: the halal certificate of { $sku } has expired, so the catalogue makes no halal claim for it. Update it on the product.
pdf-notice-halal-number = Note: the halal certificate number of { $sku } is in no known form (ID + 17 digits or LPPOM- + 14 digits), so the catalogue makes no halal claim for it. Correct it on the product.
pdf-notice-no-price = Note: { $sku } has no price; “Price on request” is printed.
cli-cmd-backup = Back up the whole catalogue (records and photos) into one ZIP file
cli-arg-backup-file = The backup ZIP file to write
cli-cmd-restore = Restore the catalogue from a backup ZIP file
cli-arg-restore-file = The backup ZIP file to restore
cli-arg-protect = Protect the backup with a passphrase (asked twice; from a script: the first line of standard input)
cli-passphrase-prompt = Backup passphrase
cli-passphrase-again = Passphrase again
cli-arg-replace = Replace a catalogue that is not empty (the old one is backed up first and kept aside)
cli-backup-done = Backup saved to { $file }: { $products } products, { $photos } photos, { $leads } visitors.
cli-restore-done = Catalogue restored from { $file }: { $products } products, { $photos } photos, { $leads } visitors.
cli-restore-saved-old = The previous catalogue was backed up to { $file }.
cli-cmd-merge = Merge another catalogue's backup into this one
cli-arg-merge-file = The other catalogue's backup ZIP file
cli-arg-on-clash = When a SKU is already used: keep = keep ours, take = take theirs, both = keep both (theirs gets a suffix)
cli-merge-clash-keep = SKU { $sku } exists: this catalogue's product is kept, the backup's is left out.
cli-merge-clash-take = SKU { $sku } exists: replaced by the backup's product.
cli-merge-clash-both = SKU { $sku } exists: the backup's product was added as { $new }.
cli-merge-done = Merged from { $file }: { $products } new products, { $producers } producers, { $categories } categories, { $photos } photos and { $leads } visitors; { $clashes } SKU clashes.

## Excel workbooks
cli-arg-sheet = The sheet of a workbook to import (default: the first sheet)
cli-cmd-export-xlsx = Export every product as an Excel workbook (.xlsx), photos in a folder beside it
cli-arg-export-xlsx-file = The .xlsx file to write
cli-export-xlsx-done = Wrote { $count ->
        [one] 1 product
       *[other] { $count } products
    } to { $file }.
cli-cmd-template = Save an empty Excel workbook to fill in, with one example row and a sheet explaining each column
cli-arg-template-file = The .xlsx file to write
cli-template-done = Saved the template to { $file }. Overwrite the example row with your products (the sheet “Petunjuk” explains each column), then import it with “etalase import { $file }”.

# Social cards (issue 23)
cli-cmd-export-cards = Make social-media product cards (PNG) with captions ready to paste
cli-arg-export-cards-dir = The folder the cards and their captions go to (made when missing)
cli-arg-cards-lang = Language of the cards and captions: id or en
cli-arg-cards-size = square (1080 x 1080, Instagram and Facebook feed, WhatsApp catalogue; the default), portrait (1080 x 1350) or story (1080 x 1920, Stories and WhatsApp Status)
cli-arg-cards-style = band (photo full bleed with a green band; the default), panel (framed photo on paper) or tag (promotion with a price tag)
cli-arg-cards-sku = Only the product with this code; may be repeated
cli-arg-cards-category = Only this category (by its Indonesian or English name); may be repeated
cli-arg-cards-producer = Only this producer (pesantren name); may be repeated
cli-arg-cards-featured = Only featured products
cli-arg-cards-no-prices = No prices on the cards or in the captions
cli-arg-cards-date = The day halal certificates are judged on (default: today)
cli-export-cards-done = Wrote { $count ->
        [one] 1 card
       *[other] { $count } cards
    } with captions to { $dir } (all captions are also in captions.txt).
cli-export-cards-none = No product matches these choices, so no card was made.
cards-notice-no-photo = Note: { $sku } has no photo; its card shows its category's colour and name.
cards-notice-photo-unreadable = Note: the photo of { $sku } could not be read from the catalogue; its card shows its category's colour. Run “etalase check” to see what is damaged.
cards-notice-no-price = Note: { $sku } has no price; its card shows none.
cards-notice-no-number = Note: neither the producer of { $sku } nor the catalogue's publisher has a WhatsApp number; its card has no QR code and no order line.
cards-notice-halal-expired = Note: the halal certificate of { $sku } has expired, so its card and caption make no halal claim. Update it on the product.
cards-notice-halal-number = Note: the halal certificate number of { $sku } is in no known form (ID + 17 digits or LPPOM- + 14 digits), so its card and caption make no halal claim. Correct it on the product.
cards-notice-not-translated = Note: { $sku } has no English name or description; the Indonesian text stands in.
cards-notice-hidden = Note: { $sku } is hidden, so it gets no card.
cards-notice-unknown-sku = Note: there is no product with the code { $sku }.
