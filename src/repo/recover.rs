//! Settling what a stopped write left, under the writer lock, before any new write: a
//! changed file whose commit never happened is put back from its undo link, a new record is
//! committed, a committed record missing on disk is written back.

use std::fs;
use std::path::Path;

use git2::Signature;

use super::verify::file_holds;
use super::write::*;
use super::Store;
use crate::model::{parse_comment, parse_disposition};
use crate::Result;

impl Store {
    /// Complete record files under `comments/` that are not in HEAD: left by a process that
    /// was stopped between writing and committing. Takes the writer lock and first repairs
    /// what stopped writers left (see [`Store::recover_locked`]), committing nothing.
    pub fn pending_records(&self) -> Result<Vec<String>> {
        let _lock = self.writer_lock()?;
        let (pending, stale_index) = self.scan_interrupted_locked()?;
        self.repair_index_locked(IndexRepair(stale_index));
        if pending.is_empty() {
            self.journal_end_locked();
        }
        Ok(pending)
    }

    /// Repair what processes stopped while writing left, then commit each complete pending
    /// record under its author (see [`Store::recover_locked`]). Every write command runs this
    /// first. Returns how many records were committed.
    pub fn commit_pending(&self) -> Result<usize> {
        let _lock = self.writer_lock()?;
        let (n, repair) = self.recover_locked()?;
        self.repair_index_locked(repair);
        self.journal_end_locked();
        Ok(n)
    }

    /// [`Store::commit_pending`] at the start of a write command, which passes the returned
    /// index repair to its own write ([`Store::commit_files_repairing`]): the repair is made
    /// only if the command succeeds.
    pub(crate) fn recover(&self) -> Result<IndexRepair> {
        let _lock = self.writer_lock()?;
        Ok(self.recover_locked()?.1)
    }

    /// What a write stopped at any moment (by SIGKILL, a crash, a power cut) left, repaired
    /// under the writer lock (so no live writer owns any of it), in `comments/` and `drafts/`:
    ///
    /// - a file that existed before the write is rolled back (the command never said it was
    ///   done): its `.<name>.tmp-undo-<pid>` hard link is the journal, see
    ///   [`Store::recover_undo_link`];
    /// - other temporary files (`.<name>.tmp-<pid>`) are removed;
    /// - a new complete record under `comments/` not in HEAD is rolled forward: committed under
    ///   its author ("Recover an uncommitted …"); incomplete or invalid ones are left alone for
    ///   `consulta check` to report;
    /// - a committed record under `comments/` missing from the working tree (a merge stopped
    ///   between its commit and writing the files) is written back from HEAD;
    /// - a file whose content is HEAD's but whose index entry is not (stopped before the
    ///   index update) is returned, to be put back in the index (so that `git status` is
    ///   clean) when the command succeeds: see [`Store::repair_index_locked`].
    ///
    /// Returns how many records were committed, and the index repair.
    pub(crate) fn recover_locked(&self) -> Result<(usize, IndexRepair)> {
        let (pending, mut stale_index) = self.scan_interrupted_locked()?;
        let mut n = 0;
        for path in pending {
            let abs = self.root.join(&path);
            let Ok(bytes) = fs::read(&abs) else { continue };
            let (sig, what) = if path.ends_with(".disposition.json") {
                match parse_disposition(&path, &bytes) {
                    (Some(d), p) if p.is_empty() => {
                        (Signature::now(&d.by.name, &d.by.email)?, "disposition")
                    }
                    _ => continue,
                }
            } else {
                match parse_comment(&path, &bytes) {
                    (Some(c), p) if p.is_empty() => {
                        (Signature::now(&c.author.name, &c.author.email)?, "comment")
                    }
                    _ => continue,
                }
            };
            let fw = [FileWrite::new(path.clone(), bytes)];
            self.commit_paths_locked(
                &fw,
                &format!("Recover an uncommitted {what}: {path}"),
                &sig,
                &sig,
            )?;
            if !self.sync_index_locked(&fw) {
                // Repaired with the others when the command succeeds.
                stale_index.push(FileWrite::new(path.clone(), Vec::new()));
            }
            n += 1;
        }
        Ok((n, IndexRepair(stale_index)))
    }

    /// The scan of [`Store::recover_locked`]: repairs the temporary files, rolled-back writes
    /// and missing committed records; returns the pending new records (sorted) and the paths
    /// whose index entries must be brought in line with HEAD.
    ///
    /// Only the paths the intent journal names are looked at (see `super::journal`): without a
    /// journal, no write was stopped, and nothing is read.
    fn scan_interrupted_locked(&self) -> Result<(Vec<String>, Vec<FileWrite>)> {
        let journal = self.journal_paths_locked();
        if journal.is_empty() {
            return Ok((Vec::new(), Vec::new()));
        }
        // Paths under comments/ and drafts/ only, as consulta writes them.
        let paths: Vec<String> = journal
            .into_iter()
            .filter(|p| p.starts_with("comments/") || p.starts_with("drafts/"))
            .filter(|p| super::safe_relative(p).is_ok())
            .collect();
        // Temporary files first, in the folders of the journal's paths: rolling a write back
        // changes the file it belongs to.
        let mut dirs = std::collections::BTreeSet::new();
        for path in &paths {
            if let Some(dir) = self.root.join(path).parent() {
                dirs.insert(dir.to_path_buf());
            }
        }
        for dir in &dirs {
            self.clean_temporary_files_locked(dir);
        }
        let head_tree = match self.repo.head() {
            Ok(h) => Some(h.peel_to_tree()?),
            Err(_) => None,
        };
        let mut pending = Vec::new();
        let mut stale_index = Vec::new();
        for path in &paths {
            let name = path.rsplit('/').next().unwrap_or(path);
            if path.contains(".tmp-") || name.starts_with('.') {
                continue;
            }
            let record = path.starts_with("comments/") && path.ends_with(".json");
            let abs = self.root.join(path);
            let in_head = head_tree
                .as_ref()
                .and_then(|t| t.get_path(Path::new(path)).ok())
                .filter(|e| e.kind() == Some(git2::ObjectType::Blob))
                .map(|e| e.id());
            let Some(committed) = in_head else {
                if record && abs.is_file() {
                    pending.push(path.clone());
                }
                continue;
            };
            let meta = fs::symlink_metadata(&abs);
            // An empty record file is one whose data never reached the disk (files are
            // flushed together after their renames, see `write_files_together`): as absent.
            let empty = matches!(&meta, Ok(m) if m.is_file() && m.len() == 0);
            match meta {
                _ if empty && record => {
                    let blob = self.repo.find_blob(committed)?;
                    if blob.content().is_empty() {
                        continue;
                    }
                    atomic_write(&abs, blob.content())?;
                    eprintln!(
                        "{}",
                        crate::t!(
                            "lib-recover-was-empty",
                            path = crate::sanitize::inline(path)
                        )
                    );
                    stale_index.push(FileWrite::new(path.clone(), Vec::new()));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && record => {
                    // Committed, but not (or no longer) on disk: a merge stopped between its
                    // commit and writing the files. Put it back as committed.
                    let blob = self.repo.find_blob(committed)?;
                    atomic_write(&abs, blob.content())?;
                    eprintln!(
                        "{}",
                        crate::t!(
                            "lib-recover-was-missing",
                            path = crate::sanitize::inline(path)
                        )
                    );
                    stale_index.push(FileWrite::new(path.clone(), Vec::new()));
                }
                // HEAD's content with a stale index entry: a process stopped after its commit
                // and before the index update. Put it back in the index.
                Ok(m) if m.is_file() && file_holds(&abs, committed) => {
                    stale_index.push(FileWrite::new(path.clone(), Vec::new()));
                }
                _ => {}
            }
        }
        pending.sort();
        Ok((pending, stale_index))
    }

    /// Under the writer lock: the temporary files in `dir` left by writers that were stopped.
    /// An undo link (`.<name>.tmp-undo-<pid>`) is the journal of an interrupted write and is
    /// settled by [`Store::recover_undo_link`]; other temporary files are removed.
    pub(crate) fn clean_temporary_files_locked(&self, dir: &Path) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with('.') && name.contains(".tmp-")) {
                continue;
            }
            match undo_target(&name) {
                Some(target) => self.recover_undo_link(&e.path(), &dir.join(target)),
                None => {
                    let _ = fs::remove_file(e.path());
                }
            }
        }
    }

    /// Settle the undo link `link` of `file` left by a write that was stopped (the caller holds
    /// the writer lock): the link is what the file held before the write.
    ///
    /// - The file holds HEAD's content: the commit was made (or the file was never
    ///   replaced). The link is removed.
    /// - The link holds HEAD's content: the write was stopped before its commit, and the
    ///   command never said it was done. The link is renamed back over the file, with a
    ///   warning.
    /// - Otherwise (the file held uncommitted changes before the write): the file is left as
    ///   it is, the link removed, with a warning.
    fn recover_undo_link(&self, link: &Path, file: &Path) {
        let rel = file
            .strip_prefix(&self.root)
            .unwrap_or(file)
            .to_string_lossy()
            .replace('\\', "/");
        let committed = self
            .repo
            .head()
            .and_then(|h| h.peel_to_tree())
            .ok()
            .and_then(|t| t.get_path(Path::new(&rel)).ok())
            .map(|e| e.id());
        let hash = |p: &Path| git2::Oid::hash_file(git2::ObjectType::Blob, p).ok();
        let now = if file.is_file() { hash(file) } else { None };
        let old = hash(link);
        let holds_committed = |p: &Path| committed.is_some_and(|c| file_holds(p, c));
        if (now.is_some() && holds_committed(file)) || old.is_none() || now == old {
            let _ = fs::remove_file(link);
        } else if holds_committed(link) {
            // File names may come from a stakeholder's branch: shown inert.
            let rel = crate::sanitize::inline(&rel);
            match fs::rename(link, file) {
                Ok(()) => {
                    if let Some(d) = file.parent().and_then(|d| fs::File::open(d).ok()) {
                        let _ = d.sync_all();
                    }
                    eprintln!("{}", crate::t!("lib-recover-put-back", path = rel.as_ref()));
                }
                Err(e) => eprintln!(
                    "{}",
                    crate::t!(
                        "lib-recover-not-put-back",
                        path = rel.as_ref(),
                        error = e.to_string(),
                        command = format!("git checkout -- {rel}")
                    )
                ),
            }
            let _ = fs::remove_file(link);
        } else {
            let _ = fs::remove_file(link);
            let rel = crate::sanitize::inline(&rel);
            eprintln!(
                "{}",
                crate::t!(
                    "lib-recover-left",
                    path = rel.as_ref(),
                    command = format!("git diff -- {rel}")
                )
            );
        }
    }
}

/// The file an undo link (`.<name>.tmp-undo-<pid>`) keeps the old version of, if `link_name`
/// is one.
fn undo_target(link_name: &str) -> Option<&str> {
    let (target, pid) = link_name.strip_prefix('.')?.rsplit_once(".tmp-undo-")?;
    (!target.is_empty() && !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
        .then_some(target)
}
