//! The doors through which a remote's history reaches a secretariat's clone: round tags
//! (taken only from the secretariat, never over a local one) and the commits of the remote's
//! `main` (only the secretariat's, on its first-parent line).

use git2::Oid;

use super::history::short;
use super::sync::REMOTE_TAGS;
use super::Store;
use crate::{Error, Result};

impl Store {
    /// Forget the tags fetched from `remote` last time.
    pub(crate) fn clear_remote_tags(&self, remote: &str) -> Result<()> {
        let names: Vec<String> = self
            .repo
            .references_glob(&format!("{REMOTE_TAGS}/{remote}/*"))?
            .flatten()
            .filter_map(|r| r.name().ok().map(str::to_string))
            .collect();
        for name in names {
            if let Ok(mut r) = self.repo.find_reference(&name) {
                let _ = r.delete();
            }
        }
        Ok(())
    }

    /// Take the remote's new round tags that the secretariat made; keep every local tag as it
    /// is. Returns what was not taken, and why: a round tag made by someone outside the
    /// secretariat, or a round tag that names another commit there than here.
    pub(crate) fn take_round_tags(
        &self,
        remote: &str,
        manifest: &crate::model::Manifest,
    ) -> Result<Vec<String>> {
        let repo = &self.repo;
        let prefix = format!("{REMOTE_TAGS}/{remote}/");
        let mut problems = Vec::new();
        let fetched: Vec<(String, Oid)> = repo
            .references_glob(&format!("{prefix}*"))?
            .flatten()
            .filter_map(|r| {
                let name = r.name().ok()?.strip_prefix(&prefix)?.to_string();
                Some((name, r.target()?))
            })
            .collect();
        for (name, target) in fetched {
            let Ok(tag) = repo.find_tag(target) else {
                continue; // a lightweight tag: never a round
            };
            let message = tag.message().ok().flatten().unwrap_or("");
            if super::rounds::round_number(message).is_none() {
                continue;
            }
            let commit = tag
                .target()
                .and_then(|o| o.peel_to_commit())
                .map(|c| c.id());
            let shown = crate::sanitize::inline(&name).into_owned();
            if let Ok(local) = repo.find_reference(&format!("refs/tags/{name}")) {
                if local.target() != Some(target) {
                    let here = local
                        .peel_to_commit()
                        .map(|c| short(c.id()))
                        .unwrap_or_default();
                    let there = commit.as_ref().map(|c| short(*c)).unwrap_or_default();
                    problems.push(crate::t!(
                        "lib-round-tag-differs",
                        round = shown.as_str(),
                        there = there,
                        here = here
                    ));
                }
                continue;
            }
            let tagger = tag
                .tagger()
                .map(|t| String::from_utf8_lossy(t.email_bytes()).into_owned())
                .unwrap_or_default();
            if !manifest.is_secretariat(&tagger) {
                problems.push(crate::t!(
                    "lib-round-tag-stranger",
                    round = shown.as_str(),
                    by = format!("{:?}", crate::sanitize::inline(&tagger)),
                    secretariat = manifest.secretariat.join(", ")
                ));
                continue;
            }
            if commit.is_err() {
                continue;
            }
            repo.reference(
                &format!("refs/tags/{name}"),
                target,
                false,
                &format!("consulta sync: round {name} from {remote}"),
            )?;
        }
        Ok(problems)
    }

    /// The commits that `theirs` has and `ours` lacks, on its first-parent line, must all be
    /// the secretariat's (a merge it made brings stakeholders' commits in as second parents).
    /// Otherwise nothing moves, and the message names them.
    pub(crate) fn check_secretariat_commits(
        &self,
        theirs: Oid,
        ours: Oid,
        manifest: &crate::model::Manifest,
        name: &str,
    ) -> Result<()> {
        let repo = &self.repo;
        let mut walk = repo.revwalk()?;
        walk.push(theirs)?;
        walk.hide(ours)?;
        walk.simplify_first_parent()?;
        let mut strangers = Vec::new();
        for oid in walk {
            let c = repo.find_commit(oid?)?;
            let email = String::from_utf8_lossy(c.author().email_bytes()).into_owned();
            if !manifest.is_secretariat(&email) {
                strangers.push(crate::t!(
                    "lib-commit-by",
                    commit = short(c.id()),
                    author = crate::sanitize::inline(&email),
                    summary = crate::sanitize::inline(&String::from_utf8_lossy(
                        c.summary_bytes().unwrap_or_default()
                    ))
                ));
            }
        }
        if strangers.is_empty() {
            return Ok(());
        }
        let (remote, branch) = name.split_once('/').unwrap_or(("origin", "main"));
        Err(Error::Refused(crate::t!(
            "err-strangers-commits",
            name = name,
            commits = strangers.join("; "),
            log = format!("git log {name}"),
            push = format!("git push --force-with-lease {remote} HEAD:{branch}")
        )))
    }
}
