//! `consulta join URL [DIR]`: from nothing to reading the draft. Clone the consultation, take
//! the consultation's branch even when the remote's HEAD names none, store who the
//! stakeholder is, and put them on a branch of their own (`contrib/…`), where `sync` and
//! `send` find their comments.

use std::path::{Path, PathBuf};

use super::sync::{contrib_branch_name, fetch_options, Progress};
use super::transport::Via;
use super::{Identity, Store, MANIFEST};
use crate::{Error, Result};

/// What `join` did.
#[derive(Debug)]
pub struct JoinReport {
    pub dir: PathBuf,
    pub title: String,
    /// The stakeholder's own branch.
    pub branch: String,
    /// Identity fields still to give (`consulta whoami …`), by their flags.
    pub missing: Vec<&'static str>,
}

/// The folder a clone of `url` goes to by default: the last part of the URL, without `.git`.
pub fn default_dir(url: &str) -> PathBuf {
    let last = url
        .trim_end_matches(['/', '\\'])
        .rsplit(['/', '\\', ':'])
        .next()
        .unwrap_or("");
    let name = last.strip_suffix(".git").unwrap_or(last);
    PathBuf::from(if name.is_empty() {
        "consultation"
    } else {
        name
    })
}

impl Store {
    /// Clone `url` into `dir` (which must not exist, or be empty), store `who` (what of it is
    /// given) in the clone's git config, and switch to the stakeholder's own branch.
    pub fn join(
        url: &str,
        dir: &Path,
        who: &Identity,
        progress: Progress<'_>,
    ) -> Result<(Store, JoinReport)> {
        if dir.exists()
            && std::fs::read_dir(dir)
                .map(|mut d| d.next().is_some())
                .unwrap_or(true)
        {
            return Err(Error::Refused(crate::t!(
                "err-join-folder-not-empty",
                path = dir.display().to_string(),
                command = "consulta join URL FOLDER"
            )));
        }
        who.validate()?;
        progress(&crate::t!(
            "lib-join-copying",
            url = crate::sanitize::inline(url)
        ));
        let cfg = git2::Config::open_default().ok();
        let setting = cfg
            .as_ref()
            .and_then(|c| c.get_string("consulta.transport").ok());
        let cloned = if super::transport::via(url, setting.as_deref()) == Via::GitCommand {
            super::transport::clone(url, dir, progress).map_err(|f| f.0)
        } else {
            let empty = git2::Config::new()?;
            let config = cfg.unwrap_or(empty);
            let mut builder = git2::build::RepoBuilder::new();
            builder.fetch_options(fetch_options(&config, progress));
            builder
                .clone(url, dir)
                .map(|_| ())
                .map_err(|e| e.message().to_string())
        };
        if let Err(why) = cloned {
            // Nothing half-made is left behind.
            let _ = std::fs::remove_dir_all(dir);
            return Err(Error::Refused(crate::t!(
                "err-join-failed",
                url = crate::sanitize::inline(url),
                why = crate::sanitize::inline(why.trim())
            )));
        }
        let repo = git2::Repository::open(dir)?;
        // A bare remote made by `git init --bare` names no existing branch: take its main.
        if repo.head().is_err() {
            let main = ["main", "master"].iter().find_map(|b| {
                repo.find_reference(&format!("refs/remotes/origin/{b}"))
                    .and_then(|r| r.peel_to_commit())
                    .ok()
                    .map(|c| (b.to_string(), c))
            });
            let Some((name, commit)) = main else {
                let _ = std::fs::remove_dir_all(dir);
                return Err(Error::NotFound(crate::t!(
                    "err-join-empty",
                    url = crate::sanitize::inline(url),
                    command = "consulta sync"
                )));
            };
            repo.branch(&name, &commit, false)?;
            repo.set_head(&format!("refs/heads/{name}"))?;
            repo.checkout_head(Some(git2::build::CheckoutBuilder::new().force()))?;
        }
        if !dir.join(MANIFEST).is_file() {
            let _ = std::fs::remove_dir_all(dir);
            return Err(Error::NotFound(crate::t!(
                "err-join-not-consultation",
                url = crate::sanitize::inline(url),
                file = MANIFEST
            )));
        }
        let store = Store::open(dir)?;
        let (drafts, _) = store.drafts(&super::Version::WorkTree)?;
        if !who.category.is_empty()
            && !drafts
                .manifest
                .categories
                .iter()
                .any(|c| c.id == who.category)
        {
            return Err(Error::Invalid(crate::t!(
                "err-join-bad-category",
                category = format!("{:?}", who.category),
                categories = drafts
                    .manifest
                    .categories
                    .iter()
                    .map(|c| c.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        who.save(Some(store.git()), false)?;

        let branch = if who.email.is_empty() {
            "contrib/me".to_string()
        } else {
            contrib_branch_name(who)
        };
        {
            let head = store.git().head()?.peel_to_commit()?;
            store.git().branch(&branch, &head, false)?;
        }
        store.git().set_head(&format!("refs/heads/{branch}"))?;
        let missing = who.missing().iter().map(|f| f.flag()).collect();
        let report = JoinReport {
            dir: store.root().to_path_buf(),
            title: drafts.manifest.title.clone(),
            branch,
            missing,
        };
        Ok((store, report))
    }
}
