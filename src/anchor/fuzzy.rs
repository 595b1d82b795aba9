//! The approximate search of a carried passage, in the manner of Hypothesis: windows of the
//! quote's length on word boundaries, scored on quote, prefix, suffix and position.

use super::bounds::{Bounds, Edge};
use super::carry::{
    ratio, FUZZY_MAX_TEXT, FUZZY_MIN_QUOTE_RATIO, FUZZY_MIN_SCORE, WEIGHT_POSITION, WEIGHT_PREFIX,
    WEIGHT_QUOTE, WEIGHT_SUFFIX,
};
use crate::model::{text, Anchor};

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

/// The best approximate match of the anchor in `text_` (whose boundaries are `bounds`):
/// windows of the quote's length starting and ending on word boundaries, scored on quote,
/// prefix, suffix and position. Byte range, or `None` below the thresholds.
pub(super) fn approximate(text_: &str, anchor: &Anchor, bounds: &Bounds) -> Option<(usize, usize)> {
    let len = text::cp_len(text_);
    if len > FUZZY_MAX_TEXT || anchor.quote.is_empty() {
        return None;
    }
    let qlen = text::cp_len(&anchor.quote);
    let lcs = Lcs::new(&anchor.quote);
    let classified = lcs.classify(text_);
    // Word starts (after a space, and a word boundary), as (byte offset, index of the
    // character).
    let starts: Vec<(usize, usize)> = text_
        .char_indices()
        .enumerate()
        .filter(|&(_, (i, c))| {
            !c.is_whitespace()
                && (i == 0 || text_[..i].ends_with(char::is_whitespace))
                && bounds.edge(i) == Edge::Word
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
            let e = bounds.word_at_or_after(e);
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
}
