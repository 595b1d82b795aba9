//! Taking part without push rights: `consulta send -o FILE` writes the stakeholder's
//! contribution as a git bundle (the commits `sync` would push) to attach to an e-mail, and
//! `consulta merge FILE.bundle` takes it in exactly as a branch, with the same checks.
//! libgit2 reads and writes no bundles, so the `git` command does.

use std::path::{Path, PathBuf};

use super::sync::Progress;
use super::{Identity, Store};
use crate::{Error, Result};

/// What `send` wrote.
#[derive(Debug)]
pub struct SendReport {
    pub path: PathBuf,
    /// The branch the bundle carries.
    pub branch: String,
    /// Comment files in it.
    pub comments: usize,
    /// The stakeholder's comments were moved from `main` to this new branch of their own.
    pub moved_to: Option<String>,
}

/// Does `path` name a git bundle (by its first line)?
pub fn is_bundle(path: &str) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .is_ok_and(|n| {
            let h = &head[..n];
            h.starts_with(b"# v2 git bundle") || h.starts_with(b"# v3 git bundle")
        })
}

impl Store {
    /// Write the current branch's comments that the consultation lacks to `out`, as a git
    /// bundle, after checking them with the rules `merge` applies. Comments made on `main`
    /// move to a branch of the stakeholder's own first, as `sync` does.
    pub fn send(&self, who: &Identity, out: &Path, progress: Progress<'_>) -> Result<SendReport> {
        crate::output_file::refuse_folder(out)?;
        let repo = &self.repo;
        let head = repo
            .head()
            .map_err(|_| Error::Refused(crate::t!("err-send-no-commit")))?;
        if !head.is_branch() {
            return Err(Error::Refused(crate::t!(
                "err-sync-detached",
                command = "git switch NAME"
            )));
        }
        let mut branch = head.shorthand().unwrap_or("").to_string();
        let tip = head.peel_to_commit()?.id();
        drop(head);
        // What the secretariat already has: the remote's main, else the latest round.
        let (base, base_name) = match ["main", "master"].iter().find_map(|b| {
            self.tracking_tip("origin", b)
                .map(|t| (t, format!("origin/{b}")))
        }) {
            Some(found) => found,
            None => {
                let r = self.current_round()?;
                (r.commit, r.name)
            }
        };
        if tip == base || repo.graph_descendant_of(base, tip)? {
            return Err(Error::Refused(crate::t!(
                "err-send-nothing",
                command = "consulta comment add"
            )));
        }
        let mut moved_to = None;
        if branch == "main" || branch == "master" {
            let new_branch = self.free_contrib_branch(who, tip)?;
            let old_base = self.tracking_tip("origin", &branch);
            self.switch_to_new_branch(&new_branch, tip, &branch, old_base)?;
            moved_to = Some(new_branch.clone());
            branch = new_branch;
        }
        self.check_own_branch(&branch, tip, base, &base_name)?;
        let comments = self.unsent_comments(tip, base, None)?;
        // git writes the bundle in a private temporary folder; it is then copied to `out` as
        // every file the user names is written (`crate::output_file`): a reader never sees
        // half a bundle, and a link, a FIFO or `-` get what a shell redirection would give.
        let work = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
        let bundle = work.path().join("contribution.bundle");
        super::transport::bundle_create(
            repo.path(),
            &self.root,
            &bundle,
            &[format!("refs/heads/{branch}"), format!("^{base}")],
            progress,
        )
        .map_err(|f| Error::Refused(crate::t!("err-send-bundle-failed", why = f.0)))?;

        crate::output_file::write_with(out, &mut |w| {
            std::io::copy(&mut std::fs::File::open(&bundle)?, w).map(|_| ())
        })?;
        Ok(SendReport {
            path: out.to_path_buf(),
            branch,
            comments,
            moved_to,
        })
    }
}
