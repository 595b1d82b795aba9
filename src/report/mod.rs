//! Summaries and exports of a consultation: the [`Summary`] model (participation, sections,
//! the disposition table, "you said, we did", campaigns, what remains open) and its
//! renderings — Markdown, self-contained HTML, CSV in the ISO/IEC commenting template's
//! columns, JSON — plus the W3C Web Annotation export and the ISO-template CSV import.
//!
//! Stakeholder text is untrusted everywhere here: escaped for Markdown and HTML, guarded
//! against formula injection in CSV. Nothing in this module knows about the terminal.

pub mod campaign;
pub mod countries;
pub mod escape;
pub mod export;
pub mod headers;
pub mod html;
pub mod import;
pub mod markdown;
pub mod sheet;
pub mod strings;
pub mod summary;
pub mod table;
pub mod versions;
pub use versions::quote_language;
pub mod w3c;
pub mod xlsx;

pub use summary::Summary;

/// The summary's renderings, as `consulta summary --format` and the TUI's export write them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryFormat {
    Markdown,
    Html,
    Json,
    Csv,
}

impl SummaryFormat {
    /// The usual file extension.
    pub fn ext(self) -> &'static str {
        match self {
            SummaryFormat::Markdown => "md",
            SummaryFormat::Html => "html",
            SummaryFormat::Json => "json",
            SummaryFormat::Csv => "csv",
        }
    }

    /// The summary in this format: the published record (the CSV leaves e-mails out).
    pub fn render(self, sum: &Summary) -> crate::Result<String> {
        Ok(match self {
            SummaryFormat::Markdown => markdown::render(sum),
            SummaryFormat::Html => html::render(sum),
            SummaryFormat::Json => {
                serde_json::to_string_pretty(sum)
                    .map_err(|e| crate::Error::Invalid(e.to_string()))?
                    + "\n"
            }
            SummaryFormat::Csv => table::csv(sum, table::Emails::Withheld)?,
        })
    }
}

use std::path::Path;

use crate::i18n::Lang;

/// The language of a published report: `--lang` when given, else the consultation's first
/// language (the manifest's `languages`), else English; not the interface language, which the
/// user's own settings choose.
pub fn language(manifest: &crate::model::Manifest) -> Lang {
    crate::i18n::flag()
        .or_else(|| manifest.languages.first().and_then(|l| Lang::parse(l)))
        .unwrap_or(Lang::EN)
}

/// [`language`] for a consultation: its manifest as it stands in the working tree (where the
/// secretariat sets `languages`, as the interface's language chain reads it), else `manifest`
/// (the one of the version reported on).
pub fn language_of(store: &crate::repo::Store, manifest: &crate::model::Manifest) -> Lang {
    let current = std::fs::read(store.root().join(crate::repo::MANIFEST))
        .ok()
        .and_then(|b| serde_json::from_slice::<crate::model::Manifest>(&b).ok());
    language(current.as_ref().unwrap_or(manifest))
}

/// Write `bytes` to the file the user named, as [`crate::output_file::write`] does: a reader
/// sees the old file or the whole new one; a link is followed, a FIFO or a device written to,
/// `-` is standard output.
pub fn write_file(path: &Path, bytes: &[u8]) -> crate::Result<()> {
    crate::output_file::write(path, bytes)
}
