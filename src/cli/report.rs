//! `consulta summary`, `consulta export`, `consulta import comments` and `consulta template`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, Subcommand};
use consulta::model::Author;
use consulta::repo::{Identity, Store, Version};
use consulta::report::{self, import::ImportOptions, sheet::ReadOptions, Summary};
use consulta::{output_file, sanitize};

use super::Command;

/// Output formats of `consulta summary`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryFormat {
    Markdown,
    Html,
    Json,
    Csv,
    /// The disposition table as an Excel workbook (needs -o FILE, or a pipe).
    Xlsx,
}

/// Output formats of `consulta export`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// The disposition table in the ISO/IEC commenting template's columns (CSV).
    IsoCsv,
    /// W3C Web Annotations: one AnnotationCollection (JSON-LD).
    W3c,
    /// Every comment with its disposition (JSON).
    Json,
    /// The disposition table as an Excel workbook, to send to stakeholders as the template
    /// and import again (needs -o FILE, or a pipe).
    Xlsx,
}

#[derive(Args, Debug)]
pub struct SummaryArgs {
    /// Only the comments made on this round, and the changes from it to the next round (or
    /// the working draft). Default: every comment up to the latest round.
    #[arg(long)]
    pub round: Option<String>,
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: SummaryFormat,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// w3c: the absolute IRI that the collection's id and the section files hang from
    /// (<IRI><round>/drafts/<file>), such as https://git.example.org/framework/raw/. Default:
    /// `base` in drafts/consultation.json, else the origin remote's raw-file address on
    /// GitHub, GitLab, Gitea, Forgejo or Bitbucket, else urn:consulta:<first commit>:.
    #[arg(long, value_name = "IRI", value_parser = parse_base)]
    pub base: Option<String>,
}

/// `--base` must be an absolute IRI (a usage error otherwise).
fn parse_base(s: &str) -> std::result::Result<String, String> {
    consulta::model::iri::base(s)
}

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    /// Import comments from an ISO/IEC commenting template: a workbook (.xlsx, .xls, .ods) or
    /// CSV as spreadsheet programs save it.
    #[command(
        after_help = "Examples:\n  consulta import comments replies-uy.xlsx\n  consulta import comments replies-br.csv\n  consulta import comments book.ods --sheet \"Comentarios\"\n  consulta import comments old.csv --encoding iso-8859-1\n  consulta import comments sheet.csv --author-name \"Comité UY\" --author-email comite@unit.example \\\n      --organisation \"Comité UY\" --category government --country UY\n  consulta import comments sheet.csv --partial\n\nA workbook's first sheet with a Comments column is read (or --sheet); CSV may be separated\nby commas, semicolons or tabs and encoded as UTF-8, UTF-16 (with a byte-order mark) or\nWindows-1252, all detected (or --encoding); lines above the header row are skipped.\n\nColumns: MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment,\nComments, Proposed change (headers matched case-insensitively, also in Spanish, Portuguese\nand French), plus consulta's own: Comment id,\nRound, Section, Quote, Author name, Author email, Organisation, Category, Stance, In reply to,\nCreated (as `consulta export --format iso-csv|xlsx` writes them). Rows that cannot be placed\nare listed by sheet, row and column, and nothing is imported, unless --partial. Each author's comments are\ncommitted as one commit by that author, with an Imported-by trailer naming you."
    )]
    Comments(ImportCommentsArgs),
    /// Import a whole Markdown document as the draft, split into sections by its headings;
    /// sections keep their ids across imports.
    #[command(after_help = super::import::DRAFT_HELP)]
    Draft(super::import::ImportDraftArgs),
}

#[derive(Args, Debug)]
pub struct ImportCommentsArgs {
    pub file: PathBuf,
    /// Import the rows that are good even when others are not.
    #[arg(long)]
    pub partial: bool,
    /// Author name for rows without one.
    #[arg(long)]
    pub author_name: Option<String>,
    /// Author e-mail for rows without one.
    #[arg(long)]
    pub author_email: Option<String>,
    /// Organisation for rows without one.
    #[arg(long)]
    pub organisation: Option<String>,
    /// Stakeholder category for rows without one.
    #[arg(long)]
    pub category: Option<String>,
    /// Country code for rows without an MB/NC.
    #[arg(long)]
    pub country: Option<String>,
    /// The workbook's sheet to read (default: the first with a Comments column).
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// A CSV file's encoding, such as utf-8, windows-1252, iso-8859-1 or utf-16le (default:
    /// detected).
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
}

#[derive(Args, Debug)]
pub struct TemplateArgs {
    /// The workbook to write (.xlsx).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// The round whose sections and clauses the template offers (default: the latest round;
    /// `draft` for the working draft).
    #[arg(long)]
    pub round: Option<String>,
}

/// Run one of this module's commands.
pub fn run(store: &Store, cmd: Command) -> Result<()> {
    match cmd {
        Command::Summary(a) => summary(store, a),
        Command::Export(a) => export(store, a),
        Command::Import(ImportCommand::Comments(a)) => import_comments(store, a),
        Command::Import(ImportCommand::Draft(a)) => super::import::draft(store, a),
        Command::Template(a) => template(store, a),
        _ => Ok(()),
    }
}

/// Standard output (a closed pipe is not an error), or FILE written atomically.
fn emit(output: &Option<PathBuf>, text: &str) -> Result<()> {
    if let Some(path) = output.as_deref().filter(|p| !output_file::is_stdout(p)) {
        report::write_file(path, text.as_bytes())?;
        eprintln!(
            "{}",
            consulta::t!("cli-report-wrote", path = path.display().to_string())
        );
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

/// A workbook: to FILE (atomically), or to standard output when it is not a terminal.
fn emit_bytes(output: &Option<PathBuf>, bytes: &[u8]) -> Result<()> {
    if let Some(path) = output.as_deref().filter(|p| !output_file::is_stdout(p)) {
        report::write_file(path, bytes)?;
        eprintln!(
            "{}",
            consulta::t!("cli-report-wrote", path = path.display().to_string())
        );
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    if out.is_terminal() {
        bail!("{}", consulta::t!("cli-report-workbook-terminal"));
    }
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

fn warn_skipped(n: usize) {
    if n > 0 {
        eprintln!("{}", consulta::t!("cli-report-skipped", count = n));
    }
}

fn summary(store: &Store, a: SummaryArgs) -> Result<()> {
    git2::opts::strict_hash_verification(false);
    let sum = Summary::build(store, a.round.as_deref())?;
    warn_skipped(sum.skipped_files);
    if a.format == SummaryFormat::Json {
        // Streamed, to standard output or into the file (written beside it, then renamed over
        // it): a million comments' JSON is a gigabyte, which held whole took the peak from 2.8
        // to 3.8 times the comment files.
        let path = a.output.unwrap_or_else(|| PathBuf::from("-"));
        let mut sum = sum;
        output_file::write_with(&path, &mut |w| {
            let mut out = std::io::BufWriter::new(w);
            consulta::report::summary::write_json(&mut sum, &mut out)?;
            out.write_all(b"\n")?;
            out.flush()
        })?;
        // The process ends here: freeing a large summary piece by piece would only delay it.
        std::mem::forget(sum);
        if !output_file::is_stdout(&path) {
            eprintln!(
                "{}",
                consulta::t!("cli-report-wrote", path = path.display().to_string())
            );
        }
        return Ok(());
    }
    if a.format == SummaryFormat::Xlsx {
        let bytes = report::xlsx::table(&sum, report::table::Emails::Withheld)?;
        return emit_bytes(&a.output, &bytes);
    }
    let format = match a.format {
        SummaryFormat::Xlsx | SummaryFormat::Json => unreachable!("written above"),
        SummaryFormat::Markdown => report::SummaryFormat::Markdown,
        SummaryFormat::Html => report::SummaryFormat::Html,
        SummaryFormat::Csv => report::SummaryFormat::Csv,
    };
    let text = format.render(&sum)?;
    std::mem::forget(sum);
    emit(&a.output, &text)
}

fn export(store: &Store, a: ExportArgs) -> Result<()> {
    git2::opts::strict_hash_verification(false);
    let text = match a.format {
        ExportFormat::IsoCsv => {
            let sum = Summary::build(store, None)?;
            warn_skipped(sum.skipped_files);
            report::table::csv(&sum, report::table::Emails::Included)?
        }
        ExportFormat::Xlsx => {
            let sum = Summary::build(store, None)?;
            warn_skipped(sum.skipped_files);
            let bytes = report::xlsx::table(&sum, report::table::Emails::Included)?;
            return emit_bytes(&a.output, &bytes);
        }
        ExportFormat::W3c => {
            let records = store.records()?;
            warn_skipped(records.problems.len());
            let base = report::w3c::base(store, a.base.as_deref())?;
            serde_json::to_string_pretty(&report::w3c::collection(store, &records, &base)?)? + "\n"
        }
        ExportFormat::Json => {
            let records = store.records()?;
            warn_skipped(records.problems.len());
            serde_json::to_string_pretty(&report::export::comments_json(store, &records)?)? + "\n"
        }
    };
    emit(&a.output, &text)
}

fn import_comments(store: &Store, a: ImportCommentsArgs) -> Result<()> {
    let bytes = std::fs::read(&a.file).with_context(|| {
        consulta::t!("cli-import-unreadable", path = a.file.display().to_string())
    })?;
    let who = Identity::load(Some(store.git()));
    let opts = ImportOptions {
        partial: a.partial,
        author: Author {
            name: a.author_name.unwrap_or_default(),
            email: a.author_email.unwrap_or_default(),
            organisation: a.organisation.unwrap_or_default(),
            category: a.category.unwrap_or_default(),
            country: a.country.unwrap_or_default(),
        },
        source: a
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        read: ReadOptions {
            sheet: a.sheet,
            encoding: a.encoding,
        },
    };
    let r = report::import::import(store, &who, &bytes, &opts)
        .with_context(|| a.file.display().to_string())?;
    let read_as = format!("{}: {}.", a.file.display(), sanitize::inline(&r.read_as));
    if !r.problems.is_empty() && !a.partial {
        eprintln!("{read_as}");
    } else {
        println!("{read_as}");
    }
    for p in &r.problems {
        eprintln!("{}: {}", a.file.display(), sanitize::inline(&p.to_string()));
    }
    if !r.problems.is_empty() && !a.partial {
        bail!(
            "{}",
            consulta::t!(
                "cli-import-refused",
                count = r.problems.len(),
                file = a.file.display().to_string()
            )
        );
    }
    println!(
        "{}",
        consulta::t!(
            "cli-import-done",
            comments = r.imported.len(),
            commits = r.commits.len()
        )
    );
    if !r.problems.is_empty() {
        println!(
            "{}",
            consulta::t!("cli-import-skipped", count = r.problems.len())
        );
    }
    Ok(())
}

fn template(store: &Store, a: TemplateArgs) -> Result<()> {
    let rounds = store.rounds()?;
    let (version, name) = match a.round.as_deref() {
        Some("draft") => (Version::WorkTree, "working draft".to_string()),
        Some(r) => {
            if !rounds.iter().any(|x| x.name == r) {
                bail!(
                    "{}",
                    consulta::t!(
                        "cli-template-no-round",
                        round = format!("{:?}", sanitize::inline(r)),
                        rounds = rounds
                            .iter()
                            .map(|r| r.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                );
            }
            (Version::Round(r.to_string()), r.to_string())
        }
        None => match rounds.last() {
            Some(r) => (Version::Round(r.name.clone()), r.name.clone()),
            None => (Version::WorkTree, "working draft".to_string()),
        },
    };
    let (drafts, _) = store.drafts(&version)?;
    let categories: Vec<String> = drafts
        .manifest
        .categories
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let bytes = report::xlsx::template(&drafts.manifest.title, &name, &drafts, &categories)?;
    if output_file::is_stdout(&a.output) {
        return emit_bytes(&Some(a.output), &bytes);
    }
    report::write_file(&a.output, &bytes)?;
    // The template's own text names the version in English; the message, in the user's language.
    let version = match &version {
        Version::WorkTree => consulta::t!("cli-template-working-draft"),
        _ => sanitize::inline(&name).to_string(),
    };
    println!(
        "{}",
        consulta::t!(
            "cli-template-wrote",
            path = a.output.display().to_string(),
            version = version,
            count = drafts.sections.len()
        )
    );

    Ok(())
}
