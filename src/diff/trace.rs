//! Traceability: which comments' applied proposals produced each hunk of a round diff
//! ("you said, we did").
//!
//! Applying a proposal commits with a `Consultation-Comment: <id>` trailer. For the commits
//! between the two versions (those reachable from the end but not from the start), we read the
//! trailers and the section files each commit changed. A hunk is attributed to a comment when
//! the comment's commit touched that section's file and either the comment's proposed wording
//! appears in the hunk's new text, or a line that commit added is one of the hunk's new lines
//! (which covers proposals applied with the secretariat's own wording).

use std::collections::{HashMap, HashSet};

use git2::{Oid, Repository};

use super::rounds::RoundDiff;
use crate::model::section::parse_section_file_name;
use crate::repo::{Records, Store};
use crate::Result;

/// The trailer naming the comment an applied proposal came from.
pub const COMMENT_TRAILER: &str = "Consultation-Comment:";

/// One applied proposal found between the two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedChange {
    pub comment: String,
    pub commit: Oid,
    /// Section ids (file slugs) whose files the commit changed.
    pub sections: Vec<String>,
    /// Non-blank lines the commit added to those files, trimmed.
    pub added_lines: Vec<String>,
    /// The wording the secretariat applied instead of the proposal, when the commit says so
    /// (a proposal accepted with modifications; see [`crate::repo::applied_wording`]).
    pub wording: Option<String>,
}

/// The applied proposals in the commits reachable from `end` and not from `start`, oldest
/// first.
pub fn applied_between(
    repo: &Repository,
    start: Option<Oid>,
    end: Oid,
) -> Result<Vec<AppliedChange>> {
    let mut walk = repo.revwalk()?;
    walk.push(end)?;
    if let Some(s) = start {
        walk.hide(s)?;
    }
    walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE)?;
    let mut out = Vec::new();
    for oid in walk {
        let oid = oid?;
        let commit = repo.find_commit(oid)?;
        let msg = String::from_utf8_lossy(commit.message_bytes()).into_owned();
        let ids: Vec<String> = msg
            .lines()
            .filter_map(|l| l.strip_prefix(COMMENT_TRAILER))
            .map(|id| id.trim().to_string())
            .filter(|id| !id.is_empty())
            .collect();
        if ids.is_empty() {
            continue;
        }
        let tree = commit.tree()?;
        let parent_tree = match commit.parent(0) {
            Ok(p) => Some(p.tree()?),
            Err(_) => None,
        };
        let mut opts = git2::DiffOptions::new();
        opts.pathspec("drafts/");
        let diff = repo.diff_tree_to_tree(parent_tree.as_ref(), Some(&tree), Some(&mut opts))?;
        let mut sections = Vec::new();
        let mut added_lines = Vec::new();
        for delta in diff.deltas() {
            for file in [delta.old_file(), delta.new_file()] {
                let Some(name) = file
                    .path()
                    .and_then(|p| p.to_str())
                    .and_then(|p| p.strip_prefix("drafts/"))
                else {
                    continue;
                };
                if let Some((_, slug)) = parse_section_file_name(name) {
                    if !sections.contains(&slug) {
                        sections.push(slug);
                    }
                }
            }
            let blob_text = |id: Oid| -> String {
                if id.is_zero() {
                    return String::new();
                }
                repo.find_blob(id)
                    .map(|b| String::from_utf8_lossy(b.content()).into_owned())
                    .unwrap_or_default()
            };
            let before = blob_text(delta.old_file().id());
            let after = blob_text(delta.new_file().id());
            let before_lines: HashSet<&str> = before.lines().map(str::trim).collect();
            for l in after.lines().map(str::trim) {
                if !l.is_empty() && !before_lines.contains(l) {
                    added_lines.push(l.to_string());
                }
            }
        }
        let wording = crate::repo::applied_wording(&msg);
        for id in ids {
            out.push(AppliedChange {
                comment: id,
                commit: oid,
                sections: sections.clone(),
                added_lines: added_lines.clone(),
                wording: wording.clone(),
            });
        }
    }
    Ok(out)
}

/// Fill each hunk's `comments` from the applied proposals, using the comments' proposed
/// wording from `records`.
pub fn attribute(diff: &mut RoundDiff, applied: &[AppliedChange], records: &Records) {
    let proposed: HashMap<&str, &str> = records
        .comments
        .iter()
        .filter_map(|c| {
            c.proposed_change
                .as_deref()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| (c.id.as_str(), p))
        })
        .collect();
    for section in &mut diff.sections {
        let relevant: Vec<&AppliedChange> = applied
            .iter()
            .filter(|a| a.sections.contains(&section.id))
            .collect();
        if relevant.is_empty() {
            continue;
        }
        for hunk in &mut section.hunks {
            let new_text = hunk.new_text();
            let new_lines: HashSet<&str> = new_text.lines().map(str::trim).collect();
            for a in &relevant {
                let by_wording = proposed
                    .get(a.comment.as_str())
                    .is_some_and(|p| new_text.contains(p));
                let by_lines = a.added_lines.iter().any(|l| new_lines.contains(l.as_str()));
                if (by_wording || by_lines) && !hunk.comments.contains(&a.comment) {
                    hunk.comments.push(a.comment.clone());
                }
            }
        }
    }
}

/// The commit a version ends at for tracing: a round's commit, or HEAD for the working draft
/// and HEAD. `None` when there is no commit.
pub fn version_commit(store: &Store, version: &crate::repo::Version) -> Result<Option<Oid>> {
    use crate::repo::Version;
    Ok(match version {
        Version::Round(name) => Some(store.round(name)?.commit),
        Version::WorkTree | Version::Head => store
            .git()
            .head()
            .ok()
            .and_then(|h| h.peel_to_commit().ok())
            .map(|c| c.id()),
    })
}

/// Attribute the hunks of `diff` between `from` and `to` to the applied proposals behind them.
pub fn trace(
    store: &Store,
    from: &crate::repo::Version,
    to: &crate::repo::Version,
    diff: &mut RoundDiff,
) -> Result<()> {
    let Some(end) = version_commit(store, to)? else {
        return Ok(());
    };
    let start = version_commit(store, from)?;
    if start == Some(end) {
        return Ok(());
    }
    let applied = applied_between(store.git(), start, end)?;
    if applied.is_empty() {
        return Ok(());
    }
    let records = store.records()?;
    attribute(diff, &applied, &records);
    Ok(())
}
