//! Carrying a comment's anchor from the text it was made on to a later text: the status the
//! comment has there, and where its passage now stands.
//!
//! Order of attempts, as the design asks: map the recorded positions through a character diff
//! of the two texts; if the passage there is the quote, it is unchanged (same place) or moved
//! (shifted by edits around it); if it was edited, it is changed (keeping the word diff). When
//! the mapping finds nothing usable, look for the exact quote (this section, then the others),
//! then for an approximate match scored on quote, prefix, suffix and position, in the manner of
//! Hypothesis. What none of these finds is orphaned.

use std::time::Duration;

use similar::{Algorithm, DiffOp, TextDiff};

use super::{locate, occurrences};
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
    /// An applied proposal of this comment replaced it.
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

/// The character diff of one section between two versions, computed once for all the comments
/// on it.
pub struct SectionMap<'a> {
    old: &'a str,
    ops: Option<Vec<DiffOp>>,
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
        SectionMap { old, ops }
    }
}

/// Carry `anchor`, made on `old` (its section's text at the comment's round), into `target`.
/// `applied` is the comment's proposed wording when a commit applied it.
pub fn carry(old: &str, anchor: &Anchor, target: &Target<'_>, applied: Option<&str>) -> Carried {
    let map = SectionMap::new(old, target.section.map(|(_, t)| t));
    carry_with(&map, anchor, target, applied)
}

/// As [`carry`], with the section's diff computed beforehand.
pub fn carry_with(
    map: &SectionMap<'_>,
    anchor: &Anchor,
    target: &Target<'_>,
    applied: Option<&str>,
) -> Carried {
    if let Some((id, new)) = target.section {
        let mapped = map_range(map, new, anchor);
        if let Some(wording) = applied {
            // Resolved: the proposed wording stands where the passage was (or, failing the
            // mapping, anywhere in the section).
            let hit = match mapped {
                Some((s, e)) => near(new, wording, s, e),
                None => occurrences(new, wording).first().copied(),
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
            let now = &new[s..e];
            if now == anchor.quote {
                let same_place = text::cp_of(new, s) == anchor.start;
                let status = if same_place {
                    CarryStatus::Unchanged
                } else {
                    CarryStatus::Moved
                };
                return Carried::at(status, id, new, s, e, &anchor.quote, "position");
            }
        }
        if let Ok(found) = locate(new, anchor) {
            let (s, e) = found.range();
            let status = if text::cp_of(new, s) == anchor.start {
                CarryStatus::Unchanged
            } else {
                CarryStatus::Moved
            };
            return Carried::at(status, id, new, s, e, &anchor.quote, "quote");
        }
        if let Some((s, e)) = mapped {
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
        if let Some((s, e)) = approximate(new, anchor) {
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
        if let Ok(f) = locate(text_, anchor) {
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

/// The first occurrence of `needle` in `text` overlapping or nearest byte range `s..e`.
fn near(text_: &str, needle: &str, s: usize, e: usize) -> Option<usize> {
    occurrences(text_, needle).into_iter().min_by_key(|&o| {
        if o + needle.len() >= s && o <= e {
            0
        } else {
            o.abs_diff(s)
        }
    })
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
fn ratio(a: &str, b: &str) -> f32 {
    TextDiff::configure()
        .timeout(DIFF_TIMEOUT)
        .diff_chars(a, b)
        .ratio()
}

/// The longest common subsequence of a fixed pattern and a text read one character at a time,
/// by the bit-parallel LCS algorithm (1986, in its 2004 formulation): one
/// pass over the text costs ⌈m/64⌉ word operations per character, for a pattern of m
/// characters. Its length is what [`ratio`]'s character diff counts as matching (Myers' diff
/// is optimal), so `2·lcs / (m + n)` is that ratio without a diff per window.
struct Lcs {
    m: usize,
    words: usize,
    /// The pattern's distinct characters, each with its class (an index into `masks`).
    classes: std::collections::HashMap<char, u32>,
    /// For each class, the bit set of the pattern positions holding it; class 0 is every
    /// character not in the pattern.
    masks: Vec<Vec<u64>>,
}

impl Lcs {
    fn new(pattern: &str) -> Lcs {
        let m = pattern.chars().count();
        let words = m.div_ceil(64).max(1);
        let mut classes = std::collections::HashMap::new();
        let mut masks = vec![vec![0; words]];
        for (i, c) in pattern.chars().enumerate() {
            let k = *classes.entry(c).or_insert_with(|| {
                masks.push(vec![0; words]);
                (masks.len() - 1) as u32
            });
            masks[k as usize][i / 64] |= 1 << (i % 64);
        }
        Lcs {
            m,
            words,
            classes,
            masks,
        }
    }

    /// Each character of `text` as (the byte offset just after it, its class): looked up once,
    /// however many windows read it.
    fn classify(&self, text: &str) -> Vec<(usize, u32)> {
        text.char_indices()
            .map(|(i, c)| (i + c.len_utf8(), self.classes.get(&c).copied().unwrap_or(0)))
            .collect()
    }

    /// Feed classified characters in order; after each, `seen(byte offset after it, lcs so
    /// far)` says whether to go on.
    fn scan(&self, text: &[(usize, u32)], mut seen: impl FnMut(usize, usize) -> bool) {
        // V has a zero bit for each pattern position matched so far (all ones at the start).
        let mut v = vec![u64::MAX; self.words];
        let last = if self.m.is_multiple_of(64) {
            u64::MAX
        } else {
            (1u64 << (self.m % 64)) - 1
        };
        for &(after, class) in text {
            let pm = &self.masks[class as usize];
            let mut carry = 0u64;
            let mut zeros = 0;
            for k in 0..self.words {
                let u = v[k] & pm[k];
                let (sum, c1) = v[k].overflowing_add(u);
                let (sum, c2) = sum.overflowing_add(carry);
                carry = u64::from(c1 || c2);
                v[k] = sum | (v[k] & !pm[k]);
                let valid = if k + 1 == self.words { last } else { u64::MAX };
                zeros += (!v[k] & valid).count_ones() as usize;
            }
            if !seen(after, zeros) {
                return;
            }
        }
    }
}

/// The best approximate match of the anchor in `text_`: windows of the quote's length at word
/// starts, scored on quote, prefix, suffix and position. Byte range, or `None` below the
/// thresholds.
fn approximate(text_: &str, anchor: &Anchor) -> Option<(usize, usize)> {
    let len = text::cp_len(text_);
    if len > FUZZY_MAX_TEXT || anchor.quote.is_empty() {
        return None;
    }
    let qlen = text::cp_len(&anchor.quote);
    let lcs = Lcs::new(&anchor.quote);
    let classified = lcs.classify(text_);
    // Word starts, as (byte offset, index of the character).
    let starts: Vec<(usize, usize)> = text_
        .char_indices()
        .enumerate()
        .filter(|&(_, (i, c))| {
            !c.is_whitespace() && (i == 0 || text_[..i].ends_with(char::is_whitespace))
        })
        .map(|(k, (i, _))| (i, k))
        .collect();
    let mut best: Option<(f32, usize, usize)> = None;
    for &(s, first) in &starts {
        // Try the quote's length and ±25% of it, ending on a word boundary.
        let mut windows: Vec<(usize, usize)> = Vec::with_capacity(3);
        for want in [qlen, qlen * 3 / 4, qlen * 5 / 4] {
            let e_raw = text::byte_of(&text_[s..], want) + s;
            let e = text_[e_raw..]
                .find(char::is_whitespace)
                .map_or(text_.len(), |k| e_raw + k);
            if e <= s {
                continue;
            }
            // At most the shorter of the two can match: a bound on the ratio that needs no
            // diff, and rules out at once the windows cut short by the text's end (or all of
            // them, for a quote much longer than the text).
            let wlen = text::cp_len(&text_[s..e]);
            let bound = 2.0 * qlen.min(wlen) as f32 / (qlen + wlen) as f32;
            if bound < FUZZY_MIN_QUOTE_RATIO {
                continue;
            }
            windows.push((e, wlen));
        }
        let Some(&(far, _)) = windows.iter().max_by_key(|w| w.0) else {
            continue;
        };
        // One pass from `s` gives the quote's similarity to every window that starts there.
        let mut quote_ratio: Vec<(usize, f32)> = Vec::with_capacity(windows.len());
        lcs.scan(&classified[first..], |at, common| {
            for &(e, wlen) in &windows {
                if e == at {
                    quote_ratio.push((e, 2.0 * common as f32 / (qlen + wlen) as f32));
                }
            }
            at < far
        });
        for (e, q) in quote_ratio {
            if q < FUZZY_MIN_QUOTE_RATIO {
                continue;
            }
            let before = text::before(text_, s, super::CONTEXT);
            let after = text::after(text_, e, super::CONTEXT);
            let p = if anchor.prefix.is_empty() {
                1.0
            } else {
                ratio(&anchor.prefix, before)
            };
            let x = if anchor.suffix.is_empty() {
                1.0
            } else {
                ratio(&anchor.suffix, after)
            };
            let dist = text::cp_of(text_, s).abs_diff(anchor.start) as f32 / len.max(1) as f32;
            let score = WEIGHT_QUOTE * q
                + WEIGHT_PREFIX * p
                + WEIGHT_SUFFIX * x
                + WEIGHT_POSITION * (1.0 - dist.min(1.0));
            if score >= FUZZY_MIN_SCORE && best.is_none_or(|(b, _, _)| score > b) {
                best = Some((score, s, e));
            }
        }
    }
    best.map(|(_, s, e)| (s, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bit-parallel LCS gives the ratio of the character diff, for every prefix of the
    /// text, across word boundaries of the bit sets (patterns of 63, 64, 65 and 130 characters).
    #[test]
    fn bit_parallel_lcs_is_the_diff_ratio() {
        let mut rng = crate::sample::Rng::new(11);
        let alphabet: Vec<char> = "abcde fgé\n学".chars().collect();
        let mut word = |n: usize| -> String {
            (0..n)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect()
        };
        for m in [1, 5, 63, 64, 65, 130] {
            for _ in 0..6 {
                let pattern = word(m);
                let text = word(m + 20);
                let lcs = Lcs::new(&pattern);
                let mut checked = 0;
                lcs.scan(&lcs.classify(&text), |at, common| {
                    let n = text[..at].chars().count();
                    let want = ratio(&pattern, &text[..at]);
                    let got = 2.0 * common as f32 / (m + n) as f32;
                    assert!(
                        (want - got).abs() < 1e-6,
                        "{pattern:?} {:?}: {want} {got}",
                        &text[..at]
                    );
                    checked += 1;
                    true
                });
                assert_eq!(checked, text.chars().count());
            }
        }
    }
    use crate::anchor::make;

    const OLD: &str = "# 5. Assessment\n\n5.1 Assessment shall be valid, reliable and fair, and shall measure the stated learning outcomes.\n\n5.2 Providers shall publish the assessment methods before enrolment.\n\n5.3 Remote proctoring may be used where it is proportionate.\n";

    fn anchor_of(quote: &str, nth: usize) -> Anchor {
        let s = OLD
            .match_indices(quote)
            .nth(nth)
            .map(|(i, _)| i)
            .expect("quote in OLD");
        make(OLD, s, s + quote.len())
    }

    fn carry_to(
        new: &str,
        others: &[(&str, &str)],
        quote: &str,
        nth: usize,
        applied: Option<&str>,
    ) -> Carried {
        let target = Target {
            section: (!new.is_empty()).then_some(("assessment", new)),
            others,
        };
        carry(OLD, &anchor_of(quote, nth), &target, applied)
    }

    #[test]
    fn statuses_table() {
        let moved_within = format!(
            "{}\n5.2 Providers shall publish the assessment methods before enrolment.\n",
            OLD.replace(
                "5.2 Providers shall publish the assessment methods before enrolment.\n\n",
                ""
            )
        );
        let inserted_before = OLD.replace(
            "5.1 Assessment",
            "5.0 A new first clause about scope.\n\n5.1 Assessment",
        );
        let edited = OLD.replace(
            "valid, reliable and fair",
            "valid, reliable, fair and inclusive",
        );
        let deleted = OLD.replace(
            "5.3 Remote proctoring may be used where it is proportionate.\n",
            "",
        );
        let applied = OLD.replace("before enrolment", "at least two weeks before enrolment");
        let moved_away = OLD.replace(
            "5.3 Remote proctoring may be used where it is proportionate.\n",
            "",
        );
        let other =
            "# 6. Integrity\n\n6.1 Remote proctoring may be used where it is proportionate.\n";
        let reworded = OLD.replace(
            "Remote proctoring may be used where it is proportionate",
            "Online proctoring might be used where it is proportionate",
        );
        type Case<'a> = (
            &'a str,
            String,
            Vec<(&'a str, &'a str)>,
            &'a str,
            Option<&'a str>,
            CarryStatus,
            Option<&'a str>,
        );
        let cases: Vec<Case> = vec![
            (
                "unchanged",
                OLD.to_string(),
                vec![],
                "valid, reliable and fair",
                None,
                CarryStatus::Unchanged,
                Some("assessment"),
            ),
            (
                "text inserted before",
                inserted_before,
                vec![],
                "valid, reliable and fair",
                None,
                CarryStatus::Moved,
                Some("assessment"),
            ),
            (
                "moved within the section",
                moved_within,
                vec![],
                "publish the assessment methods",
                None,
                CarryStatus::Moved,
                Some("assessment"),
            ),
            (
                "moved to another section",
                moved_away,
                vec![("integrity", other)],
                "Remote proctoring may be used",
                None,
                CarryStatus::Moved,
                Some("integrity"),
            ),
            (
                "edited",
                edited,
                vec![],
                "valid, reliable and fair",
                None,
                CarryStatus::Changed,
                Some("assessment"),
            ),
            (
                "reworded (approximate)",
                reworded,
                vec![],
                "Remote proctoring may be used where it is proportionate",
                None,
                CarryStatus::Changed,
                Some("assessment"),
            ),
            (
                "replaced by an applied proposal",
                applied,
                vec![],
                "before enrolment",
                Some("at least two weeks before enrolment"),
                CarryStatus::Resolved,
                Some("assessment"),
            ),
            (
                "deleted",
                deleted,
                vec![],
                "Remote proctoring may be used",
                None,
                CarryStatus::Orphaned,
                None,
            ),
            (
                "section gone",
                String::new(),
                vec![],
                "Remote proctoring",
                None,
                CarryStatus::Orphaned,
                None,
            ),
        ];
        for (name, new, others, quote, applied, want, section) in cases {
            let got = carry_to(&new, &others, quote, 0, applied);
            assert_eq!(got.status, want, "{name}: {got:?}");
            assert_eq!(got.section.as_deref(), section, "{name}");
            if let (Some(s), Some(e), Some(sec)) = (got.start, got.end, &got.section) {
                let text_ = if sec == "assessment" {
                    new.as_str()
                } else {
                    others[0].1
                };
                let b = text::byte_of(text_, s);
                let be = text::byte_of(text_, e);
                assert_eq!(
                    Some(&text_[b..be]),
                    got.text.as_deref(),
                    "{name}: positions match the text"
                );
            }
        }
    }

    #[test]
    fn edited_keeps_the_word_diff() {
        let edited = OLD.replace(
            "valid, reliable and fair",
            "valid, reliable, fair and inclusive",
        );
        let got = carry_to(&edited, &[], "valid, reliable and fair", 0, None);
        assert_eq!(
            crate::diff::render_markers(&got.diff),
            "valid, reliable{+, fair+} and [-fair-]{+inclusive+}"
        );
    }

    #[test]
    fn approximate_match_when_positions_cannot_be_mapped() {
        // Without the old text, only the quote and its context can find the reworded passage.
        let a = anchor_of("Remote proctoring may be used where it is proportionate", 0);
        let new = OLD.replace(
            "Remote proctoring may be used",
            "Remote proctoring might be used",
        );
        let target = Target {
            section: Some(("assessment", &new)),
            others: &[],
        };
        let got = carry("", &a, &target, None);
        assert_eq!(
            (got.status, got.how),
            (CarryStatus::Changed, "approximate"),
            "{got:?}"
        );
        assert!(
            got.text
                .as_deref()
                .is_some_and(|t| t.starts_with("Remote proctoring might")),
            "{got:?}"
        );
        // Unrelated text is not matched.
        let unrelated = "# 5. Assessment\n\n5.1 Something else entirely about credit transfer.\n";
        let target = Target {
            section: Some(("assessment", unrelated)),
            others: &[],
        };
        assert_eq!(carry("", &a, &target, None).status, CarryStatus::Orphaned);
    }

    #[test]
    fn quote_occurring_twice_keeps_its_occurrence() {
        // "shall" occurs several times; the second "the stated" region must be followed.
        let q = "shall";
        let second = anchor_of(q, 1);
        let new = OLD.replace("5.1 Assessment", "Intro.\n\n5.1 Assessment");
        let target = Target {
            section: Some(("assessment", &new)),
            others: &[],
        };
        let got = carry(OLD, &second, &target, None);
        assert_eq!(got.status, CarryStatus::Moved);
        let want = new
            .match_indices(q)
            .nth(1)
            .map(|(i, _)| text::cp_of(&new, i));
        assert_eq!(got.start, want);
    }
}
