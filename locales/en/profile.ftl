# Producer profile for OPOP grant applications and curation (export profile)

profile-title = Producer Profile
profile-subtitle = Attachment to an OPOP grant application or a product curation. Data from the Etalase catalogue.
profile-doc-title = Producer Profile: { $name }
profile-footer = { $publisher } · Profile of { $producer }
profile-not-filled = not filled in
profile-yes = Yes
profile-no = No
profile-no-photo = No photo yet

profile-section-identity = Identity
profile-section-products = Products ({ $count })
profile-outline-products = Products
profile-section-checklist = Readiness checklist
profile-section-photos = Product photos

profile-field-pesantren = Pesantren
profile-field-nspp = NSPP (pesantren number)
profile-field-kemenag = Registered with the Ministry of Religious Affairs
profile-field-kopontren = Cooperative (Kopontren)
profile-field-legal-entity = Legal entity number
profile-field-nik = NIK koperasi (cooperative id)
profile-field-nib = NIB (business id)
profile-field-pillar = OPOP pillar
profile-field-address = Address
profile-field-city = Regency/city, province
profile-field-contact = Contact person
profile-field-role = Contact's role
profile-field-whatsapp = WhatsApp
profile-field-email = E-mail
profile-field-founded = Year founded
profile-field-members = Cooperative members
profile-field-santri = Santri involved
profile-members-count = { $count } members
profile-santri-count = { $count } santri

profile-readiness-title = Readiness for OPOP curation and grants
profile-readiness-complete = Complete: all { $total } requirements met
profile-readiness-partial = { $met } of { $total } requirements met
profile-readiness-missing = Still missing:
profile-readiness-see = The details are in the readiness checklist, page { $page }.

profile-field-price = Price
profile-field-net = Net content
profile-field-halal = Halal status
profile-field-pirt = PIRT
profile-field-bpom = BPOM
profile-field-registration = PIRT/BPOM
profile-field-trademark = Trademark
profile-field-sni = SNI
profile-pirt-valid = valid until { $year }
profile-pirt-expired = expired in { $year }
profile-trademark-registered = Registered, { $number }
profile-trademark-registered-plain = Registered
profile-trademark-filed = Filed, { $number }
profile-trademark-filed-plain = Filed
profile-trademark-none = Not registered
profile-no-products = No products are listed in the catalogue yet.

profile-signature-closing = We declare that this profile is true and complete to the best of our knowledge.
profile-signature-place-date = { $place }, { $date }
profile-signature-role-default = Chairperson

profile-notice-not-translated = Note: { $sku } has no English name or description; the profile shows the Indonesian text.
profile-notice-no-photo = Note: { $sku } has no photo; the profile says “No photo yet”.
profile-notice-photo-unreadable = Note: a photo of { $sku } could not be read from the catalogue, so it is not printed. Run “etalase check” to see what is damaged.
profile-notice-no-price = Note: { $sku } has no price; it says “Price on request”.
profile-notice-halal-expired = Note: the halal certificate of { $sku } has expired, so the profile makes no halal claim for it. Update the product's halal data.
profile-notice-halal-number = Note: the halal certificate number of { $sku } is not in a known form (ID + 17 digits or LPPOM- + 14 digits), so the profile makes no halal claim for it. Correct the number on the product.

## Command line: etalase export profile
profile-cli-cmd = Producer profile (PDF) for an OPOP grant application or a curation
profile-cli-arg-file = The PDF file to make
profile-cli-arg-producer = The producer: the pesantren's name or the Kopontren's (any case)
profile-cli-arg-lang = Language of the profile: id (Indonesian) or en (English)
profile-cli-arg-date = The date under the signature, also the day certificates are judged on (YYYY-MM-DD; today by default)
profile-cli-done = Profile of { $producer } saved to { $file } ({ $met } of { $total } requirements met).
profile-cli-unknown-producer = There is no producer “{ $name }” in the catalogue. The producers are: { $known }.
profile-cli-no-producers = There is no producer “{ $name }” in the catalogue, and it has no producers yet. Add one first, or load the example with “etalase sample”.
