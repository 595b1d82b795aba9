//! Diffs between two versions of the draft (two rounds, or a round and the working draft):
//! sections matched by id, a line diff inside each section, then a word diff inside each
//! changed hunk, as git's `--word-diff` does.
//!
//! The result serialises to JSON (`consulta diff --format json`) in this shape:
//!
//! ```text
//! {
//!   "from": "round-1",                    // a round name, or "draft" for the working draft
//!   "to": "round-2",
//!   "sections": [{
//!     "id": "quality-assurance",          // the stable id (the file name's slug)
//!     "title": "Quality assurance",       // the title in TO (in FROM for removed sections)
//!     "old_title": "Quality",             // only when the title changed
//!     "old_id": "quality",                // only for a section renamed to a new slug
//!     "status": "changed",                // added | removed | renamed | reordered | changed | unchanged
//!     "old_file": "06-quality-assurance.md",   // null for added sections
//!     "new_file": "06-quality-assurance.md",   // null for removed sections
//!     "old_order": 6, "new_order": 6,     // the file numbers (null when absent)
//!     "text_changed": true,               // the text differs (also for renamed/reordered)
//!     "words_added": 12, "words_removed": 5,
//!     "hunks": [{
//!       "old_start": 3, "old_lines": 1,   // 1-based line ranges, as in `@@ -3,1 +3,1 @@`;
//!       "new_start": 3, "new_lines": 1,   // an empty range starts at the line before it
//!       "segments": [{"kind": "equal" | "insert" | "delete", "text": "…"}],
//!       "words_added": 12, "words_removed": 5,
//!       "comments": ["01J…"]              // comments whose applied proposals produced it
//!     }]
//!   }],
//!   "totals": {"sections_changed": 1, "words_added": 12, "words_removed": 5}
//! }
//! ```
//!
//! A word is a run of non-blank characters holding at least one letter or digit (so a lone
//! punctuation change counts no word, as a reader would count).

use std::collections::HashMap;

use serde::Serialize;
use similar::{DiffTag, TextDiff};

use super::{words, Kind, Segment};
use crate::model::Section;
use crate::repo::{Drafts, Version};

/// What happened to a section between the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionStatus {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// Same id, but its file number or title changed while it kept its place among the other
    /// sections (its text may have changed too); or a new slug whose text is mostly that of a
    /// section gone from the old version, as git's rename detection finds (see
    /// [`RENAME_SIMILARITY`]).
    Renamed,
    /// Same id, moved relative to the other sections (its text may have changed too).
    Reordered,
    /// Same file and title, different text.
    Changed,
    /// Identical.
    Unchanged,
}

impl SectionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SectionStatus::Added => "added",
            SectionStatus::Removed => "removed",
            SectionStatus::Renamed => "renamed",
            SectionStatus::Reordered => "reordered",
            SectionStatus::Changed => "changed",
            SectionStatus::Unchanged => "unchanged",
        }
    }
}

/// One changed run of lines, with its word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hunk {
    pub old_start: usize,
    pub old_lines: usize,
    pub new_start: usize,
    pub new_lines: usize,
    /// Word diff of the hunk's old lines against its new lines (newlines included).
    pub segments: Vec<Segment>,
    pub words_added: usize,
    pub words_removed: usize,
    /// Ids of the comments whose applied proposals produced this hunk (filled by
    /// [`super::trace::attribute`]).
    pub comments: Vec<String>,
}

impl Hunk {
    /// The hunk's text in the old version.
    pub fn old_text(&self) -> String {
        super::rebuild(&self.segments).0
    }

    /// The hunk's text in the new version.
    pub fn new_text(&self) -> String {
        super::rebuild(&self.segments).1
    }
}

/// One section's fate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionDiff {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_title: Option<String>,
    /// The section's id in the old version, when it was renamed to a new slug.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    pub status: SectionStatus,
    pub old_file: Option<String>,
    pub new_file: Option<String>,
    pub old_order: Option<u32>,
    pub new_order: Option<u32>,
    pub text_changed: bool,
    pub words_added: usize,
    pub words_removed: usize,
    pub hunks: Vec<Hunk>,
}

/// Sums over the sections.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Sections whose status is not `unchanged`.
    pub sections_changed: usize,
    pub words_added: usize,
    pub words_removed: usize,
}

/// The diff between two versions of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoundDiff {
    pub from: String,
    pub to: String,
    pub sections: Vec<SectionDiff>,
    pub totals: Totals,
}

impl RoundDiff {
    /// Keep only the section `id`, recomputing the totals.
    pub fn retain_section(&mut self, id: &str) {
        self.sections.retain(|s| s.id == id);
        self.totals = totals(&self.sections);
    }

    /// Sections that are not unchanged.
    pub fn changed(&self) -> impl Iterator<Item = &SectionDiff> {
        self.sections
            .iter()
            .filter(|s| s.status != SectionStatus::Unchanged)
    }
}

/// The name of a version as `consulta diff` takes it: a round name, `draft` or `HEAD`.
pub fn version_name(v: &Version) -> String {
    match v {
        Version::WorkTree => "draft".into(),
        Version::Head => "HEAD".into(),
        Version::Round(r) => r.clone(),
    }
}

/// Words as counted in diffs: runs of non-blank characters with a letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Git's default rename threshold (`git diff -M50%`): a section only in the old version and a
/// section only in the new one are the same section under a new slug when their
/// [`similarity`] is at least this.
pub const RENAME_SIMILARITY: f64 = 0.5;

/// Rename detection is skipped when more than this many (removed × added) pairs would have to
/// be scored, as git does past `diff.renameLimit`.
pub const RENAME_PAIR_LIMIT: usize = 250_000;

/// Git's rename score at line granularity: the bytes of the lines the two texts share
/// (counted with multiplicity, in any order) over the size of the larger text. 1.0 for equal
/// texts, 0.0 when no line is shared.
pub fn similarity(a: &str, b: &str) -> f64 {
    let larger = a.len().max(b.len());
    if larger == 0 {
        return 1.0;
    }
    let mut counts: HashMap<&str, isize> = HashMap::new();
    for line in a.split_inclusive('\n') {
        *counts.entry(line).or_default() += 1;
    }
    let mut shared = 0usize;
    for line in b.split_inclusive('\n') {
        if let Some(n) = counts.get_mut(line) {
            if *n > 0 {
                *n -= 1;
                shared += line.len();
            }
        }
    }
    shared as f64 / larger as f64
}

/// Pairs (old index, new index) of sections gone from `old` and new in `new` that are the same
/// section under a new slug: best scores first, each section paired at most once.
fn renames(old: &Drafts, new: &Drafts, new_pos: &HashMap<&str, usize>) -> Vec<(usize, usize)> {
    let old_ids: HashMap<&str, usize> = old
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let gone: Vec<usize> = (0..old.sections.len())
        .filter(|&j| !new_pos.contains_key(old.sections[j].id.as_str()))
        .collect();
    let came: Vec<usize> = (0..new.sections.len())
        .filter(|&i| !old_ids.contains_key(new.sections[i].id.as_str()))
        .collect();
    if gone.is_empty() || came.is_empty() || gone.len() * came.len() > RENAME_PAIR_LIMIT {
        return Vec::new();
    }
    let mut scored = Vec::new();
    for &j in &gone {
        for &i in &came {
            let score = similarity(&old.sections[j].text, &new.sections[i].text);
            if score >= RENAME_SIMILARITY {
                scored.push((score, j, i));
            }
        }
    }
    // Best first; ties in document order, so the result does not depend on hashing.
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_old, mut used_new) = (
        vec![false; old.sections.len()],
        vec![false; new.sections.len()],
    );
    let mut pairs = Vec::new();
    for (_, j, i) in scored {
        if !used_old[j] && !used_new[i] {
            used_old[j] = true;
            used_new[i] = true;
            pairs.push((j, i));
        }
    }
    pairs
}

/// Compare two versions of the draft, matching sections by id, then sections whose slug
/// changed by their text (see [`RENAME_SIMILARITY`]). Sections come in the new version's
/// order, each removed section after the one that preceded it in the old version.
pub fn diff_drafts(old: &Drafts, new: &Drafts) -> RoundDiff {
    let new_pos: HashMap<&str, usize> = new
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // Where each old section is in the new version: by id, or by rename.
    let mut old_to_new: Vec<Option<usize>> = old
        .sections
        .iter()
        .map(|s| new_pos.get(s.id.as_str()).copied())
        .collect();
    let mut new_to_old: Vec<Option<usize>> = vec![None; new.sections.len()];
    for (j, s) in old.sections.iter().enumerate() {
        if let Some(&i) = new_pos.get(s.id.as_str()) {
            new_to_old[i] = Some(j);
        }
    }
    for (j, i) in renames(old, new, &new_pos) {
        old_to_new[j] = Some(i);
        new_to_old[i] = Some(j);
    }
    let moved = moved_ids(old, &old_to_new);

    // (sort key, section diff); the key places removed sections after their old predecessor.
    let mut keyed: Vec<((usize, usize, usize), SectionDiff)> = Vec::new();
    for (i, s) in new.sections.iter().enumerate() {
        let before = new_to_old[i].map(|j| &old.sections[j]);
        keyed.push(((i + 1, 0, 0), section_diff(before, Some(s), &moved)));
    }
    let mut anchor = 0;
    for (j, s) in old.sections.iter().enumerate() {
        match old_to_new[j] {
            Some(i) => anchor = i + 1,
            None => keyed.push(((anchor, 1, j), section_diff(Some(s), None, &moved))),
        }
    }
    keyed.sort_by_key(|(k, _)| *k);
    let sections: Vec<SectionDiff> = keyed.into_iter().map(|(_, d)| d).collect();
    RoundDiff {
        from: version_name(&old.version),
        to: version_name(&new.version),
        totals: totals(&sections),
        sections,
    }
}

fn totals(sections: &[SectionDiff]) -> Totals {
    Totals {
        sections_changed: sections
            .iter()
            .filter(|s| s.status != SectionStatus::Unchanged)
            .count(),
        words_added: sections.iter().map(|s| s.words_added).sum(),
        words_removed: sections.iter().map(|s| s.words_removed).sum(),
    }
}

/// Ids of the sections present in both versions that moved relative to the others: those
/// outside a longest run kept in the same relative order.
fn moved_ids<'a>(old: &'a Drafts, old_to_new: &[Option<usize>]) -> Vec<&'a str> {
    let common: Vec<(&str, usize)> = old
        .sections
        .iter()
        .zip(old_to_new)
        .filter_map(|(s, p)| p.map(|p| (s.id.as_str(), p)))
        .collect();
    let keep = longest_increasing(&common.iter().map(|c| c.1).collect::<Vec<_>>());
    common
        .iter()
        .enumerate()
        .filter(|(i, _)| !keep[*i])
        .map(|(_, c)| c.0)
        .collect()
}

/// Marks the members of one longest strictly increasing subsequence (O(n log n)).
fn longest_increasing(xs: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // indices into xs
    let mut prev: Vec<Option<usize>> = vec![None; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let at = tails.partition_point(|&t| xs[t] < x);
        if at > 0 {
            prev[i] = Some(tails[at - 1]);
        }
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut keep = vec![false; xs.len()];
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        keep[i] = true;
        cur = prev[i];
    }
    keep
}

fn section_diff(old: Option<&Section>, new: Option<&Section>, moved: &[&str]) -> SectionDiff {
    let old_text = old.map_or("", |s| s.text.as_str());
    let new_text = new.map_or("", |s| s.text.as_str());
    let hunks = if old_text == new_text {
        Vec::new()
    } else {
        hunks(old_text, new_text)
    };
    let text_changed = !hunks.is_empty();
    let (id, title) = match (new, old) {
        (Some(s), _) | (None, Some(s)) => (s.id.clone(), s.title.clone()),
        (None, None) => unreachable!("a section diff needs at least one side"),
    };
    let old_title = match (old, new) {
        (Some(o), Some(n)) if o.title != n.title => Some(o.title.clone()),
        _ => None,
    };
    let old_id = match (old, new) {
        (Some(o), Some(n)) if o.id != n.id => Some(o.id.clone()),
        _ => None,
    };
    let status = match (old, new) {
        (None, _) => SectionStatus::Added,
        (_, None) => SectionStatus::Removed,
        (Some(o), Some(_)) if moved.contains(&o.id.as_str()) => SectionStatus::Reordered,
        (Some(o), Some(n)) if o.file != n.file || o.title != n.title => SectionStatus::Renamed,
        _ if text_changed => SectionStatus::Changed,
        _ => SectionStatus::Unchanged,
    };
    SectionDiff {
        id,
        title,
        old_title,
        old_id,
        status,
        old_file: old.map(|s| s.file.clone()),
        new_file: new.map(|s| s.file.clone()),
        old_order: old.map(|s| s.order),
        new_order: new.map(|s| s.order),
        text_changed,
        words_added: hunks.iter().map(|h| h.words_added).sum(),
        words_removed: hunks.iter().map(|h| h.words_removed).sum(),
        hunks,
    }
}

/// The changed hunks of `old` against `new`: a line diff, then a word diff inside each run of
/// changed lines.
pub fn hunks(old: &str, new: &str) -> Vec<Hunk> {
    // Whole lines equal at both ends are left out of the line diff (as the diff itself would
    // find them), so that they are neither split into lines nor hashed.
    let (head, tail) = common_lines(old, new);
    let skip = old.as_bytes()[..head]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    let diff = TextDiff::from_lines(&old[head..old.len() - tail], &new[head..new.len() - tail]);
    let old_lines: Vec<&str> = diff.iter_old_slices().collect();
    let new_lines: Vec<&str> = diff.iter_new_slices().collect();
    let mut out = Vec::new();
    // A hunk gathers consecutive non-equal ops.
    let mut run: Option<(std::ops::Range<usize>, std::ops::Range<usize>)> = None;
    let mut finish = |run: &mut Option<(std::ops::Range<usize>, std::ops::Range<usize>)>| {
        if let Some((o, n)) = run.take() {
            out.push(make_hunk(&old_lines, &new_lines, o, n, skip));
        }
    };
    for op in diff.ops() {
        let (tag, o, n) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            finish(&mut run);
            continue;
        }
        run = Some(match run.take() {
            Some((ro, rn)) => (ro.start..o.end, rn.start..n.end),
            None => (o, n),
        });
    }
    finish(&mut run);
    out
}

/// Byte lengths of the longest runs of whole lines that `old` and `new` share at their start
/// and at their end (not overlapping). The head ends just after a newline; the tail starts
/// just after one, or where the head ends.
fn common_lines(old: &str, new: &str) -> (usize, usize) {
    // The line diff also ends a line at a lone carriage return; rather than follow it here,
    // texts holding one are diffed whole.
    if old.contains('\r') || new.contains('\r') {
        return (0, 0);
    }
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let head = if same == a.len() && same == b.len() {
        same
    } else {
        a[..same]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |i| i + 1)
    };
    let room = a.len().min(b.len()) - head;
    let same_end = shared_end(a, b, room);
    let line_start = |t: &[u8], at: usize| at == head || t[at - 1] == b'\n';
    let tail = if same_end == room
        && line_start(a, a.len() - same_end)
        && line_start(b, b.len() - same_end)
    {
        // The shared end reaches the head in one text, and starts a line in both.
        same_end
    } else {
        // Start the tail after the first newline inside the shared end.
        let shared = &a[a.len() - same_end..];
        shared
            .iter()
            .position(|&c| c == b'\n')
            .map_or(0, |i| same_end - i - 1)
    };
    (head, tail)
}

/// How many bytes `a` and `b` share at their end, at most `room`.
pub(crate) fn shared_end(a: &[u8], b: &[u8], room: usize) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take(room)
        .take_while(|(x, y)| x == y)
        .count()
}

fn make_hunk(
    old_lines: &[&str],
    new_lines: &[&str],
    o: std::ops::Range<usize>,
    n: std::ops::Range<usize>,
    skip: usize,
) -> Hunk {
    let old_text: String = old_lines[o.clone()].concat();
    let new_text: String = new_lines[n.clone()].concat();
    let segments = words(&old_text, &new_text);
    let count = |k: Kind| {
        segments
            .iter()
            .filter(|s| s.kind == k)
            .map(|s| count_words(&s.text))
            .sum()
    };
    // As git prints them: an empty range names the line before it.
    let start =
        |r: &std::ops::Range<usize>| skip + if r.is_empty() { r.start } else { r.start + 1 };
    Hunk {
        old_start: start(&o),
        old_lines: o.len(),
        new_start: start(&n),
        new_lines: n.len(),
        words_added: count(Kind::Insert),
        words_removed: count(Kind::Delete),
        segments,
        comments: Vec::new(),
    }
}

/// The whole-text word diff of `old` against `new` built from the line hunks: equal lines as
/// equal segments, each hunk's word diff in between. `rebuild` of it gives both texts.
pub fn section_segments(old: &str, new: &str) -> Vec<Segment> {
    let diff = TextDiff::from_lines(old, new);
    let old_lines: Vec<&str> = diff.iter_old_slices().collect();
    let mut out: Vec<Segment> = Vec::new();
    let mut pos = 0; // next old line not yet emitted
    for h in hunks(old, new) {
        let first = if h.old_lines == 0 {
            h.old_start
        } else {
            h.old_start - 1
        };
        push(&mut out, Kind::Equal, &old_lines[pos..first].concat());
        for s in h.segments {
            push(&mut out, s.kind, &s.text);
        }
        pos = first + h.old_lines;
    }
    push(&mut out, Kind::Equal, &old_lines[pos..].concat());
    out
}

fn push(out: &mut Vec<Segment>, kind: Kind, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => out.push(Segment {
            kind,
            text: text.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests;
