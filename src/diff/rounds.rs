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
mod tests {
    use super::*;
    use crate::diff::rebuild;
    use crate::model::Manifest;

    fn drafts(version: Version, files: &[(&str, &str)]) -> Drafts {
        Drafts {
            version,
            manifest: Manifest::new("T", vec![]),
            sections: files
                .iter()
                .map(|(f, t)| Section::new(f, t.to_string()).unwrap())
                .collect(),
        }
    }

    #[test]
    fn statuses() {
        let old = drafts(
            Version::Round("r1".into()),
            &[
                ("01-intro.md", "# 1. Intro\n\nHello.\n"),
                ("02-scope.md", "# 2. Scope\n\nAll of it.\n"),
                ("03-gone.md", "# 3. Gone\n\nBye.\n"),
                ("04-end.md", "# 4. End\n\nThe end.\n"),
                ("05-last.md", "# 5. Last\n\nLast words.\n"),
            ],
        );
        let new = drafts(
            Version::WorkTree,
            &[
                ("01-intro.md", "# 1. Intro\n\nHello there.\n"),
                ("02-scope.md", "# 2. Scope\n\nAll of it.\n"),
                ("03-end.md", "# 3. End\n\nThe end.\n"),
                ("04-new.md", "# 4. New\n\nFresh words here.\n"),
                ("05-intro-b.md", "# 5. B\n\nb\n"),
                ("09-last.md", "# 9. Last\n\nLast words.\n"),
            ],
        );
        let d = diff_drafts(&old, &new);
        let got = status_pairs(&d);
        assert_eq!(
            got,
            [
                ("intro", "changed"),
                ("scope", "unchanged"),
                ("gone", "removed"),
                ("end", "renamed"),
                ("new", "added"),
                ("intro-b", "added"),
                ("last", "renamed"),
            ]
        );
        assert_eq!(d.from, "r1");
        assert_eq!(d.to, "draft");
        let intro = &d.sections[0];
        assert_eq!(intro.words_added, 1);
        assert_eq!(intro.hunks.len(), 1);
        let h = &intro.hunks[0];
        assert_eq!(
            (h.old_start, h.old_lines, h.new_start, h.new_lines),
            (3, 1, 3, 1)
        );
        assert_eq!(
            crate::diff::render_markers(&h.segments),
            "Hello{+ there+}.\n"
        );
        assert_eq!(d.sections[4].words_added, 5); // "4.", "New", "Fresh", "words", "here."
        assert_eq!(d.totals.sections_changed, 6);
    }

    #[test]
    fn a_new_slug_with_mostly_the_old_text_is_a_rename() {
        let body = "Providers publish the learning outcomes.\n\nEach outcome is assessed.\n\nResults are recorded in the learner's wallet.\n";
        let old = drafts(
            Version::Round("r1".into()),
            &[
                ("01-intro.md", "# 1. Intro\n\nHello.\n"),
                ("02-eligibility.md", &format!("# 2. Eligibility\n\n{body}")),
                (
                    "03-unrelated.md",
                    "# 3. Unrelated\n\nSomething else entirely.\n",
                ),
            ],
        );
        let new = drafts(
            Version::Round("r2".into()),
            &[
                ("01-intro.md", "# 1. Intro\n\nHello.\n"),
                (
                    "02-who-may-apply.md",
                    &format!("# 2. Who may apply\n\n{body}"),
                ),
                ("03-fresh.md", "# 3. Fresh\n\nA new section of new words.\n"),
            ],
        );
        let d = diff_drafts(&old, &new);
        assert_eq!(
            status_pairs(&d),
            [
                ("intro", "unchanged"),
                ("who-may-apply", "renamed"),
                ("unrelated", "removed"),
                ("fresh", "added"),
            ]
        );
        let r = &d.sections[1];
        assert_eq!(r.old_id.as_deref(), Some("eligibility"));
        assert_eq!(r.old_file.as_deref(), Some("02-eligibility.md"));
        assert_eq!(r.new_file.as_deref(), Some("02-who-may-apply.md"));
        assert_eq!(r.old_title.as_deref(), Some("Eligibility"));
        // Only the heading changed: one hunk, not the whole section removed and added.
        assert_eq!(r.hunks.len(), 1);
        assert_eq!(r.words_removed, 1);
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["sections"][1]["old_id"], "eligibility");
        assert!(json["sections"][0].get("old_id").is_none());

        // Below the threshold the two stay a removal and an addition.
        assert!(similarity("a\nb\nc\nd\n", "a\nx\ny\nz\n") < RENAME_SIMILARITY);
        assert_eq!(similarity("a\nb\n", "b\na\n"), 1.0);
    }

    #[test]
    fn leaving_out_shared_lines_keeps_the_diff_minimal_and_whole() {
        // Lines deleted and inserted by the plain line diff of the whole texts.
        fn plain(old: &str, new: &str) -> (usize, usize) {
            let diff = TextDiff::from_lines(old, new);
            let mut counts = (0, 0);
            for op in diff.ops() {
                let (tag, o, n) = op.as_tag_tuple();
                if tag != DiffTag::Equal {
                    counts.0 += o.len();
                    counts.1 += n.len();
                }
            }
            counts
        }
        let check = |old: &str, new: &str| {
            let hs = hunks(old, new);
            let counts = (
                hs.iter().map(|h| h.old_lines).sum::<usize>(),
                hs.iter().map(|h| h.new_lines).sum::<usize>(),
            );
            assert_eq!(counts, plain(old, new), "{old:?} → {new:?}");
            // Each hunk's old text is at its line range in the old text, and the lines
            // between hunks are the same in both texts.
            // Lines as the line diff splits them: at "\n", "\r\n" or a lone "\r".
            let lines = |t: &str| {
                let mut out: Vec<String> = Vec::new();
                let mut cur = String::new();
                let mut chars = t.chars().peekable();
                while let Some(c) = chars.next() {
                    cur.push(c);
                    if c == '\n' || (c == '\r' && chars.peek() != Some(&'\n')) {
                        out.push(std::mem::take(&mut cur));
                    }
                }
                if !cur.is_empty() {
                    out.push(cur);
                }
                out
            };
            let (ol, nl) = (lines(old), lines(new));
            let (mut o, mut n) = (0, 0);
            for h in &hs {
                let first = |start: usize, len: usize| if len == 0 { start } else { start - 1 };
                let (fo, fne) = (
                    first(h.old_start, h.old_lines),
                    first(h.new_start, h.new_lines),
                );
                assert_eq!(ol[o..fo], nl[n..fne], "{old:?} → {new:?}");
                let (ho, hn) = rebuild(&h.segments);
                assert_eq!(ol[fo..fo + h.old_lines].concat(), ho, "{old:?} → {new:?}");
                assert_eq!(nl[fne..fne + h.new_lines].concat(), hn, "{old:?} → {new:?}");
                (o, n) = (fo + h.old_lines, fne + h.new_lines);
            }
            assert_eq!(ol[o..], nl[n..], "{old:?} → {new:?}");
        };
        let cases = [
            ("a\nb\n", "a\nXb\n"),
            ("a\nb\n", "a\nX\nb\n"),
            ("a\nb", "a\nbc\n"),
            ("a\n", "a\nb\n"),
            ("", "a\n"),
            ("a\n", ""),
            ("x\na\n", "y\na\n"),
            ("a\nb\nc", "a\nB\nc"),
            ("a\nb\nc\n", "a\nb\nc"),
            ("same\n", "same\n"),
            ("ab\n", "b\n"),
            ("b\n", "ab\n"),
            ("b\nb\na\nab\n\nab\n", "\n\nab\n"),
            ("a\rb\nc\n", "a\rB\nc\n"),
            ("x\r\ny\n", "x\r\nz\n"),
        ];
        for (old, new) in cases {
            check(old, new);
        }
        let mut rng = crate::sample::Rng::new(7);
        for _ in 0..2000 {
            let pick = |rng: &mut crate::sample::Rng| -> String {
                (0..rng.below(8))
                    .map(|_| ["a\n", "b\n", "a", "\n", "ab\n", "c\n", "\r", "d\r\n"][rng.below(8)])
                    .collect()
            };
            let (old, new) = (pick(&mut rng), pick(&mut rng));
            check(&old, &new);
        }
    }

    fn status_pairs(d: &RoundDiff) -> Vec<(&str, &str)> {
        d.sections
            .iter()
            .map(|s| (s.id.as_str(), s.status.as_str()))
            .collect()
    }

    #[test]
    fn reordered() {
        let old = drafts(
            Version::Round("r1".into()),
            &[("01-a.md", "a\n"), ("02-b.md", "b\n"), ("03-c.md", "c\n")],
        );
        let new = drafts(
            Version::Round("r2".into()),
            &[("01-b.md", "b\n"), ("02-c.md", "c\n"), ("03-a.md", "a\n")],
        );
        let d = diff_drafts(&old, &new);
        let got = status_pairs(&d);
        assert_eq!(
            got,
            [("b", "renamed"), ("c", "renamed"), ("a", "reordered")]
        );
    }

    #[test]
    fn empty_ranges_as_git() {
        let h = hunks("a\nb\n", "a\nx\nb\n");
        assert_eq!(h.len(), 1);
        assert_eq!(
            (
                h[0].old_start,
                h[0].old_lines,
                h[0].new_start,
                h[0].new_lines
            ),
            (1, 0, 2, 1)
        );
        let h = hunks("a\nb\nc\n", "a\nc\n");
        assert_eq!(
            (
                h[0].old_start,
                h[0].old_lines,
                h[0].new_start,
                h[0].new_lines
            ),
            (2, 1, 1, 0)
        );
    }

    use crate::sample::Rng;

    const VOCAB: &[&str] = &[
        "the",
        "learner",
        "shall",
        "credit",
        "évaluación",
        "学分",
        "🎓",
        "—",
        ",",
        ".",
        "5.2",
        "quality",
        "assurance",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "«",
        "»",
        "a",
        "\r\n",
        "é",
    ];

    fn random_text(rng: &mut Rng, n: usize) -> Vec<String> {
        (0..n)
            .map(|_| VOCAB[rng.below(VOCAB.len())].to_string())
            .collect()
    }

    #[test]
    fn property_segments_rebuild_both_texts() {
        let mut rng = Rng::new(0x9E37_79B9_7F4A_7C15);
        for round in 0..500 {
            let len = rng.below(80);
            let mut tokens = random_text(&mut rng, len);
            let old: String = tokens.iter().map(|t| format!("{t} ")).collect();
            // Random edits: replace, insert, delete tokens; sometimes whole lines.
            let edits = rng.below(8);
            for _ in 0..edits {
                let at = if tokens.is_empty() {
                    0
                } else {
                    rng.below(tokens.len())
                };
                match rng.below(3) {
                    0 if !tokens.is_empty() => tokens[at] = VOCAB[rng.below(VOCAB.len())].into(),
                    1 => tokens.insert(at, VOCAB[rng.below(VOCAB.len())].into()),
                    _ if !tokens.is_empty() => {
                        tokens.remove(at);
                    }
                    _ => {}
                }
            }
            let new: String = tokens.iter().map(|t| format!("{t} ")).collect();
            let segs = section_segments(&old, &new);
            assert_eq!(
                rebuild(&segs),
                (old.clone(), new.clone()),
                "round {round}: {old:?} -> {new:?}"
            );
            for h in hunks(&old, &new) {
                let (o, n) = rebuild(&h.segments);
                assert_ne!(o, n, "a hunk with no change in round {round}");
            }
        }
    }
}
