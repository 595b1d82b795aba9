//! The consultation summary as data: built once from a [`Store`], rendered by
//! [`super::markdown`], [`super::html`], [`super::table`] (CSV) or serialised as JSON.
//!
//! # JSON schema (`consulta summary --format json`), version 1
//!
//! Fields are only ever added within a schema version; a change that renames or removes one
//! raises `schema`.
//!
//! ```text
//! {
//!   "schema": 1,
//!   "title": "…",                           // the manifest's title
//!   "generated": "2026-06-30T10:00:00Z",    // when this summary was made (UTC)
//!   "scope": {
//!     "round": "round-1" | null,            // --round, or null for every round
//!     "rounds": ["round-1", "round-2"],     // the rounds whose comments are counted
//!     "sections_from": "round-2"            // the draft giving section numbers and titles
//!   },
//!   "participation": {
//!     "comments": 74, "replies": 10, "proposals": 35,
//!     "participants": 60,                   // distinct author e-mail addresses
//!     "organisations": 58,                  // distinct organisation names (case-insensitive)
//!     "by_category": [{"id": "learner", "label": "Learner or student organisation",
//!                      "comments": 5, "organisations": 4}],         // manifest order
//!     "by_country": [{"code": "BR", "name": "Brazil", "comments": 8, "organisations": 7}],
//!                                            // most comments first
//!     "by_week": [{"week": "2026-W12", "starts": "2026-03-16", "comments": 3}]
//!                                            // ISO weeks (UTC), empty weeks included
//!   },
//!   "sections": [{
//!     "id": "quality-assurance", "number": 6, "title": "Quality assurance",
//!                                            // number null: not in the draft any more
//!     "comments": 9,
//!     "by_type": {"general": 2, "technical": 6, "editorial": 1},
//!     "by_stance": {"support": 2, "oppose": 4, "neutral": 1, "none": 2},
//!     "proposals": 5,
//!     "decisions": {"accepted": 1, "modified": 2, "rejected": 1, "noted": 3},
//!     "open": 2                              // comments without a decision
//!   }],
//!   "decisions": {"accepted": 12, "modified": 13, "rejected": 10, "noted": 18},
//!   "open": 21,
//!   "dispositions": [{                       // the disposition table, one row per comment
//!     "id": "01K…", "round": "round-1", "section": "quality-assurance",
//!     "country": "UY",                       // ISO "MB/NC"
//!     "line": 7,                             // line of the passage in the section file at
//!                                            // the comment's round; null = whole section
//!     "clause": "6.2",                       // the passage's clause, else the section number
//!     "paragraph": 3,                        // ¶ number within the section, or null
//!     "type": "technical",                   // general | technical | editorial
//!     "comment": "…", "proposed_change": "…" | null, "quote": "…" | null,
//!     "observations": "…",                   // the secretariat's; "" when none
//!     "status": "modified" | null,           // accepted | modified | rejected | noted | null
//!     "status_label": "accepted with modifications",   // the ISO wording, or "open"
//!     "resulting_change": {"round": "round-2" | null, "commit": "…",
//!                          "applied_wording": "…"   // only when not the proposal as written
//!                         } | null,
//!                                            // the applying commit and the first round
//!                                            // containing it (null: the working draft)
//!     "author": {"name": "…", "organisation": "…", "category": "…"},
//!     "stance": "oppose" | null, "in_reply_to": "01K…" | null,
//!     "created": "2026-04-14T13:14:21Z"
//!   }],
//!   "changes": [{                            // "you said, we did", one entry per step
//!     "from": "round-1", "to": "round-2",    // "draft" = the working draft
//!     "sections_changed": 4, "words_added": 60, "words_removed": 31,
//!     "sections": [{"id": "…", "number": 6, "title": "…",
//!                   "status": "changed",     // added | removed | renamed | reordered | changed
//!                   "words_added": 12, "words_removed": 5,
//!                   "comments": ["01K…"]}]   // comments whose applied proposals changed it
//!   }],
//!   "campaigns": {
//!     "measure": "Jaccard similarity of word 3-shingles of the normalised text",
//!     "threshold": 0.6, "min_group": 3, "min_shingles": 6,
//!     "groups": [{"size": 4, "min_similarity": 0.68, "text": "…",   // the first one's text
//!                 "ids": ["01K…"], "sections": ["equity-and-access"],
//!                 "organisations": ["…"], "countries": ["PE"]}]
//!   },
//!   "remaining": {
//!     "awaiting_decision": [{"id": "01K…", "round": "round-2", "section": "…",
//!                            "organisation": "…", "reply": false, "excerpt": "…"}],
//!     "not_applied": [ …same shape… ]        // accepted (with modifications) proposals
//!                                            // not yet applied to the draft
//!   },
//!   "skipped_files": 0                       // unreadable record files left out
//! }
//! ```

use std::collections::{BTreeSet, HashMap, HashSet};

/// Maps keyed by stakeholders' strings, hashed with foldhash: several times faster than the
/// standard SipHash on short keys, and seeded per process like it, so crafted names cannot
/// make the table degrade.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

use serde::Serialize;

use super::campaign;
use super::countries::country_name;
use super::strings;
use crate::diff::rounds::{diff_drafts, version_name, SectionStatus};
use crate::diff::trace;
use crate::model::{Comment, CommentType, Stance, Status};
use crate::repo::{Drafts, Records, Round, Store, Version};
use crate::Result;

/// The schema version of the JSON form.
pub const SUMMARY_SCHEMA: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub schema: u32,
    pub title: String,
    pub generated: String,
    pub scope: Scope,
    pub participation: Participation,
    pub sections: Vec<SectionStats>,
    pub decisions: StatusCounts,
    pub open: usize,
    pub dispositions: Vec<DispositionRow>,
    pub changes: Vec<Change>,
    pub campaigns: Campaigns,
    pub remaining: Remaining,
    pub skipped_files: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Scope {
    pub round: Option<String>,
    pub rounds: Vec<String>,
    pub sections_from: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Participation {
    pub comments: usize,
    pub replies: usize,
    pub proposals: usize,
    pub participants: usize,
    pub organisations: usize,
    pub by_category: Vec<CategoryCount>,
    pub by_country: Vec<CountryCount>,
    pub by_week: Vec<WeekCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryCount {
    pub id: String,
    pub label: String,
    pub comments: usize,
    pub organisations: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountryCount {
    pub code: String,
    pub name: String,
    pub comments: usize,
    pub organisations: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct WeekCount {
    pub week: String,
    pub starts: String,
    pub comments: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TypeCounts {
    pub general: usize,
    pub technical: usize,
    pub editorial: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StanceCounts {
    pub support: usize,
    pub oppose: usize,
    pub neutral: usize,
    pub none: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub accepted: usize,
    pub modified: usize,
    pub rejected: usize,
    pub noted: usize,
}

impl StatusCounts {
    pub fn get(&self, s: Status) -> usize {
        match s {
            Status::Accepted => self.accepted,
            Status::Modified => self.modified,
            Status::Rejected => self.rejected,
            Status::Noted => self.noted,
        }
    }

    fn add(&mut self, s: Status) {
        match s {
            Status::Accepted => self.accepted += 1,
            Status::Modified => self.modified += 1,
            Status::Rejected => self.rejected += 1,
            Status::Noted => self.noted += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.accepted + self.modified + self.rejected + self.noted
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SectionStats {
    pub id: String,
    pub number: Option<u32>,
    pub title: String,
    pub comments: usize,
    pub by_type: TypeCounts,
    pub by_stance: StanceCounts,
    pub proposals: usize,
    pub decisions: StatusCounts,
    pub open: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthorRef {
    pub name: String,
    pub organisation: String,
    pub category: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResultingChange {
    pub round: Option<String>,
    pub commit: String,
    /// The wording the secretariat applied, when it is not the proposal as written
    /// (accepted with modifications); from the apply commit's
    /// [`crate::repo::APPLIED_WORDING`] trailer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applied_wording: Option<String>,
}

/// One row of the disposition table.
#[derive(Debug, Clone, Serialize)]
pub struct DispositionRow {
    pub id: String,
    pub round: String,
    pub section: String,
    pub country: String,
    pub line: Option<usize>,
    pub clause: String,
    pub paragraph: Option<usize>,
    #[serde(rename = "type")]
    pub kind: CommentType,
    pub comment: String,
    pub proposed_change: Option<String>,
    pub quote: Option<String>,
    pub observations: String,
    pub status: Option<Status>,
    pub status_label: &'static str,
    pub resulting_change: Option<ResultingChange>,
    pub author: AuthorRef,
    pub stance: Option<Stance>,
    pub in_reply_to: Option<String>,
    pub created: String,
    /// The author's e-mail: in the CSV (so that an import gives the same comments back), not
    /// in the JSON summary or the published Markdown and HTML.
    #[serde(skip)]
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub from: String,
    pub to: String,
    pub sections_changed: usize,
    pub words_added: usize,
    pub words_removed: usize,
    pub sections: Vec<ChangedSection>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChangedSection {
    pub id: String,
    pub number: Option<u32>,
    pub title: String,
    pub status: SectionStatus,
    pub words_added: usize,
    pub words_removed: usize,
    pub comments: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Campaigns {
    pub measure: &'static str,
    pub threshold: f64,
    pub min_group: usize,
    pub min_shingles: usize,
    pub groups: Vec<Campaign>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Campaign {
    pub size: usize,
    pub min_similarity: f64,
    pub text: String,
    pub ids: Vec<String>,
    pub sections: Vec<String>,
    pub organisations: Vec<String>,
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Remaining {
    pub awaiting_decision: Vec<OpenItem>,
    pub not_applied: Vec<OpenItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OpenItem {
    pub id: String,
    pub round: String,
    pub section: String,
    pub organisation: String,
    pub reply: bool,
    pub excerpt: String,
}

impl Summary {
    /// The summary of a consultation: every comment up to the latest round (`round` = None),
    /// or the comments made on `round` with the changes from it to the next round (or to the
    /// working draft when it is the latest).
    pub fn build(store: &Store, round: Option<&str>) -> Result<Summary> {
        let records = store.records()?;
        Self::build_with(store, records, round)
    }

    /// As [`Summary::build`], on records already read. The comments' text moves into the
    /// disposition table rather than being copied.
    pub fn build_with(store: &Store, records: Records, round: Option<&str>) -> Result<Summary> {
        let rounds = store.rounds()?;
        if let Some(r) = round {
            store.round(r)?;
        }
        // The steps of "you said, we did", and the draft that numbers the sections.
        let mut steps: Vec<(Version, Version)> = Vec::new();
        let sections_version = match round {
            Some(r) => {
                let i = rounds.iter().position(|x| x.name == r).unwrap_or(0);
                let next = rounds
                    .get(i + 1)
                    .map_or(Version::WorkTree, |n| Version::Round(n.name.clone()));
                steps.push((Version::Round(r.to_string()), next));
                Version::Round(r.to_string())
            }
            None => {
                for w in rounds.windows(2) {
                    steps.push((
                        Version::Round(w[0].name.clone()),
                        Version::Round(w[1].name.clone()),
                    ));
                }
                match rounds.last() {
                    Some(last) => {
                        steps.push((Version::Round(last.name.clone()), Version::WorkTree));
                        Version::Round(last.name.clone())
                    }
                    None => Version::WorkTree,
                }
            }
        };
        let (drafts, _) = store.drafts(&sections_version)?;
        let selected: Vec<&Comment> = records
            .comments
            .iter()
            .filter(|c| round.is_none_or(|r| c.round == r))
            .collect();

        let applied = store.applied_comments()?;
        // The secretariat's own wording, where an apply commit says it used one.
        let wordings: HashMap<git2::Oid, String> = applied
            .values()
            .filter_map(|oid| {
                let commit = store.git().find_commit(*oid).ok()?;
                let wording = crate::repo::applied_wording(commit.message().ok()?)?;
                Some((*oid, wording))
            })
            .collect();
        let applied_round = rounds_of_commits(store, &rounds, applied.values().copied());
        let mut round_drafts: HashMap<String, Option<Drafts>> = HashMap::new();
        for c in &selected {
            if !round_drafts.contains_key(&c.round) {
                let d = rounds
                    .iter()
                    .any(|r| r.name == c.round)
                    .then(|| store.drafts(&Version::Round(c.round.clone())).ok())
                    .flatten()
                    .map(|(d, _)| d);
                round_drafts.insert(c.round.clone(), d);
            }
        }
        let mut lines = LineIndex::default();

        // Everything that reads the comments comes before the table, which takes their text.
        let order: HashMap<&str, u32> = drafts
            .sections
            .iter()
            .map(|s| (s.id.as_str(), s.order))
            .collect();
        // The table's order: sections by number (unnumbered last), then id; within one, by
        // position, then comment id. Each section gets its rank once, so that rows are sorted
        // on integers.
        let section_rank: FastMap<String, u32> = {
            let mut ids: Vec<&str> = selected
                .iter()
                .map(|c| c.section.as_str())
                .collect::<std::collections::HashSet<&str, foldhash::fast::RandomState>>()
                .into_iter()
                .collect();
            ids.sort_unstable_by_key(|id| (order.get(id).copied().unwrap_or(u32::MAX), *id));
            ids.iter()
                .enumerate()
                .map(|(r, id)| (id.to_string(), r as u32))
                .collect()
        };
        let (participation, (sections, decisions, open), changes, remaining, campaigns) =
            std::thread::scope(|s| {
                // Grouping form letters is the longest step; it runs beside the others.
                let campaigns = s.spawn(|| campaigns(&selected));
                let participation = participation(&drafts, &selected);
                let stats = section_stats(&drafts, &selected, &records);
                let changes = changes(store, &records, &steps);
                // While the campaigns are grouped: what remains open, in the table's order.
                let remaining = remaining(
                    &records.comments,
                    round,
                    &section_rank,
                    &records.dispositions,
                    &applied,
                );
                let campaigns = campaigns
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e));
                (participation, stats, changes, remaining, campaigns)
            });
        let changes = changes?;
        let used_rounds: BTreeSet<String> = selected.iter().map(|c| c.round.clone()).collect();
        drop(selected);
        let Records {
            comments,
            dispositions,
            problems,
        } = records;
        // Each round's section texts by id, for line numbers.
        let texts: HashMap<&str, HashMap<&str, &str>> = round_drafts
            .iter()
            .filter_map(|(r, d)| d.as_ref().map(|d| (r.as_str(), d)))
            .map(|(r, d)| {
                let by_id = d
                    .sections
                    .iter()
                    .map(|s| (s.id.as_str(), s.text.as_str()))
                    .collect();
                (r, by_id)
            })
            .collect();
        let skipped_files = problems.len();

        let make_row = |(at, c): (usize, Comment), lines: &mut LineIndex| {
            let d = dispositions.get(&c.id);
            let section_text = texts
                .get(c.round.as_str())
                .and_then(|t| t.get(c.section.as_str()))
                .copied();
            let line = match (&c.anchor, section_text) {
                (Some(a), Some(text)) => Some(lines.line_of(text, a.start)),
                _ => None,
            };
            let number = order.get(c.section.as_str()).copied();
            let key = row_key(&section_rank, &c, at);
            let number = || number.map(|n| n.to_string()).unwrap_or_default();
            let resulting_change = applied.get(&c.id).map(|oid| ResultingChange {
                round: applied_round.get(oid).cloned().flatten(),
                commit: oid.to_string(),
                applied_wording: wordings.get(oid).cloned(),
            });
            let (quote, clause, paragraph) = match c.anchor {
                Some(a) => (Some(a.quote), a.clause.unwrap_or_else(number), a.paragraph),
                None => (None, number(), None),
            };
            let row = DispositionRow {
                id: c.id,
                round: c.round,
                section: c.section,
                country: c.author.country,
                line,
                clause,
                paragraph,
                kind: c.kind,
                comment: c.comment,
                proposed_change: c.proposed_change,
                quote,
                observations: d.map(|d| d.observations.clone()).unwrap_or_default(),
                status: d.map(|d| d.status),
                status_label: d.map_or(strings::OPEN, |d| d.status.label()),
                resulting_change,
                author: AuthorRef {
                    name: c.author.name,
                    organisation: c.author.organisation,
                    category: c.author.category,
                },
                stance: c.stance,
                in_reply_to: c.in_reply_to,
                created: c.created,
                email: c.author.email,
            };
            (key, row)
        };
        // The comments are turned into rows from the end, a batch at a time, and their list
        // shrunk after each batch: the two lists are never both whole in memory.
        let mut comments = comments;
        let mut rows: Vec<DispositionRow> = Vec::with_capacity(
            comments
                .iter()
                .filter(|c| round.is_none_or(|r| c.round == r))
                .count(),
        );
        let mut keys: Vec<RowKey> = Vec::with_capacity(rows.capacity());
        // Each batch is split between two threads, each with its own line index.
        let mut other_lines = LineIndex::default();
        while !comments.is_empty() {
            let from = comments.len().saturating_sub(8192);
            let mut batch: Vec<(usize, Comment)> = comments
                .drain(from..)
                .enumerate()
                .map(|(k, c)| (from + k, c))
                .filter(|(_, c)| round.is_none_or(|r| c.round == r))
                .collect();
            comments.shrink_to_fit();
            let second = batch.split_off(batch.len() / 2);
            let make_row = &make_row;
            let (a, b) = std::thread::scope(|s| {
                let lines_b = &mut other_lines;
                let b = s.spawn(move || {
                    second
                        .into_iter()
                        .map(|c| make_row(c, lines_b))
                        .collect::<Vec<_>>()
                });
                let a: Vec<_> = batch.into_iter().map(|c| make_row(c, &mut lines)).collect();
                (a, b.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            });
            for (key, row) in a.into_iter().chain(b) {
                keys.push(key);
                rows.push(row);
            }
        }
        // The keys are unique (each holds the comment's place in the list).
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_unstable_by_key(|&a| keys[a]);
        permute(&mut rows, &order);
        let mut scope_rounds: Vec<String> = rounds
            .iter()
            .filter(|r| used_rounds.contains(&r.name))
            .map(|r| r.name.clone())
            .collect();
        for r in used_rounds {
            if !scope_rounds.contains(&r) {
                scope_rounds.push(r);
            }
        }
        Ok(Summary {
            schema: SUMMARY_SCHEMA,
            title: drafts.manifest.title.clone(),
            generated: jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
            scope: Scope {
                round: round.map(str::to_string),
                rounds: scope_rounds,
                sections_from: version_name(&sections_version),
            },
            participation,
            sections,
            decisions,
            open,
            dispositions: rows,
            changes,
            campaigns,
            remaining,
            skipped_files,
        })
    }

    /// A row of the disposition table by comment id.
    pub fn row(&self, id: &str) -> Option<&DispositionRow> {
        self.dispositions.iter().find(|r| r.id == id)
    }
}

/// Reorder `v` in place so that `v[k]` becomes the element that was at `order[k]`.
fn permute<T>(v: &mut [T], order: &[usize]) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        let mut cur = start;
        while !done[cur] {
            done[cur] = true;
            let next = order[cur];
            if next == start {
                break;
            }
            v.swap(cur, next);
            cur = next;
        }
    }
}

/// Rows of the disposition table rendered per piece of [`write_json`].
const JSON_CHUNK_ROWS: usize = 1024;

/// Write `sum` as pretty JSON, byte for byte as `serde_json::to_writer_pretty` would, with
/// the disposition table (nearly all of a large summary's bytes) rendered on two threads, a
/// piece of [`JSON_CHUNK_ROWS`] rows at a time, and written as it comes: the whole text is
/// never held in memory.
pub fn write_json(sum: &mut Summary, out: &mut impl std::io::Write) -> std::io::Result<()> {
    write_json_chunked(sum, out, JSON_CHUNK_ROWS)
}

/// [`write_json`] with pieces of `chunk` rows.
#[doc(hidden)]
pub fn write_json_chunked<W: std::io::Write>(
    sum: &mut Summary,
    out: &mut W,
    chunk: usize,
) -> std::io::Result<()> {
    let rows = std::mem::take(&mut sum.dispositions);
    let rows = PutBack { rows, sum };
    // The summary without its table is written as it is serialised; where the empty table
    // appears, the real one goes in. Its key is at the top level (two spaces in), where every
    // key is unique and no string holds a raw newline.
    let mut splice = Splice {
        inner: out,
        pattern: b"\n  \"dispositions\": []",
        matched: 0,
        done: false,
        table: |out: &mut W| write_table(&rows, out, chunk),
    };
    serde_json::to_writer_pretty(&mut splice, &*rows.sum).map_err(std::io::Error::from)?;
    if splice.matched > 0 {
        let held = &splice.pattern[..splice.matched];
        splice.inner.write_all(held)?;
    }
    if !splice.done {
        return Err(std::io::Error::other(
            "the summary has no disposition table",
        ));
    }
    Ok(())
}

/// The disposition table, four spaces in for its place in the summary.
fn write_table<W: std::io::Write>(
    rows: &[DispositionRow],
    out: &mut W,
    chunk: usize,
) -> std::io::Result<()> {
    if rows.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[\n")?;
    let pieces: Vec<&[DispositionRow]> = rows.chunks(chunk.max(1)).collect();
    std::thread::scope(|s| -> std::io::Result<()> {
        // The other thread renders the odd pieces, this one the even ones and writes all.
        let (tx, rx) = std::sync::mpsc::sync_channel::<std::io::Result<Vec<u8>>>(1);
        let odd: Vec<&[DispositionRow]> = pieces.iter().skip(1).step_by(2).copied().collect();
        s.spawn(move || {
            for piece in odd {
                if tx.send(render_rows(piece)).is_err() {
                    return;
                }
            }
        });
        for (i, piece) in pieces.iter().enumerate() {
            let text = if i % 2 == 0 {
                render_rows(piece)?
            } else {
                rx.recv()
                    .map_err(|_| std::io::Error::other("a rendering thread failed"))??
            };
            if i > 0 {
                out.write_all(b",\n")?;
            }
            out.write_all(&text)?;
        }
        Ok(())
    })?;
    out.write_all(b"\n  ]")
}

/// A writer that passes everything through to `inner`, except the first occurrence of
/// `pattern` (which starts with its only newline): its last two bytes, the empty table `[]`,
/// are replaced by what `table` writes.
struct Splice<'a, W, F> {
    inner: &'a mut W,
    pattern: &'static [u8],
    /// How many bytes of `pattern` the text written so far ends with (held back).
    matched: usize,
    done: bool,
    table: F,
}

impl<W: std::io::Write, F: FnMut(&mut W) -> std::io::Result<()>> std::io::Write
    for Splice<'_, W, F>
{
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            if self.done {
                self.inner.write_all(rest)?;
                break;
            }
            if self.matched == 0 {
                // Up to the next newline, nothing can match.
                let Some(nl) = memchr::memchr(b'\n', rest) else {
                    self.inner.write_all(rest)?;
                    break;
                };
                self.inner.write_all(&rest[..nl])?;
                self.matched = 1;
                rest = &rest[nl + 1..];
                continue;
            }
            let b = rest[0];
            if b == self.pattern[self.matched] {
                self.matched += 1;
                rest = &rest[1..];
                if self.matched == self.pattern.len() {
                    let keep = self.pattern.len() - 2;
                    self.inner.write_all(&self.pattern[..keep])?;
                    (self.table)(self.inner)?;
                    self.done = true;
                    self.matched = 0;
                }
            } else {
                // The held bytes were not the pattern; `b` is looked at afresh (the pattern's
                // only newline is its first byte).
                self.inner.write_all(&self.pattern[..self.matched])?;
                self.matched = 0;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Puts the disposition table back into its summary when dropped.
struct PutBack<'a> {
    rows: Vec<DispositionRow>,
    sum: &'a mut Summary,
}

impl Drop for PutBack<'_> {
    fn drop(&mut self) {
        self.sum.dispositions = std::mem::take(&mut self.rows);
    }
}

impl std::ops::Deref for PutBack<'_> {
    type Target = Vec<DispositionRow>;
    fn deref(&self) -> &Self::Target {
        &self.rows
    }
}

/// Rows as the elements of the table inside the summary: pretty JSON, four spaces in, joined
/// by `,\n`.
fn render_rows(rows: &[DispositionRow]) -> std::io::Result<Vec<u8>> {
    /// Appends to a buffer, four spaces after each newline.
    struct Indent<'a>(&'a mut Vec<u8>);
    impl std::io::Write for Indent<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let mut from = 0;
            for nl in memchr::memchr_iter(b'\n', buf) {
                self.0.extend_from_slice(&buf[from..=nl]);
                self.0.extend_from_slice(b"    ");
                from = nl + 1;
            }
            self.0.extend_from_slice(&buf[from..]);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut out = Vec::with_capacity(rows.len() * 1200);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b",\n");
        }
        out.extend_from_slice(b"    ");
        serde_json::to_writer_pretty(Indent(&mut out), row).map_err(std::io::Error::from)?;
    }
    Ok(out)
}

/// For each commit, the first round whose commit contains it (None: only the working draft).
fn rounds_of_commits(
    store: &Store,
    rounds: &[Round],
    commits: impl Iterator<Item = git2::Oid>,
) -> HashMap<git2::Oid, Option<String>> {
    let mut out = HashMap::new();
    for oid in commits {
        if out.contains_key(&oid) {
            continue;
        }
        let r = rounds.iter().find(|r| {
            r.commit == oid
                || store
                    .git()
                    .graph_descendant_of(r.commit, oid)
                    .unwrap_or(false)
        });
        out.insert(oid, r.map(|r| r.name.clone()));
    }
    out
}

/// Line numbers of code-point offsets, with the line starts of each section computed once.
#[derive(Default)]
struct LineIndex {
    /// Keyed by where the section's text is in memory: one entry per text, found without
    /// hashing the text or allocating.
    starts: HashMap<usize, Vec<usize>>,
}

impl LineIndex {
    fn line_of(&mut self, text: &str, cp: usize) -> usize {
        let starts = self
            .starts
            .entry(text.as_ptr() as usize)
            .or_insert_with(|| {
                let mut v = vec![0];
                for (i, c) in text.chars().enumerate() {
                    if c == '\n' {
                        v.push(i + 1);
                    }
                }
                v
            });
        starts.partition_point(|&s| s <= cp).max(1)
    }
}

fn org_key(org: &str) -> String {
    org.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn participation<'a>(drafts: &Drafts, selected: &[&'a Comment]) -> Participation {
    let mut p = Participation {
        comments: selected.len(),
        replies: selected.iter().filter(|c| c.in_reply_to.is_some()).count(),
        proposals: selected
            .iter()
            .filter(|c| c.proposed_change.is_some())
            .count(),
        ..Participation::default()
    };
    // Names as written repeat from comment to comment: each is normalised once.
    let mut emails: FastMap<&'a str, String> = FastMap::default();
    let mut org_ids: FastMap<&'a str, usize> = FastMap::default();
    let mut org_keys: FastMap<String, usize> = FastMap::default();
    // Each country as written → its place in `country_list` (one per normalised code).
    let mut country_of: FastMap<&str, usize> = FastMap::default();
    let mut country_index: FastMap<String, usize> = FastMap::default();
    let mut country_list: Vec<(String, (usize, HashSet<usize>))> = Vec::new();
    let mut dates: FastMap<&str, Option<(i16, i8)>> = FastMap::default();
    // Organisation ids; 0 is "none given".
    let mut org_of = |raw: &'a str| -> usize {
        if let Some(&id) = org_ids.get(raw) {
            return id;
        }
        let key = org_key(raw);
        let next = org_keys.len() + 1;
        let id = if key.is_empty() {
            0
        } else {
            *org_keys.entry(key).or_insert(next)
        };
        org_ids.insert(raw, id);
        id
    };

    let mut cats: FastMap<&str, (usize, HashSet<usize>)> = FastMap::default();
    let mut weeks: HashMap<(i16, i8), usize> = HashMap::new();
    for c in selected {
        emails
            .entry(c.author.email.as_str())
            .or_insert_with(|| c.author.email.trim().to_lowercase());
        let org = org_of(&c.author.organisation);
        let e = cats.entry(c.author.category.as_str()).or_default();
        e.0 += 1;
        e.1.insert(org);
        let at = *country_of
            .entry(c.author.country.as_str())
            .or_insert_with(|| {
                let code = c.author.country.trim().to_ascii_uppercase();
                let next = country_list.len();
                *country_index.entry(code.clone()).or_insert_with(|| {
                    country_list.push((code, (0, HashSet::new())));
                    next
                })
            });
        let e = &mut country_list[at].1;
        e.0 += 1;
        e.1.insert(org);
        let week = *dates.entry(c.created.as_str()).or_insert_with(|| {
            c.created.parse::<jiff::Timestamp>().ok().map(|t| {
                let w = t
                    .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .date()
                    .iso_week_date();
                (w.year(), w.week())
            })
        });
        if let Some(w) = week {
            *weeks.entry(w).or_default() += 1;
        }
    }
    p.participants = emails.values().collect::<HashSet<_>>().len();
    p.organisations = org_keys.len();
    let orgs_in = |s: &HashSet<usize>| s.iter().filter(|&&o| o != 0).count();
    for cat in &drafts.manifest.categories {
        if let Some((n, o)) = cats.remove(cat.id.as_str()) {
            p.by_category.push(CategoryCount {
                id: cat.id.clone(),
                label: cat.label.clone(),
                comments: n,
                organisations: orgs_in(&o),
            });
        }
    }
    let mut rest: Vec<_> = cats.into_iter().collect();
    rest.sort_by(|a, b| a.0.cmp(b.0));
    for (id, (n, o)) in rest {
        p.by_category.push(CategoryCount {
            id: id.to_string(),
            label: if id.is_empty() {
                "(none)".into()
            } else {
                id.to_string()
            },
            comments: n,
            organisations: orgs_in(&o),
        });
    }
    let mut cs = country_list;
    cs.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(&b.0)));
    p.by_country = cs
        .into_iter()
        .map(|(code, (n, o))| CountryCount {
            name: country_name(&code),
            code,
            comments: n,
            organisations: orgs_in(&o),
        })
        .collect();
    p.by_week = fill_weeks(&weeks);
    p
}

/// Every ISO week from the first to the last with a comment, empty ones included.
fn fill_weeks(weeks: &HashMap<(i16, i8), usize>) -> Vec<WeekCount> {
    let (Some(first), Some(last)) = (weeks.keys().min(), weeks.keys().max()) else {
        return Vec::new();
    };
    let monday = |(y, w): (i16, i8)| {
        jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday)
            .ok()
            .map(|d| d.date())
    };
    let (Some(mut d), Some(end)) = (monday(*first), monday(*last)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // At most ten years of weeks: a stray date must not make the list enormous.
    while d <= end && out.len() < 520 {
        let w = d.iso_week_date();
        out.push(WeekCount {
            week: format!("{}-W{:02}", w.year(), w.week()),
            starts: d.strftime("%Y-%m-%d").to_string(),
            comments: weeks.get(&(w.year(), w.week())).copied().unwrap_or(0),
        });
        let Ok(next) = d.checked_add(jiff::Span::new().days(7)) else {
            break;
        };
        d = next;
    }
    out
}

fn section_stats(
    drafts: &Drafts,
    selected: &[&Comment],
    records: &Records,
) -> (Vec<SectionStats>, StatusCounts, usize) {
    let mut out: Vec<SectionStats> = drafts
        .sections
        .iter()
        .map(|s| SectionStats {
            id: s.id.clone(),
            number: Some(s.order),
            title: s.title.clone(),
            comments: 0,
            by_type: TypeCounts::default(),
            by_stance: StanceCounts::default(),
            proposals: 0,
            decisions: StatusCounts::default(),
            open: 0,
        })
        .collect();
    let mut pos: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let mut gone: BTreeSet<&str> = BTreeSet::new();
    for c in selected {
        if !pos.contains_key(&c.section) {
            gone.insert(c.section.as_str());
        }
    }
    for id in gone {
        pos.insert(id.to_string(), out.len());
        out.push(SectionStats {
            id: id.to_string(),
            number: None,
            title: id.to_string(),
            comments: 0,
            by_type: TypeCounts::default(),
            by_stance: StanceCounts::default(),
            proposals: 0,
            decisions: StatusCounts::default(),
            open: 0,
        });
    }
    let mut totals = StatusCounts::default();
    let mut open = 0;
    for c in selected {
        let Some(&i) = pos.get(&c.section) else {
            continue;
        };
        let s = &mut out[i];
        s.comments += 1;
        match c.kind {
            CommentType::General => s.by_type.general += 1,
            CommentType::Technical => s.by_type.technical += 1,
            CommentType::Editorial => s.by_type.editorial += 1,
        }
        match c.stance {
            Some(Stance::Support) => s.by_stance.support += 1,
            Some(Stance::Oppose) => s.by_stance.oppose += 1,
            Some(Stance::Neutral) => s.by_stance.neutral += 1,
            None => s.by_stance.none += 1,
        }
        if c.proposed_change.is_some() {
            s.proposals += 1;
        }
        match records.disposition(&c.id) {
            Some(d) => {
                s.decisions.add(d.status);
                totals.add(d.status);
            }
            None => {
                s.open += 1;
                open += 1;
            }
        }
    }
    (out, totals, open)
}

fn changes(store: &Store, records: &Records, steps: &[(Version, Version)]) -> Result<Vec<Change>> {
    let mut out = Vec::new();
    for (from, to) in steps {
        let (old, _) = store.drafts(from)?;
        let (new, _) = store.drafts(to)?;
        let mut d = diff_drafts(&old, &new);
        if d.totals.sections_changed == 0 && *to == Version::WorkTree {
            continue;
        }
        if let Some(end) = trace::version_commit(store, to)? {
            let start = trace::version_commit(store, from)?;
            if start != Some(end) {
                let applied = trace::applied_between(store.git(), start, end)?;
                trace::attribute(&mut d, &applied, records);
            }
        }
        let sections = d
            .changed()
            .map(|s| {
                let mut ids: Vec<String> = Vec::new();
                for h in &s.hunks {
                    for id in &h.comments {
                        if !ids.contains(id) {
                            ids.push(id.clone());
                        }
                    }
                }
                ChangedSection {
                    id: s.id.clone(),
                    number: s.new_order.or(s.old_order),
                    title: s.title.clone(),
                    status: s.status,
                    words_added: s.words_added,
                    words_removed: s.words_removed,
                    comments: ids,
                }
            })
            .collect();
        out.push(Change {
            from: d.from.clone(),
            to: d.to.clone(),
            sections_changed: d.totals.sections_changed,
            words_added: d.totals.words_added,
            words_removed: d.totals.words_removed,
            sections,
        });
    }
    Ok(out)
}

fn campaigns(selected: &[&Comment]) -> Campaigns {
    let texts: Vec<&str> = selected.iter().map(|c| c.comment.as_str()).collect();
    let groups = campaign::group(&texts)
        .into_iter()
        .map(|g| {
            let members: Vec<&Comment> = g.members.iter().map(|&i| selected[i]).collect();
            // Distinct values in the order first met.
            let uniq = |f: &dyn Fn(&Comment) -> &str| {
                let mut seen: HashSet<&str> = HashSet::new();
                let mut v: Vec<String> = Vec::new();
                for c in &members {
                    let x = f(c);
                    if !x.is_empty() && seen.insert(x) {
                        v.push(x.to_string());
                    }
                }
                v
            };
            Campaign {
                size: members.len(),
                min_similarity: g.min_similarity,
                text: members[0].comment.clone(),
                ids: members.iter().map(|c| c.id.clone()).collect(),
                sections: uniq(&|c| c.section.as_str()),
                organisations: uniq(&|c| c.author.organisation.as_str()),
                countries: uniq(&|c| c.author.country.as_str()),
            }
        })
        .collect();
    Campaigns {
        measure: campaign::MEASURE,
        threshold: campaign::THRESHOLD,
        min_group: campaign::MIN_GROUP,
        min_shingles: campaign::MIN_SHINGLES,
        groups,
    }
}

/// The first `n` characters of `text` with its white space runs made single spaces, and an
/// ellipsis when cut.
pub fn excerpt(text: &str, n: usize) -> String {
    // Words joined by single spaces, up to `n` characters; only as much text as that is read.
    let mut out = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > 0 {
            if chars == n {
                out.push('…');
                return out;
            }
            out.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars == n {
                out.push('…');
                return out;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// Where a comment's row goes in the table: its section's rank, its position in the section
/// (0 for the whole section), and its place in the list of comments, which is sorted by id.
type RowKey = (u32, u32, u32);

fn row_key(section_rank: &FastMap<String, u32>, c: &Comment, at: usize) -> RowKey {
    (
        section_rank
            .get(c.section.as_str())
            .copied()
            .unwrap_or(u32::MAX),
        c.anchor
            .as_ref()
            .map_or(0, |a| u32::try_from(a.start + 1).unwrap_or(u32::MAX)),
        u32::try_from(at).unwrap_or(u32::MAX),
    )
}

/// The comments still awaiting a decision, and the accepted proposals not yet applied, in the
/// disposition table's order (see the sort of its rows in [`Summary::build_with`]).
fn remaining(
    comments: &[Comment],
    round: Option<&str>,
    section_rank: &FastMap<String, u32>,
    dispositions: &HashMap<String, crate::model::Disposition>,
    applied: &HashMap<String, git2::Oid>,
) -> Remaining {
    let mut sorted: Vec<(RowKey, &Comment)> = comments
        .iter()
        .enumerate()
        .filter(|(_, c)| round.is_none_or(|r| c.round == r))
        .map(|(at, c)| (row_key(section_rank, c, at), c))
        .collect();
    sorted.sort_unstable_by_key(|&(k, _)| k);
    let item = |c: &Comment| OpenItem {
        id: c.id.clone(),
        round: c.round.clone(),
        section: c.section.clone(),
        organisation: c.author.organisation.clone(),
        reply: c.in_reply_to.is_some(),
        excerpt: excerpt(&c.comment, 100),
    };
    let mut out = Remaining::default();
    for &(_, c) in &sorted {
        match dispositions.get(&c.id).map(|d| d.status) {
            None => out.awaiting_decision.push(item(c)),
            Some(Status::Accepted | Status::Modified)
                if c.proposed_change.is_some()
                    && c.anchor.is_some()
                    && !applied.contains_key(&c.id) =>
            {
                out.not_applied.push(item(c))
            }
            Some(_) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permute_puts_each_element_where_the_order_says() {
        let mut rng = crate::sample::Rng::new(3);
        for n in 0..40 {
            let mut order: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                order.swap(i, rng.below(i + 1));
            }
            let mut v: Vec<usize> = (0..n).map(|i| i * 10).collect();
            permute(&mut v, &order);
            let want: Vec<usize> = order.iter().map(|&i| i * 10).collect();
            assert_eq!(v, want);
        }
    }

    #[test]
    fn weeks_are_filled() {
        let mut w = HashMap::new();
        w.insert((2026, 52), 2);
        w.insert((2027, 2), 1);
        let v = fill_weeks(&w);
        let names: Vec<_> = v.iter().map(|w| w.week.as_str()).collect();
        assert_eq!(names, ["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
        assert_eq!(v[0].comments, 2);
        assert_eq!(v[1].comments, 0);
        assert_eq!(v[3].starts, "2027-01-11");
    }

    #[test]
    fn excerpts() {
        assert_eq!(excerpt("a\n b", 10), "a b");
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("évaluación", 3), "éva…");
        assert_eq!(excerpt("abc", 3), "abc");
        assert_eq!(excerpt("abc ", 3), "abc");
        assert_eq!(excerpt("abc d", 3), "abc…");
        assert_eq!(excerpt("ab  c", 4), "ab c");
        assert_eq!(excerpt("  ", 4), "");
        assert_eq!(excerpt("", 0), "");
    }
}
