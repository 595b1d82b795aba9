//! The rules a contribution's files must keep, as `merge` (and a stakeholder's `sync` and
//! `send`) check them: where a file may go, what a comment may hold, when its round is closed.

use crate::model::{is_valid_id, is_valid_round_name, is_valid_slug};
use crate::Result;

/// The rules `comment add` and `import comments` apply to a comment's own fields: the size of
/// its text and proposal, its author's category (one of the manifest's) and country (a real
/// ISO 3166-1 code).
pub(super) fn comment_rule_problems(
    c: &crate::model::Comment,
    manifest: Option<&crate::model::Manifest>,
) -> Vec<String> {
    use super::ops::MAX_BODY_BYTES;
    let mut out = Vec::new();
    if c.comment.len() > MAX_BODY_BYTES
        || c.proposed_change
            .as_ref()
            .is_some_and(|p| p.len() > MAX_BODY_BYTES)
    {
        out.push(crate::t!(
            "lib-rule-too-long",
            max = MAX_BODY_BYTES,
            command = "comment add"
        ));
    }
    if let Some(m) = manifest {
        if let Some(l) = c
            .lang
            .as_deref()
            .filter(|l| !m.languages.iter().any(|x| x == l))
        {
            out.push(crate::t!(
                "versions-comment-lang-unknown",
                lang = crate::sanitize::inline(l),
                languages = m.languages.join(", ")
            ));
        }
        if !m.categories.iter().any(|cat| cat.id == c.author.category) {
            out.push(crate::t!(
                "lib-rule-category",
                category = format!("{:?}", c.author.category),
                categories = m
                    .categories
                    .iter()
                    .map(|cat| cat.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    if !crate::model::is_country_code(&c.author.country) {
        out.push(crate::t!(
            "lib-rule-country",
            country = format!("{:?}", c.author.country)
        ));
    }
    out
}

/// Why a comment on `round` may not be made on top of `parent`, if it may not: the round was
/// closed there (the next round is already in `parent`'s history).
pub(super) fn closed_round(
    repo: &git2::Repository,
    round: &str,
    order: &[super::Round],
    parent: &git2::Commit<'_>,
) -> Result<Option<String>> {
    let Some(pos) = order.iter().position(|r| r.name == round) else {
        return Ok(None); // an unknown round is reported by check_against_round
    };
    let Some(next) = order.get(pos + 1) else {
        return Ok(None);
    };
    if parent.id() == next.commit || repo.graph_descendant_of(parent.id(), next.commit)? {
        return Ok(Some(crate::t!(
            "lib-rule-round-closed",
            round = round,
            next = next.name.as_str()
        )));
    }
    Ok(None)
}

/// How far a comment's `created` time may stray from the clocks it is checked against: a
/// stakeholder's computer may be set wrong, or in the wrong time zone, by up to a day.
pub(crate) const CLOCK_SKEW_SECONDS: i64 = 24 * 60 * 60;

/// Why a comment's `created` time cannot be right, if it cannot: before its round opened
/// (`opened`, the round tag's time, seconds since the epoch) or after `now` (the merge), by
/// more than [`CLOCK_SKEW_SECONDS`]. An unreadable time is reported by the parser.
pub(super) fn created_problem(created: &str, opened: Option<i64>, now: i64) -> Option<String> {
    let t = created
        .parse::<jiff::Timestamp>()
        .or_else(|_| jiff::Timestamp::strptime("%Y-%m-%dT%H:%M:%S%#z", created))
        .ok()?
        .as_second();
    let day = |s: i64| {
        jiff::Timestamp::from_second(s)
            .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
            .unwrap_or_default()
    };
    if let Some(opened) = opened {
        if t < opened - CLOCK_SKEW_SECONDS {
            return Some(crate::t!(
                "lib-rule-created-early",
                created = created,
                opened = day(opened)
            ));
        }
    }
    if t > now + CLOCK_SKEW_SECONDS {
        return Some(crate::t!(
            "lib-rule-created-late",
            created = created,
            now = day(now)
        ));
    }
    None
}

/// A problem with line and column in the message (the path is printed beside it).
pub(super) fn located(p: &crate::model::Problem) -> String {
    if p.line > 0 {
        crate::t!(
            "lib-at-line-column",
            line = p.line,
            column = p.column,
            message = p.message.as_str()
        )
    } else {
        p.message.clone()
    }
}

/// Why a path may not be added by a stakeholder, if it may not.
pub(super) fn name_problem(path: &str) -> Option<String> {
    let parts: Vec<&str> = path.split('/').collect();
    if parts.first() != Some(&"comments") {
        return Some(if path.starts_with("drafts/") {
            crate::t!("lib-rule-adds-to-draft")
        } else {
            crate::t!("lib-rule-adds-outside", folder = "comments/")
        });
    }
    if path.ends_with(".disposition.json") {
        return Some(crate::t!("lib-rule-adds-disposition"));
    }
    let well_placed = parts.len() == 4 && is_valid_round_name(parts[1]) && is_valid_slug(parts[2]);
    if !well_placed {
        return Some(crate::t!(
            "lib-rule-misplaced",
            pattern = "comments/<round>/<section>/<ULID>.json"
        ));
    }
    match parts[3].strip_suffix(".json") {
        Some(id) if is_valid_id(id) => None,
        _ => Some(crate::t!(
            "lib-rule-file-name",
            name = format!("{:?}", parts[3]),
            pattern = "<ULID>.json"
        )),
    }
}

pub(super) fn modified_reason(path: &str) -> String {
    if path.starts_with("drafts/") {
        crate::t!("lib-rule-edits-draft")
    } else if path.ends_with(".disposition.json") {
        crate::t!("lib-rule-changes-disposition")
    } else if path.starts_with("comments/") {
        crate::t!("lib-rule-changes-comment")
    } else {
        crate::t!("lib-rule-changes-file")
    }
}

pub(super) fn deleted_reason(path: &str) -> String {
    if path.starts_with("drafts/") {
        crate::t!("lib-rule-deletes-draft")
    } else if path.ends_with(".disposition.json") {
        crate::t!("lib-rule-deletes-disposition")
    } else if path.starts_with("comments/") {
        crate::t!("lib-rule-deletes-comment")
    } else {
        crate::t!("lib-rule-deletes-file")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::merge::looks_like_url;

    #[test]
    fn urls_and_paths_are_not_branch_names() {
        for source in [
            "https://git.example.org/c.git",
            "git@example.org:c.git",
            "/srv/c",
            "./c",
            "../c",
            "C:\\consultas\\ana",
            "C:/consultas/ana",
            ".\\ana",
            "..\\ana",
            "\\\\server\\share\\ana",
            "ana.git",
        ] {
            assert!(looks_like_url(source), "{source}");
        }
        for branch in ["contrib/ana", "main", "origin/contrib/ana"] {
            assert!(!looks_like_url(branch), "{branch}");
        }
    }

    #[test]
    fn created_times_within_a_day_of_the_round_and_the_merge() {
        let opened = "2026-06-01T12:00:00Z"
            .parse::<jiff::Timestamp>()
            .unwrap()
            .as_second();
        let now = opened + 30 * 24 * 3600;
        for ok in [
            "2026-06-01T12:00:00Z",
            "2026-05-31T12:00:01Z",
            "2026-06-15T08:00:00+02:00",
            "2026-07-02T11:59:59Z",
        ] {
            assert_eq!(created_problem(ok, Some(opened), now), None, "{ok}");
        }
        for (bad, why) in [
            ("1970-01-01T00:00:00Z", "before its round opened"),
            ("2026-05-31T11:59:59Z", "before its round opened"),
            ("2026-07-02T12:00:01Z", "after this merge"),
            ("2099-01-01T00:00:00Z", "after this merge"),
        ] {
            let got = created_problem(bad, Some(opened), now).unwrap_or_default();
            assert!(got.contains(why), "{bad}: {got}");
        }
        // Without a known opening time, only the future is refused.
        assert_eq!(created_problem("1970-01-01T00:00:00Z", None, now), None);
    }

    #[test]
    fn names() {
        assert_eq!(
            name_problem("comments/round-1/assessment/01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.json"),
            None
        );
        for (bad, why) in [
            ("comments/evil.json", "not where comments go"),
            ("comments/round-2/assessment/evil.json", "not <ULID>.json"),
            (
                "comments/round-1/assessment/01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.disposition.json",
                "adds a disposition",
            ),
            ("drafts/99-evil.md", "adds a file to the draft"),
            ("evil.sh", "outside comments/"),
            (
                "comments/a/b/c/01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.json",
                "not where",
            ),
        ] {
            let got = name_problem(bad).unwrap_or_default();
            assert!(got.contains(why), "{bad}: {got}");
        }
    }
}
