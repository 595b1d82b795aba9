//! Where a carried passage may start and end: on word boundaries (Unicode's, UAX #29, so that
//! `80 %`, `l'évaluation` and `学分` split as readers expect), never inside a word or inside a
//! grapheme cluster unless the stakeholder's own quote was cut there.

use unicode_segmentation::UnicodeSegmentation;

/// How deep inside the text a position lies. Ordered: a carried edge may be no deeper than
/// the edge of the quote it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Edge {
    /// A word boundary (also a grapheme-cluster boundary): between words, or between a word
    /// and punctuation or space; the text's two ends.
    Word,
    /// Between two grapheme clusters of one word.
    InWord,
    /// Inside a grapheme cluster (say between a letter and its combining accent).
    InCluster,
}

/// The word and grapheme-cluster boundaries of one text, found once for every passage
/// carried into it.
#[derive(Debug, Clone, Default)]
pub struct Bounds {
    /// Byte offsets of the word boundaries that are also cluster boundaries, ascending.
    words: Vec<usize>,
    /// Byte offsets of the cluster boundaries, ascending.
    clusters: Vec<usize>,
}

impl Bounds {
    pub fn new(text: &str) -> Bounds {
        let mut clusters: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
        clusters.push(text.len());
        let mut words: Vec<usize> = text.split_word_bound_indices().map(|(i, _)| i).collect();
        words.push(text.len());
        words.retain(|w| clusters.binary_search(w).is_ok());
        Bounds { words, clusters }
    }

    /// What byte offset `at` is.
    pub fn edge(&self, at: usize) -> Edge {
        if self.words.binary_search(&at).is_ok() {
            Edge::Word
        } else if self.clusters.binary_search(&at).is_ok() {
            Edge::InWord
        } else {
            Edge::InCluster
        }
    }

    /// The last word boundary at or before `at`.
    pub fn word_at_or_before(&self, at: usize) -> usize {
        match self.words.binary_search(&at) {
            Ok(k) => self.words[k],
            Err(k) => self.words[k.saturating_sub(1)],
        }
    }

    /// The first word boundary at or after `at`.
    pub fn word_at_or_after(&self, at: usize) -> usize {
        match self.words.binary_search(&at) {
            Ok(k) => self.words[k],
            Err(k) => self.words.get(k).copied().unwrap_or(at),
        }
    }

    /// Byte range `s..e` widened to the word boundaries around it: whole words.
    pub fn widen(&self, s: usize, e: usize) -> (usize, usize) {
        (self.word_at_or_before(s), self.word_at_or_after(e))
    }
}

/// The edges of a quote as its anchor recorded it: judged in its prefix, quote and suffix,
/// which hold the characters either side of each edge.
pub fn quote_edges(prefix: &str, quote: &str, suffix: &str) -> (Edge, Edge) {
    let text = format!("{prefix}{quote}{suffix}");
    let b = Bounds::new(&text);
    (b.edge(prefix.len()), b.edge(prefix.len() + quote.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_by_unicode_words_and_clusters() {
        let t = "al menos el 80 % de l'évaluation, 学分 e\u{301}s";
        let b = Bounds::new(t);
        let at = |s: &str| t.find(s).unwrap();
        assert_eq!(b.edge(0), Edge::Word);
        assert_eq!(b.edge(t.len()), Edge::Word);
        assert_eq!(b.edge(at(" menos")), Edge::Word);
        assert_eq!(b.edge(at("enos")), Edge::InWord);
        assert_eq!(b.edge(at("%")), Edge::Word);
        assert_eq!(b.edge(at("%") + 1), Edge::Word);
        assert_eq!(b.edge(at("'")), Edge::InWord, "l'évaluation is one word");
        assert_eq!(b.edge(at(",")), Edge::Word);
        assert_eq!(b.edge(at("分")), Edge::Word, "each ideograph is a word");
        assert_eq!(b.edge(at("\u{301}")), Edge::InCluster);
        assert_eq!(b.edge(at("\u{301}") + 2), Edge::InWord);
    }

    #[test]
    fn widening_to_whole_words() {
        let t = "evaluar la mayor parte de los resultados";
        let b = Bounds::new(t);
        let s = t.find("a mayor").unwrap();
        let e = t.find("arte").unwrap();
        let (ws, we) = b.widen(s, e);
        assert_eq!(&t[ws..we], "la mayor parte");
        let (ws, we) = b.widen(t.find("la").unwrap(), t.find(" de").unwrap());
        assert_eq!(&t[ws..we], "la mayor parte", "whole words stay as they are");
    }

    #[test]
    fn the_quote_s_own_edges() {
        assert_eq!(quote_edges("de ", "80 %", " de"), (Edge::Word, Edge::Word));
        assert_eq!(quote_edges("h", "ours", " of"), (Edge::InWord, Edge::Word));
        assert_eq!(
            quote_edges("", "\u{301}s", ""),
            (Edge::Word, Edge::Word),
            "the text's ends are boundaries"
        );
        assert_eq!(
            quote_edges("e", "\u{301}s", ""),
            (Edge::InCluster, Edge::Word)
        );
    }
}
