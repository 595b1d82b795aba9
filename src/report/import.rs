//! `consulta import comments FILE`: comments from the ISO/IEC commenting template as
//! spreadsheets send it (CSV in any of the forms spreadsheet programs save, or an `.xlsx`,
//! `.xls` or `.ods` workbook: see [`super::sheet`]), or from the table `consulta export
//! --format iso-csv|xlsx` writes.
//!
//! Headers are matched on their letters and digits, in English, Spanish, Portuguese and French
//! (see [`super::headers`]). Columns: MB/NC (the author's country), Line number,
//! Clause/Subclause, Paragraph/Figure/Table, Type of comment (ge/te/ed), Comments, Proposed
//! change; and consulta's own: Comment id, Round, Section, Quote, Author name, Author email,
//! Organisation, Category, Stance, In reply to, Created, Language of the text (the language
//! version the quote is from; empty for the primary text). Observations, Decision and
//! Resulting change are the secretariat's and are ignored.
//!
//! A row is placed in its section by the Section column (id, number or unique part of the
//! title), else by its clause (`5.2` = the paragraph numbered 5.2, `5` = section 5). A clause
//! that a spreadsheet turned into a date, or into a number that could also be another clause
//! (5.1 for 5.10), is reported rather than guessed. Its quote must occur in that section at the
//! row's round (default: the latest round); when it occurs several times the line number, then
//! the clause, then the paragraph number picks one. A row that cannot be placed, or lacks what
//! a comment needs, is reported by its sheet, spreadsheet row number and column, and nothing is
//! imported unless `partial` is set.
//!
//! Imported comments are committed **one commit per author**, with the author as the commit's
//! author (so that `consulta verify` proves them like any other submission) and an
//! `Imported-by:` trailer naming the secretariat who imported them. Ids given in the sheet are
//! kept (so an export imported into a fresh consultation gives the same comments back); rows
//! without one get a new id.

use std::collections::{HashMap, HashSet};

use super::escape::unguard_cell;
use super::headers::{column_letters, Field};
use super::sheet::{Cell, Origin, ReadOptions, Sheet};
use crate::anchor;
use crate::model::section::paragraphs;
use crate::model::{is_valid_id, parse_comment, Author, Comment, CommentType, Stance, SCHEMA};
use crate::repo::{signature_at, Drafts, FileWrite, Identity, Store, Version};
use crate::{Error, Result};

/// Longest comment or proposal accepted, in bytes (as `consulta comment add`).
const MAX_BODY_BYTES: usize = 64 * 1024;

/// Defaults for rows that lack author columns (a national body's sheet is one author's).
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub partial: bool,
    /// Used for any author field a row leaves empty.
    pub author: Author,
    /// The file's name, for the commit messages.
    pub source: String,
    /// The sheet of a workbook, the encoding of a CSV file.
    pub read: ReadOptions,
}

/// A row that could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The workbook's sheet; `None` for CSV.
    pub sheet: Option<String>,
    /// Spreadsheet row, as the spreadsheet numbers it (a CSV file's header is row 1).
    pub row: usize,
    /// The column at fault, as letters and header: `E (Type of comment)`.
    pub column: Option<String>,
    pub message: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(s) = &self.sheet {
            write!(f, "sheet {s:?}, ")?;
        }
        write!(f, "row {}", self.row)?;
        if let Some(c) = &self.column {
            write!(f, ", column {c}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The outcome of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// The comments written (none when there were problems and `partial` was not set).
    pub imported: Vec<Comment>,
    pub problems: Vec<RowProblem>,
    pub commits: Vec<git2::Oid>,
    /// How the file was read: "read as Windows-1252, separated by semicolons".
    pub read_as: String,
}

/// A cell's text, with consulta's formula guard undone; a merged region's copies of a comment,
/// a proposal or an id are not the row's own.
fn cell<'a>(sheet: &Sheet, cells: &'a [Cell], f: Field) -> &'a str {
    match sheet.columns.get(&f).and_then(|&i| cells.get(i)) {
        Some(c)
            if c.origin == Origin::Merged
                && matches!(f, Field::Comment | Field::Proposed | Field::Id) =>
        {
            ""
        }
        Some(c) => unguard_cell(&c.text),
        None => "",
    }
}

fn origin(sheet: &Sheet, cells: &[Cell], f: Field) -> Origin {
    sheet
        .columns
        .get(&f)
        .and_then(|&i| cells.get(i))
        .map_or(Origin::Text, |c| c.origin)
}

fn line_of_byte(text: &str, byte: usize) -> usize {
    text[..byte].matches('\n').count() + 1
}

/// The section a row is about: by the Section column, else by its clause.
fn find_section<'a>(
    drafts: &'a Drafts,
    section: &str,
    clause: &str,
) -> Option<&'a crate::model::Section> {
    if !section.is_empty() {
        return drafts.find_section(section);
    }
    let clause = clause.trim().trim_end_matches('.');
    if clause.is_empty() {
        return None;
    }
    if let Some(s) = drafts.sections.iter().find(|s| {
        paragraphs(&s.text)
            .iter()
            .any(|p| p.clause.as_deref() == Some(clause))
    }) {
        return Some(s);
    }
    let head = clause.split('.').next().unwrap_or("");
    let n: u32 = head.parse().ok()?;
    drafts.sections.iter().find(|s| s.order == n)
}

/// Every clause label of a round's sections, and each section's number.
fn clauses(d: &Drafts) -> HashSet<String> {
    d.sections
        .iter()
        .flat_map(|s| {
            paragraphs(&s.text)
                .into_iter()
                .filter_map(|p| p.clause)
                .chain(std::iter::once(s.order.to_string()))
        })
        .collect()
}

/// Why a clause cell cannot be trusted, if it cannot: the spreadsheet turned it into a date,
/// or into a number shown without the trailing zeros that would name another clause.
fn clause_doubt(origin: Origin, clause: &str, d: &Drafts) -> Option<String> {
    match origin {
        Origin::Date => Some(format!(
            "the spreadsheet turned the clause into a date ({clause}); format the column as Text and type the clause again"
        )),
        Origin::Number if clause.contains('.') => {
            let all = clauses(d);
            let other = (1..=3)
                .map(|n| format!("{clause}{}", "0".repeat(n)))
                .find(|c| all.contains(c))?;
            Some(format!(
                "the spreadsheet stored the clause as the number {clause}, which is also what it makes of {other}; format the column as Text and type the clause again"
            ))
        }
        _ => None,
    }
}

/// Read the sheet and build the comments, without writing anything.
pub fn plan(
    store: &Store,
    sheet: &Sheet,
    opts: &ImportOptions,
) -> Result<(Vec<Comment>, Vec<RowProblem>)> {
    let rounds = store.rounds()?;
    let Some(latest) = rounds.last() else {
        return Err(Error::Refused("no round is open yet, so comments cannot be placed: the secretariat opens one with `consulta round open round-1`".into()));
    };
    let records = store.records()?;
    let existing: HashSet<&str> = records.comments.iter().map(|c| c.id.as_str()).collect();
    let sheet_ids: HashSet<&str> = sheet
        .rows
        .iter()
        .map(|(_, r)| cell(sheet, r, Field::Id).trim())
        .filter(|id| !id.is_empty())
        .collect();
    let mut drafts: HashMap<String, Drafts> = HashMap::new();
    let manifest_categories: Vec<String> = store
        .drafts(&Version::Round(latest.name.clone()))?
        .0
        .manifest
        .categories
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let mut out: Vec<Comment> = Vec::new();
    let mut problems = Vec::new();
    let mut seen_ids: HashSet<String> = HashSet::new();
    for (row, rec) in &sheet.rows {
        let row = *row;
        if rec
            .iter()
            .all(|c| c.text.trim().is_empty() || c.origin == Origin::Merged)
        {
            continue;
        }
        let mut bad = |f: Option<Field>, m: String| {
            let column = f.and_then(|f| sheet.columns.get(&f)).map(|&i| {
                format!(
                    "{} ({})",
                    column_letters(i),
                    crate::sanitize::inline(&sheet.headers[i])
                )
            });
            problems.push(RowProblem {
                sheet: sheet.name.clone(),
                row,
                column,
                message: m,
            })
        };
        let get = |f: Field| cell(sheet, rec, f).trim();
        if let Some(f) = sheet.columns.iter().find_map(|(&f, &i)| {
            rec.get(i)
                .is_some_and(|c| c.origin == Origin::Error)
                .then_some(f)
        }) {
            bad(Some(f), format!("the cell shows the error {}", get(f)));
            continue;
        }
        let body = cell(sheet, rec, Field::Comment)
            .trim()
            .replace("\r\n", "\n");
        if body.is_empty() {
            bad(Some(Field::Comment), "the comment is empty".into());
            continue;
        }
        let round = match get(Field::Round) {
            "" => latest.name.clone(),
            r if rounds.iter().any(|x| x.name == r) => r.to_string(),
            r => {
                bad(
                    Some(Field::Round),
                    format!(
                        "there is no round {:?} (the rounds are: {})",
                        crate::sanitize::inline(r),
                        rounds
                            .iter()
                            .map(|r| r.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                continue;
            }
        };
        if !drafts.contains_key(&round) {
            drafts.insert(
                round.clone(),
                store.drafts(&Version::Round(round.clone()))?.0,
            );
        }
        let Some(d) = drafts.get(&round) else {
            continue;
        };
        let kind = match get(Field::Type) {
            "" => {
                bad(
                    Some(Field::Type),
                    "the type of comment is missing (ge, te or ed)".into(),
                );
                continue;
            }
            t => match CommentType::parse(t) {
                Some(k) => k,
                None => {
                    bad(
                        Some(Field::Type),
                        format!(
                            "type of comment {:?} is not ge, te or ed",
                            crate::sanitize::inline(t)
                        ),
                    );
                    continue;
                }
            },
        };
        let stance = match get(Field::Stance) {
            "" => None,
            s => match Stance::parse(s) {
                Some(s) => Some(s),
                None => {
                    bad(
                        Some(Field::Stance),
                        format!(
                            "stance {:?} is not support, oppose or neutral",
                            crate::sanitize::inline(s)
                        ),
                    );
                    continue;
                }
            },
        };
        let reply_to = match get(Field::ReplyTo) {
            "" => None,
            p if !is_valid_id(p) => {
                bad(
                    Some(Field::ReplyTo),
                    format!(
                        "in reply to {:?}: not a comment id",
                        crate::sanitize::inline(p)
                    ),
                );
                continue;
            }
            p if existing.contains(p) || sheet_ids.contains(p) => Some(p.to_string()),
            p => {
                bad(
                    Some(Field::ReplyTo),
                    format!(
                    "in reply to {p}: there is no such comment in the consultation or the sheet"
                ),
                );
                continue;
            }
        };
        let mut section_key = get(Field::Section).to_string();
        if section_key.is_empty() && get(Field::Clause).is_empty() {
            if let Some(p) = reply_to.as_deref().and_then(|p| records.comment(p)) {
                section_key = p.section.clone();
            }
        }
        let clause = get(Field::Clause);
        if let Some(why) = clause_doubt(origin(sheet, rec, Field::Clause), clause, d) {
            bad(Some(Field::Clause), why);
            continue;
        }
        let Some(section) = find_section(d, &section_key, clause) else {
            bad(
                Some(if section_key.is_empty() {
                    Field::Clause
                } else {
                    Field::Section
                }),
                if !section_key.is_empty() {
                    format!(
                        "there is no section {:?} in {round}",
                        crate::sanitize::inline(&section_key)
                    )
                } else if !clause.is_empty() {
                    format!(
                        "clause {:?} is in no section of {round}",
                        crate::sanitize::inline(clause)
                    )
                } else {
                    "neither a section nor a clause says where the comment belongs".into()
                },
            );
            continue;
        };
        // The language version quoted: empty, or the primary's code, for the primary text.
        let lang = match get(Field::Language).trim() {
            "" => None,
            l if l == d.manifest.primary_language() => None,
            l if d.manifest.is_translation(l) => Some(l.to_string()),
            l => {
                bad(
                    Some(Field::Language),
                    format!(
                        "language {:?} is not one of this consultation's: {}",
                        crate::sanitize::inline(l),
                        d.manifest.languages.join(", ")
                    ),
                );
                continue;
            }
        };
        let Some(section) = d.section_in(lang.as_deref(), &section.id) else {
            bad(
                Some(Field::Language),
                format!(
                    "section {} has no {} version at {round}",
                    section.id,
                    lang.as_deref().unwrap_or_default()
                ),
            );
            continue;
        };
        let quote = cell(sheet, rec, Field::Quote);
        let proposed = cell(sheet, rec, Field::Proposed)
            .trim()
            .replace("\r\n", "\n");
        let anchor = if quote.is_empty() {
            None
        } else {
            let text = &section.text;
            let occ = anchor::occurrences(text, quote);
            let pick = |occ: &[usize]| -> Option<usize> {
                if occ.len() == 1 {
                    return Some(occ[0]);
                }
                let line: Option<usize> = get(Field::Line).parse().ok();
                let par: Option<usize> = get(Field::Paragraph)
                    .trim_start_matches(|c: char| !c.is_ascii_digit())
                    .parse()
                    .ok();
                let pars = paragraphs(text);
                let par_of = |b: usize| pars.iter().find(|p| p.start <= b && b <= p.end);
                let tests: [&dyn Fn(usize) -> bool; 3] = [
                    &|b| line.is_some_and(|l| line_of_byte(text, b) == l),
                    &|b| {
                        !clause.is_empty()
                            && par_of(b).and_then(|p| p.clause.as_deref())
                                == Some(clause.trim_end_matches('.'))
                    },
                    &|b| par.is_some_and(|n| par_of(b).is_some_and(|p| p.number == n)),
                ];
                for t in tests {
                    let hits: Vec<usize> = occ.iter().copied().filter(|&b| t(b)).collect();
                    if hits.len() == 1 {
                        return Some(hits[0]);
                    }
                }
                None
            };
            match occ.len() {
                0 => {
                    bad(
                        Some(Field::Quote),
                        format!(
                            "the quote {:?} is not in section {} ({}) at {round}",
                            crate::sanitize::inline(&super::summary::excerpt(quote, 60)),
                            section.id,
                            section.title
                        ),
                    );
                    continue;
                }
                n => match pick(&occ) {
                    Some(b) => Some(anchor::make(text, b, b + quote.len())),
                    None => {
                        bad(Some(Field::Quote), format!("the quote occurs {n} times in section {} and neither the line number, the clause nor the paragraph says which", section.id));
                        continue;
                    }
                },
            }
        };
        if !proposed.is_empty() && anchor.is_none() {
            bad(
                Some(Field::Proposed),
                "a proposed change replaces a passage: give the passage in the Quote column".into(),
            );
            continue;
        }
        if body.len() > MAX_BODY_BYTES || proposed.len() > MAX_BODY_BYTES {
            bad(
                Some(Field::Comment),
                format!(
                    "the comment or proposal is longer than {} bytes",
                    MAX_BODY_BYTES
                ),
            );
            continue;
        }
        let or = |v: &str, d: &str| {
            if v.is_empty() {
                d.to_string()
            } else {
                v.to_string()
            }
        };
        let author = Author {
            name: or(get(Field::Name), &opts.author.name),
            email: or(get(Field::Email), &opts.author.email),
            organisation: or(get(Field::Organisation), &opts.author.organisation),
            category: or(get(Field::Category), &opts.author.category),
            country: or(get(Field::Country), &opts.author.country).to_ascii_uppercase(),
        };
        if author.name.is_empty() || author.email.is_empty() {
            bad(None, "the author's name or e-mail is missing: add \"Author name\" and \"Author email\" columns, or give --author-name and --author-email for the whole sheet".into());
            continue;
        }
        if !author.category.is_empty() && !manifest_categories.contains(&author.category) {
            bad(
                Some(Field::Category),
                format!(
                    "category {:?} is not one of this consultation's: {}",
                    crate::sanitize::inline(&author.category),
                    manifest_categories.join(", ")
                ),
            );
            continue;
        }
        let country_ok = author.country.is_empty()
            || (author.country.len() == 2
                && author.country.bytes().all(|b| b.is_ascii_uppercase()));
        if !country_ok {
            bad(
                Some(Field::Country),
                format!(
                    "MB/NC {:?} is not a two-letter country code",
                    crate::sanitize::inline(&author.country)
                ),
            );
            continue;
        }
        let id = match get(Field::Id) {
            "" => ulid::Ulid::generate().to_string(),
            id if !is_valid_id(id) => {
                bad(
                    Some(Field::Id),
                    format!("comment id {:?} is not a ULID", crate::sanitize::inline(id)),
                );
                continue;
            }
            id if existing.contains(id) => {
                bad(
                    Some(Field::Id),
                    format!("comment {id} is already in the consultation"),
                );
                continue;
            }
            id => id.to_string(),
        };
        if !seen_ids.insert(id.clone()) {
            bad(
                Some(Field::Id),
                format!("comment id {id} is used by an earlier row too"),
            );
            continue;
        }
        let created = match get(Field::Created) {
            "" => jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
            c if origin(sheet, rec, Field::Created) == Origin::Date => {
                // An ISO date without a zone (as OpenDocument stores dates) is taken as UTC.
                match c.parse::<jiff::civil::DateTime>() {
                    Ok(dt) => dt.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                    Err(_) => c.to_string(),
                }
            }
            c => c.to_string(),
        };
        let c = Comment {
            schema: SCHEMA,
            id,
            round,
            section: section.id.clone(),
            author,
            created,
            kind,
            stance,
            anchor,
            comment: body,
            proposed_change: (!proposed.is_empty()).then_some(proposed),
            in_reply_to: reply_to,
            lang,
        };
        let (_, file_problems) = parse_comment(&c.path(), c.to_json().as_bytes());
        if let Some(p) = file_problems.first() {
            bad(None, p.message.clone());
            continue;
        }
        out.push(c);
    }
    Ok((out, problems))
}

/// Import the sheet: check every row, then (when all rows are good, or with `partial`) commit
/// the comments, one commit per author. Only the secretariat may import.
pub fn import(
    store: &Store,
    who: &Identity,
    bytes: &[u8],
    opts: &ImportOptions,
) -> Result<ImportReport> {
    let (drafts, _) = store.drafts(&Version::WorkTree)?;
    if !drafts.manifest.is_secretariat(&who.email) {
        return Err(Error::Refused(format!(
            "only the secretariat ({}) may import comments; you are {:?}",
            drafts.manifest.secretariat.join(", "),
            who.email
        )));
    }
    let sheet = super::sheet::read(bytes, &opts.read)?;
    let (comments, problems) = plan(store, &sheet, opts)?;
    let mut report = ImportReport {
        problems,
        read_as: format!("{}, header on row {}", sheet.read_as, sheet.header_row),
        ..ImportReport::default()
    };
    if !report.problems.is_empty() && !opts.partial {
        return Ok(report);
    }
    // One commit per author, in the order of their first row.
    let mut groups: Vec<(String, Vec<&Comment>)> = Vec::new();
    for c in &comments {
        let key = c.author.email.to_lowercase();
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.1.push(c),
            None => groups.push((key, vec![c])),
        }
    }
    let now = jiff::Timestamp::now();
    let mut commits = Vec::with_capacity(groups.len());
    for (_, group) in &groups {
        let a = &group[0].author;
        let files: Vec<FileWrite> = group
            .iter()
            .map(|c| FileWrite::new(c.path(), c.to_json()))
            .collect();
        let msg = format!(
            "Import {} comment{} by {} from {}\n\nImported-by: {} <{}>\n",
            group.len(),
            if group.len() == 1 { "" } else { "s" },
            a.name.replace('\n', " "),
            opts.source.replace('\n', " "),
            who.name,
            who.email
        );
        commits.push((files, msg, signature_at(&a.name, &a.email, now)?));
    }
    report.commits = store.commit_many(&commits)?;
    report.imported = comments;
    Ok(report)
}
