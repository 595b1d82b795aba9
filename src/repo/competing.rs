//! Competing proposals: proposals (comments with a passage and replacement wording) on the same
//! section of the same round whose passages overlap. Only one of them can be applied as it
//! stands, so the secretariat decides them together.

use crate::model::Comment;

/// Proposals whose passages overlap, on one section of one round.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CompetingGroup {
    pub section: String,
    pub round: String,
    /// Comment ids, in the order of their passages.
    pub comments: Vec<String>,
}

/// Group the proposals among `comments` whose anchors overlap (code-point ranges that share at
/// least one character; an empty range overlaps what contains its position). Chains count:
/// if A overlaps B and B overlaps C, A, B and C are one group. Groups are sorted by round,
/// section, then position.
pub fn competing_proposals(comments: &[Comment]) -> Vec<CompetingGroup> {
    let mut proposals: Vec<(&str, &str, usize, usize, &str)> = comments
        .iter()
        .filter(|c| c.proposed_change.is_some())
        .filter_map(|c| {
            let a = c.anchor.as_ref()?;
            Some((
                c.round.as_str(),
                c.section.as_str(),
                a.start,
                a.end.max(a.start),
                c.id.as_str(),
            ))
        })
        .collect();
    proposals.sort();
    let mut groups = Vec::new();
    let mut i = 0;
    while i < proposals.len() {
        let (round, section, _, mut end, id) = proposals[i];
        let mut ids = vec![id.to_string()];
        let mut j = i + 1;
        while j < proposals.len() {
            let (r, s, start, e, id) = proposals[j];
            let overlaps = start < end || (start == end && e == start);
            if r != round || s != section || !overlaps {
                break;
            }
            ids.push(id.to_string());
            end = end.max(e);
            j += 1;
        }
        if ids.len() > 1 {
            groups.push(CompetingGroup {
                section: section.to_string(),
                round: round.to_string(),
                comments: ids,
            });
        }
        i = j;
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Anchor, Author, CommentType, SCHEMA};

    fn proposal(id: &str, section: &str, start: usize, end: usize, wording: bool) -> Comment {
        Comment {
            schema: SCHEMA,
            id: id.into(),
            round: "round-1".into(),
            section: section.into(),
            author: Author::default(),
            created: "2026-05-27T14:03:11Z".into(),
            kind: CommentType::Technical,
            stance: None,
            anchor: Some(Anchor {
                clause: None,
                paragraph: None,
                quote: "x".repeat(end - start),
                prefix: String::new(),
                suffix: String::new(),
                start,
                end,
            }),
            comment: "c".into(),
            proposed_change: wording.then(|| "new".into()),
            in_reply_to: None,
            lang: None,
        }
    }

    #[test]
    fn overlapping_chains_group_and_touching_ranges_do_not() {
        let all = vec![
            proposal("A", "s", 10, 20, true),
            proposal("B", "s", 15, 30, true),
            proposal("C", "s", 29, 40, true),
            proposal("D", "s", 40, 50, true), // touches C, no overlap
            proposal("E", "t", 12, 18, true), // another section
            proposal("F", "s", 12, 18, false), // a comment, not a proposal
            proposal("G", "t", 100, 120, true),
            proposal("H", "t", 110, 111, true),
        ];
        let g = competing_proposals(&all);
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!(g[0].comments, vec!["A", "B", "C"]);
        assert_eq!(g[0].section, "s");
        assert_eq!(g[1].comments, vec!["G", "H"]);
    }
}
