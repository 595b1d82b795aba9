//! Anchoring comments to passages, in the manner of the W3C Web Annotation model and of
//! Hypothesis: a quote with its context and its position, so that the passage can be found
//! again when the text around it changes.

pub mod bounds;
pub mod carry;
mod fuzzy;

use crate::model::section::paragraphs;
use crate::model::text;
use crate::model::Anchor;

/// How many code points of context an anchor keeps on each side of its quote.
pub const CONTEXT: usize = 32;

/// Build the anchor for the passage at byte range `start..end` of a section's text.
pub fn make(section_text: &str, start: usize, end: usize) -> Anchor {
    let par = paragraphs(section_text)
        .into_iter()
        .find(|p| p.start <= start && start <= p.end);
    Anchor {
        clause: par.as_ref().and_then(|p| p.clause.clone()),
        paragraph: par.map(|p| p.number),
        quote: section_text[start..end].to_string(),
        prefix: text::before(section_text, start, CONTEXT).to_string(),
        suffix: text::after(section_text, end, CONTEXT).to_string(),
        start: text::cp_of(section_text, start),
        end: text::cp_of(section_text, end),
    }
}

/// Byte offsets of every occurrence of `quote` in `text` (overlapping ones included).
pub fn occurrences(text: &str, quote: &str) -> Vec<usize> {
    if quote.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(quote) {
        out.push(from + i);
        from += i + text[from + i..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Does the anchor's quote stand exactly at its recorded position in `text`? Both ends must
/// be right: a start past the end of the text is not clamped into it.
pub fn is_at_position(text: &str, anchor: &Anchor) -> bool {
    let s = text::byte_of(text, anchor.start);
    let e = text::byte_of(text, anchor.end);
    s <= e
        && anchor.end.checked_sub(anchor.start) == Some(text::cp_len(&anchor.quote))
        && text.get(s..e) == Some(anchor.quote.as_str())
        && text::cp_len(&text[..e]) == anchor.end
}

/// Where a passage was found, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// At its recorded position.
    InPlace { start: usize, end: usize },
    /// The quote, elsewhere (byte range), chosen by context and distance.
    Moved { start: usize, end: usize },
}

impl Found {
    pub fn range(&self) -> (usize, usize) {
        match *self {
            Found::InPlace { start, end } | Found::Moved { start, end } => (start, end),
        }
    }
}

/// Why a passage could not be placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotFound {
    /// The quote no longer occurs.
    Gone,
    /// The quote occurs several times and nothing tells them apart.
    Ambiguous(usize),
}

/// Find the anchor's passage in `text`: at its position if it is still there, else the
/// occurrence of the quote whose surroundings match the recorded prefix and suffix best,
/// nearest the recorded position on a tie.
pub fn locate(text: &str, anchor: &Anchor) -> Result<Found, NotFound> {
    locate_where(text, anchor, |_, _| true)
}

/// As [`locate`], among the occurrences (byte ranges) that `fits` accepts.
pub fn locate_where(
    text: &str,
    anchor: &Anchor,
    fits: impl Fn(usize, usize) -> bool,
) -> Result<Found, NotFound> {
    if is_at_position(text, anchor) {
        let start = text::byte_of(text, anchor.start);
        let end = start + anchor.quote.len();
        if fits(start, end) {
            return Ok(Found::InPlace { start, end });
        }
    }
    let mut occ = occurrences(text, &anchor.quote);
    occ.retain(|&s| fits(s, s + anchor.quote.len()));
    match occ.len() {
        0 => Err(NotFound::Gone),
        1 => Ok(Found::Moved {
            start: occ[0],
            end: occ[0] + anchor.quote.len(),
        }),
        _ => {
            let scored: Vec<(usize, usize)> = occ
                .iter()
                .map(|&s| (context_score(text, s, s + anchor.quote.len(), anchor), s))
                .collect();
            let best = scored.iter().map(|x| x.0).max().unwrap_or(0);
            let top: Vec<usize> = scored.iter().filter(|x| x.0 == best).map(|x| x.1).collect();
            if top.len() == 1 {
                let s = top[0];
                return Ok(Found::Moved {
                    start: s,
                    end: s + anchor.quote.len(),
                });
            }
            Err(NotFound::Ambiguous(top.len()))
        }
    }
}

/// How many code points of the recorded prefix and suffix match around `start..end`.
fn context_score(text: &str, start: usize, end: usize, anchor: &Anchor) -> usize {
    let before = &text[..start];
    let after = &text[end..];
    let p = anchor
        .prefix
        .chars()
        .rev()
        .zip(before.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let s = anchor
        .suffix
        .chars()
        .zip(after.chars())
        .take_while(|(a, b)| a == b)
        .count();
    p + s
}

/// Replace the anchor's passage in `text` with `replacement`. Returns the new text and the
/// byte range the replacement occupies in it.
pub fn replace(
    text: &str,
    anchor: &Anchor,
    replacement: &str,
) -> Result<(String, usize, usize), NotFound> {
    let (s, e) = locate(text, anchor)?.range();
    let mut out = String::with_capacity(text.len() + replacement.len());
    out.push_str(&text[..s]);
    out.push_str(replacement);
    out.push_str(&text[e..]);
    Ok((out, s, s + replacement.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "# 5. QA\n\n5.1 Each microcredential shall require at least 25 hours of learning, assessed against the outcomes.\n\n5.2 Providers shall publish at least 25 hours of data.\n";

    #[test]
    fn make_and_locate() {
        let s = T.find("at least 25 hours of learning").unwrap();
        let a = make(T, s, s + "at least 25 hours of learning".len());
        assert_eq!(a.clause.as_deref(), Some("5.1"));
        assert_eq!(a.paragraph, Some(1));
        assert_eq!(a.prefix.chars().count(), 32);
        assert!(a.suffix.starts_with(", assessed"));
        assert!(is_at_position(T, &a));
        assert_eq!(
            locate(T, &a),
            Ok(Found::InPlace {
                start: s,
                end: s + a.quote.len()
            })
        );
        // Text inserted before: found by quote.
        let moved = format!("# 5. QA\n\nNew intro.\n{}", &T[9..]);
        let found = locate(&moved, &a).unwrap();
        assert!(matches!(found, Found::Moved { .. }));
        let (fs, fe) = found.range();
        assert_eq!(&moved[fs..fe], a.quote);
        // Gone.
        assert_eq!(locate("nothing here", &a), Err(NotFound::Gone));
    }

    #[test]
    fn twice_is_told_apart_by_context() {
        let q = "at least 25 hours";
        let second = T.rfind(q).unwrap();
        let a = make(T, second, second + q.len());
        let shifted = format!("Preface.\n{T}");
        let (s, _) = locate(&shifted, &a).unwrap().range();
        assert_eq!(s, second + "Preface.\n".len());
        // Without context nothing tells them apart.
        let mut bare = a.clone();
        bare.prefix.clear();
        bare.suffix.clear();
        assert_eq!(locate(&shifted, &bare), Err(NotFound::Ambiguous(2)));
    }

    #[test]
    fn replace_passage() {
        let q = "at least 25 hours of learning";
        let s = T.find(q).unwrap();
        let a = make(T, s, s + q.len());
        let (new, rs, re) = replace(T, &a, "a stated workload").unwrap();
        assert!(new.contains("shall require a stated workload, assessed"));
        assert_eq!(&new[rs..re], "a stated workload");
    }
}
