//! `consulta sync`: fetch from and push to a remote: file paths, `git://` and `http://`
//! through libgit2; `https://` and ssh through the `git` command, with the user's credential
//! helper and ssh set-up (see [`super::transport`]). A stakeholder
//! pushes their own branch; the secretariat pushes its branch and the round tags. When the
//! remote cannot be reached nothing local changes, and the next sync catches up.

use std::cell::Cell;

use git2::{Cred, CredentialType, FetchOptions, Oid, PushOptions, RemoteCallbacks};

use super::news::SyncNews;
use super::transport::Via;
use super::{Identity, Store, Version};

/// Where the remote's tags are fetched to, before their rounds are checked:
/// `refs/consulta/remote-tags/<remote>/<tag>`.
pub const REMOTE_TAGS: &str = "refs/consulta/remote-tags";
use crate::{Error, Result};

/// Where long network work reports what it is doing (one line at a time).
pub type Progress<'a> = &'a dyn Fn(&str);

/// What one sync did.
#[derive(Debug, Default)]
pub struct SyncReport {
    pub remote: String,
    pub url: String,
    /// The branch that was pushed.
    pub branch: String,
    /// Whether the pusher is in the manifest's secretariat (and so pushed the round tags).
    pub secretariat: bool,
    /// The current branch was fast-forwarded to the remote's (commits made elsewhere).
    pub fast_forwarded: bool,
    /// The remote's branch has commits this one lacks, and this one has commits it lacks.
    pub diverged: bool,
    /// A stakeholder's comments made on `main` were moved to this new branch of their own
    /// (`contrib/…`), and `main` was put back where the remote's is.
    pub moved_to: Option<String>,
    /// How a stakeholder's branch was brought up to date with the consultation's.
    pub caught_up: CatchUp,
    /// References pushed (`refs/heads/…`, `refs/tags/…`).
    pub pushed: Vec<String>,
    /// The stakeholder's comments that this push sent for the first time.
    pub sent: usize,
    /// Round tags of the remote that were not taken, each with why (forged, moved).
    pub tag_problems: Vec<String>,
    /// What reached this clone: decisions, rounds, other people's comments.
    pub news: SyncNews,
}

/// How a stakeholder's branch took in the consultation's branch (`origin/main`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub enum CatchUp {
    /// Not a stakeholder's sync, or the remote has no consultation branch.
    #[default]
    NotNeeded,
    /// It already contained the consultation's branch.
    UpToDate,
    /// Moved forward to it (no comment of the stakeholder's was waiting).
    FastForward,
    /// A merge commit brought it in beside the stakeholder's own unmerged comments.
    Merged(Oid),
}

/// Callbacks for talking to a remote: credentials, and progress lines.
fn callbacks<'a>(config: &'a git2::Config, progress: Progress<'a>) -> RemoteCallbacks<'a> {
    let mut cb = RemoteCallbacks::new();
    let tries = Cell::new(0u32);
    cb.credentials(move |url, user, allowed| {
        // libgit2 asks again after a refused credential: give up after a few tries instead
        // of asking forever.
        tries.set(tries.get() + 1);
        if tries.get() > 3 {
            return Err(git2::Error::from_str(&crate::t!("err-auth-failed")));
        }
        if allowed.contains(CredentialType::USER_PASS_PLAINTEXT) {
            return Cred::credential_helper(config, url, user);
        }
        if allowed.contains(CredentialType::USERNAME) {
            return Cred::username(user.unwrap_or("git"));
        }
        Cred::default()
    });
    let last = Cell::new(u32::MAX);
    cb.transfer_progress(move |p| {
        let total = p.total_objects().max(1);
        let pct = (p.received_objects() * 100 / total) as u32;
        let step = pct / 25;
        if step != last.get() && p.total_objects() > 0 {
            last.set(step);
            progress(&crate::t!(
                "lib-receiving-objects",
                percent = pct,
                done = p.received_objects(),
                total = p.total_objects(),
                kib = p.received_bytes() / 1024
            ));
        }
        true
    });
    let last_push = Cell::new(u32::MAX);
    cb.push_transfer_progress(move |current, total, bytes| {
        let pct = (current * 100 / total.max(1)) as u32;
        let step = pct / 25;
        if step != last_push.get() && total > 0 {
            last_push.set(step);
            progress(&crate::t!(
                "lib-writing-objects",
                percent = pct,
                done = current,
                total = total,
                kib = bytes / 1024
            ));
        }
    });
    cb
}

/// Fetch options with credentials and progress.
pub(crate) fn fetch_options<'a>(
    config: &'a git2::Config,
    progress: Progress<'a>,
) -> FetchOptions<'a> {
    let mut fo = FetchOptions::new();
    fo.remote_callbacks(callbacks(config, progress));
    fo
}

/// The message for a remote that could not be reached (or refused us).
pub(crate) fn unreachable(remote: &str, url: &str, why: &str, kept: &str) -> Error {
    let remote = crate::sanitize::inline(remote);
    let url = crate::sanitize::inline(url);
    let what = if remote == url {
        url.to_string()
    } else {
        format!("{remote} ({url})")
    };
    Error::Refused(crate::t!(
        "err-remote-unreachable",
        remote = what,
        why = crate::sanitize::inline(why.trim().trim_end_matches('.')),
        kept = kept
    ))
}

impl Store {
    /// Fetch from `remote`, fast-forward the current branch when the remote's is ahead, then
    /// push: the secretariat pushes the current branch and every round tag; a stakeholder pushes
    /// their own branch, after checking it with the rules `merge` applies and bringing the
    /// consultation's branch into it, so that they see the decisions, the other comments and
    /// the new rounds. A stakeholder's comments made on `main` move to a branch of their own.
    pub fn sync(&self, remote: &str, who: &Identity, progress: Progress<'_>) -> Result<SyncReport> {
        let repo = &self.repo;
        let mut r = repo.find_remote(remote).map_err(|_| {
            let known: Vec<String> = repo
                .remotes()
                .map(|l| l.iter().flatten().flatten().map(str::to_string).collect())
                .unwrap_or_default();
            Error::NotFound(if known.is_empty() {
                crate::t!(
                    "err-no-remote-add-one",
                    remote = format!("{:?}", crate::sanitize::inline(remote)),
                    command = format!("git remote add {} URL", crate::sanitize::inline(remote))
                )
            } else {
                crate::t!(
                    "err-no-remote",
                    remote = format!("{:?}", crate::sanitize::inline(remote)),
                    remotes = known.join(", ")
                )
            })
        })?;
        let url = r.url().unwrap_or("").to_string();
        let head = repo
            .head()
            .map_err(|_| Error::Refused(crate::t!("err-sync-no-commit")))?;
        if !head.is_branch() {
            return Err(Error::Refused(crate::t!(
                "err-sync-detached",
                command = "git switch NAME"
            )));
        }
        let mut branch = head.shorthand().unwrap_or("").to_string();
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        let secretariat = drafts.manifest.is_secretariat(&who.email);
        let mut report = SyncReport {
            remote: remote.to_string(),
            url: url.clone(),
            branch: branch.clone(),
            secretariat,
            ..SyncReport::default()
        };
        // What this clone had before, for "what is new".
        let before_commit = head.peel_to_commit()?.id();
        let rounds_before: Vec<String> = self.rounds()?.into_iter().map(|r| r.name).collect();
        drop(head);

        // 1. Fetch: the remote's branches as remote-tracking branches, and new tags (rounds).
        progress(&crate::t!(
            "lib-sync-fetching",
            remote = remote,
            url = crate::sanitize::inline(&url)
        ));
        let config = repo.config()?;
        let via = super::transport::via_config(&url, &config);
        {
            // Tags land in a namespace of their own, never over a local tag: a round is taken
            // only once checked (see `take_round_tags`).
            let heads = format!("+refs/heads/*:refs/remotes/{remote}/*");
            let tags = format!("+refs/tags/*:{REMOTE_TAGS}/{remote}/*");
            let kept = crate::t!("lib-nothing-fetched-or-pushed");
            let kept = kept.as_str();
            self.clear_remote_tags(remote)?;
            if via == Via::GitCommand {
                super::transport::fetch(
                    repo.path(),
                    &self.root,
                    remote,
                    &[&heads, &tags],
                    false,
                    progress,
                )
                .map_err(|f| unreachable(remote, &url, &f.0, kept))?;
            } else {
                let mut fo = fetch_options(&config, progress);
                fo.download_tags(git2::AutotagOption::None);
                r.fetch(&[heads.as_str(), tags.as_str()], Some(&mut fo), None)
                    .map_err(|e| unreachable(remote, &url, e.message(), kept))?;
            }
        }
        report.tag_problems = self.take_round_tags(remote, &drafts.manifest)?;
        // The consultation's branch on the remote: its `main` (or `master`).
        let consultation = ["main", "master"].iter().find_map(|b| {
            let c = repo
                .find_reference(&format!("refs/remotes/{remote}/{b}"))
                .and_then(|r| r.peel_to_commit())
                .ok()?;
            Some((b.to_string(), c.id()))
        });

        // 2. Catch up with the remote's copy of this branch when it is ahead.
        let local = self.branch_tip(&branch)?;
        if let Some(theirs) = self.tracking_tip(remote, &branch) {
            if theirs != local && repo.graph_descendant_of(theirs, local)? {
                if secretariat {
                    self.check_secretariat_commits(
                        theirs,
                        local,
                        &drafts.manifest,
                        &format!("{remote}/{branch}"),
                    )?;
                }
                self.move_branch(
                    &branch,
                    theirs,
                    &format!("{remote}/{branch} is ahead of your {branch}"),
                    crate::t!(
                        "lib-sync-remote-ahead",
                        remote_branch = format!("{remote}/{branch}"),
                        branch = branch.as_str()
                    ),
                )?;
                report.fast_forwarded = true;
            } else if theirs != local && !repo.graph_descendant_of(local, theirs)? {
                report.diverged = true;
            }
        }

        // 3. A stakeholder on the consultation's branch: their comments move to a branch of
        //    their own; with none, there is nothing to push.
        let on_main = branch == "main" || branch == "master";
        let mut push = true;
        if !secretariat && on_main {
            let local = self.branch_tip(&branch)?;
            let base = self.tracking_tip(remote, &branch);
            let own_commits = match base {
                Some(b) => local != b && !repo.graph_descendant_of(b, local)?,
                None => true,
            };
            if own_commits {
                // Also when the remote's main moved on meanwhile: the new branch takes it in
                // below, as any stakeholder's branch does.
                let new_branch = self.free_contrib_branch(who, local)?;
                self.switch_to_new_branch(&new_branch, local, &branch, base)?;
                progress(&crate::t!(
                    "lib-sync-moved-to-own-branch",
                    branch = new_branch.as_str()
                ));
                report.moved_to = Some(new_branch.clone());
                report.diverged = false;
                branch = new_branch;
                report.branch = branch.clone();
            } else {
                push = false;
            }
        }
        if !secretariat && push {
            // Comments go out under a complete identity; the message says how to give it.
            who.require_complete()?;
        }
        if report.diverged {
            return Err(Error::Refused(crate::t!(
                "err-sync-diverged",
                remote = remote,
                remote_branch = format!("{remote}/{branch}"),
                branch = branch.as_str(),
                next = if secretariat {
                    crate::t!(
                        "err-sync-diverged-secretariat",
                        merge = format!("consulta merge {remote}"),
                        pull = "git pull"
                    )
                } else {
                    crate::t!(
                        "err-sync-diverged-stakeholder",
                        command = "consulta send -o my-comments.bundle"
                    )
                }
            )));
        }

        // 4. A stakeholder's branch: checked as `merge` will check it, then brought up to date
        //    with the consultation's branch.
        if !secretariat && push {
            if let Some((main_name, main_tip)) = &consultation {
                let local = self.branch_tip(&branch)?;
                self.check_own_branch(&branch, local, *main_tip, &format!("{remote}/{main_name}"))?;
                report.sent =
                    self.unsent_comments(local, *main_tip, self.tracking_tip(remote, &branch))?;
                report.caught_up = self.catch_up(
                    &branch,
                    local,
                    *main_tip,
                    who,
                    &format!("{remote}/{main_name}"),
                )?;
            }
        }

        // 5. Push.
        if push {
            let mut refspecs = vec![format!("refs/heads/{branch}:refs/heads/{branch}")];
            if secretariat {
                // Only rounds the secretariat opened: a tag that came in some other way
                // (a plain `git fetch --tags`) is not published from here.
                for round in self.rounds()? {
                    let local = repo
                        .find_reference(&format!("refs/tags/{}", round.name))
                        .ok()
                        .and_then(|r| r.target());
                    let remote_has = repo
                        .find_reference(&format!("{REMOTE_TAGS}/{remote}/{}", round.name))
                        .ok()
                        .and_then(|r| r.target());
                    if remote_has.is_some_and(|t| Some(t) != local) {
                        // Moved there: said above; pushing would be refused, and forcing it
                        // would undo someone else's change unseen.
                        continue;
                    }
                    if drafts.manifest.is_secretariat(&round.opened_by_email) {
                        refspecs.push(format!("refs/tags/{0}:refs/tags/{0}", round.name));
                    } else {
                        report.tag_problems.push(crate::t!(
                            "lib-sync-round-not-pushed",
                            round = crate::sanitize::inline(&round.name),
                            by = format!("{:?}", crate::sanitize::inline(&round.opened_by_email))
                        ));
                    }
                }
            }
            progress(&crate::t!(
                "lib-sync-pushing",
                remote = remote,
                refs = refspecs
                    .iter()
                    .map(|s| s
                        .split(':')
                        .next()
                        .unwrap_or("")
                        .trim_start_matches("refs/heads/")
                        .trim_start_matches("refs/tags/"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            let rejected = std::cell::RefCell::new(Vec::new());
            let kept = crate::t!("lib-commits-safe-not-pushed");
            let kept = kept.as_str();
            if via == Via::GitCommand {
                let specs: Vec<&str> = refspecs.iter().map(String::as_str).collect();
                *rejected.borrow_mut() =
                    super::transport::push(repo.path(), &self.root, remote, &specs, progress)
                        .map_err(|f| unreachable(remote, &url, &f.0, kept))?;
            } else {
                let mut cb = callbacks(&config, progress);
                cb.push_update_reference(|name, status| {
                    if let Some(why) = status {
                        rejected.borrow_mut().push(format!("{name}: {why}"));
                    }
                    Ok(())
                });
                let mut po = PushOptions::new();
                po.remote_callbacks(cb);
                let specs: Vec<&str> = refspecs.iter().map(String::as_str).collect();
                r.push(&specs, Some(&mut po))
                    .map_err(|e| unreachable(remote, &url, e.message(), kept))?;
            }
            let rejected = rejected.into_inner();
            if !rejected.is_empty() {
                let next = if secretariat {
                    crate::t!("err-push-rejected-secretariat")
                } else {
                    crate::t!(
                        "err-push-rejected-stakeholder",
                        sync = "consulta sync",
                        send = "consulta send -o my-comments.bundle"
                    )
                };
                return Err(Error::Refused(crate::t!(
                    "err-push-rejected",
                    remote = remote,
                    why = crate::sanitize::inline(&rejected.join("; ")),
                    next = next
                )));
            }
            report.pushed = refspecs
                .iter()
                .map(|s| s.split(':').next().unwrap_or("").to_string())
                .collect();
            if secretariat {
                set_remote_head(&url, &branch);
            }
        }

        // 6. What is new here.
        let after_commit = self.branch_tip(&branch)?;
        report.news = self.news(before_commit, after_commit, &rounds_before, &who.email)?;
        Ok(report)
    }

    /// The commit a local branch points at.
    pub(crate) fn branch_tip(&self, branch: &str) -> Result<Oid> {
        Ok(self
            .repo
            .find_reference(&format!("refs/heads/{branch}"))?
            .peel_to_commit()?
            .id())
    }

    /// The commit of the remote-tracking branch `remote/branch`, if fetched.
    pub(crate) fn tracking_tip(&self, remote: &str, branch: &str) -> Option<Oid> {
        self.repo
            .find_reference(&format!("refs/remotes/{remote}/{branch}"))
            .and_then(|r| r.peel_to_commit())
            .ok()
            .map(|c| c.id())
    }

    /// Check out `target` and point the current branch at it. Safe checkout: a file changed
    /// here and not committed is never overwritten (the sync stops and says so).
    /// `why` is said in the reflog (in English, as git's own entries), `said` to the user.
    fn move_branch(&self, branch: &str, target: Oid, why: &str, said: String) -> Result<()> {
        let repo = &self.repo;
        let commit = repo.find_commit(target)?;
        let mut co = git2::build::CheckoutBuilder::new();
        co.safe();
        repo.checkout_tree(commit.as_object(), Some(&mut co))
            .map_err(|e| {
                Error::Refused(crate::t!(
                    "err-sync-would-overwrite",
                    why = said,
                    error = e.message()
                ))
            })?;
        repo.find_reference(&format!("refs/heads/{branch}"))?
            .set_target(target, &format!("consulta sync: {why}"))?;
        Ok(())
    }

    /// A `contrib/…` branch name for `who` that is free, or already points into `tip`'s
    /// history (and so can be moved there).
    pub(crate) fn free_contrib_branch(&self, who: &Identity, tip: Oid) -> Result<String> {
        let base = contrib_branch_name(who);
        for n in 1..100 {
            let name = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            match self.repo.find_reference(&format!("refs/heads/{name}")) {
                Err(_) => return Ok(name),
                Ok(r) => {
                    let at = r.peel_to_commit()?.id();
                    if at == tip || self.repo.graph_descendant_of(tip, at)? {
                        return Ok(name);
                    }
                }
            }
        }
        Err(Error::Refused(crate::t!(
            "err-sync-no-free-branch",
            first = base.as_str(),
            last = format!("{base}-99"),
            command = "git switch -c contrib/NAME"
        )))
    }

    /// Put the stakeholder's commits on `new_branch` (at `tip`) and make it the current
    /// branch; `old_branch` (no longer checked out) is set to the remote's copy of it,
    /// `old_base`, so that it holds nothing of the stakeholder's. The working tree is not
    /// touched: the new branch is where the old one was.
    pub(crate) fn switch_to_new_branch(
        &self,
        new_branch: &str,
        tip: Oid,
        old_branch: &str,
        old_base: Option<Oid>,
    ) -> Result<()> {
        let repo = &self.repo;
        let commit = repo.find_commit(tip)?;
        repo.branch(new_branch, &commit, true)?;
        repo.set_head(&format!("refs/heads/{new_branch}"))?;
        if let Some(base) = old_base {
            repo.find_reference(&format!("refs/heads/{old_branch}"))?
                .set_target(
                    base,
                    &format!("consulta sync: your comments moved to {new_branch}"),
                )?;
        }
        Ok(())
    }

    /// Comment files on `tip` that the consultation's branch (`main`) lacks and that the
    /// remote's copy of this branch (`pushed`) does not hold yet: what a push sends anew.
    pub(crate) fn unsent_comments(
        &self,
        tip: Oid,
        main: Oid,
        pushed: Option<Oid>,
    ) -> Result<usize> {
        use super::history::{subtree, tree_changes, Change, FileChange};
        let repo = &self.repo;
        let tree = |c: Oid| -> Result<Option<git2::Tree<'_>>> {
            let t = repo.find_commit(c)?.tree()?;
            subtree(repo, &t, "comments")
        };
        let (new, old) = (tree(tip)?, tree(main)?);
        let mut changes: Vec<FileChange> = Vec::new();
        tree_changes(repo, old.as_ref(), new.as_ref(), "comments", &mut changes)?;
        let on_remote = match pushed {
            Some(p) => Some(repo.find_commit(p)?.tree()?),
            None => None,
        };
        Ok(changes
            .iter()
            .filter(|c| c.change == Change::Added && !c.path.ends_with(".disposition.json"))
            .filter(|c| {
                on_remote
                    .as_ref()
                    .is_none_or(|t| t.get_path(std::path::Path::new(&c.path)).is_err())
            })
            .count())
    }

    /// Refuse to push a branch that `merge` would refuse, saying why and how to undo it.
    pub(crate) fn check_own_branch(
        &self,
        branch: &str,
        tip: Oid,
        main: Oid,
        main_name: &str,
    ) -> Result<()> {
        let repo = &self.repo;
        if tip == main || repo.graph_descendant_of(main, tip)? {
            return Ok(());
        }
        let main_commit = repo.find_commit(main)?;
        let rounds = self.round_drafts()?;
        let c = self.validate(branch, tip, &main_commit, &rounds)?;
        if c.problems.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = c.problems.iter().map(|p| format!("  {p}")).collect();
        Err(Error::Refused(format!(
            "{}\n{}\n{}",
            crate::t!(
                "err-sync-not-sending",
                branch = branch,
                merge = "consulta merge"
            ),
            list.join("\n"),
            crate::t!(
                "err-sync-not-sending-next",
                propose = "consulta comment add --propose TEXT",
                rebase = format!("git rebase -i {main_name}"),
                sync = "consulta sync"
            )
        )))
    }

    /// Bring the consultation's branch (`main`, at `theirs`) into the stakeholder's `branch`
    /// (at `ours`): a fast-forward when nothing of theirs waits, else a merge commit (comment
    /// files never collide, so it cannot conflict; if it would, nothing changes).
    fn catch_up(
        &self,
        branch: &str,
        ours: Oid,
        theirs: Oid,
        who: &Identity,
        main_name: &str,
    ) -> Result<CatchUp> {
        let repo = &self.repo;
        if ours == theirs || repo.graph_descendant_of(ours, theirs)? {
            return Ok(CatchUp::UpToDate);
        }
        let _lock = self.writer_lock()?;
        if repo.graph_descendant_of(theirs, ours)? {
            self.move_branch(
                branch,
                theirs,
                &format!("{main_name} has the secretariat's new work"),
                crate::t!("lib-sync-new-work", branch = main_name),
            )?;
            return Ok(CatchUp::FastForward);
        }
        let (a, b) = (repo.find_commit(ours)?, repo.find_commit(theirs)?);
        let mut index = repo.merge_commits(&a, &b, None)?;
        if index.has_conflicts() {
            return Err(Error::Refused(crate::t!(
                "err-sync-conflict",
                branch = branch,
                main = main_name
            )));
        }
        let tree = repo.find_tree(index.write_tree_to(repo)?)?;
        let sig = who.signature()?;
        let message = format!(
            "Bring in {main_name}: the secretariat's decisions, other comments and rounds\n\n(consulta sync; this merge adds nothing of its own)\n"
        );
        let oid = super::signing::commit(repo, false, &sig, &sig, &message, &tree, &[&a, &b])?
            .map_err(|e| super::write::git_write_error(repo.path(), e))?;
        self.move_branch(
            branch,
            oid,
            &format!("{main_name} has the secretariat's new work"),
            crate::t!("lib-sync-new-work", branch = main_name),
        )?;
        Ok(CatchUp::Merged(oid))
    }
}

/// `contrib/<the local part of the e-mail>`, lower-case, other characters as `-`.
pub fn contrib_branch_name(who: &Identity) -> String {
    let local_part = who.email.split('@').next().unwrap_or("");
    let slug: String = local_part
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug.trim_matches('-');
    format!("contrib/{}", if slug.is_empty() { "me" } else { slug })
}

/// A remote reached by path whose HEAD names no existing branch (a plain `git init --bare`
/// names `master`, or whatever `init.defaultBranch` says) gets HEAD pointed at the branch
/// just pushed, so that a `git clone` of it checks the consultation out. Best effort: other
/// remotes are left as they are.
fn set_remote_head(url: &str, branch: &str) {
    let path = url.strip_prefix("file://").unwrap_or(url);
    if path.contains("://") {
        return;
    }
    let Ok(bare) = git2::Repository::open_bare(path) else {
        return;
    };
    let head_ok = bare
        .find_reference("HEAD")
        .ok()
        .and_then(|h| h.symbolic_target().ok().flatten().map(str::to_string))
        .is_some_and(|t| bare.find_reference(&t).is_ok());
    if !head_ok && bare.find_reference(&format!("refs/heads/{branch}")).is_ok() {
        let _ = bare.set_head(&format!("refs/heads/{branch}"));
    }
}
