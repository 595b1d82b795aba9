//! Carrying a comment's anchor from the text it was made on to a later text: the status the
//! comment has there, and where its passage now stands.
//!
//! Order of attempts, as the design asks: map the recorded positions through a character diff
//! of the two texts; if the passage there is the quote, it is unchanged (same place) or moved
//! (shifted by edits around it); if it was edited, it is changed (keeping the word diff). When
//! the mapping finds nothing usable, look for the exact quote (this section, then the others),
//! then for an approximate match scored on quote, prefix, suffix and position, in the manner of
//! Hypothesis. What none of these finds is orphaned.
//!
//! Edges ([`super::bounds`]): a changed passage is whole words (a mapped range is widened to
//! the word boundaries around it, and only then measured against the threshold); the quote
//! found again, as it is, has edges no deeper inside a word or a grapheme cluster than the
//! quote's own were (a whole-word quote is never found inside a longer word). The applied
//! wording is taken where the passage was, as the secretariat put it there.
//!
//! This module reads texts only. That a commit applied the comment's proposal is known where
//! the history is read: [`crate::repo`] then makes the comment [`resolved`], whatever
//! survives of its quote.

use std::time::Duration;

use similar::{Algorithm, DiffOp, TextDiff};

use super::bounds::{quote_edges, Bounds, Edge};
use super::{locate_where, occurrences};
use crate::diff::{words, Segment};
use crate::model::{text, Anchor};

/// A mapped passage counts as "changed" (rather than lost) when at least this share of the
/// quote's characters survive in it (similar's ratio, 0..1).
pub const CHANGED_MIN_RATIO: f32 = 0.4;
/// An approximate match needs the quote itself to be at least this similar…
pub const FUZZY_MIN_QUOTE_RATIO: f32 = 0.7;
/// …and a combined score of at least this.
pub const FUZZY_MIN_SCORE: f32 = 0.65;
/// Weights of the combined score (they add up to 1).
pub const WEIGHT_QUOTE: f32 = 0.6;
pub const WEIGHT_PREFIX: f32 = 0.15;
pub const WEIGHT_SUFFIX: f32 = 0.15;
pub const WEIGHT_POSITION: f32 = 0.1;
/// Texts longer than this (in code points) get no approximate search: it would be slow, and a
/// passage lost in so much text is better reported as orphaned than guessed.
pub const FUZZY_MAX_TEXT: usize = 200_000;
/// Time allowed for the character diff of one section.
const DIFF_TIMEOUT: Duration = Duration::from_millis(200);

/// What happened to a comment's passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CarryStatus {
    /// Same words at the same place.
    Unchanged,
    /// Same words, elsewhere (in this section or another).
    Moved,
    /// The passage was edited; `diff` shows how.
    Changed,
    /// A commit applied this comment's proposal (or the secretariat's wording for it).
    Resolved,
    /// The passage is gone.
    Orphaned,
}

impl CarryStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unchanged => "unchanged",
            Self::Moved => "moved",
            Self::Changed => "changed",
            Self::Resolved => "resolved",
            Self::Orphaned => "orphaned",
        }
    }
}

/// Where a comment's passage stands in the later text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Carried {
    pub status: CarryStatus,
    /// The section it is in now (`None` when orphaned).
    pub section: Option<String>,
    /// Code-point range in that section's text.
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// The passage's words now.
    pub text: Option<String>,
    /// Word diff of the quote against the passage now (for changed and resolved passages).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<Segment>,
    /// How it was found: position, quote, other-section, approximate, applied.
    pub how: &'static str,
}

impl Carried {
    fn orphaned() -> Carried {
        Carried {
            status: CarryStatus::Orphaned,
            section: None,
            start: None,
            end: None,
            text: None,
            diff: Vec::new(),
            how: "",
        }
    }

    fn at(
        status: CarryStatus,
        section: &str,
        new: &str,
        s: usize,
        e: usize,
        quote: &str,
        how: &'static str,
    ) -> Carried {
        let now = &new[s..e];
        let diff = if matches!(status, CarryStatus::Changed | CarryStatus::Resolved) {
            words(quote, now)
        } else {
            Vec::new()
        };
        Carried {
            status,
            section: Some(section.to_string()),
            start: Some(text::cp_of(new, s)),
            end: Some(text::cp_of(new, e)),
            text: Some(now.to_string()),
            diff,
            how,
        }
    }
}

/// The later texts a passage may be carried into.
pub struct Target<'a> {
    /// The comment's own section, if it still exists.
    pub section: Option<(&'a str, &'a str)>,
    /// Every other section (id, text), searched when the passage left its own.
    pub others: &'a [(&'a str, &'a str)],
}

/// The character diff of one section between two versions, and the word boundaries of both,
/// computed once for all the comments on it.
pub struct SectionMap<'a> {
    old: &'a str,
    ops: Option<Vec<DiffOp>>,
    old_bounds: Bounds,
    /// The later text's boundaries, when it differs from the old text.
    new_bounds: Option<Bounds>,
}

impl<'a> SectionMap<'a> {
    /// `new` is the section's later text, when the section still exists.
    pub fn new(old: &'a str, new: Option<&str>) -> SectionMap<'a> {
        let ops = match new {
            Some(n) if n != old => Some(
                TextDiff::configure()
                    .algorithm(Algorithm::Myers)
                    .timeout(DIFF_TIMEOUT)
                    .diff_chars(old, n)
                    .ops()
                    .to_vec(),
            ),
            _ => None,
        };
        SectionMap {
            old,
            ops,
            old_bounds: Bounds::new(old),
            new_bounds: new.filter(|n| *n != old).map(Bounds::new),
        }
    }

    /// The boundaries of the later text (which is the old text when nothing changed).
    fn new_bounds(&self) -> &Bounds {
        self.new_bounds.as_ref().unwrap_or(&self.old_bounds)
    }

    /// The edges of the anchor's quote: in the old text when the anchor fits it, else in its
    /// recorded context.
    pub fn quote_edges(&self, anchor: &Anchor) -> (Edge, Edge) {
        if super::is_at_position(self.old, anchor) {
            let s = text::byte_of(self.old, anchor.start);
            let e = s + anchor.quote.len();
            (self.old_bounds.edge(s), self.old_bounds.edge(e))
        } else {
            quote_edges(&anchor.prefix, &anchor.quote, &anchor.suffix)
        }
    }
}

/// Carry `anchor`, made on `old` (its section's text at the comment's round), into `target`.
/// `applied` is the comment's proposed wording when a commit applied it.
pub fn carry(old: &str, anchor: &Anchor, target: &Target<'_>, applied: Option<&str>) -> Carried {
    let map = SectionMap::new(old, target.section.map(|(_, t)| t));
    carry_with(&map, anchor, target, applied)
}

/// As [`carry`], with the section's diff computed beforehand. `target.section`'s text must be
/// the `new` the map was made with.
pub fn carry_with(
    map: &SectionMap<'_>,
    anchor: &Anchor,
    target: &Target<'_>,
    applied: Option<&str>,
) -> Carried {
    let (start_edge, end_edge) = map.quote_edges(anchor);
    // The quote found as it is fits where its edges lie no deeper than they did.
    let fits = |b: &Bounds, s: usize, e: usize| b.edge(s) <= start_edge && b.edge(e) <= end_edge;
    if let Some((id, new)) = target.section {
        let nb = map.new_bounds();
        let mapped = map_range(map, new, anchor);
        if let Some(wording) = applied {
            // Resolved: the proposed wording stands where the passage was (where its start
            // went, when the passage was replaced whole or was empty; failing that, anywhere
            // in the section where it fits).
            let place = mapped.or_else(|| map_start(map, new, anchor).map(|p| (p, p)));
            let hit = match place {
                Some((s, e)) => near(new, wording, s, e, |o| fits(nb, o, o + wording.len())),
                None => occurrences(new, wording)
                    .into_iter()
                    .find(|&o| fits(nb, o, o + wording.len())),
            };
            if let Some(s) = hit {
                return Carried::at(
                    CarryStatus::Resolved,
                    id,
                    new,
                    s,
                    s + wording.len(),
                    &anchor.quote,
                    "applied",
                );
            }
        }
        if let Some((s, e)) = mapped {
            if new[s..e] == anchor.quote && fits(nb, s, e) {
                let same_place = text::cp_of(new, s) == anchor.start;
                let status = if same_place {
                    CarryStatus::Unchanged
                } else {
                    CarryStatus::Moved
                };
                return Carried::at(status, id, new, s, e, &anchor.quote, "position");
            }
        }
        if let Ok(found) = locate_where(new, anchor, |s, e| fits(nb, s, e)) {
            let (s, e) = found.range();
            let status = if text::cp_of(new, s) == anchor.start {
                CarryStatus::Unchanged
            } else {
                CarryStatus::Moved
            };
            return Carried::at(status, id, new, s, e, &anchor.quote, "quote");
        }
        if let Some((s, e)) = mapped {
            // Whole words, then measured: a rewrite that left a few of the quote's letters in
            // other words is not the passage edited.
            let (s, e) = nb.widen(s, e);
            if s < e && ratio(&anchor.quote, &new[s..e]) >= CHANGED_MIN_RATIO {
                return Carried::at(
                    CarryStatus::Changed,
                    id,
                    new,
                    s,
                    e,
                    &anchor.quote,
                    "position",
                );
            }
        }
        if let Some((s, e)) = super::fuzzy::approximate(new, anchor, nb) {
            return Carried::at(
                CarryStatus::Changed,
                id,
                new,
                s,
                e,
                &anchor.quote,
                "approximate",
            );
        }
    }
    // Gone from its section: the exact quote elsewhere, where it is unambiguous.
    let mut found: Vec<(&str, &str, usize, usize)> = Vec::new();
    for (id, text_) in target.others {
        if occurrences(text_, &anchor.quote).is_empty() {
            continue;
        }
        let b = Bounds::new(text_);
        if let Ok(f) = locate_where(text_, anchor, |s, e| fits(&b, s, e)) {
            let (s, e) = f.range();
            found.push((id, text_, s, e));
        }
    }
    if let [(id, new, s, e)] = found.as_slice() {
        return Carried::at(
            CarryStatus::Moved,
            id,
            new,
            *s,
            *e,
            &anchor.quote,
            "other-section",
        );
    }
    Carried::orphaned()
}

/// The carry of a comment whose proposal a commit applied: resolved, whatever survives of its
/// quote (the words may still stand, when the applied wording kept them or a later edit put
/// them back; or be gone). Where the passage was found, it keeps that place, its text and the
/// word diff of the quote against it; an orphaned one stays in `section` (its own section, if
/// it still exists) without a place.
pub fn resolved(found: Carried, quote: &str, section: Option<&str>) -> Carried {
    if found.status == CarryStatus::Resolved {
        return found;
    }
    let diff = match &found.text {
        Some(now) if found.diff.is_empty() => words(quote, now),
        _ => found.diff,
    };
    Carried {
        status: CarryStatus::Resolved,
        section: found.section.or_else(|| section.map(str::to_string)),
        diff,
        how: "applied",
        ..found
    }
}

/// The first occurrence of `needle` in `text` overlapping or touching byte range `s..e`, else
/// the nearest one that `fits`.
fn near(
    text_: &str,
    needle: &str,
    s: usize,
    e: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let touches = |o: usize| o + needle.len() >= s && o <= e;
    occurrences(text_, needle)
        .into_iter()
        .filter(|&o| touches(o) || fits(o))
        .min_by_key(|&o| if touches(o) { 0 } else { o.abs_diff(s) })
}

/// Map the anchor's code-point range in `old` to a byte range in `new` through a character
/// diff. `None` when the anchor does not fit `old` or the passage was deleted outright.
fn map_range(map: &SectionMap<'_>, new: &str, anchor: &Anchor) -> Option<(usize, usize)> {
    if !super::is_at_position(map.old, anchor) || anchor.start >= anchor.end {
        return None;
    }
    let Some(ops) = &map.ops else {
        let s = text::byte_of(new, anchor.start);
        return Some((s, s + anchor.quote.len()));
    };
    let start = map_point(ops, anchor.start, false)?;
    let end = map_point(ops, anchor.end, true)?;
    if end <= start {
        return None;
    }
    Some((text::byte_of(new, start), text::byte_of(new, end)))
}

/// Where the anchor's start went in `new` (a byte offset), when the anchor fits `old`.
fn map_start(map: &SectionMap<'_>, new: &str, anchor: &Anchor) -> Option<usize> {
    if !super::is_at_position(map.old, anchor) {
        return None;
    }
    let cp = match &map.ops {
        Some(_) if anchor.start == text::cp_len(map.old) => text::cp_len(new),
        Some(ops) => map_point(ops, anchor.start, false)?,
        None => anchor.start,
    };
    Some(text::byte_of(new, cp))
}

/// Map code point `p` of the old text. A start inside a replaced run maps to the start of its
/// replacement; an end (`is_end`) to its end.
fn map_point(ops: &[DiffOp], p: usize, is_end: bool) -> Option<usize> {
    let probe = if is_end { p.checked_sub(1)? } else { p };
    for op in ops {
        let (_, old_range, new_range) = op.as_tag_tuple();
        if old_range.contains(&probe) {
            return Some(match op {
                DiffOp::Equal { .. } => {
                    new_range.start + (probe - old_range.start) + usize::from(is_end)
                }
                _ if is_end => new_range.end,
                _ => new_range.start,
            });
        }
    }
    None
}

/// Similarity of two strings by characters (0..1).
pub(super) fn ratio(a: &str, b: &str) -> f32 {
    TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_chars(a, b)
        .ratio()
}

#[cfg(test)]
#[path = "carry_tests.rs"]
mod tests;
