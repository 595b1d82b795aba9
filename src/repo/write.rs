//! Writing records: write each file to a temporary file renamed over it, flush them, then
//! commit only those paths on the current branch (a tree made from the changed paths). The index is never used to build the tree, so unrelated staged or unstaged
//! changes are never swept into a consulta commit.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use git2::{ErrorCode, Oid, Signature};

use super::verify::file_holds;
use super::{safe_relative, Store};

use crate::{Error, Result};

/// One file to write and commit, relative to the repository root. `None` removes it.
#[derive(Debug, Clone)]
pub struct FileWrite {
    pub path: String,
    pub content: Option<Vec<u8>>,
}

impl FileWrite {
    pub fn new(path: impl Into<String>, content: impl Into<Vec<u8>>) -> Self {
        FileWrite {
            path: path.into(),
            content: Some(content.into()),
        }
    }

    pub fn remove(path: impl Into<String>) -> Self {
        FileWrite {
            path: path.into(),
            content: None,
        }
    }
}

/// How often, and how long apart, a commit is retried when another writer got there first.
const COMMIT_ATTEMPTS: u32 = 50;
const RETRY_PAUSE: Duration = Duration::from_millis(40);
/// How long a writer waits for another consulta process to finish its commit.
const LOCK_WAIT: Duration = Duration::from_secs(30);
/// A git lock file this old, found while holding consulta's writer lock, is stale.
pub const STALE_LOCK_AGE: Duration = Duration::from_secs(2);
/// How long a commit is retried while a branch stays locked: long enough for a lock left by a
/// killed process to become stale and be removed.
const LOCKED_RETRY: Duration = Duration::from_millis(3_000);

/// Held while committing; released on drop (or by the system when the process dies).
pub(crate) struct WriterLock {
    _file: fs::File,
}

/// A signature at a fixed time (for reproducible demo repositories).
pub fn signature_at(name: &str, email: &str, ts: jiff::Timestamp) -> Result<Signature<'static>> {
    Ok(Signature::new(
        name,
        email,
        &git2::Time::new(ts.as_second(), 0),
    )?)
}

/// Write `bytes` to `path` so that a reader sees either the old file or the whole new one.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| write_error(dir, e))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        rename_replacing(&tmp, path)?;
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(write_error(path, e));
    }
    Ok(())
}

/// Write many files as [`atomic_write`] does, each through a temporary file renamed over its
/// name, but made durable together: on Linux one `syncfs` of their file system after the last
/// rename instead of two flushes per file (a merge of 20,000 comments spent nearly all its
/// time waiting on 40,000 flushes). Elsewhere each file is flushed as `atomic_write` does.
/// Stops at the first failure, returning it.
pub(crate) fn write_files_together(files: &[(std::path::PathBuf, &[u8])]) -> Result<()> {
    // `syncfs` also waits for every other program's unwritten data on that file system (a
    // build beside it, say): a few files are flushed one by one.
    const FLUSH_ONE_BY_ONE: usize = 32;
    if files.len() <= FLUSH_ONE_BY_ONE {
        for (path, bytes) in files {
            atomic_write(path, bytes)?;
        }
        return Ok(());
    }
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let mut made: std::collections::HashSet<&Path> = std::collections::HashSet::new();
        for (path, bytes) in files {
            let dir = path.parent().unwrap_or(Path::new("."));
            if made.insert(dir) {
                fs::create_dir_all(dir).map_err(|e| write_error(dir, e))?;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
            let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
            let written = fs::write(&tmp, bytes).and_then(|()| rename_replacing(&tmp, path));
            if let Err(e) = written {
                let _ = fs::remove_file(&tmp);
                return Err(write_error(path, e));
            }
        }
        if let Some((first, _)) = files.first() {
            let dir = first.parent().unwrap_or(Path::new("."));
            let d = fs::File::open(dir).map_err(|e| write_error(dir, e))?;
            // SAFETY: a plain system call on a descriptor that `d` keeps open.
            if unsafe { libc::syncfs(d.as_raw_fd()) } != 0 {
                return Err(write_error(dir, std::io::Error::last_os_error()));
            }
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        for (path, bytes) in files {
            atomic_write(path, bytes)?;
        }
        Ok(())
    }
}

/// How long a rename onto a file that another program holds open is retried on Windows.
#[cfg(windows)]
const RENAME_WAIT: Duration = Duration::from_secs(2);

/// `fs::rename`, retried for a moment on Windows: there a file that another program holds
/// open without sharing deletion (an antivirus scan, the search indexer, a sync client) cannot
/// be replaced until it is closed, which is usually a matter of milliseconds. The error is a
/// sharing violation (32) or access denied (5); any other is returned at once.
pub(crate) fn rename_replacing(from: &Path, to: &Path) -> std::io::Result<()> {
    #[cfg(windows)]
    {
        let started = std::time::Instant::now();
        loop {
            match fs::rename(from, to) {
                Err(e)
                    if matches!(e.raw_os_error(), Some(5 | 32))
                        && started.elapsed() < RENAME_WAIT =>
                {
                    std::thread::sleep(Duration::from_millis(20));
                }
                done => return done,
            }
        }
    }
    #[cfg(not(windows))]
    fs::rename(from, to)
}

/// What to do about a full disk, and about a read-only file system (the last words of the
/// errors below).
fn full_disk_advice() -> String {
    crate::t!("err-full-disk-advice")
}

fn read_only_advice() -> String {
    crate::t!("err-read-only-advice")
}

/// A failed write, said plainly when the disk is full or the file system is read-only (with
/// the path); any other error as it is.
pub(crate) fn write_error(path: &Path, e: std::io::Error) -> Error {
    use std::io::ErrorKind;
    let os = e
        .raw_os_error()
        .map(|n| format!(" (os error {n})"))
        .unwrap_or_default();
    match e.kind() {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Error::Refused(format!(
            "{}{os}; {}",
            crate::t!("err-disk-full", path = path.display().to_string()),
            full_disk_advice()
        )),
        ErrorKind::ReadOnlyFilesystem => Error::Refused(format!(
            "{}{os}; {}",
            crate::t!("err-read-only", path = path.display().to_string()),
            read_only_advice()
        )),
        _ => Error::io(path, e),
    }
}

/// A libgit2 error of a write in the git folder `git_dir`, said as [`write_error`] does when
/// the disk is full or the file system is read-only (libgit2 gives only the system's words,
/// and not always the path).
pub(crate) fn git_write_error(git_dir: &Path, e: git2::Error) -> Error {
    let m = e.message();
    if m.contains("No space left on device") || m.contains("Disk quota exceeded") {
        Error::Refused(format!(
            "{} ({m}); {}",
            crate::t!("err-disk-full", path = git_dir.display().to_string()),
            full_disk_advice()
        ))
    } else if m.contains("Read-only file system") {
        Error::Refused(format!(
            "{} ({m}); {}",
            crate::t!("err-read-only", path = git_dir.display().to_string()),
            read_only_advice()
        ))
    } else {
        e.into()
    }
}

impl Store {
    /// Write the files and commit exactly them, with `author` as author and committer.
    /// Retries when another process moved the branch in between.
    pub fn commit_files(
        &self,
        files: &[FileWrite],
        message: &str,
        author: &Signature<'_>,
    ) -> Result<Oid> {
        self.commit_files_repairing(files, message, author, IndexRepair::default())
    }

    /// [`Store::commit_files`], then, once committed, the index repair found by the recovery
    /// this command ran first ([`Store::recover`]): a command that fails changes nothing.
    pub(crate) fn commit_files_repairing(
        &self,
        files: &[FileWrite],
        message: &str,
        author: &Signature<'_>,
        repair: IndexRepair,
    ) -> Result<Oid> {
        // One writer at a time, from the first byte written to the index update: any
        // temporary file found meanwhile was left by a process that was stopped.
        let _lock = self.writer_lock()?;
        self.journal_begin_locked(files.iter().map(|f| f.path.as_str()))?;
        let oid = self.write_and_commit_locked(files, message, author)?;
        if self.sync_index_locked(files) {
            self.repair_index_locked(repair);
            self.journal_end_locked();
        }
        Ok(oid)
    }

    /// Several commits in a row, each as [`Store::commit_files`] makes it, under one writer
    /// lock and with one update of git's index at the end (rewriting an index of 100,000
    /// entries after each of 500 commits was most of an import's time). Stops at the first
    /// commit that cannot be made: the ones before it stay, and the index gets their files.
    pub fn commit_many(
        &self,
        commits: &[(Vec<FileWrite>, String, Signature<'_>)],
    ) -> Result<Vec<Oid>> {
        let _lock = self.writer_lock()?;
        self.journal_begin_locked(
            commits
                .iter()
                .flat_map(|(files, _, _)| files.iter().map(|f| f.path.as_str())),
        )?;
        let mut made = Vec::with_capacity(commits.len());
        let mut failed = None;
        for (files, message, author) in commits {
            match self.write_and_commit_in(files, message, author) {
                Ok(oid) => made.push(oid),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        let done: Vec<FileWrite> = commits[..made.len()]
            .iter()
            .flat_map(|(files, _, _)| files.iter().cloned())
            .collect();
        let indexed = done.is_empty() || self.sync_index_locked(&done);
        match failed {
            // The journal stays: the next write looks at these paths again.
            Some(e) => Err(e),
            None => {
                if indexed {
                    self.journal_end_locked();
                }
                Ok(made)
            }
        }
    }

    /// Write the files and commit exactly them, for a caller that holds the writer lock; a
    /// write or commit that fails puts the files back as they were.
    fn write_and_commit_locked(
        &self,
        files: &[FileWrite],
        message: &str,
        author: &Signature<'_>,
    ) -> Result<Oid> {
        self.write_and_commit_in(files, message, author)
    }

    /// [`Store::write_and_commit_locked`]. No folder is searched for what stopped writers
    /// left: the journal names it, and the recovery this command ran first settled it.
    fn write_and_commit_in(
        &self,
        files: &[FileWrite],
        message: &str,
        author: &Signature<'_>,
    ) -> Result<Oid> {
        let mut paths = Vec::with_capacity(files.len());
        for f in files {
            paths.push(self.root.join(safe_relative(&f.path)?));
        }
        // What each file held before, to put back if the commit cannot be made (a full disk,
        // say): a failed write leaves the files as they were.
        let mut before: Vec<(std::path::PathBuf, Before)> = Vec::new();
        let written = (|| -> Result<Oid> {
            let mut to_write = Vec::with_capacity(files.len());
            for (f, abs) in files.iter().zip(&paths) {
                before.push((abs.clone(), Before::keep(abs)));
                match &f.content {
                    Some(bytes) => to_write.push((abs.clone(), &bytes[..])),
                    None => match fs::remove_file(abs) {
                        Ok(()) => {}
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                        Err(e) => return Err(write_error(abs, e)),
                    },
                }
            }
            write_files_together(&to_write)?;
            self.commit_paths_locked(files, message, author, author)
        })();
        let oid = match written {
            Ok(oid) => oid,
            Err(e) => return Err(undo_writes(before, e)),
        };
        for (_, b) in before {
            b.forget();
        }
        Ok(oid)
    }

    /// Take consulta's writer lock (`.git/consulta/write.lock`, an advisory file lock that the
    /// system releases when the holder dies, even by SIGKILL), so that consulta processes
    /// commit one at a time. While holding it, git lock files older than [`STALE_LOCK_AGE`]
    /// were left by a killed process (git and consulta hold them for milliseconds) and are
    /// removed with a warning.
    pub(crate) fn writer_lock(&self) -> Result<WriterLock> {
        let dir = self.repo.path().join("consulta");
        fs::create_dir_all(&dir).map_err(|e| write_error(&dir, e))?;
        let path = dir.join("write.lock");
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| write_error(&path, e))?;
        let started = std::time::Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(RETRY_PAUSE)
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(Error::Refused(crate::t!(
                        "err-writer-busy",
                        seconds = LOCK_WAIT.as_secs(),
                        path = path.display().to_string()
                    )))
                }
                Err(fs::TryLockError::Error(e)) => return Err(Error::io(&path, e)),
            }
        }
        self.remove_stale_git_locks();
        Ok(WriterLock { _file: file })
    }

    fn remove_stale_git_locks(&self) {
        let git = self.repo.path();
        let mut locks = vec![git.join("HEAD.lock"), git.join("index.lock")];
        if let Ok(Some(target)) = self
            .repo
            .find_reference("HEAD")
            .map(|r| r.symbolic_target().ok().flatten().map(str::to_string))
        {
            locks.push(git.join(format!("{target}.lock")));
        }
        for lock in locks {
            let Ok(meta) = fs::metadata(&lock) else {
                continue;
            };
            let age = meta
                .modified()
                .ok()
                .and_then(|m| m.elapsed().ok())
                .unwrap_or_default();
            if age >= STALE_LOCK_AGE && fs::remove_file(&lock).is_ok() {
                eprintln!(
                    "{}",
                    crate::t!(
                        "lib-stale-lock-removed",
                        path = lock.display().to_string(),
                        seconds = age.as_secs()
                    )
                );
            }
        }
    }

    /// Commit the given contents on top of HEAD without touching the index, for a caller that
    /// holds the writer lock.
    pub(crate) fn commit_paths_locked(
        &self,
        files: &[FileWrite],
        message: &str,
        author: &Signature<'_>,
        committer: &Signature<'_>,
    ) -> Result<Oid> {
        self.commit_objects(files, message, author, committer)
            .map_err(|e| match e {
                Error::Git(e) => git_write_error(self.repo.path(), e),
                e => e,
            })
    }

    /// [`Store::commit_paths_locked`], with libgit2's own errors.
    fn commit_objects(
        &self,
        files: &[FileWrite],
        message: &str,
        author: &Signature<'_>,
        committer: &Signature<'_>,
    ) -> Result<Oid> {
        let repo = &self.repo;
        let mut blobs = Vec::with_capacity(files.len());
        for f in files {
            blobs.push(match &f.content {
                Some(b) => Some(repo.blob(b)?),
                None => None,
            });
        }
        let mut last_err = None;
        let started = std::time::Instant::now();
        let mut attempts = 0;
        // A ref lock left by a killed process is cleared once it is STALE_LOCK_AGE old: keep
        // trying at least that long.
        while attempts < COMMIT_ATTEMPTS || started.elapsed() < LOCKED_RETRY {
            attempts += 1;
            let parent = match repo.head() {
                Ok(h) => Some(h.peel_to_commit()?),
                Err(e)
                    if e.code() == ErrorCode::UnbornBranch || e.code() == ErrorCode::NotFound =>
                {
                    None
                }
                Err(e) => return Err(e.into()),
            };
            // Only the folders on the changed paths are rewritten: the tree of a consultation
            // of a million comments is never read whole for a write.
            let base = match &parent {
                Some(p) => p.tree()?,
                None => repo.find_tree(repo.treebuilder(None)?.write()?)?,
            };
            let mut update = git2::build::TreeUpdateBuilder::new();
            for (f, blob) in files.iter().zip(&blobs) {
                match blob {
                    Some(oid) => {
                        update.upsert(f.path.as_str(), *oid, git2::FileMode::Blob);
                    }
                    // Removing what is not there is an error for libgit2, and nothing to do.
                    None if base.get_path(Path::new(&f.path)).is_ok() => {
                        update.remove(f.path.as_str());
                    }
                    None => {}
                }
            }
            let tree_id = update.create_updated(repo, &base)?;
            let tree = repo.find_tree(tree_id)?;
            let parents: Vec<&git2::Commit> = parent.iter().collect();
            match super::signing::commit(repo, true, author, committer, message, &tree, &parents)? {
                Ok(oid) => return self.checked_commit(oid),
                // Another writer moved HEAD (or holds the ref lock): rebuild on the new tip.
                Err(e)
                    if matches!(e.code(), ErrorCode::Modified | ErrorCode::Locked)
                        || e.class() == git2::ErrorClass::Reference =>
                {
                    last_err = Some(e);
                    std::thread::sleep(RETRY_PAUSE);
                    self.remove_stale_git_locks();
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(Error::Refused(crate::t!(
            "err-commit-locked",
            why = last_err
                .map(|e| e.message().to_string())
                .unwrap_or_default(),
            path = self.repo.path().join("HEAD.lock").display().to_string()
        )))
    }

    /// `oid`, answered by libgit2 for a commit it made, once the commit object is really
    /// there: libgit2 1.9 answers Ok when it could not write the commit object (on a full disk,
    /// say: commit.c drops git_odb_write's error), and leaves HEAD where it was.
    fn checked_commit(&self, oid: Oid) -> Result<Oid> {
        let why = git2::Error::last_error(-1);
        if self.repo.odb()?.exists(oid) {
            return Ok(oid);
        }
        Err(match git_write_error(self.repo.path(), why) {
            Error::Git(e) => Error::Refused(crate::t!(
                "err-commit-not-written",
                path = self.repo.path().display().to_string(),
                why = e.message()
            )),
            plain => plain,
        })
    }

    /// Commit `tree` with exactly these parents (the first must be HEAD's commit) on the
    /// current branch, for a caller that holds the writer lock and built the tree itself (a
    /// merge). Waits for a branch lock (removing it once stale, as a killed process leaves
    /// it); errors are said as [`git_write_error`] does, and a commit libgit2 reports but did
    /// not write is an error.
    pub(crate) fn commit_tree_locked(
        &self,
        sig: &Signature<'_>,
        message: &str,
        tree: &git2::Tree<'_>,
        parents: &[&git2::Commit<'_>],
    ) -> Result<Oid> {
        let started = std::time::Instant::now();
        loop {
            match super::signing::commit(&self.repo, true, sig, sig, message, tree, parents)? {
                Ok(oid) => return self.checked_commit(oid),
                Err(e)
                    if (e.code() == ErrorCode::Locked
                        || (e.class() == git2::ErrorClass::Reference
                            && e.message().contains("lock")))
                        && started.elapsed() < LOCKED_RETRY =>
                {
                    std::thread::sleep(RETRY_PAUSE);
                    self.remove_stale_git_locks();
                }
                Err(e) if e.code() == ErrorCode::Modified => {
                    return Err(Error::Refused(crate::t!(
                        "err-branch-moved-while-merging",
                        why = e.message()
                    )))
                }
                Err(e) => return Err(git_write_error(self.repo.path(), e)),
            }
        }
    }

    /// Bring the index entries of the written paths in line with HEAD so `git status` stays
    /// clean, for a caller that holds the writer lock. Bounded retry on `index.lock`; the
    /// commit is already safe if this fails, and a warning says why `git status` may not
    /// match it.
    /// Returns whether it was updated: if not, the intent journal must stay, so that the next
    /// write repairs the index.
    #[must_use]
    pub(crate) fn sync_index_locked(&self, files: &[FileWrite]) -> bool {
        match self.update_index_locked(files) {
            Ok(()) => return true,
            Err(None) => eprintln!(
                "{}",
                crate::t!(
                    "lib-index-locked",
                    path = self.repo.path().join("index.lock").display().to_string(),
                    command = "git status"
                )
            ),
            Err(Some(e)) => {
                // A full disk, say: the index is rewritten whole. The next consulta write
                // repairs it.
                let why = match git_write_error(self.repo.path(), e) {
                    Error::Refused(plain) => plain,
                    other => other.to_string(),
                };
                eprintln!(
                    "{}",
                    crate::t!("lib-index-not-updated", why = why, command = "git status")
                );
            }
        }
        false
    }

    /// [`Store::sync_index_locked`], saying nothing: `Err(None)` when `index.lock` stayed
    /// locked.
    fn update_index_locked(
        &self,
        files: &[FileWrite],
    ) -> std::result::Result<(), Option<git2::Error>> {
        // The entries of files just written, made without reading them back; a file without
        // (an index repair's) sends the whole update to libgit2, which reads it.
        let entries: Option<Vec<(&str, Option<git2::IndexEntry>)>> = files
            .iter()
            .map(|f| match &f.content {
                Some(bytes) => {
                    stat_entry(&self.root, &f.path, bytes).map(|e| (f.path.as_str(), Some(e)))
                }
                None => Some((f.path.as_str(), None)),
            })
            .collect();
        let mut fast = true;
        for _ in 0..COMMIT_ATTEMPTS {
            if let Some(entries) = entries.as_ref().filter(|_| fast) {
                let changes: Vec<(&str, Option<&git2::IndexEntry>)> =
                    entries.iter().map(|(p, e)| (*p, e.as_ref())).collect();
                match super::index_file::update(self.repo.path(), &changes) {
                    Ok(super::index_file::Outcome::Done) => return Ok(()),
                    // Not for the fast path: libgit2, at this try and the next.
                    Ok(super::index_file::Outcome::Unsupported) => fast = false,
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                        std::thread::sleep(RETRY_PAUSE);
                        self.remove_stale_git_locks();
                        continue;
                    }
                    // Anything else (a full disk, say) is met again by libgit2 below, which
                    // says it as the other writes do.
                    Err(_) => {}
                }
            }
            let ok = (|| -> std::result::Result<(), git2::Error> {
                let mut index = self.repo.index()?;
                index.read(false)?;
                for f in files {
                    let p = Path::new(&f.path);
                    match &f.content {
                        Some(bytes) => match stat_entry(&self.root, &f.path, bytes) {
                            Some(entry) => index.add(&entry)?,
                            None => index.add_path(p)?,
                        },
                        None => {
                            let _ = index.remove_path(p);
                        }
                    }
                }
                index.write()
            })();
            match ok {
                Ok(()) => return Ok(()),
                Err(e) if e.code() == ErrorCode::Locked || e.message().contains("lock") => {
                    std::thread::sleep(RETRY_PAUSE);
                    self.remove_stale_git_locks();
                }
                Err(e) => return Err(Some(e)),
            }
        }
        Err(None)
    }

    /// The index repair found by a recovery, for a caller that holds the writer lock: each
    /// entry whose file still holds HEAD's content is put back in the index. Best effort and
    /// silent (no commit of this command is concerned; on a full disk, say, the next write
    /// tries again).
    pub(crate) fn repair_index_locked(&self, repair: IndexRepair) {
        let Ok(tree) = self.repo.head().and_then(|h| h.peel_to_tree()) else {
            return;
        };
        let files: Vec<FileWrite> = repair
            .0
            .into_iter()
            .filter(|f| {
                tree.get_path(Path::new(&f.path))
                    .is_ok_and(|e| file_holds(&self.root.join(&f.path), e.id()))
            })
            .collect();
        if !files.is_empty() {
            let _ = self.update_index_locked(&files);
        }
    }
}

/// Index entries found stale by a recovery (a process stopped after its commit and before its
/// index update), repaired when the command that found them succeeds.
#[derive(Default)]
pub(crate) struct IndexRepair(pub(crate) Vec<FileWrite>);

/// What a file held before a write, to put it back if the commit fails.
enum Before {
    /// It did not exist.
    Absent,
    /// A hard link to the old file (`.<name>.tmp-undo-<pid>`, a temporary file's name): putting
    /// it back is a rename, which needs no disk space.
    Linked(std::path::PathBuf),
    /// Its bytes (where hard links cannot be made).
    Bytes(Vec<u8>),
    /// It could not be kept.
    Unknown,
}

impl Before {
    fn keep(abs: &Path) -> Before {
        if fs::symlink_metadata(abs).is_err() {
            return Before::Absent;
        }
        let name = abs.file_name().and_then(|n| n.to_str()).unwrap_or("file");
        let link = abs.with_file_name(format!(".{name}.tmp-undo-{}", std::process::id()));
        let _ = fs::remove_file(&link);
        if fs::hard_link(abs, &link).is_ok() {
            return Before::Linked(link);
        }
        fs::read(abs).map_or(Before::Unknown, Before::Bytes)
    }

    /// Put the file back as it was.
    fn restore(self, abs: &Path) -> Result<()> {
        match self {
            Before::Absent => match fs::remove_file(abs) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(abs, e)),
                _ => Ok(()),
            },
            Before::Linked(link) => {
                let back = rename_replacing(&link, abs).map_err(|e| Error::io(abs, e));
                // A rename onto another link to the same file does nothing: the file was
                // never replaced, and the link stays behind.
                let _ = fs::remove_file(&link);
                back
            }
            Before::Bytes(bytes) => match fs::read(abs) {
                Ok(now) if now == bytes => Ok(()),
                _ => atomic_write(abs, &bytes),
            },
            Before::Unknown => Err(Error::Refused(String::new())),
        }
    }

    /// The write is committed: drop what was kept.
    fn forget(self) {
        if let Before::Linked(link) = self {
            let _ = fs::remove_file(link);
        }
    }
}

/// Put the files of a write whose commit failed back as they were, and say so in the error
/// (or say which could not be put back).
fn undo_writes(before: Vec<(std::path::PathBuf, Before)>, e: Error) -> Error {
    let mut left = Vec::new();
    let any = !before.is_empty();
    for (abs, old) in before.into_iter().rev() {
        if old.restore(&abs).is_err() {
            left.push(abs.display().to_string());
        }
    }
    if !any {
        return e;
    }
    let done = if left.is_empty() {
        crate::t!("lib-nothing-written")
    } else {
        crate::t!("lib-not-put-back", paths = left.join(", "))
    };
    with_outcome(e, &done)
}

/// A write that failed before its first byte (the intent journal could not be written): said
/// as a write that was undone is.
pub(crate) fn nothing_written(e: Error) -> Error {
    with_outcome(e, &crate::t!("lib-nothing-written"))
}

/// `e`'s message with what became of the write, before the advice when there is one.
fn with_outcome(e: Error, done: &str) -> Error {
    let m = e.to_string();
    // Before the advice, when there is one.
    for advice in [full_disk_advice(), read_only_advice()] {
        if let Some(problem) = m.strip_suffix(&format!("; {advice}")) {
            return Error::Refused(format!("{problem}: {done}; {advice}"));
        }
    }
    Error::Refused(format!("{m}; {done}"))
}

fn index_entry(path: &str, id: Oid, size: usize) -> git2::IndexEntry {
    git2::IndexEntry {
        ctime: git2::IndexTime::new(0, 0),
        mtime: git2::IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o100644,
        uid: 0,
        gid: 0,
        file_size: size as u32,
        id,
        flags: (path.len().min(0xfff)) as u16,
        flags_extended: 0,
        path: path.as_bytes().to_vec(),
    }
}

/// The index entry of a file just written with `bytes`, from its metadata and the id of
/// `bytes` hashed in memory: `Index::add_path` reads the file back, looks up its attributes
/// and hashes it again, which was a tenth of a 20,000-comment merge. `None` (read the file
/// then) when the file does not hold as many bytes as were written, as for the entries of an
/// index repair, which carry no bytes.
pub(super) fn stat_entry(root: &Path, path: &str, bytes: &[u8]) -> Option<git2::IndexEntry> {
    if bytes.is_empty() {
        return None;
    }
    let m = fs::symlink_metadata(root.join(path)).ok()?;
    if !m.is_file() || m.len() != bytes.len() as u64 {
        return None;
    }
    let id = Oid::hash_object(git2::ObjectType::Blob, bytes).ok()?;
    let mut e = index_entry(path, id, bytes.len());
    // Git's index keeps 32-bit fields: the low bits, as git itself stores them.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        e.ctime = git2::IndexTime::new(m.ctime() as i32, m.ctime_nsec() as u32);
        e.mtime = git2::IndexTime::new(m.mtime() as i32, m.mtime_nsec() as u32);
        e.dev = m.dev() as u32;
        e.ino = m.ino() as u32;
        e.uid = m.uid();
        e.gid = m.gid();
        if m.mode() & 0o111 != 0 {
            e.mode = 0o100755;
        }
    }
    #[cfg(not(unix))]
    {
        let t = |t: std::io::Result<std::time::SystemTime>| {
            let d = t.ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
            Some(git2::IndexTime::new(d.as_secs() as i32, d.subsec_nanos()))
        };
        e.mtime = t(m.modified())?;
        e.ctime = t(m.created()).unwrap_or(e.mtime);
    }
    Some(e)
}
