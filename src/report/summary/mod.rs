//! The consultation summary as data: built once from a [`Store`], rendered by
//! [`super::markdown`], [`super::html`], [`super::table`] (CSV) or serialised as JSON.
//!
//! # JSON schema (`consulta summary --format json`), version 1
//!
//! Fields are only ever added within a schema version; a change that renames or removes one
//! raises `schema`.
//!
//! Words for people are in the report's language (`--lang`, else the consultation's first
//! language, else English; see [`super::language`]): a category's `label`, a country's `name`
//! (CLDR's), `status_label`. Codes, ids and `campaigns.measure` are the same in every language.
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
//!     "status_label": "accepted with modifications",   // the ISO wording, or "open", in
//!                                            // the report's language
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
//!                   "comments": ["01K…"],    // comments whose applied proposals changed it
//!                   "passages": [{           // each changed run of lines, as the round diff has it
//!                     "segments": [{"kind": "equal" | "delete" | "insert", "text": "…"}],
//!                                            // word diff: old = equal + delete, new = equal + insert
//!                     "comments": ["01K…"]}]}]   // the comments behind this passage
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
use crate::i18n::Lang;
use crate::model::{Comment, CommentType, Stance, Status};
use crate::repo::{Drafts, Records, Round, Store, Version};
use crate::Result;

mod json;
mod parts;

pub use json::{write_json, write_json_chunked};
pub use parts::excerpt;
use parts::*;

/// The schema version of the JSON form.
pub const SUMMARY_SCHEMA: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The language of the report's words (headings, status words, country names, category
    /// labels): see [`super::language`].
    #[serde(skip)]
    pub lang: Lang,
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
    /// Translations behind the primary text, by language (see `Store::behind_translations`):
    /// each with the sections, as numbered titles, whose primary text changed since.
    pub translations_behind: Vec<TranslationBehind>,
    pub skipped_files: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct TranslationBehind {
    pub lang: String,
    pub sections: Vec<String>,
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
    /// Participants with at least one comment signed by their registered key (see
    /// `Store::verified_comment_ids`), and the others.
    pub verified_participants: usize,
    pub unverified_participants: usize,
    /// Whether the consultation keeps a register of participants (`drafts/participants`).
    /// Without one nobody can be verified, and organisations are counted as stated.
    pub register: bool,
    /// Organisations counted: with a register, only those named by a verified comment or by
    /// an author the register lists with that organisation.
    pub organisations: usize,
    /// With a register: organisations named only by unverified participants the register
    /// does not list with them; not counted in `organisations`.
    pub unconfirmed_organisations: usize,
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
    /// The language of the text version the quote is from (absent: the primary text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
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
    pub passages: Vec<Passage>,
}

/// One changed passage of a section (a hunk of the round diff): its word diff and the comments
/// whose applied proposals produced it.
#[derive(Debug, Clone, Serialize)]
pub struct Passage {
    pub segments: Vec<crate::diff::Segment>,
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

/// What the register says of the participation figures, as two notes to put after the
/// participants' and the organisations' counts (" (12 verified, 48 unverified)"): empty when
/// the consultation keeps no register, where nobody can be verified.
pub fn trust_notes(p: &Participation, lang: Lang) -> (String, String) {
    if !p.register {
        return (String::new(), String::new());
    }
    let people = format!(
        " ({})",
        crate::t_in!(
            lang,
            "trust-report-participants",
            verified = p.verified_participants,
            unverified = p.unverified_participants
        )
    );
    let orgs = if p.unconfirmed_organisations == 0 {
        String::new()
    } else {
        format!(
            " ({})",
            crate::t_in!(
                lang,
                "trust-report-unconfirmed",
                count = p.unconfirmed_organisations
            )
        )
    };
    (people, orgs)
}

impl Summary {
    /// The summary of a consultation: every comment up to the latest round (`round` = None),
    /// or the comments made on `round` with the changes from it to the next round (or to the
    /// working draft when it is the latest).
    pub fn build(store: &Store, round: Option<&str>) -> Result<Summary> {
        let records = store.records()?;
        Self::build_with(store, records, round)
    }

    /// As [`Summary::build`], with its words in `lang` rather than the report language
    /// ([`super::language_of`]): a screen of the interface shows the summary in the
    /// interface's language.
    pub fn build_in(store: &Store, round: Option<&str>, lang: Lang) -> Result<Summary> {
        let records = store.records()?;
        Self::build_inner(store, records, round, Some(lang))
    }

    /// As [`Summary::build`], on records already read. The comments' text moves into the
    /// disposition table rather than being copied.
    pub fn build_with(store: &Store, records: Records, round: Option<&str>) -> Result<Summary> {
        Self::build_inner(store, records, round, None)
    }

    fn build_inner(
        store: &Store,
        records: Records,
        round: Option<&str>,
        lang: Option<Lang>,
    ) -> Result<Summary> {
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
        let lang = lang.unwrap_or_else(|| super::language_of(store, &drafts.manifest));
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
        let trust = parts::Trust::of(store)?;
        let (participation, (sections, decisions, open), changes, remaining, campaigns) =
            std::thread::scope(|s| {
                // Grouping form letters is the longest step; it runs beside the others.
                let campaigns = s.spawn(|| campaigns(&selected));
                let participation = participation(&drafts, &selected, lang, &trust);
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
                lang: c.lang,
                observations: d.map(|d| d.observations.clone()).unwrap_or_default(),
                status: d.map(|d| d.status),
                status_label: strings::status_word(lang, d.map(|d| d.status)),
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
        // Only for the whole consultation's summary: the translations as they stand now.
        let translations_behind = if round.is_none() {
            store
                .behind_translations()
                .unwrap_or_default()
                .into_iter()
                .map(|(lang, ids)| TranslationBehind {
                    lang,
                    sections: ids
                        .iter()
                        .map(|id| {
                            // Numbered by position, as the section list numbers them.
                            drafts
                                .sections
                                .iter()
                                .position(|s| &s.id == id)
                                .map_or(id.clone(), |i| {
                                    format!("{} {}", i + 1, drafts.sections[i].title)
                                })
                        })
                        .collect(),
                })
                .collect()
        } else {
            Vec::new()
        };
        Ok(Summary {
            lang,
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
            translations_behind,
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
