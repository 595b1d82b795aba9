//! Word-level diffs between two texts, as pure functions returning segments; rendering maps
//! segments to colours or markers elsewhere. [`rounds`] compares two versions of the draft
//! section by section; [`trace`] names the comments behind each change.

use similar::{ChangeTag, TextDiff};

pub mod render;
pub mod rounds;
pub mod trace;

pub use rounds::{diff_drafts, Hunk, RoundDiff, SectionDiff, SectionStatus, Totals};

use crate::repo::{Store, Version};

/// The two versions compared when none are named, by `consulta diff` and by the TUI's diff
/// view alike: the last round against the working draft, or the last two rounds when the
/// working draft is the last round's text, or is older than it (a branch that has not yet
/// taken in the round: comparing the round with it would show the round's changes
/// backwards). `None` before the first round.
pub fn default_pair(store: &Store) -> crate::Result<Option<(Version, Version)>> {
    let rounds = store.rounds()?;
    let Some(last) = rounds.last() else {
        return Ok(None);
    };
    let last_v = Version::Round(last.name.clone());
    if rounds.len() >= 2 {
        let prev = Version::Round(rounds[rounds.len() - 2].name.clone());
        let repo = store.git();
        let behind = repo
            .head()
            .and_then(|h| h.peel_to_commit())
            .ok()
            .map(|h| h.id())
            .is_some_and(|h| {
                h != last.commit && repo.graph_descendant_of(last.commit, h).unwrap_or(false)
            });
        if behind {
            return Ok(Some((prev, last_v)));
        }
        let (at_round, _) = store.drafts(&last_v)?;
        let (draft, _) = store.drafts(&Version::WorkTree)?;
        let same = at_round.sections.len() == draft.sections.len()
            && at_round
                .sections
                .iter()
                .zip(&draft.sections)
                .all(|(a, b)| a.file == b.file && a.text == b.text);
        if same {
            return Ok(Some((prev, last_v)));
        }
    }
    Ok(Some((last_v, Version::WorkTree)))
}

/// What a segment of a word diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Equal,
    Insert,
    Delete,
}

/// A run of text that is equal in both, only in the new text, or only in the old one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Segment {
    pub kind: Kind,
    pub text: String,
}

/// Word diff of `old` against `new` on Unicode words; adjacent segments of one kind are merged.
///
/// Text the two share at both ends, cut where a word starts after white space, is kept as
/// equal without being split into words: the diff is the same (the word diff would match
/// those words first), and a one-word change in a long paragraph costs a few words, not the
/// paragraph.
pub fn words(old: &str, new: &str) -> Vec<Segment> {
    group_changes(word_changes(old, new, true))
}

/// The word diff before changes are grouped: with `shortcut`, the shared ends are kept out of
/// it as [`words`] does; without, the whole texts are diffed (the reference it must agree with).
#[doc(hidden)]
pub fn word_changes(old: &str, new: &str, shortcut: bool) -> Vec<Segment> {
    let (head, tail) = if shortcut {
        shared_ends(old, new)
    } else {
        (0, 0)
    };
    let mut out: Vec<Segment> = Vec::new();
    if head > 0 {
        out.push(Segment {
            kind: Kind::Equal,
            text: old[..head].to_string(),
        });
    }
    word_segments(
        &old[head..old.len() - tail],
        &new[head..new.len() - tail],
        &mut out,
    );
    if tail > 0 {
        let text = &old[old.len() - tail..];
        match out.last_mut() {
            Some(last) if last.kind == Kind::Equal => last.text.push_str(text),
            _ => out.push(Segment {
                kind: Kind::Equal,
                text: text.to_string(),
            }),
        }
    }
    out
}

/// How many Unicode word-boundary tokens `text` splits into (white space runs included): the
/// units [`words`] matches.
#[doc(hidden)]
pub fn tokens(text: &str) -> usize {
    use similar::DiffableStr;
    text.tokenize_unicode_words().len()
}

fn word_segments(old: &str, new: &str, out: &mut Vec<Segment>) {
    let diff = TextDiff::from_unicode_words(old, new);
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => Kind::Equal,
            ChangeTag::Insert => Kind::Insert,
            ChangeTag::Delete => Kind::Delete,
        };
        let text = change.value();
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(text),
            _ => out.push(Segment {
                kind,
                text: text.to_string(),
            }),
        }
    }
}

/// Byte lengths of the text `old` and `new` share at their start and at their end (not
/// overlapping), each cut at a word boundary that does not depend on what lies beyond it: an
/// ASCII white space character followed by an ASCII character that is not white space (Unicode
/// word segmentation always breaks there, and neither side of the break looks across it).
fn shared_ends(old: &str, new: &str) -> (usize, usize) {
    let (a, b) = (old.as_bytes(), new.as_bytes());
    let cut = |prev: u8, next: u8| {
        prev.is_ascii_whitespace() && next.is_ascii() && !next.is_ascii_whitespace()
    };
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    // A cut at i needs a[i - 1] and a[i] inside the shared start.
    let head = (1..same).rev().find(|&i| cut(a[i - 1], a[i])).unwrap_or(0);
    let same_end = rounds::shared_end(a, b, a.len().min(b.len()) - head);
    // The tail starts at a.len() - t; its first byte and the one before it are shared.
    let tail = (1..same_end)
        .rev()
        .find(|&t| {
            let i = a.len() - t;
            cut(a[i - 1], a[i])
        })
        .unwrap_or(0);
    (head, tail)
}

/// Join changes separated only by white space into one deletion and one insertion, as git's
/// word diff shows them: `[-at least 25-]{+a workload+}` rather than word by word.
fn group_changes(segs: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segs.len());
    let mut old = String::new();
    let mut new = String::new();
    let mut pending_ws: Option<String> = None;
    let mut in_run = false;
    let flush = |out: &mut Vec<Segment>, old: &mut String, new: &mut String| {
        if !old.is_empty() {
            out.push(Segment {
                kind: Kind::Delete,
                text: std::mem::take(old),
            });
        }
        if !new.is_empty() {
            out.push(Segment {
                kind: Kind::Insert,
                text: std::mem::take(new),
            });
        }
    };
    for seg in segs {
        match seg.kind {
            Kind::Equal
                if in_run && pending_ws.is_none() && seg.text.chars().all(char::is_whitespace) =>
            {
                pending_ws = Some(seg.text);
            }
            Kind::Equal => {
                flush(&mut out, &mut old, &mut new);
                if let Some(ws) = pending_ws.take() {
                    push_equal(&mut out, ws);
                }
                push_equal(&mut out, seg.text);
                in_run = false;
            }
            Kind::Delete | Kind::Insert => {
                if let Some(ws) = pending_ws.take() {
                    old.push_str(&ws);
                    new.push_str(&ws);
                }
                if seg.kind == Kind::Delete {
                    old.push_str(&seg.text);
                } else {
                    new.push_str(&seg.text);
                }
                in_run = true;
            }
        }
    }
    flush(&mut out, &mut old, &mut new);
    if let Some(ws) = pending_ws {
        push_equal(&mut out, ws);
    }
    out
}

fn push_equal(out: &mut Vec<Segment>, text: String) {
    match out.last_mut() {
        Some(last) if last.kind == Kind::Equal => last.text.push_str(&text),
        _ => out.push(Segment {
            kind: Kind::Equal,
            text,
        }),
    }
}

/// Plain rendering with git's word-diff markers: `[-old-]{+new+}`.
pub fn render_markers(segments: &[Segment]) -> String {
    let mut s = String::new();
    for seg in segments {
        match seg.kind {
            Kind::Equal => s.push_str(&seg.text),
            Kind::Delete => {
                s.push_str("[-");
                s.push_str(&seg.text);
                s.push_str("-]");
            }
            Kind::Insert => {
                s.push_str("{+");
                s.push_str(&seg.text);
                s.push_str("+}");
            }
        }
    }
    s
}

/// Rebuild (old, new) from segments: the property every diff must have.
pub fn rebuild(segments: &[Segment]) -> (String, String) {
    let mut old = String::new();
    let mut new = String::new();
    for seg in segments {
        if seg.kind != Kind::Insert {
            old.push_str(&seg.text);
        }
        if seg.kind != Kind::Delete {
            new.push_str(&seg.text);
        }
    }
    (old, new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_table() {
        let cases = [
            (
                "at least 25 hours of learning",
                "a workload stated in hours",
                "[-at least 25-]{+a workload stated in+} hours[- of learning-]",
            ),
            ("same", "same", "same"),
            ("", "new words", "{+new words+}"),
            (
                "evaluación final",
                "evaluación continua",
                "evaluación [-final-]{+continua+}",
            ),
        ];
        for (old, new, want) in cases {
            let segs = words(old, new);
            assert_eq!(render_markers(&segs), want, "{old} -> {new}");
            assert_eq!(rebuild(&segs), (old.to_string(), new.to_string()));
        }
    }
}
