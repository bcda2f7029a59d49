//! What each subcommand does, on the library's own functions: open the store, read or change the
//! catalogue, and say the outcome in the user's language.

use super::{EXIT_FAILURE, EXIT_OK, Output};
use crate::domain::model::now;
use crate::domain::{Bilingual, Category, CategoryId, Date, Producer, ProducerId};
use crate::i18n::Translator;
use crate::messages;
use crate::ops::export::ExportFailure;
use crate::ops::import::ReadFailure;
use crate::protect::Passphrase;
use crate::storage::Store;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub struct Context<'a> {
    pub tr: &'a Translator,
    pub store_dir: PathBuf,
}

impl Context<'_> {
    fn open(&self, output: &mut Output) -> Option<Store> {
        match Store::open(&self.store_dir) {
            Ok(s) => Some(s),
            Err(e) => {
                output.warn(&messages::store_error(self.tr, &e));
                None
            }
        }
    }
}

/// Runs `body` on the open store; a store error becomes one sentence and exit 1.
fn with_store(
    ctx: &Context,
    output: &mut Output,
    body: impl FnOnce(&Store, &mut Output) -> Result<i32, crate::storage::StoreError>,
) -> i32 {
    let Some(store) = ctx.open(output) else {
        return EXIT_FAILURE;
    };
    match body(&store, output) {
        Ok(code) => code,
        Err(e) => {
            output.warn(&messages::store_error(ctx.tr, &e));
            EXIT_FAILURE
        }
    }
}

pub fn sample(ctx: &Context, output: &mut Output) -> i32 {
    let tr = ctx.tr;
    with_store(ctx, output, |store, output| {
        let count = store.product_count();
        if count > 0 {
            output.warn(&tr.t_args("cli-sample-not-empty", &[("count", count.into())]));
            return Ok(EXIT_FAILURE);
        }
        let loaded = crate::ops::sample::load(store, crate::clock::today(), None)?;
        output.say(&tr.t_args(
            "cli-sample-done",
            &[
                ("products", loaded.products.into()),
                ("producers", loaded.producers.into()),
            ],
        ));
        Ok(EXIT_OK)
    })
}

pub struct ImportArgs {
    pub file: PathBuf,
    /// The sheet of a workbook to read (`--sheet`).
    pub sheet: Option<String>,
    pub photos: Option<PathBuf>,
    pub strict: bool,
    pub dry_run: bool,
}

pub fn import(ctx: &Context, output: &mut Output, args: &ImportArgs) -> i32 {
    let tr = ctx.tr;
    let file = args.file.display().to_string();
    with_store(ctx, output, |store, output| {
        let catalogue = store.catalogue()?;
        let source = crate::ops::import::Source {
            file: &args.file,
            photo_folder: args.photos.as_deref(),
            sheet: args.sheet.clone(),
        };
        // A dry run only checks the photos; it stores none.
        let target = (!args.dry_run).then_some(store);
        let planned = match crate::ops::import::plan(
            &source,
            target,
            &catalogue,
            now(),
            &crate::ops::Progress::default(),
        ) {
            Ok(Some(p)) => p,
            Ok(None) => return Ok(EXIT_FAILURE), // never cancelled here
            Err(ReadFailure::Io(e)) => {
                output.warn(&tr.t_args(
                    "err-file-read",
                    &[
                        ("file", file.as_str().into()),
                        ("reason", messages::io_reason(tr, &e).into()),
                    ],
                ));
                return Ok(EXIT_FAILURE);
            }
            Err(ReadFailure::File(e)) => {
                output.warn(&messages::file_error(tr, &file, &e));
                return Ok(EXIT_FAILURE);
            }
        };
        let (plan, origin) = (planned.plan, planned.origin);
        let report = &plan.report;
        for e in &report.errors {
            output.warn(&messages::row_error(tr, &file, e, &origin));
        }
        for w in &report.warnings {
            output.warn(&messages::warning(tr, &file, w, &origin));
        }
        let rejected = report.rejected_rows();
        let counts = [
            ("file", file.as_str().into()),
            ("created", report.created.len().into()),
            ("updated", report.updated.len().into()),
            ("unchanged", report.unchanged.into()),
            ("rejected", rejected.into()),
        ];
        if args.dry_run {
            output.say(&tr.t_args("cli-import-dry-run", &counts));
        } else if args.strict && rejected > 0 {
            output.warn(&tr.t_args("cli-import-strict-abort", &[("rejected", rejected.into())]));
            return Ok(EXIT_FAILURE);
        } else {
            store.apply(&plan.changes)?;
            output.say(&tr.t_args("cli-import-summary", &counts));
        }
        if !report.new_producers.is_empty() {
            output.say(&tr.t_args(
                "cli-import-new-producers",
                &[("names", report.new_producers.join(", ").into())],
            ));
        }
        if !report.new_categories.is_empty() {
            output.say(&tr.t_args(
                "cli-import-new-categories",
                &[("names", report.new_categories.join(", ").into())],
            ));
        }
        Ok(if rejected > 0 { EXIT_FAILURE } else { EXIT_OK })
    })
}

/// `export pdf`: the printable catalogue, with a warning line per product not fully translated
/// (English), without a photo or without a price.
pub fn export_pdf(
    ctx: &Context,
    output: &mut Output,
    file: &Path,
    options: &crate::pdf::Options,
) -> i32 {
    let tr = ctx.tr;
    with_store(ctx, output, |store, output| {
        let progress = crate::ops::Progress::default();
        match crate::ops::export::pdf(store, options, file, &progress) {
            Ok(Some(written)) => {
                for n in &written.notices {
                    output.warn(&messages::pdf_notice(tr, n));
                }
                output.say(&tr.t_args(
                    "cli-export-pdf-done",
                    &[
                        ("count", written.products.into()),
                        ("file", file.display().to_string().into()),
                    ],
                ));
                Ok(EXIT_OK)
            }
            Ok(None) => Ok(EXIT_FAILURE), // never cancelled here
            Err(e) => export_failed(tr, output, file, e),
        }
    })
}

/// `export cards`: the cards and captions the options and filters ask for, into `dir`.
pub fn export_cards(
    ctx: &Context,
    output: &mut Output,
    dir: &Path,
    options: &crate::cards::CardOptions,
    filters: &crate::ops::cards::Filters,
) -> i32 {
    let tr = ctx.tr;
    with_store(ctx, output, |store, output| {
        match crate::ops::cards::export(store, options, filters, dir, &mut |_, _| true) {
            Ok(Some(report)) => {
                for n in &report.notices {
                    output.warn(&messages::card_notice(tr, n));
                }
                if report.written == 0 {
                    output.warn(&tr.t("cli-export-cards-none"));
                    return Ok(EXIT_FAILURE);
                }
                output.say(&tr.t_args(
                    "cli-export-cards-done",
                    &[
                        ("count", report.written.into()),
                        ("dir", dir.display().to_string().into()),
                    ],
                ));
                Ok(EXIT_OK)
            }
            Ok(None) => Ok(EXIT_FAILURE), // never cancelled here
            Err(e) => export_failed(tr, output, dir, e),
        }
    })
}

/// What `export pricelist` was asked for: the file, the dollar rate as typed, and the rest (its
/// format and rate are filled in from the file's name and the rate once both read).
pub struct PricelistArgs {
    pub file: PathBuf,
    pub usd_rate: Option<String>,
    pub options: crate::ops::pricelist::PricelistOptions,
}

/// `export pricelist`: the buyer price list as PDF or workbook, by the file's ending. A file that
/// is neither, or a rate that cannot be read, is bad usage (exit 2) and nothing is opened; no
/// matching product is a failure (exit 1) and nothing is written.
pub fn export_pricelist(ctx: &Context, output: &mut Output, args: &PricelistArgs) -> i32 {
    use crate::domain::currency::{MAX_RATE, MIN_RATE, RateError, UsdRate};
    let tr = ctx.tr;
    let file = args.file.as_path();
    let Some(format) = crate::ops::pricelist::Format::of_file(file) else {
        let name = file.display().to_string();
        output.warn(&tr.t_args("pricelist-cli-bad-format", &[("file", name.into())]));
        return super::EXIT_USAGE;
    };
    let usd_rate = match args.usd_rate.as_deref() {
        None => None,
        Some(typed) => match UsdRate::parse(typed) {
            Ok(rate) => Some(rate),
            Err(RateError::OutOfRange) => {
                output.warn(&tr.t_args(
                    "pricelist-cli-rate-range",
                    &[
                        ("value", typed.into()),
                        ("min", tr.rupiah(MIN_RATE).into()),
                        ("max", tr.rupiah(MAX_RATE).into()),
                    ],
                ));
                return super::EXIT_USAGE;
            }
            Err(_) => {
                output.warn(&tr.t_args("pricelist-cli-bad-rate", &[("value", typed.into())]));
                return super::EXIT_USAGE;
            }
        },
    };
    let options = crate::ops::pricelist::PricelistOptions {
        format,
        usd_rate,
        ..args.options.clone()
    };
    with_store(ctx, output, |store, output| {
        let progress = crate::ops::Progress::default();
        match crate::ops::pricelist::write(store, &options, file, &progress) {
            Ok(Some(written)) => {
                for n in &written.notices {
                    if let Some(words) = crate::documents::pricelist::notice(tr, n) {
                        output.warn(&words);
                    }
                }
                if written.products == 0 {
                    output.warn(&tr.t("pricelist-cli-none"));
                    return Ok(EXIT_FAILURE);
                }
                output.say(&tr.t_args(
                    "pricelist-cli-done",
                    &[
                        ("count", written.products.into()),
                        ("file", file.display().to_string().into()),
                    ],
                ));
                Ok(EXIT_OK)
            }
            Ok(None) => Ok(EXIT_FAILURE), // never cancelled here
            Err(e) => export_failed(tr, output, file, e),
        }
    })
}

/// `export profile`: a producer's grant/curation profile. An unknown producer is a failure
/// (exit 1) that names the producers there are; nothing is written.
pub fn export_profile(
    ctx: &Context,
    output: &mut Output,
    file: &Path,
    options: &crate::ops::profile::ProfileOptions,
) -> i32 {
    use crate::ops::profile::ProfileFailure;
    let tr = ctx.tr;
    with_store(ctx, output, |store, output| {
        let progress = crate::ops::Progress::default();
        match crate::ops::profile::write(store, options, file, &progress) {
            Ok(Some(made)) => {
                for n in &made.notices {
                    output.warn(&crate::documents::profile::notice_words(tr, n));
                }
                output.say(&tr.t_args(
                    "profile-cli-done",
                    &[
                        ("producer", made.producer.as_str().into()),
                        ("file", file.display().to_string().into()),
                        ("met", made.readiness.met().into()),
                        ("total", made.readiness.items.len().into()),
                    ],
                ));
                Ok(EXIT_OK)
            }
            Ok(None) => Ok(EXIT_FAILURE), // never cancelled here
            Err(ProfileFailure::UnknownProducer(u)) => {
                let known: Vec<String> = u.known.iter().map(|n| format!("“{n}”")).collect();
                let key = if known.is_empty() {
                    "profile-cli-no-producers"
                } else {
                    "profile-cli-unknown-producer"
                };
                output.warn(&tr.t_args(
                    key,
                    &[
                        ("name", u.name.as_str().into()),
                        ("known", known.join(", ").into()),
                    ],
                ));
                Ok(EXIT_FAILURE)
            }
            Err(ProfileFailure::Export(e)) => export_failed(tr, output, file, e),
        }
    })
}

/// Says why an export did not finish; exit 1.
fn export_failed(
    tr: &Translator,
    output: &mut Output,
    file: &Path,
    e: ExportFailure,
) -> Result<i32, crate::storage::StoreError> {
    match e {
        ExportFailure::Store(e) => return Err(e),
        // The library's own words are technical; the sentence around them is translated.
        ExportFailure::Pdf(detail) => {
            output.warn(&tr.t_args("cli-export-pdf-failed", &[("reason", detail.into())]))
        }
        ExportFailure::Write(e) => output.warn(&write_failed(tr, file, &e)),
        ExportFailure::Workbook(e) => output.warn(&messages::workbook_write_error(tr, &e)),
    }
    Ok(EXIT_FAILURE)
}

/// "Cannot write FILE: reason", for an export that could not be saved.
fn write_failed(tr: &Translator, file: &Path, e: &std::io::Error) -> String {
    tr.t_args(
        "err-file-write",
        &[
            ("file", file.display().to_string().into()),
            ("reason", messages::io_reason(tr, e).into()),
        ],
    )
}

/// `export csv` and `export xlsx`: every product, photos beside the file.
pub fn export_sheet(
    ctx: &Context,
    output: &mut Output,
    file: &Path,
    format: crate::ops::export::Sheet,
) -> i32 {
    use crate::ops::export::Sheet;
    let tr = ctx.tr;
    with_store(ctx, output, |store, output| {
        let c = store.catalogue()?;
        let progress = crate::ops::Progress::default();
        let (products, producers, categories) = (&c.products, &c.producers, &c.categories);
        let written = crate::ops::export::sheet(
            format, store, file, products, producers, categories, &progress,
        );
        match written {
            Ok(_) => {
                let done = match format {
                    Sheet::Csv => "cli-export-csv-done",
                    Sheet::Xlsx => "cli-export-xlsx-done",
                };
                output.say(&tr.t_args(
                    done,
                    &[
                        ("count", c.products.len().into()),
                        ("file", file.display().to_string().into()),
                    ],
                ));
                Ok(EXIT_OK)
            }
            Err(e) => export_failed(tr, output, file, e),
        }
    })
}

/// `template`: the workbook to fill in, with one example row; its dropdowns offer this
/// catalogue's categories and producers too.
pub fn template(ctx: &Context, output: &mut Output, file: &Path) -> i32 {
    let tr = ctx.tr;
    with_store(ctx, output, |store, output| {
        let (categories, producers) = (store.categories()?, store.producers()?);
        match crate::ops::export::template_with(file, &categories, &producers) {
            Ok(()) => {
                output.say(&tr.t_args(
                    "cli-template-done",
                    &[("file", file.display().to_string().into())],
                ));
                Ok(EXIT_OK)
            }
            Err(e) => export_failed(tr, output, file, e),
        }
    })
}

fn in_lang(tr: &Translator, text: &Bilingual) -> String {
    text.shown(tr.lang()).to_string()
}

pub fn list(ctx: &Context, output: &mut Output, json: bool) -> i32 {
    let tr = ctx.tr;
    with_store(ctx, output, |store, output| {
        let products = store.products()?;
        let producers: HashMap<ProducerId, Producer> =
            store.producers()?.into_iter().map(|p| (p.id, p)).collect();
        let categories: HashMap<CategoryId, Category> =
            store.categories()?.into_iter().map(|c| (c.id, c)).collect();
        if json {
            let rows: Vec<serde_json::Value> = products
                .iter()
                .map(|p| {
                    let producer = producers.get(&p.producer);
                    let category = categories.get(&p.category);
                    serde_json::json!({
                        "sku": p.sku,
                        "name_id": p.name.id,
                        "name_en": p.name.en,
                        "category": category.map(|c| c.name.id.as_str()).unwrap_or(""),
                        "category_en": category.map(|c| c.name.en.as_str()).unwrap_or(""),
                        "price": p.price,
                        "net_content": p.net_content,
                        "producer": producer.map(|x| x.pesantren.as_str()).unwrap_or(""),
                        "kopontren": producer.map(|x| x.kopontren.as_str()).unwrap_or(""),
                        "city": producer.map(|x| x.city.as_str()).unwrap_or(""),
                        "halal_status": p.halal.status.code(),
                        "halal_number": p.halal.number,
                        "halal_mark": p.halal.mark(crate::clock::today()).is_some(),
                        "photo_count": p.photos.len(),
                        "featured": p.featured,
                        "hidden": p.hidden,
                    })
                })
                .collect();
            let text = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".into());
            output.say(&text);
            return Ok(EXIT_OK);
        }
        if products.is_empty() {
            output.say(&tr.t("list-empty"));
            return Ok(EXIT_OK);
        }
        let mut table = vec![
            [
                "list-col-sku",
                "list-col-name",
                "list-col-category",
                "list-col-price",
                "list-col-producer",
                "list-col-halal",
            ]
            .map(|id| tr.t(id)),
        ];
        for p in &products {
            table.push([
                p.sku.clone(),
                in_lang(tr, &p.name),
                categories
                    .get(&p.category)
                    .map(|c| in_lang(tr, &c.name))
                    .unwrap_or_default(),
                p.price
                    .map(|n| tr.rupiah(n))
                    .unwrap_or_else(|| tr.t("list-no-price")),
                producers
                    .get(&p.producer)
                    .map(|x| x.pesantren.clone())
                    .unwrap_or_default(),
                crate::i18n::words::halal_status(tr, p.halal.status),
            ]);
        }
        for line in format_table(&table) {
            output.say(&line);
        }
        Ok(EXIT_OK)
    })
}

/// Columns padded to their widest cell (counted in characters); the price column right-aligned.
fn format_table(rows: &[[String; 6]]) -> Vec<String> {
    let mut widths = [0usize; 6];
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let pad = " ".repeat(widths[i] - c.chars().count());
                    if i == 3 {
                        format!("{pad}{c}")
                    } else {
                        format!("{c}{pad}")
                    }
                })
                .collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}

/// The Compliance screen in plain text: every finding and standing row, grouped as the screen
/// groups them (certified products only counted), then each producer's readiness checklist with
/// what is missing. One line per finding, naming the product's SKU.
pub fn compliance_lines(
    tr: &Translator,
    catalogue: &crate::domain::Catalogue,
    today: Date,
) -> Vec<String> {
    use crate::domain::standing::{Group, counts, readiness, rows};
    let deadline = catalogue.settings.halal_deadline;
    let mut rows = rows(catalogue, today);
    rows.sort_by(|a, b| {
        let sku = |r: &crate::domain::standing::Row| &catalogue.products[r.product].sku;
        (a.group, a.days)
            .cmp(&(b.group, b.days))
            .then_with(|| crate::domain::sort::natural_cmp(sku(a), sku(b)))
    });
    let counts = counts(&rows);
    let mut out = Vec::new();
    // Standings that need nothing done are counted, not listed.
    let quiet = |g: Group| matches!(g, Group::Certified | Group::NotRequired);
    let listed = rows.iter().filter(|r| !quiet(r.group)).count();
    if listed == 0 {
        out.push(tr.t("check-findings-none"));
    } else {
        out.push(tr.t_args("check-findings-count", &[("count", listed.into())]));
    }
    for group in Group::ALL {
        if quiet(group) {
            continue;
        }
        let in_group: Vec<_> = rows.iter().filter(|r| r.group == group).collect();
        if in_group.is_empty() {
            continue;
        }
        out.push(tr.t_args(
            "check-group",
            &[
                ("group", tr.t(group.key()).into()),
                ("count", in_group.len().into()),
            ],
        ));
        for r in in_group {
            let p = &catalogue.products[r.product];
            let reason = messages::standing(tr, p, r, deadline);
            let line = tr.t_args(
                "check-finding-line",
                &[
                    ("sku", p.sku.as_str().into()),
                    ("name", in_lang(tr, &p.name).into()),
                    ("finding", reason.into()),
                ],
            );
            out.push(format!("  {line}"));
        }
    }
    let certified = counts.get(&Group::Certified).copied().unwrap_or(0);
    out.push(tr.t_args("check-certified-count", &[("count", certified.into())]));
    let readiness = readiness(catalogue, today);
    if !readiness.is_empty() {
        out.push(tr.t("check-readiness-title"));
    }
    for (i, r) in &readiness {
        let producer = &catalogue.producers[*i];
        let key = if r.ready() {
            "check-readiness-ready"
        } else {
            "check-readiness-not-ready"
        };
        out.push(format!(
            "  {}",
            tr.t_args(
                key,
                &[
                    ("name", producer.pesantren.as_str().into()),
                    ("met", r.met().into()),
                    ("total", r.items.len().into()),
                ],
            )
        ));
        for g in r.gaps() {
            out.push(format!("    {}", messages::gap(tr, producer, g)));
        }
    }
    out
}

pub fn check(ctx: &Context, output: &mut Output, fix: bool) -> i32 {
    let tr = ctx.tr;
    with_store(ctx, output, |store, output| {
        let mut report = store.check()?;
        if fix && report.damage.iter().any(|d| d.is_repairable()) {
            store.repair(&report)?;
            output.say(&tr.t("check-fixed"));
            report = store.check()?;
        }
        let serious: Vec<_> = report.damage.iter().filter(|d| d.is_serious()).collect();
        for d in &report.damage {
            output.say(&messages::damage(tr, d));
        }
        let sizes = (
            report.products.len(),
            report.producers.len(),
            report.categories.len(),
        );
        let catalogue = crate::domain::Catalogue {
            products: std::mem::take(&mut report.products),
            producers: std::mem::take(&mut report.producers),
            categories: std::mem::take(&mut report.categories),
            settings: report.settings.clone(),
        };
        for line in compliance_lines(tr, &catalogue, crate::clock::today()) {
            output.say(&line);
        }
        if serious.is_empty() {
            output.say(&tr.t_args(
                "check-sound",
                &[
                    ("products", sizes.0.into()),
                    ("producers", sizes.1.into()),
                    ("categories", sizes.2.into()),
                ],
            ));
            Ok(EXIT_OK)
        } else {
            output.warn(&tr.t_args("check-damaged", &[("count", serious.len().into())]));
            if serious.iter().all(|d| d.is_repairable()) {
                output.warn(&tr.t("check-fix-hint"));
            } else {
                output.warn(&tr.t("check-unrepairable"));
            }
            Ok(EXIT_FAILURE)
        }
    })
}

/// A passphrase from the person at the terminal (typed unseen; twice for a new one), or the first
/// line of standard input when that is not a terminal (a script). `None` after telling why.
fn read_passphrase(ctx: &Context, output: &mut Output, new: bool) -> Option<Passphrase> {
    use std::io::IsTerminal;
    let tr = ctx.tr;
    let first = if std::io::stdin().is_terminal() {
        let ask = |key: &str| rpassword::prompt_password(format!("{}: ", tr.t(key)));
        let first = ask("cli-passphrase-prompt");
        let second = if new {
            ask("cli-passphrase-again").map(Some)
        } else {
            Ok(None)
        };
        match (first, second) {
            (Ok(first), Ok(second)) => {
                if let Some(second) = second
                    && let Err(p) = crate::protect::check_new(&first, &second)
                {
                    output.warn(&messages::passphrase_problem(tr, p));
                    return None;
                }
                first
            }
            (Err(e), _) | (_, Err(e)) => {
                output.warn(&e.to_string());
                return None;
            }
        }
    } else {
        let mut line = String::new();
        if let Err(e) = std::io::stdin().read_line(&mut line) {
            output.warn(&e.to_string());
            return None;
        }
        line.trim_end_matches(['\r', '\n']).to_string()
    };
    if new && let Err(p) = crate::protect::check_new(&first, &first) {
        output.warn(&messages::passphrase_problem(tr, p));
        return None;
    }
    Some(Passphrase::from(first))
}

/// Opens a backup named on the command line, asking for its passphrase when it is protected.
/// The passphrase of a protected backup, asked for; `Some(None)` for a plain backup, `None`
/// when it cannot be opened (said).
fn backup_passphrase(
    ctx: &Context,
    output: &mut Output,
    file: &Path,
) -> Option<Option<Passphrase>> {
    match crate::protect::is_protected(file) {
        Ok(true) => read_passphrase(ctx, output, false).map(Some),
        Ok(false) => Some(None),
        Err(e) => {
            output.warn(&messages::protect_error(ctx.tr, &e));
            None
        }
    }
}

/// `backup`: the whole catalogue (records and photos) into one ZIP; with `protect`, sealed with a
/// passphrase.
pub fn backup(ctx: &Context, output: &mut Output, file: &Path, protect: bool) -> i32 {
    let tr = ctx.tr;
    let passphrase = if protect {
        match read_passphrase(ctx, output, true) {
            Some(p) => Some(p),
            None => return EXIT_FAILURE,
        }
    } else {
        None
    };
    let Some(store) = ctx.open(output) else {
        return EXIT_FAILURE;
    };
    let progress = crate::ops::Progress::default();
    match crate::ops::backup::write(&store, file, passphrase.as_ref(), &progress) {
        Ok(counts) => {
            output.say(&tr.t_args(
                "cli-backup-done",
                &[
                    ("products", counts.products.into()),
                    ("photos", counts.photos.into()),
                    ("leads", counts.leads.into()),
                    ("file", file.display().to_string().into()),
                ],
            ));
            EXIT_OK
        }
        Err(e) => {
            output.warn(&messages::backup_error(tr, &e));
            EXIT_FAILURE
        }
    }
}

/// `restore`: a backup into an empty catalogue, or over one with `--replace` (backed up first).
pub fn restore(ctx: &Context, output: &mut Output, file: &Path, replace: bool) -> i32 {
    let tr = ctx.tr;
    let Some(passphrase) = backup_passphrase(ctx, output, file) else {
        return EXIT_FAILURE;
    };
    let folders = crate::ops::backup::Folders::of_store(&ctx.store_dir);
    match crate::ops::backup::restore(file, passphrase.as_ref(), &folders, replace) {
        Ok(restored) => {
            if let Some(saved) = &restored.replaced_backup {
                output.say(&tr.t_args(
                    "cli-restore-saved-old",
                    &[("file", saved.display().to_string().into())],
                ));
            }
            let c = &restored.counts;
            output.say(&tr.t_args(
                "cli-restore-done",
                &[
                    ("products", c.products.into()),
                    ("photos", c.photos.into()),
                    ("leads", c.leads.into()),
                    ("file", file.display().to_string().into()),
                ],
            ));
            EXIT_OK
        }
        Err(e) => {
            output.warn(&messages::backup_error(tr, &e));
            EXIT_FAILURE
        }
    }
}

/// `merge`: another catalogue's backup added to this one; SKU clashes settled by `rule`, each
/// one named.
pub fn merge(ctx: &Context, output: &mut Output, file: &Path, rule: crate::backup::OnClash) -> i32 {
    let tr = ctx.tr;
    let Some(store) = ctx.open(output) else {
        return EXIT_FAILURE;
    };
    let Some(passphrase) = backup_passphrase(ctx, output, file) else {
        return EXIT_FAILURE;
    };
    let folders = crate::ops::backup::Folders::of_store(&ctx.store_dir);
    match crate::ops::backup::merge(&store, file, passphrase.as_ref(), &folders.scratch, rule) {
        Ok(m) => {
            for clash in &m.clashes {
                let line = match (&clash.added_as, rule) {
                    (None, _) => tr.t_args(
                        "cli-merge-clash-keep",
                        &[("sku", clash.sku.as_str().into())],
                    ),
                    (Some(_), crate::backup::OnClash::Take) => tr.t_args(
                        "cli-merge-clash-take",
                        &[("sku", clash.sku.as_str().into())],
                    ),
                    (Some(new), _) => tr.t_args(
                        "cli-merge-clash-both",
                        &[
                            ("sku", clash.sku.as_str().into()),
                            ("new", new.as_str().into()),
                        ],
                    ),
                };
                output.warn(&line);
            }
            output.say(&tr.t_args(
                "cli-merge-done",
                &[
                    ("file", file.display().to_string().into()),
                    ("products", m.products.into()),
                    ("producers", m.producers.into()),
                    ("categories", m.categories.into()),
                    ("photos", m.photos.into()),
                    ("leads", m.leads.into()),
                    ("clashes", m.clashes.len().into()),
                ],
            ));
            EXIT_OK
        }
        Err(e) => {
            output.warn(&messages::backup_error(tr, &e));
            EXIT_FAILURE
        }
    }
}
