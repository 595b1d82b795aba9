//! `consulta sync`: fetch from and push to a remote: file paths, `git://` and `http://`
//! through libgit2; `https://` and ssh through the `git` command, with the user's credential
//! helper and ssh set-up (see [`super::transport`]). A stakeholder
//! pushes their own branch; the secretariat pushes its branch and the round tags. When the
//! remote cannot be reached nothing local changes, and the next sync catches up.

use std::cell::Cell;

use git2::{Cred, CredentialType, FetchOptions, PushOptions, RemoteCallbacks};

use super::transport::Via;
use super::{Identity, Store, Version};
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
    /// References pushed (`refs/heads/…`, `refs/tags/…`).
    pub pushed: Vec<String>,
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
            return Err(git2::Error::from_str(
                "authentication failed: the remote refused the credentials (store them with git's credential helper)",
            ));
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
            progress(&format!(
                "receiving objects: {pct}% ({}/{}), {} KiB",
                p.received_objects(),
                p.total_objects(),
                p.received_bytes() / 1024
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
            progress(&format!(
                "writing objects: {pct}% ({current}/{total}), {} KiB",
                bytes / 1024
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
    Error::Refused(format!(
        "cannot reach the remote {what}: {}. Everything is kept here ({kept}); run the command again when the remote can be reached",
        crate::sanitize::inline(why.trim().trim_end_matches('.'))
    ))
}

impl Store {
    /// Fetch from `remote`, fast-forward the current branch when the remote's is ahead, then
    /// push: the secretariat pushes the current branch and every round tag; a stakeholder pushes
    /// the current branch, which must not be `main` (or `master`).
    pub fn sync(&self, remote: &str, who: &Identity, progress: Progress<'_>) -> Result<SyncReport> {
        let repo = &self.repo;
        let mut r = repo.find_remote(remote).map_err(|_| {
            let known: Vec<String> = repo
                .remotes()
                .map(|l| l.iter().flatten().flatten().map(str::to_string).collect())
                .unwrap_or_default();
            Error::NotFound(if known.is_empty() {
                format!(
                    "there is no remote {:?}: add the consultation's shared repository with `git remote add {} URL`",
                    crate::sanitize::inline(remote),
                    crate::sanitize::inline(remote)
                )
            } else {
                format!(
                    "there is no remote {:?}; the remotes are: {}",
                    crate::sanitize::inline(remote),
                    known.join(", ")
                )
            })
        })?;
        let url = r.url().unwrap_or("").to_string();
        let head = repo.head().map_err(|_| {
            Error::Refused("the repository has no commit yet: nothing to sync".into())
        })?;
        if !head.is_branch() {
            return Err(Error::Refused(
                "HEAD is not on a branch (detached): switch to your branch first (`git switch NAME`)".into(),
            ));
        }
        let branch = head.shorthand().unwrap_or("").to_string();
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        let secretariat = drafts.manifest.is_secretariat(&who.email);
        let mut report = SyncReport {
            remote: remote.to_string(),
            url: url.clone(),
            branch: branch.clone(),
            secretariat,
            ..SyncReport::default()
        };

        // 1. Fetch: the remote's branches as remote-tracking branches, and new tags (rounds).
        progress(&format!(
            "fetching from {remote} ({})",
            crate::sanitize::inline(&url)
        ));
        let config = repo.config()?;
        let via = super::transport::via_config(&url, &config);
        {
            let refspec = format!("+refs/heads/*:refs/remotes/{remote}/*");
            let kept = "nothing was fetched or pushed";
            if via == Via::GitCommand {
                super::transport::fetch(
                    repo.path(),
                    &self.root,
                    remote,
                    &[&refspec],
                    true,
                    progress,
                )
                .map_err(|f| unreachable(remote, &url, &f.0, kept))?;
            } else {
                let mut fo = fetch_options(&config, progress);
                fo.download_tags(git2::AutotagOption::All);
                r.fetch(&[refspec.as_str()], Some(&mut fo), None)
                    .map_err(|e| unreachable(remote, &url, e.message(), kept))?;
            }
        }

        // 2. Catch up with the remote's copy of this branch when it is ahead.
        let local = head.peel_to_commit()?.id();
        if let Ok(theirs) = repo
            .find_reference(&format!("refs/remotes/{remote}/{branch}"))
            .and_then(|r| r.peel_to_commit())
        {
            let theirs = theirs.id();
            if theirs != local && repo.graph_descendant_of(theirs, local)? {
                let target = repo.find_commit(theirs)?;
                let mut co = git2::build::CheckoutBuilder::new();
                co.safe();
                repo.checkout_tree(target.as_object(), Some(&mut co))
                    .map_err(|e| {
                        Error::Refused(format!(
                            "{remote}/{branch} is ahead of your {branch}, but bringing its files here would overwrite your uncommitted changes ({}); commit or set them aside and sync again",
                            e.message()
                        ))
                    })?;
                repo.find_reference(&format!("refs/heads/{branch}"))?
                    .set_target(
                        theirs,
                        &format!("consulta sync: fast-forward to {remote}/{branch}"),
                    )?;
                report.fast_forwarded = true;
            } else if theirs != local && !repo.graph_descendant_of(local, theirs)? {
                report.diverged = true;
            }
        }

        // 3. Push.
        if !secretariat && (branch == "main" || branch == "master") {
            let local_part = who.email.split('@').next().unwrap_or("me");
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
            return Err(Error::Refused(format!(
                "fetched from {remote}, but not pushing {branch}: only the secretariat ({}) pushes {branch}. Put your comments on your own branch and sync again: `git switch -c contrib/{slug}` then `consulta sync`",
                drafts.manifest.secretariat.join(", ")
            )));
        }
        if report.diverged {
            return Err(Error::Refused(format!(
                "fetched from {remote}, but not pushing: {remote}/{branch} has commits that your {branch} lacks, and the reverse. {}",
                if secretariat {
                    format!("Take in the remote's work with `consulta merge {remote}` (stakeholders' comments), or `git pull` for the secretariat's own commits, then sync again")
                } else {
                    "Bring in the remote's commits with `git pull --rebase`, then sync again".into()
                }
            )));
        }
        let mut refspecs = vec![format!("refs/heads/{branch}:refs/heads/{branch}")];
        if secretariat {
            for round in self.rounds()? {
                refspecs.push(format!("refs/tags/{0}:refs/tags/{0}", round.name));
            }
        }
        progress(&format!(
            "pushing {} to {remote}",
            refspecs
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
        let kept = "your commits are safe but not pushed";
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
            return Err(Error::Refused(format!(
                "the remote {remote} refused: {}. Your commits are kept here; fetch what changed (`git pull --rebase`) and sync again",
                crate::sanitize::inline(&rejected.join("; "))
            )));
        }
        report.pushed = refspecs
            .iter()
            .map(|s| s.split(':').next().unwrap_or("").to_string())
            .collect();
        Ok(report)
    }
}
