//! The disposition table as CSV, in the ISO/IEC commenting template's column order followed by
//! consulta's own columns (see [`super::strings::iso_columns`] and
//! [`super::strings::extra_columns`]), headed in the report's language: UTF-8, RFC 4180 quoting with CRLF line ends, and every
//! cell that a spreadsheet would run as a formula prefixed with `'`.
//!
//! `consulta summary --format csv` and `consulta export --format iso-csv` write this table;
//! `consulta import comments` reads it back (and the template as spreadsheets send it).
//! The summary is the published record, so its "Author email" cells are left empty (as the
//! JSON, Markdown and HTML summaries leave the e-mail out); the export, which goes back and
//! forth between secretariats and is imported again, keeps them.

use super::escape::guard_cell;
use super::strings::{extra_columns, iso_columns};
use super::summary::{DispositionRow, Summary};
use crate::i18n::Lang;
use crate::{Error, Result};

/// The header row, in `lang`: each heading reads back as the same column in
/// [`super::headers::field_of`].
pub fn header(lang: Lang) -> Vec<String> {
    iso_columns(lang)
        .into_iter()
        .chain(extra_columns(lang))
        .collect()
}

/// The words of the "Resulting change" cells in one language, looked up once for the table.
#[derive(Debug, Clone)]
pub struct ChangeWords {
    working_draft: String,
    applied_as_modified: String,
}

impl ChangeWords {
    pub fn new(lang: Lang) -> ChangeWords {
        ChangeWords {
            working_draft: crate::t_in!(lang, "report-working-draft"),
            applied_as_modified: crate::t_in!(lang, "report-applied-as-modified"),
        }
    }
}

/// "round-2 (commit 0123456789)", or the working draft's; with the secretariat's wording when
/// it applied its own rather than the proposal: "…; applied as modified: «four years»".
pub fn resulting_change(r: &DispositionRow, words: &ChangeWords) -> String {
    r.resulting_change.as_ref().map_or_else(String::new, |c| {
        let at = format!(
            "{} (commit {})",
            c.round.as_deref().unwrap_or(&words.working_draft),
            &c.commit[..c.commit.len().min(10)]
        );
        match &c.applied_wording {
            Some(w) => format!("{at}; {}: «{w}»", words.applied_as_modified),
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
pub fn cells(r: &DispositionRow, emails: Emails, words: &ChangeWords) -> Vec<String> {
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
        resulting_change(r, words),
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
        r.lang.clone().unwrap_or_default(),
    ]
}

/// One cell as written: control characters made visible (`\u{1B}`) as in every other output,
/// line breaks kept (a comment may have paragraphs), and guarded against formula injection.
pub fn csv_cell(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    guard_cell(&crate::sanitize::block(&text)).into_owned()
}

/// The whole table as CSV text.
pub fn csv(summary: &Summary, emails: Emails) -> Result<String> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    let fail = |e: csv::Error| Error::Invalid(format!("cannot write the CSV: {e}"));
    w.write_record(header(summary.lang)).map_err(fail)?;
    let words = ChangeWords::new(summary.lang);
    for r in &summary.dispositions {
        w.write_record(cells(r, emails, &words).iter().map(|c| csv_cell(c)))
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
    fn cells_show_control_characters_and_keep_paragraphs() {
        assert_eq!(
            csv_cell("Mallory\u{1b}[31m\u{7}"),
            "Mallory\\u{1B}[31m\\u{7}"
        );
        assert_eq!(csv_cell("one\r\ntwo"), "one\ntwo");
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert!(!csv_cell("a\rb").contains('\r'));
    }

    #[test]
    fn header_is_iso_then_ours() {
        let h = header(Lang::EN);
        assert_eq!(h[0], "MB/NC");
        assert_eq!(h[7], "Observations of the secretariat");
        assert_eq!(h.len(), 22);
        assert_eq!(h[21], "Language of the text");
    }

    /// What the export writes in any language, the import reads as the same columns; the
    /// secretariat's own columns (observations, decision, resulting change) in none.
    #[test]
    fn headings_in_every_language_read_back_as_the_same_columns() {
        use super::super::headers::{field_of, Field};
        let english: Vec<Option<Field>> = header(Lang::EN).iter().map(|h| field_of(h)).collect();
        assert_eq!(english.iter().filter(|f| f.is_none()).count(), 3);
        assert_eq!(english[5], Some(Field::Comment));
        for lang in Lang::all() {
            let h = header(lang);
            let fields: Vec<Option<Field>> = h.iter().map(|h| field_of(h)).collect();
            assert_eq!(fields, english, "{lang}: {h:?}");
            if lang != Lang::EN {
                assert_ne!(h, header(Lang::EN), "{lang} is translated");
            }
        }
    }
}
