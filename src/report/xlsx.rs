//! Workbooks (`.xlsx`) for stakeholders and the record: the disposition table
//! (`consulta export --format xlsx`, `consulta summary --format xlsx`) and a blank commenting
//! template (`consulta template`).
//!
//! Both are one table in the ISO/IEC commenting template's columns, with a filter, a frozen
//! header row, wrapped text and column widths that fit the text. Every stakeholder string is
//! written as a text cell, never as a formula; a text that a spreadsheet would run as a formula
//! once typed again (`=…`, `+…`, `-…`, `@…`) also gets the "quote prefix" that spreadsheets keep
//! when a cell is edited or the sheet is saved as CSV. `consulta import comments` reads both
//! back.

use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, Format, FormatAlign, Formula, Table, TableColumn,
    Workbook, Worksheet, XlsxError,
};

use super::strings::{extra_columns, iso_columns};
use super::summary::Summary;
use super::table::{cells, header, ChangeWords, Emails};
use crate::i18n::Lang;
use crate::model::section::paragraphs;
use crate::repo::Drafts;
use crate::t_in;
use crate::{Error, Result};

/// The longest text a spreadsheet cell holds, in characters.
pub const MAX_CELL_CHARS: usize = 32_767;
/// Column widths, in characters.
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;
/// Empty rows of the template, ready to be filled in.
pub const TEMPLATE_ROWS: u32 = 200;

/// The sheet names.
pub const COMMENTS_SHEET: &str = "Comments";
pub const CLAUSES_SHEET: &str = "Clauses";

fn fail(e: XlsxError) -> Error {
    Error::Invalid(format!("cannot write the workbook: {e}"))
}

/// The formats of the table's cells.
struct Formats {
    text: Format,
    guarded: Format,
    number: Format,
}

impl Formats {
    fn new() -> Formats {
        let text = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        Formats {
            guarded: text.clone().set_quote_prefix(),
            number: Format::new().set_align(FormatAlign::Top),
            text,
        }
    }
}

/// Write one text cell: as text, with the quote prefix where it looks like a formula.
fn put_text(ws: &mut Worksheet, row: u32, col: u16, s: &str, f: &Formats) -> Result<()> {
    if s.is_empty() {
        return Ok(());
    }
    if s.chars().count() > MAX_CELL_CHARS {
        return Err(Error::Invalid(format!(
            "a cell of row {} is longer than a spreadsheet cell holds ({MAX_CELL_CHARS} characters); export it as iso-csv or json instead",
            row + 1
        )));
    }
    let format = if super::escape::guard_cell(s) != s {
        &f.guarded
    } else {
        &f.text
    };
    ws.write_string_with_format(row, col, s, format)
        .map_err(fail)?;
    Ok(())
}

/// A column's width: its longest line, between [`MIN_WIDTH`] and [`MAX_WIDTH`].
fn width<'a>(texts: impl Iterator<Item = &'a str>) -> f64 {
    let longest = texts
        .flat_map(str::lines)
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0);
    (longest.clamp(MIN_WIDTH, MAX_WIDTH) + 2) as f64
}

/// One table with a filter at `top` (its header row), frozen below the header.
fn add_table(
    ws: &mut Worksheet,
    top: u32,
    headers: &[String],
    rows: &[Vec<String>],
    empty_rows: u32,
    numeric: &[usize],
) -> Result<()> {
    let f = Formats::new();
    for (i, r) in rows.iter().enumerate() {
        let row = top + 1 + i as u32;
        for (j, c) in r.iter().enumerate() {
            match c.parse::<u32>() {
                Ok(n) if numeric.contains(&j) => {
                    ws.write_number_with_format(row, j as u16, n, &f.number)
                        .map_err(fail)?;
                }
                _ => put_text(ws, row, j as u16, c, &f)?,
            }
        }
    }
    let columns: Vec<TableColumn> = headers
        .iter()
        .map(|h| TableColumn::new().set_header(h))
        .collect();
    let table = Table::new().set_name("CommentTable").set_columns(&columns);
    // A table has at least one row under its header.
    let last = top + (rows.len() as u32 + empty_rows).max(1);
    let last_col = headers.len().saturating_sub(1) as u16;
    ws.add_table(top, 0, last, last_col, &table).map_err(fail)?;
    ws.set_freeze_panes(top + 1, 0).map_err(fail)?;
    for (j, h) in headers.iter().enumerate() {
        let w = width(
            std::iter::once(h.as_str())
                .chain(rows.iter().filter_map(|r| r.get(j).map(String::as_str))),
        );
        ws.set_column_width(j as u16, w).map_err(fail)?;
    }
    Ok(())
}

/// The disposition table as a workbook: `consulta export --format xlsx` (with e-mails, to be
/// imported again) and `consulta summary --format xlsx` (without, the published record).
pub fn table(summary: &Summary, emails: Emails) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(COMMENTS_SHEET).map_err(fail)?;
    let words = ChangeWords::new(summary.lang);
    let rows: Vec<Vec<String>> = summary
        .dispositions
        .iter()
        .map(|r| cells(r, emails, &words))
        .collect();
    // Line number and paragraph number are numbers; the clause stays text (5.10 is not 5.1).
    add_table(ws, 0, &header(summary.lang), &rows, 0, &[1, 3])?;
    book.save_to_buffer().map_err(fail)
}

/// The template's columns in `lang`: the ISO template's, then what consulta needs to place a
/// comment and name its author (Quote, Author name, Author email, Organisation, Category,
/// Stance).
pub fn template_columns(lang: Lang) -> Vec<String> {
    iso_columns(lang)
        .into_iter()
        .chain(extra_columns(lang).into_iter().skip(5).take(6))
        .collect()
}

/// Where the template's drop-down lists go, by [`template_columns`].
const CLAUSE_COL: u16 = 2;
const TYPE_COL: u16 = 4;
const CATEGORY_COL: u16 = 12;
const STANCE_COL: u16 = 13;

/// Title lines above the template's header row, as in the ISO template.
const TEMPLATE_TOP: u32 = 4;

/// A blank commenting template for one round: title lines, the header row, empty rows whose
/// Clause/Subclause cells offer the round's clauses (from the "Clauses" sheet) as a drop-down
/// list and accept nothing else, and drop-downs for the type of comment, category and stance.
pub fn template(
    title: &str,
    round: &str,
    drafts: &Drafts,
    categories: &[String],
) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    // The clause list: section numbers (a comment on the whole section) and clause labels.
    let mut clauses: Vec<[String; 3]> = Vec::new();
    for s in &drafts.sections {
        let mut push = |c: String| {
            if !clauses.iter().any(|x| x[0] == c) {
                clauses.push([c, s.title.clone(), s.id.clone()]);
            }
        };
        push(s.order.to_string());
        for p in paragraphs(&s.text) {
            if let Some(c) = p.clause {
                push(c);
            }
        }
    }
    let f = Formats::new();
    // In the report language, as the summary: the consultation's, unless --lang says otherwise.
    let lang = super::language(&drafts.manifest);
    let columns = template_columns(lang);
    {
        let ws = book.add_worksheet();
        ws.set_name(COMMENTS_SHEET).map_err(fail)?;
        let bold = Format::new().set_bold();
        ws.write_string_with_format(0, 0, t_in!(lang, "report-template-title"), &bold)
            .map_err(fail)?;
        put_text(
            ws,
            1,
            0,
            &t_in!(lang, "report-template-document", title = title),
            &f,
        )?;
        put_text(
            ws,
            2,
            0,
            &t_in!(lang, "report-template-round", round = round),
            &f,
        )?;
        add_table(ws, TEMPLATE_TOP, &columns, &[], TEMPLATE_ROWS, &[])?;
        let (first, last) = (TEMPLATE_TOP + 1, TEMPLATE_TOP + TEMPLATE_ROWS);
        // Typed clauses stay text: 5.10 must not become the number 5.1.
        let text = f.text.clone().set_num_format("@");
        for r in first..=last {
            ws.write_blank(r, CLAUSE_COL, &text).map_err(fail)?;
        }
        let list = |v: DataValidation, what: &str| -> Result<DataValidation> {
            v.set_error_style(DataValidationErrorStyle::Stop)
                .set_error_title(t_in!(lang, "report-template-not-in-list"))
                .and_then(|v| {
                    v.set_error_message(t_in!(lang, "report-template-choose", what = what))
                })
                .map_err(fail)
        };
        if !clauses.is_empty() {
            let v = DataValidation::new().allow_list_formula(Formula::new(format!(
                "={CLAUSES_SHEET}!$A$2:$A${}",
                clauses.len() + 1
            )));
            let v = list(v, &t_in!(lang, "report-template-choose-clause"))?;
            let c = CLAUSE_COL;
            ws.add_data_validation(first, c, last, c, &v)
                .map_err(fail)?;
        }
        let strings = |values: &[&str], what: &str| -> Result<DataValidation> {
            list(
                DataValidation::new()
                    .allow_list_strings(values)
                    .map_err(fail)?,
                what,
            )
        };
        let c = TYPE_COL;
        ws.add_data_validation(
            first,
            c,
            last,
            c,
            &strings(
                &["ge", "te", "ed"],
                &t_in!(lang, "report-template-choose-type"),
            )?,
        )
        .map_err(fail)?;
        let c = STANCE_COL;
        let v = strings(
            &["support", "oppose", "neutral"],
            &t_in!(lang, "report-template-choose-stance"),
        )?;
        ws.add_data_validation(first, c, last, c, &v)
            .map_err(fail)?;
        let cats: Vec<&str> = categories.iter().map(String::as_str).collect();
        // A list written in the cell holds 255 characters.
        if !cats.is_empty() && cats.join(",").len() < 255 {
            let c = CATEGORY_COL;
            let v = strings(&cats, &t_in!(lang, "report-template-choose-category"))?;
            ws.add_data_validation(first, c, last, c, &v)
                .map_err(fail)?;
        }
    }
    let ws = book.add_worksheet();
    ws.set_name(CLAUSES_SHEET).map_err(fail)?;
    let bold = Format::new().set_bold();
    let clause_head = t_in!(lang, "report-col-clause");
    for (j, h) in [
        clause_head.clone(),
        t_in!(lang, "report-col-section"),
        t_in!(lang, "report-template-section-id"),
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(0, j as u16, h, &bold)
            .map_err(fail)?;
    }
    for (i, row) in clauses.iter().enumerate() {
        for (j, c) in row.iter().enumerate() {
            put_text(ws, i as u32 + 1, j as u16, c, &f)?;
        }
    }
    for j in 0..3 {
        let w = width(
            clauses
                .iter()
                .map(|r| r[j].as_str())
                .chain([clause_head.as_str()]),
        );
        ws.set_column_width(j as u16, w).map_err(fail)?;
    }
    ws.set_freeze_panes(1, 0).map_err(fail)?;
    book.save_to_buffer().map_err(fail)
}
