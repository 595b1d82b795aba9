//! Campaign grouping: near-identical comments (form letters) found and listed once.
//!
//! The measure: the **Jaccard similarity of word 3-shingles** of the normalised text (Unicode
//! NFKD, combining marks dropped, lower case, every run of non-alphanumeric characters a word
//! break; a shingle is three consecutive words). Two comments are linked when their
//! similarity is at least [`THRESHOLD`]; a campaign is a connected group of at least
//! [`MIN_GROUP`] linked comments. Texts shorter than [`MIN_SHINGLES`] shingles (such as
//! "I agree.") are never grouped: identical short answers are not a campaign.
//!
//! All pairs above the threshold are found exactly, without comparing every pair, with the
//! prefix filter of the AllPairs algorithm (Bayardo, Ma and Srikant, 2007): shingles are
//! ordered rarest first, each text is probed with its rarest `n - ceil(t·n) + 1` shingles
//! against an index of the rarest `n - ceil(2t/(1+t)·n) + 1` shingles of the shorter texts seen
//! so far, and the candidates are verified. Common phrases never enter the index, so a
//! consultation of 100,000 comments is grouped in well under a second.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Name of the measure, as printed in reports.
pub const MEASURE: &str = "Jaccard similarity of word 3-shingles of the normalised text";
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;
/// Lowest similarity that links two comments.
pub const THRESHOLD: f64 = 0.6;
/// Smallest group reported as a campaign.
pub const MIN_GROUP: usize = 3;
/// Texts with fewer shingles are not grouped.
pub const MIN_SHINGLES: usize = 6;

/// One group of near-identical texts: indices into the input, in input order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub members: Vec<usize>,
    /// Lowest similarity among the linked pairs of the group.
    pub min_similarity: f64,
}

/// A hasher for keys that are already hashes or small integers (SipHash would dominate the
/// grouping of a large consultation).
#[derive(Default)]
struct IntHasher(u64);

impl Hasher for IntHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

type IntMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

/// Lower case, accents dropped, words split on anything that is not a letter or digit.
pub fn normalise_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a (64 bits, stable across runs and platforms) of each normalised word, without
/// building the words: the same words as [`normalise_words`]. ASCII text is read byte by byte
/// (NFKD leaves it as it is, its letters and digits are its alphanumeric characters, and their
/// lower case is one byte).
fn word_hashes(text: &str) -> Vec<u64> {
    let mut w = WordHashes::new(text.len() / 5);
    if text.is_ascii() {
        for &b in text.as_bytes() {
            if b.is_ascii_alphanumeric() {
                w.byte(b.to_ascii_lowercase());
            } else {
                w.gap();
            }
        }
    } else {
        for c in text.nfkd().filter(|&c| !is_combining_mark(c)) {
            if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    let mut buf = [0u8; 4];
                    for &b in l.encode_utf8(&mut buf).as_bytes() {
                        w.byte(b);
                    }
                }
            } else {
                w.gap();
            }
        }
    }
    w.finish()
}

/// The words' hashes as their bytes arrive.
struct WordHashes {
    out: Vec<u64>,
    h: u64,
    in_word: bool,
}

impl WordHashes {
    fn new(capacity: usize) -> WordHashes {
        WordHashes {
            out: Vec::with_capacity(capacity),
            h: FNV_OFFSET,
            in_word: false,
        }
    }

    /// One byte of the current word.
    fn byte(&mut self, b: u8) {
        self.h = (self.h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        self.in_word = true;
    }

    /// A character between words: ends the current one, if any.
    fn gap(&mut self) {
        if self.in_word {
            self.out.push(self.h);
            self.h = FNV_OFFSET;
            self.in_word = false;
        }
    }

    fn finish(mut self) -> Vec<u64> {
        self.gap();
        self.out
    }
}

/// One shingle's hash from its words' hashes (order matters).
fn shingle_hash(words: &[u64]) -> u64 {
    words.iter().fold(FNV_OFFSET, |h, &w| {
        (h.rotate_left(23) ^ w).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    })
}

/// The distinct shingle hashes of `text`, sorted.
pub fn shingles(text: &str) -> Vec<u64> {
    let words = word_hashes(text);
    let mut out: Vec<u64> = words.windows(SHINGLE_WORDS).map(shingle_hash).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Jaccard similarity of two sorted sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let inter = overlap(a, b);
    inter as f64 / (a.len() + b.len() - inter) as f64
}

fn overlap<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Group the texts: every connected group of at least [`MIN_GROUP`] texts linked by a
/// similarity of at least [`THRESHOLD`]. Groups come in the order of their first member.
pub fn group(texts: &[&str]) -> Vec<Group> {
    group_with(texts, THRESHOLD, MIN_GROUP)
}

/// As [`group`], with another threshold and group size (for tests and tuning).
pub fn group_with(texts: &[&str], threshold: f64, min_group: usize) -> Vec<Group> {
    // Each distinct shingle gets a dense id as it is first met, so that the sets hold 4-byte
    // ids and the frequencies and ranks are plain arrays rather than maps.
    let mut ids: IntMap<u64, u32> = IntMap::default();
    let mut hashes: Vec<u64> = Vec::new();
    let mut freq: Vec<u32> = Vec::new();
    let mut sets: Vec<Vec<u32>> = Vec::with_capacity(texts.len());
    for t in texts {
        let set: Vec<u32> = shingles(t)
            .into_iter()
            .map(|h| {
                let id = *ids.entry(h).or_insert_with(|| {
                    hashes.push(h);
                    freq.push(0);
                    (hashes.len() - 1) as u32
                });
                freq[id as usize] += 1;
                id
            })
            .collect();
        sets.push(set);
    }
    drop(ids);
    // Global order: rarest shingle first (ties by hash), as ranks.
    let mut order: Vec<u32> = (0..hashes.len() as u32).collect();
    order.sort_unstable_by_key(|&i| (freq[i as usize], hashes[i as usize]));
    drop(freq);
    drop(hashes);
    let mut rank = vec![0u32; order.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    drop(order);
    let ranked: Vec<Vec<u32>> = sets
        .into_iter()
        .map(|mut s| {
            for x in &mut s {
                *x = rank[*x as usize];
            }
            s.sort_unstable();
            s
        })
        .collect();
    drop(rank);

    let mut by_size: Vec<usize> = (0..texts.len())
        .filter(|&i| ranked[i].len() >= MIN_SHINGLES)
        .collect();
    by_size.sort_by_key(|&i| (ranked[i].len(), i));

    let mut parent: Vec<usize> = (0..texts.len()).collect();
    let mut min_sim: IntMap<usize, f64> = IntMap::default();
    let mut edges: Vec<(usize, usize, f64)> = Vec::new();
    let mut index: IntMap<u32, Vec<usize>> = IntMap::default();
    let mut seen: Vec<u32> = vec![u32::MAX; texts.len()];
    for (step, &x) in by_size.iter().enumerate() {
        let xs = &ranked[x];
        let n = xs.len() as f64;
        let probe = xs.len() - (threshold * n - 1e-9).ceil() as usize + 1;
        let min_len = (threshold * n - 1e-9).ceil() as usize;
        for tok in &xs[..probe.min(xs.len())] {
            let Some(list) = index.get(tok) else { continue };
            for &y in list {
                if seen[y] == step as u32 || ranked[y].len() < min_len {
                    continue;
                }
                seen[y] = step as u32;
                let sim = jaccard_ranks(xs, &ranked[y]);
                if sim + 1e-12 >= threshold {
                    edges.push((x, y, sim));
                }
            }
        }
        let mid = 2.0 * threshold / (1.0 + threshold);
        let keep = xs.len() - (mid * n - 1e-9).ceil() as usize + 1;
        for tok in &xs[..keep.min(xs.len())] {
            index.entry(*tok).or_default().push(x);
        }
    }
    for &(a, b, _) in &edges {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    for &(a, _, sim) in &edges {
        let r = find(&mut parent, a);
        let e = min_sim.entry(r).or_insert(1.0);
        *e = e.min(sim);
    }
    let mut members: IntMap<usize, Vec<usize>> = IntMap::default();
    for i in 0..texts.len() {
        let r = find(&mut parent, i);
        if min_sim.contains_key(&r) {
            members.entry(r).or_default().push(i);
        }
    }
    let mut groups: Vec<Group> = members
        .into_iter()
        .filter(|(_, m)| m.len() >= min_group)
        .map(|(r, m)| Group {
            members: m,
            min_similarity: (min_sim.get(&r).copied().unwrap_or(1.0) * 1000.0).round() / 1000.0,
        })
        .collect();
    groups.sort_by_key(|g| g.members[0]);
    groups
}

fn jaccard_ranks(a: &[u32], b: &[u32]) -> f64 {
    let inter = overlap(a, b);
    inter as f64 / (a.len() + b.len() - inter) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTER: &str = "I am writing as a learner who combines work and study. The framework says that microcredentials should widen access, but it does not guarantee that assessment will be free.";

    #[test]
    fn normalisation() {
        assert_eq!(
            normalise_words("Evaluación, CALIDAD—y  acceso!"),
            ["evaluacion", "calidad", "y", "acceso"]
        );
        assert_eq!(shingles("a b"), Vec::<u64>::new());
        assert_eq!(
            word_hashes("Evaluación, CALIDAD—y"),
            word_hashes("evaluacion calidad y")
        );
        assert_eq!(word_hashes("Evaluación, CALIDAD—y").len(), 3);
        assert_eq!(shingles("A b c"), shingles("a, B; c!"));
        // The ASCII path hashes as the general one does (a non-ASCII character forces it).
        for t in [
            "Evaluation, QUALITY-and access! 25h; x_y 3.5",
            "",
            " a ",
            "ZZ9 top\ttab",
        ] {
            let mut general = word_hashes(&format!("{t} é"));
            general.pop();
            assert_eq!(word_hashes(t), general, "{t:?}");
        }
    }

    #[test]
    fn jaccard_table() {
        let a = shingles("one two three four five");
        let b = shingles("one two three four six");
        // {123, 234, 345} vs {123, 234, 346}: 2 / 4.
        assert_eq!(jaccard(&a, &b), 0.5);
        assert_eq!(jaccard(&a, &a), 1.0);
    }

    #[test]
    fn finds_a_form_letter_among_others() {
        let v1 = LETTER.replace("a learner", "a young person");
        let v2 = LETTER.replace("will be free", "will be free of charge");
        let texts = vec![
            "Fees should be capped for public providers in every member state.",
            LETTER,
            "The definition of a microcredential is too narrow for vocational training.",
            &v1,
            "I agree.",
            "I agree.",
            "I agree.",
            &v2,
        ];
        let groups = group(&texts);
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(groups[0].members, vec![1, 3, 7]);
        assert!(groups[0].min_similarity >= THRESHOLD);
        // Two copies are not a campaign.
        assert!(group(&[LETTER, &v1]).is_empty());
    }

    #[test]
    fn prefix_filter_finds_what_brute_force_finds() {
        // Texts from a small vocabulary, so that many pairs are near the threshold.
        let vocab = ["a", "b", "c", "d", "e", "f"];
        let mut seed = 7u64;
        let mut texts = Vec::new();
        for _ in 0..150 {
            let n = 8 + (seed % 5) as usize;
            let mut t = Vec::new();
            for _ in 0..n {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push(vocab[((seed >> 33) % 3) as usize]);
            }
            texts.push(t.join(" "));
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let fast = group_with(&refs, 0.6, 2);
        // Brute force.
        let sets: Vec<_> = refs.iter().map(|t| shingles(t)).collect();
        let mut parent: Vec<usize> = (0..refs.len()).collect();
        let mut linked = vec![false; refs.len()];
        for i in 0..refs.len() {
            for j in 0..i {
                if sets[i].len() >= MIN_SHINGLES
                    && sets[j].len() >= MIN_SHINGLES
                    && jaccard(&sets[i], &sets[j]) >= 0.6
                {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    parent[a.max(b)] = a.min(b);
                    linked[i] = true;
                    linked[j] = true;
                }
            }
        }
        let mut slow: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, &l) in linked.iter().enumerate() {
            if l {
                let r = find(&mut parent, i);
                slow.entry(r).or_default().push(i);
            }
        }
        let mut slow: Vec<Vec<usize>> = slow.into_values().filter(|m| m.len() >= 2).collect();
        slow.sort();
        let mut fast: Vec<Vec<usize>> = fast.into_iter().map(|g| g.members).collect();
        fast.sort();
        assert_eq!(fast, slow);
    }
}
