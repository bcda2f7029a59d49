//! The command line (`etalase ...`): parses arguments with every help text translated, finds the
//! data folder, runs a command on the same library code the app uses, and maps the outcome to an
//! exit code (0 success, 1 failure, 2 bad usage). Never panics on bad input; errors are one
//! translated sentence on stderr.

mod commands;

use crate::i18n::{Translator, system_lang};
use crate::ops::export::Sheet;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, ArgMatches, Command};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

/// Exit codes.
pub const EXIT_OK: i32 = 0;
pub const EXIT_FAILURE: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

/// Where a command writes: stdout for results, stderr for errors and notes.
pub struct Output<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

impl Output<'_> {
    pub fn say(&mut self, line: &str) {
        let _ = writeln!(self.out, "{line}");
    }
    pub fn warn(&mut self, line: &str) {
        let _ = writeln!(self.err, "{line}");
    }
}

/// Builds the command-line grammar with help texts in the translator's language.
pub fn command(tr: &Translator) -> Command {
    let help = |id: &str| tr.t(id);
    let help_flag = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(help("cli-arg-help"));
    let template = format!(
        "{{about}}\n\n{}: {{usage}}\n\n{{all-args}}",
        tr.t("cli-usage-heading")
    );
    let sub = |name: &'static str, about: &str| {
        Command::new(name)
            .about(about.to_string())
            .disable_help_flag(true)
            .help_template(template.clone())
            .next_help_heading(tr.t("cli-options-heading"))
            .arg(help_flag.clone())
    };
    let file_arg = |id: &str, help_id: &str| {
        Arg::new(id.to_string())
            .value_name("FILE")
            .required(true)
            .value_parser(clap::value_parser!(PathBuf))
            .help(help(help_id))
    };
    Command::new("etalase")
        .about(help("cli-about"))
        .version(env!("CARGO_PKG_VERSION"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .help_template(template.clone())
        .subcommand_help_heading(tr.t("cli-commands-heading"))
        .next_help_heading(tr.t("cli-options-heading"))
        .arg(
            Arg::new("data-dir")
                .long("data-dir")
                .value_name("DIR")
                .global(true)
                .value_parser(clap::value_parser!(PathBuf))
                .help(help("cli-arg-data-dir")),
        )
        .arg(
            Arg::new("showcase")
                .long("showcase")
                .action(ArgAction::SetTrue)
                .help(help("cli-arg-showcase")),
        )
        .arg(help_flag.clone())
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(help("cli-arg-version")),
        )
        .subcommand(sub("sample", &help("cli-cmd-sample")))
        .subcommand(
            sub("import", &help("cli-cmd-import"))
                .arg(file_arg("file", "cli-arg-import-file"))
                .arg(
                    Arg::new("sheet")
                        .long("sheet")
                        .value_name("NAME")
                        .help(help("cli-arg-sheet")),
                )
                .arg(
                    Arg::new("photos")
                        .long("photos")
                        .value_name("DIR")
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(help("cli-arg-photos")),
                )
                .arg(
                    Arg::new("strict")
                        .long("strict")
                        .action(ArgAction::SetTrue)
                        .help(help("cli-arg-strict")),
                )
                .arg(
                    Arg::new("dry-run")
                        .long("dry-run")
                        .action(ArgAction::SetTrue)
                        .help(help("cli-arg-dry-run")),
                ),
        )
        .subcommand(
            sub("backup", &help("cli-cmd-backup"))
                .arg(file_arg("file", "cli-arg-backup-file"))
                .arg(
                    Arg::new("protect")
                        .long("protect")
                        .action(ArgAction::SetTrue)
                        .help(help("cli-arg-protect")),
                ),
        )
        .subcommand(
            sub("restore", &help("cli-cmd-restore"))
                .arg(file_arg("file", "cli-arg-restore-file"))
                .arg(
                    Arg::new("replace")
                        .long("replace")
                        .action(ArgAction::SetTrue)
                        .help(help("cli-arg-replace")),
                ),
        )
        .subcommand(
            sub("merge", &help("cli-cmd-merge"))
                .arg(file_arg("file", "cli-arg-merge-file"))
                .arg(
                    Arg::new("on-clash")
                        .long("on-clash")
                        .value_name("keep|take|both")
                        .default_value("keep")
                        .value_parser(["keep", "take", "both"])
                        .help(help("cli-arg-on-clash")),
                ),
        )
        .subcommand(
            sub("export", &help("cli-cmd-export"))
                .subcommand_required(true)
                .subcommand_help_heading(tr.t("cli-commands-heading"))
                .subcommand(
                    sub("csv", &help("cli-cmd-export-csv"))
                        .arg(file_arg("file", "cli-arg-export-file")),
                )
                .subcommand(
                    sub("xlsx", &help("cli-cmd-export-xlsx"))
                        .arg(file_arg("file", "cli-arg-export-xlsx-file")),
                )
                .subcommand(
                    catalogue_args(sub("pdf", &help("cli-cmd-export-pdf")), tr, "pdf")
                        .arg(file_arg("file", "cli-arg-export-pdf-file"))
                        .arg(
                            Arg::new("layout")
                                .long("layout")
                                .value_name("grid|list|sheet")
                                .default_value("grid")
                                .value_parser(["grid", "list", "sheet"])
                                .help(help("cli-arg-pdf-layout")),
                        )
                        .arg(
                            Arg::new("paper")
                                .long("paper")
                                .value_name("a4|letter")
                                .default_value("a4")
                                .value_parser(["a4", "letter"])
                                .help(help("cli-arg-pdf-paper")),
                        )
                        .arg(
                            Arg::new("by-producer")
                                .long("by-producer")
                                .action(ArgAction::SetTrue)
                                .help(help("cli-arg-pdf-by-producer")),
                        )
                        .arg(
                            Arg::new("bleed")
                                .long("bleed")
                                .action(ArgAction::SetTrue)
                                .help(help("cli-arg-pdf-bleed")),
                        ),
                )
                .subcommand(
                    catalogue_args(sub("cards", &help("cli-cmd-export-cards")), tr, "cards")
                        .arg(
                            Arg::new("dir")
                                .value_name("OUT_DIR")
                                .required(true)
                                .value_parser(clap::value_parser!(PathBuf))
                                .help(help("cli-arg-export-cards-dir")),
                        )
                        .arg(
                            Arg::new("size")
                                .long("size")
                                .value_name("square|portrait|story")
                                .default_value("square")
                                .value_parser(["square", "portrait", "story"])
                                .help(help("cli-arg-cards-size")),
                        )
                        .arg(
                            Arg::new("style")
                                .long("style")
                                .value_name("band|panel|tag")
                                .default_value("band")
                                .value_parser(["band", "panel", "tag"])
                                .help(help("cli-arg-cards-style")),
                        )
                        .arg(
                            Arg::new("sku")
                                .long("sku")
                                .value_name("SKU")
                                .action(ArgAction::Append)
                                .help(help("cli-arg-cards-sku")),
                        ),
                )
                .subcommand(pricelist_args(
                    sub("pricelist", &help("pricelist-cli-cmd")),
                    tr,
                ))
                .subcommand(profile_args(sub("profile", &help("profile-cli-cmd")), tr)),
        )
        .subcommand(
            sub("template", &help("cli-cmd-template"))
                .arg(file_arg("file", "cli-arg-template-file")),
        )
        .subcommand(
            sub("list", &help("cli-cmd-list")).arg(
                Arg::new("json")
                    .long("json")
                    .action(ArgAction::SetTrue)
                    .help(help("cli-arg-json")),
            ),
        )
        .subcommand(
            sub("check", &help("cli-cmd-check")).arg(
                Arg::new("fix")
                    .long("fix")
                    .action(ArgAction::SetTrue)
                    .help(help("cli-arg-fix")),
            ),
        )
}

/// The arguments that choose what a catalogue export holds and how it reads: language, category,
/// producer, featured only, no prices, the day. `export pdf` and `export cards` share them; their
/// help words are `cli-arg-<kind>-<name>`.
fn catalogue_args(cmd: Command, tr: &Translator, kind: &str) -> Command {
    let words = |name: &str| tr.t(&format!("cli-arg-{kind}-{name}"));
    cmd.arg(
        Arg::new("lang")
            .long("lang")
            .value_name("id|en")
            .required(true)
            .value_parser(["id", "en"])
            .help(words("lang")),
    )
    .arg(
        Arg::new("category")
            .long("category")
            .value_name("NAME")
            .action(ArgAction::Append)
            .help(words("category")),
    )
    .arg(
        Arg::new("producer")
            .long("producer")
            .value_name("NAME")
            .action(ArgAction::Append)
            .help(words("producer")),
    )
    .arg(
        Arg::new("featured")
            .long("featured")
            .action(ArgAction::SetTrue)
            .help(words("featured")),
    )
    .arg(
        Arg::new("no-prices")
            .long("no-prices")
            .action(ArgAction::SetTrue)
            .help(words("no-prices")),
    )
    .arg(
        Arg::new("date")
            .long("date")
            .value_name("YYYY-MM-DD")
            .value_parser(|s: &str| crate::domain::Date::parse(s).map_err(|_| "date".to_string()))
            .help(words("date")),
    )
}

/// `export pricelist`: the catalogue's arguments in the price list's own words, the file and the
/// dollar rate (read by `commands::export_pricelist`, which names a bad one).
fn pricelist_args(cmd: Command, tr: &Translator) -> Command {
    let mut cmd = catalogue_args(cmd, tr, "pricelist");
    for (id, words) in [
        ("lang", "pricelist-cli-lang"),
        ("category", "pricelist-cli-category"),
        ("producer", "pricelist-cli-producer"),
        ("featured", "pricelist-cli-featured"),
        ("no-prices", "pricelist-cli-no-prices"),
        ("date", "pricelist-cli-date"),
    ] {
        cmd = cmd.mut_arg(id, |a| a.help(tr.t(words)));
    }
    cmd.arg(
        Arg::new("file")
            .value_name("OUT.pdf|OUT.xlsx")
            .required(true)
            .value_parser(clap::value_parser!(PathBuf))
            .help(tr.t("pricelist-cli-file")),
    )
    .arg(
        Arg::new("usd-rate")
            .long("usd-rate")
            .value_name("N")
            .help(tr.t("pricelist-cli-usd-rate")),
    )
}

/// `export profile`: the file, the producer (by name), the language and the date.
fn profile_args(cmd: Command, tr: &Translator) -> Command {
    cmd.arg(
        Arg::new("file")
            .value_name("OUT.pdf")
            .required(true)
            .value_parser(clap::value_parser!(PathBuf))
            .help(tr.t("profile-cli-arg-file")),
    )
    .arg(
        Arg::new("producer")
            .long("producer")
            .value_name("NAME")
            .required(true)
            .help(tr.t("profile-cli-arg-producer")),
    )
    .arg(
        Arg::new("lang")
            .long("lang")
            .value_name("id|en")
            .required(true)
            .value_parser(["id", "en"])
            .help(tr.t("profile-cli-arg-lang")),
    )
    .arg(
        Arg::new("date")
            .long("date")
            .value_name("YYYY-MM-DD")
            .value_parser(|s: &str| crate::domain::Date::parse(s).map_err(|_| "date".to_string()))
            .help(tr.t("profile-cli-arg-date")),
    )
}

/// Every value given for a repeatable argument.
fn values(m: &clap::ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// The value of a word argument, or an empty word.
fn value(m: &clap::ArgMatches, id: &str) -> String {
    m.get_one::<String>(id).cloned().unwrap_or_default()
}

/// The language `--lang` chose (see [`catalogue_args`]).
fn lang(m: &clap::ArgMatches) -> crate::domain::Lang {
    if value(m, "lang") == "en" {
        crate::domain::Lang::En
    } else {
        crate::domain::Lang::Id
    }
}

/// What opens the window (no subcommand): the data folder and whether it starts in fair mode;
/// returns the exit code. The binary passes `app::window::run`, so the command line never
/// reaches into the window's modules.
pub type OpenWindow = fn(&std::path::Path, bool) -> i32;

/// Runs the command line and returns the exit code.
pub fn run(args: Vec<OsString>, output: &mut Output, open_window: OpenWindow) -> i32 {
    let tr = Translator::new(system_lang());
    let mut cmd = command(&tr);
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(m) => m,
        Err(e) => return usage_error(&tr, &mut cmd, &e, output),
    };
    let data_dir = match data_dir(&matches) {
        Some(d) => d,
        None => {
            output.warn(&tr.t("err-no-data-folder"));
            return EXIT_FAILURE;
        }
    };
    let ctx = commands::Context {
        tr: &tr,
        store_dir: data_dir.join("store"),
    };
    match matches.subcommand() {
        None => open_window(&data_dir, matches.get_flag("showcase")),
        Some(("sample", _)) => commands::sample(&ctx, output),
        Some(("import", m)) => commands::import(
            &ctx,
            output,
            &commands::ImportArgs {
                file: path(m, "file"),
                sheet: m.get_one::<String>("sheet").cloned(),
                photos: m.get_one::<PathBuf>("photos").cloned(),
                strict: m.get_flag("strict"),
                dry_run: m.get_flag("dry-run"),
            },
        ),
        Some(("export", m)) => match m.subcommand() {
            Some(("csv", m)) => commands::export_sheet(&ctx, output, &path(m, "file"), Sheet::Csv),
            Some(("xlsx", m)) => {
                commands::export_sheet(&ctx, output, &path(m, "file"), Sheet::Xlsx)
            }
            Some(("pdf", m)) => {
                let (list, word) = (|id| values(m, id), |id| value(m, id));
                let options = crate::pdf::Options {
                    lang: lang(m),
                    layout: crate::pdf::Layout::parse(&word("layout")).unwrap_or_default(),
                    paper: crate::pdf::Paper::parse(&word("paper")).unwrap_or_default(),
                    prices: !m.get_flag("no-prices"),
                    categories: list("category"),
                    producers: list("producer"),
                    featured_only: m.get_flag("featured"),
                    by_producer: m.get_flag("by-producer"),
                    only: None,
                    date: m.get_one::<crate::domain::Date>("date").copied(),
                    bleed: m.get_flag("bleed"),
                };
                commands::export_pdf(&ctx, output, &path(m, "file"), &options)
            }
            Some(("cards", m)) => {
                let (list, word) = (|id| values(m, id), |id| value(m, id));
                let options = crate::cards::CardOptions {
                    lang: lang(m),
                    size: crate::cards::CardSize::parse(&word("size")).unwrap_or_default(),
                    style: crate::cards::Style::parse(&word("style")).unwrap_or_default(),
                    prices: !m.get_flag("no-prices"),
                    date: m.get_one::<crate::domain::Date>("date").copied(),
                };
                let filters = crate::ops::cards::Filters {
                    categories: list("category"),
                    producers: list("producer"),
                    featured_only: m.get_flag("featured"),
                    skus: list("sku"),
                    only: None,
                };
                commands::export_cards(&ctx, output, &path(m, "dir"), &options, &filters)
            }
            Some(("pricelist", m)) => {
                let options = crate::ops::pricelist::PricelistOptions {
                    lang: lang(m),
                    prices: !m.get_flag("no-prices"),
                    categories: values(m, "category"),
                    producers: values(m, "producer"),
                    featured_only: m.get_flag("featured"),
                    date: m.get_one::<crate::domain::Date>("date").copied(),
                    ..Default::default()
                };
                let args = commands::PricelistArgs {
                    file: path(m, "file"),
                    usd_rate: m.get_one::<String>("usd-rate").cloned(),
                    options,
                };
                commands::export_pricelist(&ctx, output, &args)
            }
            Some(("profile", m)) => {
                let options = crate::ops::profile::ProfileOptions {
                    producer: crate::ops::profile::ProducerRef::Name(value(m, "producer")),
                    lang: lang(m),
                    today: m
                        .get_one::<crate::domain::Date>("date")
                        .copied()
                        .unwrap_or_else(crate::clock::today),
                };
                commands::export_profile(&ctx, output, &path(m, "file"), &options)
            }
            _ => EXIT_USAGE,
        },
        Some(("template", m)) => commands::template(&ctx, output, &path(m, "file")),
        Some(("list", m)) => commands::list(&ctx, output, m.get_flag("json")),
        Some(("backup", m)) => {
            commands::backup(&ctx, output, &path(m, "file"), m.get_flag("protect"))
        }
        Some(("merge", m)) => {
            let rule = m
                .get_one::<String>("on-clash")
                .and_then(|r| crate::backup::OnClash::parse(r))
                .unwrap_or(crate::backup::OnClash::Keep);
            commands::merge(&ctx, output, &path(m, "file"), rule)
        }
        Some(("restore", m)) => {
            commands::restore(&ctx, output, &path(m, "file"), m.get_flag("replace"))
        }
        Some(("check", m)) => commands::check(&ctx, output, m.get_flag("fix")),
        Some(_) => EXIT_USAGE,
    }
}

fn path(m: &ArgMatches, id: &str) -> PathBuf {
    m.get_one::<PathBuf>(id).cloned().unwrap_or_default()
}

/// `--data-dir`, else `ETALASE_DATA_DIR`, else the platform's data folder for Etalase.
fn data_dir(m: &ArgMatches) -> Option<PathBuf> {
    if let Some(d) = m.get_one::<PathBuf>("data-dir") {
        return Some(d.clone());
    }
    if let Some(d) = std::env::var_os("ETALASE_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    default_data_dir()
}

/// The platform's data folder for the app (`~/.local/share/etalase` on Linux).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "etalase").map(|d| d.data_dir().to_path_buf())
}

/// Help and version go to stdout with exit 0; real usage errors get a translated sentence.
fn usage_error(tr: &Translator, cmd: &mut Command, e: &clap::Error, output: &mut Output) -> i32 {
    match e.kind() {
        ErrorKind::DisplayHelp => {
            let _ = write!(output.out, "{}", e.render());
            return EXIT_OK;
        }
        ErrorKind::DisplayVersion => {
            output.say(&format!("etalase {}", env!("CARGO_PKG_VERSION")));
            return EXIT_OK;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            output.warn(&tr.t("cli-err-missing-command"));
            let _ = write!(output.err, "{}", e.render());
            return EXIT_USAGE;
        }
        _ => {}
    }
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let sentence = match e.kind() {
        ErrorKind::UnknownArgument => tr.t_args(
            "cli-err-unknown-argument",
            &[("arg", context(ContextKind::InvalidArg).into())],
        ),
        ErrorKind::InvalidSubcommand => tr.t_args(
            "cli-err-unknown-command",
            &[("arg", context(ContextKind::InvalidSubcommand).into())],
        ),
        ErrorKind::MissingRequiredArgument => tr.t_args(
            "cli-err-missing-argument",
            &[("arg", context(ContextKind::InvalidArg).into())],
        ),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => tr.t_args(
            "cli-err-invalid-value",
            &[
                ("value", context(ContextKind::InvalidValue).into()),
                ("arg", context(ContextKind::InvalidArg).into()),
            ],
        ),
        _ => tr.t("cli-err-generic"),
    };
    let _ = cmd;
    output.warn(&sentence);
    output.warn(&tr.t("cli-err-see-help"));
    EXIT_USAGE
}
