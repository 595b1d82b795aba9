//! Reading a commenting sheet as it arrives: a CSV file in whatever encoding and delimiter the
//! spreadsheet program used, or an Excel / OpenDocument workbook (`.xlsx`, `.xls`, `.ods`).
//!
//! - CSV: the encoding is UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order
//!   mark, else Windows-1252 (what Excel writes for "CSV" on Windows in Spanish, Portuguese and
//!   French locales); the delimiter (`,` `;` or tab) is the one that makes a header row appear.
//! - Workbooks: the first sheet whose header row names a Comments column, or the one asked for.
//!   Cells that a spreadsheet turned into numbers are read back as the text they show where
//!   their number format says (`0.00` shows 5.10), and flagged where it does not (`General`
//!   shows 5.1 whether 5.1 or 5.10 was typed), so that the importer can tell. Merged cells
//!   give their value to every row they span.
//!
//! In both, a few lines above the header row (the ISO template's title, date and document
//! lines) are skipped: the header row is the first of the first [`HEADER_SEARCH`] rows that
//! names a Comments column.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Reader, Sheets};
use encoding_rs::Encoding;

use super::headers::{field_of, Field};
use crate::{Error, Result};

/// How many rows from the top may hold the title lines before the header row.
pub const HEADER_SEARCH: usize = 30;

/// What a cell was before it became text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Text, or a number shown with a format that keeps its digits.
    Text,
    /// A number in the `General` format: `5.1` may have been typed as `5.10`.
    Number,
    /// A date or time (the spreadsheet turned `5.10` into the 5th of October).
    Date,
    /// An error value such as `#N/A`.
    Error,
    /// Copied from the first cell of a merged region.
    Merged,
}

/// One cell as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub origin: Origin,
}

impl Cell {
    fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            origin: Origin::Text,
        }
    }
}

/// A sheet with its header row found.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// The sheet's name in a workbook; `None` for CSV.
    pub name: Option<String>,
    /// How the file was read, for the user: "read as Windows-1252, separated by semicolons".
    pub read_as: String,
    /// The header row's spreadsheet number (1-based).
    pub header_row: usize,
    /// Header text by column.
    pub headers: Vec<String>,
    pub columns: HashMap<Field, usize>,
    /// (spreadsheet row number, cells) below the header row.
    pub rows: Vec<(usize, Vec<Cell>)>,
}

/// How to read a file.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The sheet of a workbook to read (default: the first with a Comments column).
    pub sheet: Option<String>,
    /// A CSV file's encoding, as a WHATWG label (`utf-8`, `windows-1252`, `utf-16le`…).
    pub encoding: Option<String>,
}

const NO_COMMENTS: &str = "the header row has no \"Comments\" column: is this the ISO commenting template (MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment, Comments, Proposed change, Observations of the secretariat)?";

/// Read a sheet from a file's bytes.
pub fn read(bytes: &[u8], opts: &ReadOptions) -> Result<Sheet> {
    if is_workbook(bytes) {
        if opts.encoding.is_some() {
            return Err(Error::Invalid(
                "--encoding is for CSV files; a workbook says its own".into(),
            ));
        }
        return read_workbook(bytes, opts.sheet.as_deref());
    }
    if opts.sheet.is_some() {
        return Err(Error::Invalid(
            "--sheet is for workbooks (.xlsx, .xls, .ods); this file is CSV text".into(),
        ));
    }
    read_csv(bytes, opts.encoding.as_deref())
}

/// A zip (xlsx, ods) or an OLE compound file (xls).
fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// The header row among the first rows: the first that names a Comments column.
fn header_index(rows: &[Vec<Cell>]) -> Option<usize> {
    rows.iter()
        .take(HEADER_SEARCH)
        .position(|r| r.iter().any(|c| field_of(&c.text) == Some(Field::Comment)))
}

/// Build the sheet from its rows (each with its spreadsheet row number).
fn with_header(
    mut rows: Vec<(usize, Vec<Cell>)>,
    name: Option<String>,
    read_as: String,
) -> Option<Sheet> {
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .take(HEADER_SEARCH)
        .map(|r| r.1.clone())
        .collect();
    let at = header_index(&cells)?;
    let rest = rows.split_off(at + 1);
    let (header_row, header) = rows.pop()?;
    let headers: Vec<String> = header
        .into_iter()
        .map(|c| c.text.trim().to_string())
        .collect();
    let mut columns = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        if let Some(f) = field_of(h) {
            columns.entry(f).or_insert(i);
        }
    }
    Some(Sheet {
        name,
        read_as,
        header_row,
        headers,
        columns,
        rows: rest,
    })
}

/// CSV text from bytes: the encoding asked for, else detected. Returns the text and its name.
fn decode(bytes: &[u8], forced: Option<&str>) -> Result<(String, &'static str)> {
    if let Some(label) = forced {
        let enc = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            Error::Invalid(format!(
                "--encoding {:?}: not an encoding name (try utf-8, windows-1252, iso-8859-1, utf-16le, utf-16be)",
                crate::sanitize::inline(label)
            ))
        })?;
        // A byte-order mark, if any, is dropped; the forced encoding decodes the rest.
        let (text, had_errors) = enc.decode_without_bom_handling(strip_bom(bytes, enc));
        if had_errors {
            return Err(Error::Invalid(format!(
                "the file is not valid {} text",
                enc.name()
            )));
        }
        return Ok((text.into_owned(), enc.name()));
    }
    if let Some((enc, len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[len..]);
        if had_errors {
            return Err(Error::Invalid(format!(
                "the file starts with a {} byte-order mark but is not valid {} text",
                enc.name(),
                enc.name()
            )));
        }
        let name = if enc == encoding_rs::UTF_8 {
            "UTF-8 (with a byte-order mark)"
        } else {
            enc.name()
        };
        return Ok((text.into_owned(), name));
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok((t.to_string(), "UTF-8")),
        Err(_) => {
            // Windows-1252 decodes every byte; it is what Excel writes as "CSV" in the region.
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok((text.into_owned(), "Windows-1252"))
        }
    }
}

fn strip_bom<'a>(bytes: &'a [u8], enc: &'static Encoding) -> &'a [u8] {
    match Encoding::for_bom(bytes) {
        Some((e, len)) if e == enc => &bytes[len..],
        _ => bytes,
    }
}

const DELIMITERS: [(u8, &str); 3] = [(b',', "commas"), (b';', "semicolons"), (b'\t', "tabs")];

/// The records of CSV text with one delimiter; `None` when the text is not valid CSV with it.
fn records(text: &str, delimiter: u8) -> std::result::Result<Vec<(usize, Vec<Cell>)>, String> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| format!("row {}: not valid CSV ({e})", i + 1))?;
        out.push((i + 1, rec.iter().map(Cell::text).collect()));
    }
    Ok(out)
}

fn read_csv(bytes: &[u8], forced: Option<&str>) -> Result<Sheet> {
    let (text, encoding) = decode(bytes, forced)?;
    if text.trim().is_empty() {
        return Err(Error::Invalid("the file is empty".into()));
    }
    // The delimiter that gives a header row with the most recognised columns.
    let mut best: Option<(usize, Sheet)> = None;
    let mut csv_error = None;
    for (d, name) in DELIMITERS {
        let rows = match records(&text, d) {
            Ok(rows) => rows,
            Err(e) => {
                csv_error.get_or_insert(e);
                continue;
            }
        };
        let read_as = format!("read as {encoding}, separated by {name}");
        if let Some(sheet) = with_header(rows, None, read_as) {
            let score = sheet.columns.len();
            if best.as_ref().is_none_or(|(s, _)| score > *s) {
                best = Some((score, sheet));
            }
        }
    }
    match (best, csv_error) {
        (Some((_, sheet)), _) => Ok(sheet),
        (None, Some(e)) => Err(Error::Invalid(format!("{e}; save the sheet as CSV"))),
        (None, None) => Err(Error::Invalid(NO_COMMENTS.into())),
    }
}

fn read_workbook(bytes: &[u8], wanted: Option<&str>) -> Result<Sheet> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        Error::Invalid(format!(
            "not a workbook that can be read ({e}); save it as .xlsx, .ods or CSV"
        ))
    })?;
    let kind = match &book {
        Sheets::Xls(_) => "an Excel 97-2003 workbook (.xls)",
        Sheets::Xlsx(_) => "an Excel workbook (.xlsx)",
        Sheets::Xlsb(_) => "an Excel binary workbook (.xlsb)",
        Sheets::Ods(_) => "an OpenDocument spreadsheet (.ods)",
    };
    let names = book.sheet_names();
    if let Some(w) = wanted {
        if !names.iter().any(|n| n == w) {
            return Err(Error::Invalid(format!(
                "there is no sheet {:?}; the sheets are: {}",
                crate::sanitize::inline(w),
                names.join(", ")
            )));
        }
    }
    for name in names
        .iter()
        .filter(|n| wanted.is_none_or(|w| w == n.as_str()))
    {
        let rows = sheet_rows(&mut book, name)?;
        let read_as = format!("read sheet {name:?} of {kind}");
        if let Some(sheet) = with_header(rows, Some(name.clone()), read_as) {
            return Ok(sheet);
        }
    }
    Err(Error::Invalid(match wanted {
        Some(w) => format!("sheet {w:?}: {NO_COMMENTS}"),
        None => format!(
            "no sheet has a header row with a \"Comments\" column (the sheets are: {}); is this the ISO commenting template?",
            names.join(", ")
        ),
    }))
}

/// A sheet's cells as text by spreadsheet row, columns from A.
fn sheet_rows<RS: std::io::Read + std::io::Seek>(
    book: &mut Sheets<RS>,
    name: &str,
) -> Result<Vec<(usize, Vec<Cell>)>> {
    let fail = |e: calamine::Error| Error::Invalid(format!("sheet {name:?} cannot be read: {e}"));
    let range = book.worksheet_range(name).map_err(fail)?;
    let (formats, merged) = match book {
        Sheets::Xlsx(x) => (
            Some(x.worksheet_style(name).map_err(|e| fail(e.into()))?),
            x.merge_cells_by_sheet_name(name)
                .map_err(|e| fail(e.into()))?,
        ),
        _ => (None, Vec::new()),
    };
    let Some((row0, col0)) = range.start() else {
        return Ok(Vec::new());
    };
    let mut out: Vec<(usize, Vec<Cell>)> = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let r = row0 + i as u32;
        let mut cells = vec![Cell::text(""); col0 as usize];
        for (j, v) in row.iter().enumerate() {
            let c = col0 + j as u32;
            let format = formats
                .as_ref()
                .and_then(|f| f.get((r, c)))
                .and_then(|s| s.number_format.as_ref())
                .map(|n| n.format_code.as_str());
            cells.push(cell_text(v, format));
        }
        out.push((r as usize + 1, cells));
    }
    // A merged region's value (in its first cell) shows across the whole region.
    for m in merged {
        let first = out
            .iter()
            .find(|(n, _)| *n == m.start.0 as usize + 1)
            .and_then(|(_, cells)| cells.get(m.start.1 as usize))
            .cloned();
        let Some(first) = first.filter(|c| !c.text.is_empty()) else {
            continue;
        };
        for (n, cells) in out.iter_mut() {
            let r = *n as u32 - 1;
            if r < m.start.0 || r > m.end.0 {
                continue;
            }
            for c in m.start.1..=m.end.1 {
                if (r, c) == m.start {
                    continue;
                }
                if cells.len() <= c as usize {
                    cells.resize(c as usize + 1, Cell::text(""));
                }
                cells[c as usize] = Cell {
                    text: first.text.clone(),
                    origin: Origin::Merged,
                };
            }
        }
    }
    Ok(out)
}

/// The text a cell shows, and whether a number may have lost digits on its way in.
fn cell_text(v: &Data, format: Option<&str>) -> Cell {
    match v {
        Data::Empty => Cell::text(""),
        Data::String(s) => Cell::text(s.clone()),
        Data::Bool(b) => Cell::text(if *b { "TRUE" } else { "FALSE" }),
        Data::Int(i) => Cell::text(i.to_string()),
        Data::Float(f) => number_text(*f, format),
        Data::DateTime(d) => Cell {
            text: excel_date(d.as_f64()),
            origin: Origin::Date,
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell {
            text: s.clone(),
            origin: Origin::Date,
        },
        Data::Error(e) => Cell {
            text: e.to_string(),
            origin: Origin::Error,
        },
    }
}

/// A number as the cell shows it: with the decimals a fixed format (`0.00`, `0.0`) gives, else
/// the shortest text that reads back as the same number, flagged as possibly shortened.
fn number_text(f: f64, format: Option<&str>) -> Cell {
    if let Some(decimals) = format.and_then(fixed_decimals) {
        return Cell::text(format!("{f:.decimals$}"));
    }
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return Cell::text(format!("{}", f as i64));
    }
    Cell {
        text: format!("{f}"),
        origin: Origin::Number,
    }
}

/// The number of decimals of a plain fixed number format (`0`, `0.00`, `#0.000`, `@` excluded).
fn fixed_decimals(code: &str) -> Option<usize> {
    let code = code.split(';').next().unwrap_or("");
    let (int, frac) = code.split_once('.').unwrap_or((code, ""));
    let plain = |s: &str| !s.is_empty() && s.chars().all(|c| matches!(c, '0' | '#' | ','));
    if !plain(int) || !(frac.is_empty() || frac.chars().all(|c| c == '0')) {
        return None;
    }
    Some(frac.len())
}

/// An Excel date serial (days since 1899-12-30, fraction = time of day) as RFC 3339 UTC.
pub fn excel_date(serial: f64) -> String {
    let secs = ((serial - 25569.0) * 86400.0).round() as i64;
    jiff::Timestamp::from_second(secs)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|_| serial.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "MB/NC,Line number,Clause/Subclause,Paragraph/Figure/Table,Type of comment,Comments,Proposed change";

    #[test]
    fn delimiter_and_encoding_are_detected() {
        let comma = format!("{HEADER}\r\nUY,,2.3,,te,\"Bien, claro\",\r\n");
        let s = read(comma.as_bytes(), &ReadOptions::default()).unwrap();
        assert_eq!(s.read_as, "read as UTF-8, separated by commas");
        assert_eq!(s.rows[0].1[5].text, "Bien, claro");

        let semi = format!("{HEADER}\r\nUY;;2.3;;te;Dirección, sí;\r\n").replace(',', ";");
        let semi = semi.replace("Dirección; sí", "Dirección, sí");
        let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(&semi);
        assert!(!bad);
        let s = read(&bytes, &ReadOptions::default()).unwrap();
        assert_eq!(s.read_as, "read as Windows-1252, separated by semicolons");
        assert_eq!(s.rows[0].1[5].text, "Dirección, sí");
        assert_eq!(s.columns[&Field::Comment], 5);

        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(comma.as_bytes());
        let s = read(&bom, &ReadOptions::default()).unwrap();
        assert!(s.read_as.contains("byte-order mark"), "{}", s.read_as);

        let tabs = comma.replace(',', "\t").replace("\"Bien\t claro\"", "Bien");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in tabs.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let s = read(&utf16, &ReadOptions::default()).unwrap();
        assert_eq!(s.read_as, "read as UTF-16LE, separated by tabs");
        assert_eq!(s.rows[0].1[2].text, "2.3");

        // Forced: Latin-1 bytes that happen to be valid UTF-8 read as asked.
        let forced = ReadOptions {
            encoding: Some("windows-1252".into()),
            ..ReadOptions::default()
        };
        let s = read(format!("{HEADER}\nUY,,1,,ge,Ã©,\n").as_bytes(), &forced).unwrap();
        assert_eq!(s.rows[0].1[5].text, "ÃƒÂ©");
    }

    #[test]
    fn title_lines_above_the_header_are_skipped() {
        let text = format!(
            "Template for comments and secretariat observations,,,Date: 2026-05-27\nDocument: Regional framework,,,\n,,,\n{HEADER}\nUY,,2.3,,te,Hello,\n,,,,,,\n"
        );
        let s = read(text.as_bytes(), &ReadOptions::default()).unwrap();
        assert_eq!(s.header_row, 4);
        assert_eq!(s.rows[0].0, 5);
        assert_eq!(s.rows[0].1[5].text, "Hello");
        let err = read(b"a,b\n1,2\n", &ReadOptions::default()).unwrap_err();
        assert!(err.to_string().contains("no \"Comments\" column"), "{err}");
    }

    #[test]
    fn numbers_read_as_shown() {
        assert_eq!(number_text(5.1, Some("0.00")).text, "5.10");
        assert_eq!(number_text(5.1, Some("0.00")).origin, Origin::Text);
        assert_eq!(number_text(5.1, Some("General")).origin, Origin::Number);
        assert_eq!(number_text(5.1, None).text, "5.1");
        assert_eq!(number_text(6.0, None).text, "6");
        assert_eq!(number_text(6.0, None).origin, Origin::Text);
        assert_eq!(fixed_decimals("#,##0.000"), Some(3));
        assert_eq!(fixed_decimals("dd/mm/yy"), None);
        assert_eq!(excel_date(46169.5), "2026-05-27T12:00:00Z");
    }
}
