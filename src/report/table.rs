//! The disposition table as CSV, in the ISO/IEC commenting template's column order followed by
//! consulta's own columns (see [`super::strings::ISO_COLUMNS`] and
//! [`super::strings::EXTRA_COLUMNS`]): UTF-8, RFC 4180 quoting with CRLF line ends, and every
//! cell that a spreadsheet would run as a formula prefixed with `'`.
//!
//! `consulta summary --format csv` and `consulta export --format iso-csv` write this table;
//! `consulta import comments` reads it back (and the template as spreadsheets send it).
//! The summary is the published record, so its "Author email" cells are left empty (as the
//! JSON, Markdown and HTML summaries leave the e-mail out); the export, which goes back and
//! forth between secretariats and is imported again, keeps them.

use super::escape::guard_cell;
use super::strings::{APPLIED_AS_MODIFIED, EXTRA_COLUMNS, ISO_COLUMNS, WORKING_DRAFT};
use super::summary::{DispositionRow, Summary};
use crate::{Error, Result};

/// The header row.
pub fn header() -> Vec<&'static str> {
    ISO_COLUMNS
        .iter()
        .chain(EXTRA_COLUMNS.iter())
        .copied()
        .collect()
}

/// "round-2 (commit 0123456789)", or the working draft's; with the secretariat's wording when
/// it applied its own rather than the proposal: "…; applied as modified: «four years»".
pub fn resulting_change(r: &DispositionRow) -> String {
    r.resulting_change.as_ref().map_or_else(String::new, |c| {
        let at = format!(
            "{} (commit {})",
            c.round.as_deref().unwrap_or(WORKING_DRAFT),
            &c.commit[..c.commit.len().min(10)]
        );
        match &c.applied_wording {
            Some(w) => format!("{at}; {APPLIED_AS_MODIFIED}: «{w}»"),
            None => at,
        }
    })
}

/// Whether the "Author email" column is filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emails {
    /// Left empty: the published summary.
    Withheld,
    /// Filled: the export that `consulta import comments` reads back.
    Included,
}

/// One row's cells, unguarded, in header order.
pub fn cells(r: &DispositionRow, emails: Emails) -> Vec<String> {
    vec![
        r.country.clone(),
        r.line.map(|l| l.to_string()).unwrap_or_default(),
        r.clause.clone(),
        r.paragraph.map(|p| p.to_string()).unwrap_or_default(),
        r.kind.abbrev().to_string(),
        r.comment.clone(),
        r.proposed_change.clone().unwrap_or_default(),
        r.observations.clone(),
        r.status_label.to_string(),
        resulting_change(r),
        r.id.clone(),
        r.round.clone(),
        r.section.clone(),
        r.quote.clone().unwrap_or_default(),
        r.author.name.clone(),
        match emails {
            Emails::Included => r.email.clone(),
            Emails::Withheld => String::new(),
        },
        r.author.organisation.clone(),
        r.author.category.clone(),
        r.stance.map(|s| s.as_str().to_string()).unwrap_or_default(),
        r.in_reply_to.clone().unwrap_or_default(),
        r.created.clone(),
    ]
}

/// The whole table as CSV text.
pub fn csv(summary: &Summary, emails: Emails) -> Result<String> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    let fail = |e: csv::Error| Error::Invalid(format!("cannot write the CSV: {e}"));
    w.write_record(header()).map_err(fail)?;
    for r in &summary.dispositions {
        w.write_record(cells(r, emails).iter().map(|c| guard_cell(c).into_owned()))
            .map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::Invalid(format!("cannot write the CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| Error::Invalid(format!("cannot write the CSV: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_iso_then_ours() {
        let h = header();
        assert_eq!(h[0], "MB/NC");
        assert_eq!(h[7], "Observations of the secretariat");
        assert_eq!(h.len(), 21);
    }
}
