# Errors and warnings: what went wrong and what to do about it.

err-store-locked = The catalogue in { $path } is open in another Etalase window or command. Close it there, then try again.
err-store-folder = The data folder { $path } cannot be used: { $reason }. Check that it exists and that you may write to it.
err-store-newer = The catalogue in { $path } was saved by a newer version of Etalase (schema { $found }). Update Etalase to open it; nothing was changed.
err-store-upgrade = The catalogue in { $path } could not be upgraded ({ $reason }). It was left as it was; restore a backup or ask for help.
err-store-damaged = A stored { $kind } record is damaged. Run “etalase check” to see what is affected.
err-store-sku-taken = SKU { $sku } is already used by another product. Choose a different SKU.
err-store-io = The catalogue could not be read or written: { $reason }. Nothing more was saved.
err-no-data-folder = Etalase cannot tell where your data folder is. Name one with --data-dir or the ETALASE_DATA_DIR variable.
err-file-read = Cannot read { $file }: { $reason }.
err-file-write = Cannot write { $file }: { $reason }.

io-not-found = the file or folder does not exist
io-permission-denied = permission denied
io-is-a-directory = it is a folder, not a file
io-disk-full = the disk is full
io-other = { $detail }

csv-err-empty = { $file } is empty: it has no header line and no products.
csv-err-utf16 = { $file } is saved as Unicode (UTF-16) text. In Excel choose Save As, “CSV UTF-8 (Comma delimited)”, and import that file.
csv-err-unclosed-quote = { $file }: the quoted cell that starts on line { $line } is never closed. Look for a stray double quote (") on that line.
csv-err-missing-columns = { $file } lacks { $count ->
        [one] the required column
       *[other] the required columns
    } { $columns }. Add { $count ->
        [one] it
       *[other] them
    } to the header line.
csv-err-duplicate-column = { $file } has the column “{ $column }” twice. Remove one of them.

csv-where = { $file }, line { $line }
csv-where-sku = { $file }, line { $line } (SKU { $sku })
csv-column = column { $column }
csv-problem-missing = this cell is required but empty
csv-problem-price = “{ $value }” is not an amount of rupiah; write it like 25000 or Rp 25.000
csv-problem-price-cents = “{ $value }” has cents; rupiah prices are whole numbers
csv-problem-price-large = “{ $value }” is too large for a price
csv-problem-date = “{ $value }” is not a date; write YYYY-MM-DD or DD/MM/YYYY
csv-problem-count = “{ $value }” is not a whole number
csv-problem-flag = “{ $value }” is not yes or no; write yes/no, ya/tidak, true/false or 1/0
csv-problem-status = “{ $value }” is not a halal status; write certified, in_process, none or not_required
csv-problem-trademark-status = “{ $value }” is not a trademark status; write registered, filed or none
csv-problem-year = “{ $value }” is not a year; write four digits, e.g. 1998
csv-problem-scheme = “{ $value }” is not a halal scheme; write regular or self_declare
csv-problem-issuer = “{ $value }” is not a halal certificate issuer; write BPJPH or MUI
csv-problem-phone = “{ $value }” is not a WhatsApp number; write it like 0812-3456-789
csv-problem-phone-length = “{ $value }” has too few or too many digits for a WhatsApp number
csv-problem-wholesale-half = a wholesale tier needs both wholesale_price and wholesale_min_qty
csv-problem-scientific = “{ $value }” is a number that the spreadsheet (Excel) turned into scientific notation, so all but its first digits are lost; format the column as Text and type the full number again, or use the Excel workbook export (etalase export xlsx), which keeps numbers whole
csv-problem-too-many-cells = the row has { $cells } cells but the header has { $columns } columns; a cell that contains “{ $delimiter }” must be put in double quotes
csv-row-error = { $where }, { $column }: { $problem }.
csv-row-error-no-column = { $where }: { $problem }.

csv-warn-unknown-column = Note: { $file } has a column “{ $column }” that Etalase does not know; it was ignored.
csv-warn-windows-1252 = Note: { $file } is not UTF-8, so it was read as Windows-1252 (Excel's plain CSV). Check accented letters, and next time save as “CSV UTF-8”.
csv-warn-halal-number = Note: { $where }: the halal certificate number is not in a known form (ID + 17 digits, or LPPOM- + 14 digits). It was kept, but no halal mark will be shown.
csv-warn-halal-registration = Note: { $where }: the halal number looks like a registration number, not a certificate number. Until the certificate is issued the status should be in_process.
csv-warn-photos = Note: { $where }: photos were not read in this import; the product's photos were left as they were.
csv-warn-repeated-sku = Note: { $where }: SKU { $sku } already appeared on line { $first }; the values of the later row were kept.
csv-warn-leading-zero = Note: { $where }, { $column }: “{ $value }” { $kind ->
        [hs_code] is one digit short for an HS code (a 4-digit heading, then pairs of digits)
        [pirt] has 14 digits, but a PIRT number has 15
        [nib] has 12 digits, but an NIB has 13
       *[other] is one digit short
    }: the spreadsheet read it as a number and dropped the leading 0, so it was probably { $likely }. It was imported as written. Correct it, and next time format the column as Text or use the Excel workbook export (etalase export xlsx).
err-store-producer-in-use = This producer cannot be deleted: { $count ->
    [one] one product still uses it
   *[other] { $count } products still use it
}. Move those products to another producer first.
err-store-category-in-use = This category cannot be deleted: { $count ->
    [one] one product is still in it
   *[other] { $count } products are still in it
}. Move those products to another category first.
err-job-stopped = The background work stopped unexpectedly. Nothing was changed; please try again.
err-no-file-dialog = The file dialog could not be opened on this computer. Drag the Excel or CSV file onto the Etalase window instead (on the Products page).
csv-warn-photo-refused = Note: { $where }: photo { $photo } was not used: { $reason } The product was imported with its other photos.
photo-err-not-found = the file was not found.
photo-err-unreadable = the file could not be read ({ $reason }).
photo-err-unsupported = it is not a JPEG, PNG or WebP photo.
photo-err-broken = the photo file is damaged or incomplete (perhaps cut short while copying or downloading).
photo-err-file-too-large = the file is too large ({ $megabytes } MB); the limit is 60 MB.
photo-err-too-many-pixels = the image is too large ({ $width } x { $height } pixels); the limit is 50 megapixels.
photo-err-not-stored = the photo could not be saved ({ $reason }).
err-no-file-dialog-photos = The file dialog could not be opened on this computer. Drag the photo files onto the Etalase window instead.
err-no-file-dialog-save = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). The catalogue can be exported from the command line: etalase export csv FILE.csv
err-no-file-dialog-save-xlsx = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). The catalogue can be exported from the command line: etalase export xlsx FILE.xlsx
err-no-file-dialog-save-template = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). The template can be made from the command line: etalase template FILE.xlsx
err-no-file-dialog-save-pdf = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). The PDF catalogue can be made from the command line: etalase export pdf FILE.pdf --lang en
err-no-file-dialog-save-backup = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). A backup can be made from the command line: etalase backup FILE.zip
err-no-file-dialog-restore = The open dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). A backup can be restored from the command line: etalase restore FILE.zip --replace
err-no-file-dialog-save-compliance = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). The command line prints the same list: etalase check
err-no-file-dialog-save-leads = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity), so the sign-ups cannot be saved as a file here. They stay listed on this screen.
backup-err-not-backup = This file is not an Etalase backup ({ $name }). Nothing was changed.
backup-err-newer = This backup was made by a newer Etalase (format { $format }). Update Etalase first. Nothing was changed.
backup-err-unsafe-name = Backup refused: it holds an unsafe file name ({ $name }). Nothing was changed.
backup-err-unlisted = Backup refused: { $name } is not listed in its manifest. Nothing was changed.
backup-err-missing = The backup is incomplete: { $name } is missing. Nothing was changed.
backup-err-too-large = Backup refused: { $name } is larger than its manifest says (a damaged or hostile file). Nothing was changed.
backup-err-checksum = The backup is damaged: { $name } does not match its checksum. Nothing was changed.
backup-err-bad-record = The backup is damaged in { $name }: { $reason }. Nothing was changed.
backup-err-not-empty = The catalogue in { $path } already holds data. Use --replace to replace it (the old one is backed up first).
backup-err-cancelled = The backup was cancelled; no file was written.
backup-err-needs-passphrase = This backup is protected by a passphrase. Enter it to open the backup.
backup-err-wrong-passphrase = Wrong passphrase. Nothing was changed; please try again.
backup-err-protected-damaged = This protected backup is damaged and cannot be opened ({ $reason }). Nothing was changed.
backup-passphrase-too-short = The passphrase needs at least { $count } characters.
backup-passphrase-mismatch = The two passphrases differ. Type the second one again.
err-store-corrupt = The catalogue at { $path } is damaged and cannot be read (a failing disk, say). The damaged files are not deleted. Restore a backup with “etalase restore FILE.zip”; automatic backups are in the backups folder.

## Excel and LibreOffice workbooks
workbook-err-text = { $file } is a text file, not a workbook, although its name ends like one (a CSV file renamed, perhaps). If it is a CSV file, rename it to end in .csv and import it; otherwise open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx). Nothing was imported.
workbook-err-not-workbook = { $file } is not an Excel or LibreOffice workbook that Etalase can read. Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that. Nothing was imported.
workbook-err-damaged = { $file } is damaged or incomplete (perhaps cut off while it was copied or downloaded), so it cannot be read. Open it in Excel or LibreOffice, save it again and import the new copy, or copy it again from where it came from. Nothing was imported.
workbook-err-protected = { $file } is protected with a password, which Etalase cannot open. In Excel, save it without one (File > Info > Protect Workbook > Encrypt with Password, then clear the password) and import it again. Nothing was imported.
workbook-err-too-large = { $file } unpacks to more than { $megabytes } MB, far more than a product list needs, so it was not opened (it may be damaged, or made to do harm). Nothing was imported.
workbook-err-too-many-cells = { $file } has more than { $limit } cells, far more than a product list needs, so it was not read. Keep only the product list on the sheet (or split it into several files) and import again. Nothing was imported.
workbook-err-no-sheets = { $file } has no worksheet with rows and columns (only charts, perhaps). Nothing was imported.
workbook-err-no-such-sheet = { $file } has no sheet named “{ $sheet }”; its sheets are { $sheets }. Nothing was imported.
workbook-err-empty-sheet = Sheet “{ $sheet }” of { $file } is empty. Name the sheet that holds the products with --sheet, or fill this one in. Nothing was imported.
workbook-err-no-header = Sheet “{ $sheet }” of { $file } has no header row: none of its first rows names a column Etalase reads (sku, name_id, category, price, producer…). Put the column names in the row above the products, as the template has them (etalase template FILE.xlsx). Nothing was imported.
workbook-err-sheet-of-csv = { $file } is a CSV file, which has no sheets: --sheet is only for Excel and LibreOffice workbooks. Nothing was imported.
workbook-err-text-too-long = { $sku }: the text in { $column } is longer than an Excel cell holds (32,767 characters). Shorten it and export again; nothing was written.
workbook-err-write = The Excel workbook could not be made ({ $reason }). Nothing was written.
workbook-where = { $file }, sheet “{ $sheet }”, row { $line }
workbook-where-sku = { $file }, sheet “{ $sheet }”, row { $line } (SKU { $sku })
workbook-problem-error-value = the cell shows the error { $value } (a formula that could not be calculated) instead of a value; correct the formula or type the value
workbook-warn-repeated-sku = Note: { $where }: SKU { $sku } already appeared in row { $first }; the values of the later row were kept.
workbook-warn-untitled-cells = Note: { $where }: column { $column } has values but no name in the header row, so it was ignored (as is any other such column). Give the column a name Etalase knows, or clear it.
err-no-file-dialog-save-cards = The folder dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). The cards can be made from the command line: etalase export cards FOLDER --lang en
err-no-file-dialog-save-profile = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). The profile can be made from the command line: etalase export profile profile.pdf --producer "PESANTREN NAME" --lang en
err-no-file-dialog-save-pricelist = The save dialog could not be opened on this computer (it needs xdg-desktop-portal or zenity). The price list can be made from the command line: etalase export pricelist price-list.pdf --lang en
