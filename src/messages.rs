//! Turns library errors, import reports and check findings into translated sentences. The command
//! line uses it now and the window will too; each error is put into words here, exactly once.

use crate::domain::compliance::Finding;
use crate::domain::halal::HalalStatus;
use crate::domain::parse::{PhoneError, PriceError};
use crate::domain::readiness::{
    Gap, HalalGap, LegalGap, RegistrationGap, Requirement, TrademarkGap,
};
use crate::domain::{Date, Lang, Product};
use crate::i18n::words::{halal_status, record_kind};
use crate::i18n::{Arg, Translator};
use crate::interchange::import::{Origin, Problem, RowError, Warning};
use crate::interchange::reader::ReadError;
use crate::interchange::workbook::{WorkbookError, WriteError};
use crate::interchange::{Column, FileError};
use crate::storage::StoreError;
use crate::storage::check::Damage;

/// A store error as one sentence that says what to do.
pub fn store_error(tr: &Translator, e: &StoreError) -> String {
    match e {
        StoreError::Locked { path } => tr.t_args("err-store-locked", &[("path", path_arg(path))]),
        StoreError::Folder { path, source } => tr.t_args(
            "err-store-folder",
            &[
                ("path", path_arg(path)),
                ("reason", io_reason(tr, source).into()),
            ],
        ),
        StoreError::NewerSchema { path, found } => tr.t_args(
            "err-store-newer",
            &[
                ("path", path_arg(path)),
                ("found", i64::from(*found).into()),
            ],
        ),
        StoreError::Upgrade { path, reason } => tr.t_args(
            "err-store-upgrade",
            &[("path", path_arg(path)), ("reason", reason.into())],
        ),
        StoreError::Damaged { kind } => tr.t_args(
            "err-store-damaged",
            &[("kind", record_kind(tr, kind).into())],
        ),
        StoreError::Corrupt { path } => tr.t_args("err-store-corrupt", &[("path", path_arg(path))]),
        StoreError::SkuTaken { sku } => tr.t_args("err-store-sku-taken", &[("sku", sku.into())]),
        StoreError::InUse { kind, count } => tr.t_args(
            if *kind == "producer" {
                "err-store-producer-in-use"
            } else {
                "err-store-category-in-use"
            },
            &[("count", (*count).into())],
        ),
        StoreError::Sled(e) => {
            let reason = match e {
                sled::Error::Io(io) => io_reason(tr, io),
                other => other.to_string(),
            };
            tr.t_args("err-store-io", &[("reason", reason.into())])
        }
    }
}

/// Why a file operation failed, in words.
pub fn io_reason(tr: &Translator, e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => tr.t("io-not-found"),
        ErrorKind::PermissionDenied => tr.t("io-permission-denied"),
        ErrorKind::IsADirectory => tr.t("io-is-a-directory"),
        ErrorKind::StorageFull => tr.t("io-disk-full"),
        _ => tr.t_args("io-other", &[("detail", e.to_string().into())]),
    }
}

/// A file (CSV or workbook) refused as a whole.
pub fn file_error(tr: &Translator, file: &str, e: &FileError) -> String {
    let f = ("file", Arg::from(file));
    match e {
        FileError::Read(ReadError::Empty) => tr.t_args("csv-err-empty", &[f]),
        FileError::Read(ReadError::Utf16) => tr.t_args("csv-err-utf16", &[f]),
        FileError::Read(ReadError::UnclosedQuote { line }) => {
            tr.t_args("csv-err-unclosed-quote", &[f, ("line", (*line).into())])
        }
        FileError::MissingColumns(cols) => {
            let names: Vec<&str> = cols.iter().map(|c| c.name()).collect();
            tr.t_args(
                "csv-err-missing-columns",
                &[
                    f,
                    ("columns", names.join(", ").into()),
                    ("count", cols.len().into()),
                ],
            )
        }
        FileError::DuplicateColumn(c) => {
            tr.t_args("csv-err-duplicate-column", &[f, ("column", c.into())])
        }
        FileError::Workbook(w) => workbook_error(tr, file, w),
    }
}

/// A workbook refused as a whole, or a sheet that cannot be imported.
pub fn workbook_error(tr: &Translator, file: &str, e: &WorkbookError) -> String {
    let f = ("file", Arg::from(file));
    let sheet = |name: &str| ("sheet", Arg::from(name.to_string()));
    match e {
        WorkbookError::TextNotWorkbook => tr.t_args("workbook-err-text", &[f]),
        WorkbookError::NotWorkbook => tr.t_args("workbook-err-not-workbook", &[f]),
        WorkbookError::Damaged(_) => tr.t_args("workbook-err-damaged", &[f]),
        WorkbookError::Protected => tr.t_args("workbook-err-protected", &[f]),
        WorkbookError::TooLarge { megabytes } => tr.t_args(
            "workbook-err-too-large",
            &[f, ("megabytes", (*megabytes).into())],
        ),
        WorkbookError::TooManyCells { limit } => tr.t_args(
            "workbook-err-too-many-cells",
            &[f, ("limit", (*limit).into())],
        ),
        WorkbookError::NoSheets => tr.t_args("workbook-err-no-sheets", &[f]),
        WorkbookError::NoSuchSheet {
            sheet: wanted,
            sheets,
        } => {
            let names: Vec<String> = sheets.iter().map(|s| format!("“{s}”")).collect();
            tr.t_args(
                "workbook-err-no-such-sheet",
                &[f, sheet(wanted), ("sheets", names.join(", ").into())],
            )
        }
        WorkbookError::EmptySheet { sheet: name } => {
            tr.t_args("workbook-err-empty-sheet", &[f, sheet(name)])
        }
        WorkbookError::NoHeader { sheet: name } => {
            tr.t_args("workbook-err-no-header", &[f, sheet(name)])
        }
        WorkbookError::SheetOfCsv => tr.t_args("workbook-err-sheet-of-csv", &[f]),
    }
}

/// Why a workbook could not be written.
pub fn workbook_write_error(tr: &Translator, e: &WriteError) -> String {
    match e {
        WriteError::TextTooLong { sku, column } => tr.t_args(
            "workbook-err-text-too-long",
            &[
                ("sku", sku.as_str().into()),
                ("column", column_words(tr, *column).into()),
            ],
        ),
        WriteError::Library(detail) => {
            tr.t_args("workbook-err-write", &[("reason", detail.as_str().into())])
        }
    }
}

/// Where a row is: the file and its line (CSV), or the file, sheet and row (workbook); with the
/// SKU when there is one.
fn where_(tr: &Translator, file: &str, origin: &Origin, line: usize, sku: Option<&str>) -> String {
    let mut args = vec![("file", Arg::from(file)), ("line", line.into())];
    let sheet = match origin {
        Origin::Csv { .. } => None,
        Origin::Sheet { name } => {
            args.push(("sheet", name.as_str().into()));
            Some(())
        }
    };
    let key = match (sheet, sku.filter(|s| !s.is_empty())) {
        (None, None) => "csv-where",
        (None, Some(_)) => "csv-where-sku",
        (Some(()), None) => "workbook-where",
        (Some(()), Some(_)) => "workbook-where-sku",
    };
    if let Some(sku) = sku {
        args.push(("sku", sku.into()));
    }
    tr.t_args(key, &args)
}

/// One problem of a rejected row: file, line (or sheet and row), SKU, column and what is wrong.
pub fn row_error(tr: &Translator, file: &str, e: &RowError, origin: &Origin) -> String {
    let v = || ("value", Arg::from(e.value.as_str()));
    let problem = match &e.problem {
        Problem::Missing => tr.t("csv-problem-missing"),
        Problem::Price(PriceError::NotANumber) => tr.t_args("csv-problem-price", &[v()]),
        Problem::Price(PriceError::HasCents) => tr.t_args("csv-problem-price-cents", &[v()]),
        Problem::Price(PriceError::TooLarge) => tr.t_args("csv-problem-price-large", &[v()]),
        Problem::Date => tr.t_args("csv-problem-date", &[v()]),
        Problem::Count => tr.t_args("csv-problem-count", &[v()]),
        Problem::Flag => tr.t_args("csv-problem-flag", &[v()]),
        Problem::Status => tr.t_args("csv-problem-status", &[v()]),
        Problem::TrademarkStatus => tr.t_args("csv-problem-trademark-status", &[v()]),
        Problem::Year => tr.t_args("csv-problem-year", &[v()]),
        Problem::Scheme => tr.t_args("csv-problem-scheme", &[v()]),
        Problem::Issuer => tr.t_args("csv-problem-issuer", &[v()]),
        Problem::Phone(PhoneError::NotANumber) => tr.t_args("csv-problem-phone", &[v()]),
        Problem::Phone(PhoneError::Length) => tr.t_args("csv-problem-phone-length", &[v()]),
        Problem::WholesaleHalf => tr.t("csv-problem-wholesale-half"),
        Problem::ScientificNotation => tr.t_args("csv-problem-scientific", &[v()]),
        Problem::TooManyCells { cells, columns } => {
            // Only a CSV row can have more cells than its header (a workbook's cells without a
            // title are ignored with a warning); `,` stands in otherwise.
            let delimiter = match origin {
                Origin::Csv { delimiter } => *delimiter,
                Origin::Sheet { .. } => ',',
            };
            tr.t_args(
                "csv-problem-too-many-cells",
                &[
                    ("cells", (*cells).into()),
                    ("columns", (*columns).into()),
                    ("delimiter", delimiter.to_string().into()),
                ],
            )
        }
        Problem::ErrorValue => tr.t_args("workbook-problem-error-value", &[v()]),
    };
    let at = where_(tr, file, origin, e.line, e.sku.as_deref());
    match e.column {
        Some(c) => tr.t_args(
            "csv-row-error",
            &[
                ("where", at.into()),
                ("column", column_words(tr, c).into()),
                ("problem", problem.into()),
            ],
        ),
        None => tr.t_args(
            "csv-row-error-no-column",
            &[("where", at.into()), ("problem", problem.into())],
        ),
    }
}

fn column_words(tr: &Translator, c: Column) -> String {
    tr.t_args("csv-column", &[("column", c.name().into())])
}

/// One import warning.
pub fn warning(tr: &Translator, file: &str, w: &Warning, origin: &Origin) -> String {
    let f = ("file", Arg::from(file));
    let where_ = |line: usize, sku: Option<&str>| where_(tr, file, origin, line, sku);
    match w {
        Warning::UnknownColumn(c) => {
            tr.t_args("csv-warn-unknown-column", &[f, ("column", c.into())])
        }
        Warning::Windows1252 => tr.t_args("csv-warn-windows-1252", &[f]),
        Warning::HalalNumberUnrecognised { line, sku } => tr.t_args(
            "csv-warn-halal-number",
            &[("where", where_(*line, Some(sku)).into())],
        ),
        Warning::HalalNumberIsRegistration { line, sku } => tr.t_args(
            "csv-warn-halal-registration",
            &[("where", where_(*line, Some(sku)).into())],
        ),
        Warning::PhotosNotImported { line, sku } => tr.t_args(
            "csv-warn-photos",
            &[("where", where_(*line, Some(sku)).into())],
        ),
        Warning::PhotoRefused {
            line,
            sku,
            file: photo,
            problem,
        } => tr.t_args(
            "csv-warn-photo-refused",
            &[
                ("where", where_(*line, Some(sku)).into()),
                ("photo", photo.into()),
                ("reason", photo_problem(tr, problem).into()),
            ],
        ),
        Warning::LeadingZeroLost {
            line,
            sku,
            column,
            value,
            likely,
        } => tr.t_args(
            "csv-warn-leading-zero",
            &[
                ("where", where_(*line, Some(sku)).into()),
                ("column", column_words(tr, *column).into()),
                ("kind", column.name().into()),
                ("value", value.into()),
                ("likely", likely.into()),
            ],
        ),
        Warning::RepeatedSku {
            line,
            sku,
            first_line,
        } => tr.t_args(
            match origin {
                Origin::Csv { .. } => "csv-warn-repeated-sku",
                Origin::Sheet { .. } => "workbook-warn-repeated-sku",
            },
            &[
                ("where", where_(*line, None).into()),
                ("sku", sku.into()),
                ("first", (*first_line).into()),
            ],
        ),
        Warning::UntitledCells { line, column } => tr.t_args(
            "workbook-warn-untitled-cells",
            &[
                ("where", where_(*line, None).into()),
                ("column", column.into()),
            ],
        ),
    }
}

/// One piece of store damage.
pub fn damage(tr: &Translator, d: &Damage) -> String {
    match d {
        Damage::Undecodable { kind, key } => tr.t_args(
            "check-damage-undecodable",
            &[("kind", record_kind(tr, kind).into()), ("key", key.into())],
        ),
        Damage::MissingCategory { sku } => {
            tr.t_args("check-damage-missing-category", &[("sku", sku.into())])
        }
        Damage::MissingProducer { sku } => {
            tr.t_args("check-damage-missing-producer", &[("sku", sku.into())])
        }
        Damage::MissingPhoto { sku } => {
            tr.t_args("check-damage-missing-photo", &[("sku", sku.into())])
        }
        Damage::DuplicateSku { sku } => {
            tr.t_args("check-damage-duplicate-sku", &[("sku", sku.into())])
        }
        Damage::IndexMismatch { index, entries } => {
            let index_words = tr.t(match *index {
                "sku" => "index-sku",
                "category" => "index-category",
                _ => "index-producer",
            });
            tr.t_args(
                "check-damage-index",
                &[("index", index_words.into()), ("count", (*entries).into())],
            )
        }
        Damage::UnusedPhotos { count } => {
            tr.t_args("check-damage-unused-photos", &[("count", (*count).into())])
        }
    }
}

/// Why a compliance row is listed: its finding, or the product's halal standing.
pub fn standing(
    tr: &Translator,
    p: &Product,
    row: &crate::domain::standing::Row,
    deadline: Date,
) -> String {
    match &row.finding {
        Some(f) => finding(tr, p, f, deadline),
        None => halal_status(tr, p.halal.status),
    }
}

/// One compliance finding about a product, without the product's name.
pub fn finding(tr: &Translator, p: &Product, f: &Finding, deadline: Date) -> String {
    let date = |d: Option<Date>| d.map(|d| tr.date(d)).unwrap_or_default();
    match f {
        Finding::HalalExpired { days_ago } => tr.t_args(
            "finding-halal-expired",
            &[
                ("days", (*days_ago).into()),
                ("date", date(p.halal.valid_until).into()),
            ],
        ),
        Finding::HalalExpiring { days_left } => tr.t_args(
            "finding-halal-expiring",
            &[
                ("days", (*days_left).into()),
                ("date", date(p.halal.valid_until).into()),
            ],
        ),
        Finding::CertifiedWithoutNumber => tr.t("finding-certified-without-number"),
        Finding::HalalNumberIsRegistration => tr.t_args(
            "finding-halal-registration",
            &[("number", p.halal.number.as_str().into())],
        ),
        Finding::HalalNumberMalformed => tr.t_args(
            "finding-halal-malformed",
            &[("number", p.halal.number.as_str().into())],
        ),
        Finding::MandatoryHalalMissing { days_left } => {
            // Says where the product stands too: in process, not certified, or a certificate
            // that does not hold (expired or a number in no known form).
            let standing = match p.halal.status {
                HalalStatus::InProcess => "in_process",
                HalalStatus::NotYet => "none",
                HalalStatus::NotRequired => "not_required",
                HalalStatus::Certified => "invalid",
            };
            let key = if *days_left >= 0 {
                "finding-mandatory-days-left"
            } else {
                "finding-mandatory-overdue"
            };
            tr.t_args(
                key,
                &[
                    ("status", standing.into()),
                    ("deadline", tr.date(deadline).into()),
                    ("days", days_left.abs().into()),
                ],
            )
        }
        Finding::PirtMalformed => tr.t_args(
            "finding-pirt-malformed",
            &[("number", p.pirt.as_str().into())],
        ),
        Finding::PirtExpired { year } => tr.t_args(
            "finding-pirt-expired",
            &[
                ("number", p.pirt.as_str().into()),
                ("year", year.to_string().into()),
            ],
        ),
        Finding::BpomMalformed => tr.t_args(
            "finding-bpom-malformed",
            &[("number", p.bpom.as_str().into())],
        ),
        Finding::RegistrationMissing => tr.t("finding-registration-missing"),
    }
}

/// A requirement of the producer readiness checklist, as its line in the list.
pub fn requirement(tr: &Translator, r: Requirement) -> String {
    tr.t(match r {
        Requirement::Nib => "req-nib",
        Requirement::Legal => "req-legal",
        Requirement::Products => "req-products",
        Requirement::HalalSettled => "req-halal",
        Requirement::Registration => "req-registration",
        Requirement::Trademark => "req-trademark",
        Requirement::Photos => "req-photos",
        Requirement::BothLanguages => "req-languages",
    })
}

/// What is missing for a readiness requirement of `producer`, with the product's SKU where it is
/// about one.
pub fn gap(tr: &Translator, producer: &crate::domain::Producer, g: &Gap) -> String {
    let sku = |sku: &str| -> Vec<(&str, Arg)> { vec![("sku", sku.to_string().into())] };
    match g {
        Gap::NibEmpty => tr.t("gap-nib-empty"),
        Gap::NibMalformed => tr.t_args(
            "gap-nib-malformed",
            &[("number", producer.nib.as_str().into())],
        ),
        Gap::Legal(why) => {
            let legal = &producer.legal;
            let key = match why {
                LegalGap::KopontrenName => "gap-legal-kopontren",
                LegalGap::LegalEntityNumber => "gap-legal-entity-number",
                LegalGap::NikKoperasiEmpty => "gap-legal-nik-empty",
                LegalGap::NikKoperasiMalformed => {
                    return tr.t_args(
                        "gap-legal-nik-malformed",
                        &[("number", legal.nik_koperasi.as_str().into())],
                    );
                }
                LegalGap::KemenagUnanswered => "gap-legal-kemenag-unanswered",
                LegalGap::KemenagNotRegistered => "gap-legal-kemenag-no",
                LegalGap::Nspp => "gap-legal-nspp",
                LegalGap::FoundedYearEmpty => "gap-legal-founded-empty",
                LegalGap::FoundedYearImplausible => {
                    return tr.t_args(
                        "gap-legal-founded-implausible",
                        &[(
                            "year",
                            legal.founded_year.unwrap_or_default().to_string().into(),
                        )],
                    );
                }
                LegalGap::Members => "gap-legal-members",
                LegalGap::Santri => "gap-legal-santri",
                LegalGap::ContactPerson => "gap-legal-contact-person",
                LegalGap::ContactRole => "gap-legal-contact-role",
            };
            tr.t(key)
        }
        Gap::Trademark { sku: s, why } => tr.t_args(
            match why {
                TrademarkGap::NotFiled => "gap-trademark-not-filed",
                TrademarkGap::NumberMissing => "gap-trademark-number-missing",
                TrademarkGap::NumberMalformed => "gap-trademark-number-malformed",
            },
            &sku(s),
        ),
        Gap::NoProducts => tr.t("gap-no-products"),
        Gap::Halal { sku: s, why } => tr.t_args(
            match why {
                HalalGap::NotYet => "gap-halal-not-yet",
                HalalGap::InProcess => "gap-halal-in-process",
                HalalGap::NumberNotValid => "gap-halal-number",
                HalalGap::Expired => "gap-halal-expired",
                HalalGap::NotRequiredButMandatory => "gap-halal-not-required",
            },
            &sku(s),
        ),
        Gap::Registration { sku: s, why } => {
            let mut args = sku(s);
            let key = match why {
                RegistrationGap::Missing => "gap-registration-missing",
                RegistrationGap::PirtMalformed => "gap-pirt-malformed",
                RegistrationGap::PirtExpired { year } => {
                    args.push(("year", year.to_string().into()));
                    "gap-pirt-expired"
                }
                RegistrationGap::BpomMalformed => "gap-bpom-malformed",
            };
            tr.t_args(key, &args)
        }
        Gap::NoPhoto { sku: s } => tr.t_args("gap-no-photo", &sku(s)),
        Gap::Text { sku: s, langs } => {
            let which = match langs.as_slice() {
                [Lang::Id] => "id",
                [Lang::En] => "en",
                _ => "both",
            };
            let mut args = sku(s);
            args.push(("langs", which.into()));
            tr.t_args("gap-text", &args)
        }
    }
}

/// A product the PDF export noticed something about.
pub fn pdf_notice(tr: &Translator, n: &crate::pdf::Notice) -> String {
    use crate::pdf::Notice;
    let (key, sku) = match n {
        Notice::NotTranslated { sku } => ("pdf-notice-not-translated", sku),
        Notice::NoPhoto { sku } => ("pdf-notice-no-photo", sku),
        Notice::PhotoUnreadable { sku } => ("pdf-notice-photo-unreadable", sku),
        Notice::NoPrice { sku } => ("pdf-notice-no-price", sku),
        Notice::HalalExpired { sku } => ("pdf-notice-halal-expired", sku),
        Notice::HalalNumberInvalid { sku } => ("pdf-notice-halal-number", sku),
    };
    tr.t_args(key, &[("sku", sku.as_str().into())])
}

/// A note from a social-card export, in words.
pub fn card_notice(tr: &Translator, n: &crate::ops::cards::Notice) -> String {
    use crate::ops::cards::Notice;
    let key = match n {
        Notice::NoPhoto { .. } => "cards-notice-no-photo",
        Notice::PhotoUnreadable { .. } => "cards-notice-photo-unreadable",
        Notice::NoPrice { .. } => "cards-notice-no-price",
        Notice::NoNumber { .. } => "cards-notice-no-number",
        Notice::HalalExpired { .. } => "cards-notice-halal-expired",
        Notice::HalalNumberInvalid { .. } => "cards-notice-halal-number",
        Notice::NotTranslated { .. } => "cards-notice-not-translated",
        Notice::Hidden { .. } => "cards-notice-hidden",
        Notice::UnknownSku { .. } => "cards-notice-unknown-sku",
    };
    tr.t_args(key, &[("sku", n.sku().into())])
}

fn path_arg(path: &std::path::Path) -> Arg<'static> {
    Arg::from(path.display().to_string())
}

/// Why a photo file was not used, in words.
pub fn photo_problem(tr: &Translator, p: &crate::storage::PhotoProblem) -> String {
    use crate::photos::PhotoError;
    use crate::storage::PhotoProblem;
    match p {
        PhotoProblem::NotFound => tr.t("photo-err-not-found"),
        PhotoProblem::Unreadable(e) => tr.t_args(
            "photo-err-unreadable",
            &[("reason", io_reason(tr, e).into())],
        ),
        PhotoProblem::Refused(PhotoError::Unsupported) => tr.t("photo-err-unsupported"),
        PhotoProblem::Refused(PhotoError::Broken) => tr.t("photo-err-broken"),
        PhotoProblem::Refused(PhotoError::FileTooLarge { bytes }) => tr.t_args(
            "photo-err-file-too-large",
            &[("megabytes", (bytes / (1024 * 1024)).into())],
        ),
        PhotoProblem::Refused(PhotoError::TooManyPixels { width, height }) => tr.t_args(
            "photo-err-too-many-pixels",
            &[
                ("width", i64::from(*width).into()),
                ("height", i64::from(*height).into()),
            ],
        ),
        PhotoProblem::NotStored(e) => tr.t_args(
            "photo-err-not-stored",
            &[("reason", store_error(tr, e).into())],
        ),
    }
}

/// Why a backup or restore did not happen, in words.
pub fn backup_error(tr: &Translator, e: &crate::backup::BackupError) -> String {
    use crate::backup::BackupError as E;
    let named = |key: &str, name: &str| tr.t_args(key, &[("name", name.into())]);
    match e {
        E::Store(e) => store_error(tr, e),
        E::Io { path, source } => tr.t_args(
            "err-file-write",
            &[
                ("file", path.display().to_string().into()),
                ("reason", io_reason(tr, source).into()),
            ],
        ),
        E::NotBackup(detail) => named("backup-err-not-backup", detail),
        E::NewerFormat(format) => {
            tr.t_args("backup-err-newer", &[("format", (*format as usize).into())])
        }
        E::UnsafeName(name) => named("backup-err-unsafe-name", name),
        E::Unlisted(name) => named("backup-err-unlisted", name),
        E::Missing(name) => named("backup-err-missing", name),
        E::TooLarge(name) => named("backup-err-too-large", name),
        E::Checksum(name) => named("backup-err-checksum", name),
        E::BadRecord { name, reason } => tr.t_args(
            "backup-err-bad-record",
            &[
                ("name", name.as_str().into()),
                ("reason", reason.as_str().into()),
            ],
        ),
        E::NotEmpty(path) => tr.t_args(
            "backup-err-not-empty",
            &[("path", path.display().to_string().into())],
        ),
        E::Cancelled => tr.t("backup-err-cancelled"),
        E::Protect(e) => protect_error(tr, e),
    }
}

/// Why a protected backup could not be made or opened, in words.
pub fn protect_error(tr: &Translator, e: &crate::protect::ProtectError) -> String {
    use crate::protect::ProtectError as E;
    match e {
        E::Io { path, source } => tr.t_args(
            "err-file-write",
            &[
                ("file", path.display().to_string().into()),
                ("reason", io_reason(tr, source).into()),
            ],
        ),
        E::NeedsPassphrase => tr.t("backup-err-needs-passphrase"),
        E::WrongPassphrase => tr.t("backup-err-wrong-passphrase"),
        E::Damaged(detail) => tr.t_args(
            "backup-err-protected-damaged",
            &[("reason", detail.as_str().into())],
        ),
    }
}

/// Why a new passphrase is refused, in words.
pub fn passphrase_problem(tr: &Translator, p: crate::protect::PassphraseProblem) -> String {
    use crate::protect::PassphraseProblem as P;
    match p {
        P::TooShort => tr.t_args(
            "backup-passphrase-too-short",
            &[("count", crate::protect::MIN_CHARS.into())],
        ),
        P::Mismatch => tr.t("backup-passphrase-mismatch"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spreadsheet damage is worded as what the spreadsheet did and how to avoid it.
    #[test]
    fn spreadsheet_damage_says_what_happened_and_what_to_do() {
        let e = RowError {
            line: 2,
            sku: Some("A-1".into()),
            column: Some(Column::Whatsapp),
            problem: Problem::ScientificNotation,
            value: "6,28223E+12".into(),
        };
        let w = Warning::LeadingZeroLost {
            line: 3,
            sku: "A-2".into(),
            column: Column::HsCode,
            value: "901.21".into(),
            likely: "0901.21".into(),
        };
        let pirt = Warning::LeadingZeroLost {
            line: 3,
            sku: "A-2".into(),
            column: Column::Pirt,
            value: "20635070112342".into(),
            likely: "020635070112342".into(),
        };
        let csv = Origin::Csv { delimiter: ';' };
        let id = Translator::new(Lang::Id);
        let error = row_error(&id, "produk.csv", &e, &csv);
        assert!(error.starts_with("produk.csv, baris 2 (SKU A-1), kolom whatsapp:"));
        for words in [
            "6,28223E+12",
            "notasi ilmiah",
            "Teks",
            "etalase export xlsx",
        ] {
            assert!(error.contains(words), "{error}");
        }
        let warned = warning(&id, "produk.csv", &w, &csv);
        for words in [
            "901.21",
            "0901.21",
            "pos 4 angka",
            "Teks",
            "buku kerja Excel",
        ] {
            assert!(warned.contains(words), "{warned}");
        }
        assert!(warning(&id, "produk.csv", &pirt, &csv).contains("PIRT 15 angka"));
        let en = Translator::new(Lang::En);
        let error = row_error(&en, "products.csv", &e, &csv);
        assert!(
            error.contains("(Excel) turned into scientific notation"),
            "{error}"
        );
        let warned = warning(&en, "products.csv", &pirt, &csv);
        assert!(warned.contains("a PIRT number has 15"), "{warned}");
        assert!(warned.contains("format the column as Text"), "{warned}");
    }
}
