//! The comment folders whose files in the working tree are exactly HEAD's, and verdicts kept
//! for them by folder tree id, so that `check` and `verify` of a large consultation read only
//! the folders that changed.
//!
//! A folder `comments/<round>/<section>/` is *clean* when git's status finds nothing in it:
//! no file modified, staged, deleted, untracked or ignored (libgit2 compares each file's
//! metadata with git's index, and reads the file where they disagree, as `git status` does).
//! Its files are then the blobs of its tree at HEAD, so anything computed from those files
//! alone is a function of the tree id: a verdict cached under that id is sound for as long as
//! the folder stays clean. A folder is not clean if its tree holds anything but regular files
//! (a link or a subfolder), which `check` reports and a cache must not hide.
//!
//! The caches are files under `.git/consulta/`, only ever caches: missing, unreadable, of
//! another format or from another version of consulta, they are rebuilt by reading the files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::Store;
use crate::Result;

/// A clean folder: its tree id at HEAD.
pub(crate) struct CleanFolder {
    pub tree: git2::Oid,
}

impl Store {
    /// The clean `comments/<round>/<section>` folders, by path.
    pub(crate) fn clean_comment_folders(&self) -> Result<HashMap<String, CleanFolder>> {
        let mut out = HashMap::new();
        let Ok(head) = self.repo.head().and_then(|h| h.peel_to_tree()) else {
            return Ok(out);
        };
        for f in super::history::comment_folders(&self.repo, &head)? {
            let tree = self.repo.find_tree(f.tree)?;
            let regular = tree.iter().all(|e| {
                e.kind() == Some(git2::ObjectType::Blob)
                    && matches!(e.filemode(), 0o100644 | 0o100755)
                    && e.name().is_ok()
            });
            if regular {
                out.insert(
                    format!("comments/{}/{}", f.round, f.section),
                    CleanFolder { tree: f.tree },
                );
            }
        }
        if out.is_empty() {
            return Ok(out);
        }
        let mut opts = git2::StatusOptions::new();
        opts.pathspec("comments")
            .include_untracked(true)
            .recurse_untracked_dirs(true)
            .include_ignored(true)
            .recurse_ignored_dirs(true)
            .exclude_submodules(true)
            .renames_head_to_index(false)
            .renames_index_to_workdir(false);
        // Through a handle of its own: the status loads git's index into the repository
        // handle and keeps it there (at a million comments, a hundred megabytes or more that
        // the rest of a check has no use for).
        let repo = git2::Repository::open(self.repo.path())?;
        for entry in repo.statuses(Some(&mut opts))?.iter() {
            if entry.status() == git2::Status::CURRENT {
                continue;
            }
            let path = String::from_utf8_lossy(entry.path_bytes());
            // The folder of `comments/<round>/<section>/<file>`, or of a changed folder itself.
            let mut parts = path.trim_end_matches('/').splitn(4, '/');
            if let (Some(c), Some(r), Some(s)) = (parts.next(), parts.next(), parts.next()) {
                out.remove(&format!("{c}/{r}/{s}"));
            }
        }
        Ok(out)
    }
}

/// Verdicts (or any result of reading files that a key stands for) kept by key in
/// `.git/consulta/<name>`, for one version of consulta and one kind of verdict (`format`).
pub(crate) struct Verdicts<V> {
    path: PathBuf,
    file: VerdictsFile<V>,
    changed: bool,
}

#[derive(Serialize, Deserialize)]
struct VerdictsFile<V> {
    /// consulta's version and the verdict's format: another version may check otherwise.
    version: String,
    entries: HashMap<String, V>,
}

impl<V: Serialize + DeserializeOwned> Verdicts<V> {
    pub(crate) fn load(git_dir: &Path, name: &str, format: u32) -> Self {
        let version = format!("{} {format}", env!("CARGO_PKG_VERSION"));
        let path = git_dir.join("consulta").join(name);
        let file = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<VerdictsFile<V>>(&b).ok())
            .filter(|f| f.version == version)
            .unwrap_or(VerdictsFile {
                version,
                entries: HashMap::new(),
            });
        Verdicts {
            path,
            file,
            changed: false,
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&V> {
        self.file.entries.get(key)
    }

    pub(crate) fn insert(&mut self, key: String, verdict: V) {
        self.file.entries.insert(key, verdict);
        self.changed = true;
    }

    /// Keep only the entries `keep` accepts (those still in use), and write the file if
    /// anything changed. Only a cache: a folder that cannot hold it (read-only, full) costs
    /// a reading next time.
    pub(crate) fn save(mut self, keep: impl Fn(&str) -> bool) {
        let before = self.file.entries.len();
        self.file.entries.retain(|k, _| keep(k));
        if !self.changed && self.file.entries.len() == before {
            return;
        }
        if let Ok(bytes) = serde_json::to_vec(&self.file) {
            let _ = std::fs::create_dir_all(self.path.parent().unwrap_or(Path::new(".")));
            let _ = super::write::atomic_write(&self.path, &bytes);
        }
    }
}
