//! How many comments each section holds, without reading them all: what the TUI of a large
//! consultation shows in its section list before it reads a section's comments (issue: a
//! million comments).
//!
//! The counts are kept in `.git/consulta/section-counts.json`, one entry per
//! `comments/<round>/<section>/` folder, keyed by that folder's git tree id in HEAD: an entry
//! is used only for the very tree it was counted from, so a folder that changed (a comment
//! added, a decision recorded, a merge) is counted again, alone, and a cache from another
//! history is never trusted. "Mine" counts belong to one e-mail address; another address
//! counts every folder again. The file is only a cache: missing, unreadable or of another
//! format, it is rebuilt.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::Store;
use crate::Result;

/// One section's comments in one round.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionCount {
    /// Comment records (decisions are not counted).
    pub comments: usize,
    /// Of which written by the address the counts were made for.
    pub mine: usize,
}

/// round -> section id -> its count.
pub type Counts = HashMap<String, HashMap<String, SectionCount>>;

const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize, Default)]
struct CacheFile {
    format: u32,
    email: String,
    /// "round/section" -> (tree id, count).
    folders: BTreeMap<String, (String, SectionCount)>,
}

/// Only the author's address of a comment record: counting needs nothing else, and reading
/// a million records whole would take as long as loading them.
#[derive(Deserialize)]
struct AuthorOnly {
    author: Address,
}
#[derive(Deserialize)]
struct Address {
    #[serde(default)]
    email: String,
}

impl CacheFile {
    fn counts(self) -> Counts {
        let mut out = Counts::new();
        for (key, (_, c)) in self.folders {
            if let Some((r, s)) = key.split_once('/') {
                out.entry(r.to_string())
                    .or_default()
                    .insert(s.to_string(), c);
            }
        }
        out
    }
}

fn cache_path(git_dir: &Path) -> PathBuf {
    git_dir.join("consulta").join("section-counts.json")
}

impl Store {
    /// How many files HEAD holds below `comments/`, counted from its trees without reading a
    /// record (0 without a commit).
    pub fn comment_files_at_head(&self) -> Result<usize> {
        let Some(comments) = self.head_comments_tree()? else {
            return Ok(0);
        };
        let mut n = 0;
        for round in comments.iter() {
            let Ok(round) = round.to_object(&self.repo).and_then(|o| o.peel_to_tree()) else {
                continue;
            };
            for section in round.iter() {
                if let Ok(t) = section.to_object(&self.repo).and_then(|o| o.peel_to_tree()) {
                    n += t.len();
                }
            }
        }
        Ok(n)
    }

    fn head_comments_tree(&self) -> Result<Option<git2::Tree<'_>>> {
        let Ok(head) = self.repo.head().and_then(|h| h.peel_to_tree()) else {
            return Ok(None);
        };
        super::history::subtree(&self.repo, &head, "comments")
    }

    /// Every section's count at HEAD, `mine` for `email`, from the cache where a folder's tree
    /// is the one counted, else counted now (`progress` hears folders done and to do) and
    /// written back to the cache.
    pub fn section_counts(
        &self,
        email: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Counts> {
        let (mut fresh, todo) = self.counts_plan(email)?;
        if !todo.is_empty() {
            let total = todo.len();
            progress(0, total);
            let counted = self.count_folders(&todo, &fresh.email, progress)?;
            for ((key, id), c) in todo.into_iter().zip(counted) {
                fresh.folders.insert(key, (id.to_string(), c));
            }
            // Only a cache: a folder that cannot hold it (read-only, full) costs a recount.
            if let Ok(bytes) = serde_json::to_vec(&fresh) {
                let path = cache_path(self.repo.path());
                let _ = std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")));
                let _ = super::write::atomic_write(&path, &bytes);
            }
        }
        Ok(fresh.counts())
    }

    /// The counts at once, for a first screen: from the cache where a folder's tree is the one
    /// counted, else the `<id>.json` files its tree lists, without reading one (`mine` is then
    /// 0, and a record whose author cannot be read is counted). Also how many folders were not
    /// in the cache: when there are some, [`Store::section_counts`] gives the exact counts
    /// (and keeps them).
    pub fn section_counts_at_once(&self, email: &str) -> Result<(Counts, usize)> {
        let (mut fresh, todo) = self.counts_plan(email)?;
        for (key, id) in &todo {
            let tree = self.repo.find_tree(*id)?;
            let comments = tree
                .iter()
                .filter(|e| {
                    e.kind() == Some(git2::ObjectType::Blob)
                        && e.name()
                            .ok()
                            .and_then(|n| n.strip_suffix(".json"))
                            .is_some_and(crate::model::is_valid_id)
                })
                .count();
            let c = SectionCount { comments, mine: 0 };
            fresh.folders.insert(key.clone(), (id.to_string(), c));
        }
        Ok((fresh.counts(), todo.len()))
    }

    /// The cache's entries still good for HEAD's folders, and the folders to count:
    /// ("round/section", its tree id).
    fn counts_plan(&self, email: &str) -> Result<(CacheFile, Vec<(String, git2::Oid)>)> {
        let email = email.to_ascii_lowercase();
        let path = cache_path(self.repo.path());
        let old: CacheFile = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .filter(|c: &CacheFile| c.format == FORMAT && c.email == email)
            .unwrap_or_default();
        let mut fresh = CacheFile {
            format: FORMAT,
            email,
            folders: BTreeMap::new(),
        };
        let mut todo: Vec<(String, git2::Oid)> = Vec::new();
        if let Some(comments) = self.head_comments_tree()? {
            for round in comments.iter() {
                let Some(rname) = round
                    .name()
                    .ok()
                    .filter(|n| crate::model::is_valid_round_name(n))
                else {
                    continue;
                };
                let Ok(rtree) = round.to_object(&self.repo).and_then(|o| o.peel_to_tree()) else {
                    continue;
                };
                for section in rtree.iter() {
                    let Some(sname) = section
                        .name()
                        .ok()
                        .filter(|n| crate::model::is_valid_slug(n))
                    else {
                        continue;
                    };
                    if section.kind() != Some(git2::ObjectType::Tree) {
                        continue;
                    }
                    let key = format!("{rname}/{sname}");
                    let id = section.id().to_string();
                    match old.folders.get(&key) {
                        Some((t, c)) if *t == id => {
                            fresh.folders.insert(key, (id, *c));
                        }
                        _ => todo.push((key, section.id())),
                    }
                }
            }
        }
        Ok((fresh, todo))
    }

    /// Count the comment records of each folder tree, on as many threads as the machine has
    /// cores (each with its own handle on the repository: libgit2's are not shared).
    fn count_folders(
        &self,
        todo: &[(String, git2::Oid)],
        email: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<SectionCount>> {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 8)
            .min(todo.len().max(1));
        let git_dir = self.repo.path().to_path_buf();
        let done = std::sync::atomic::AtomicUsize::new(0);
        let mut out = vec![SectionCount::default(); todo.len()];
        let chunk = todo.len().div_ceil(threads);
        std::thread::scope(|s| -> Result<()> {
            let handles: Vec<_> = todo
                .chunks(chunk)
                .zip(out.chunks_mut(chunk))
                .map(|(work, slots)| {
                    let (git_dir, done) = (&git_dir, &done);
                    s.spawn(move || -> Result<()> {
                        let repo = git2::Repository::open(git_dir)?;
                        for ((_, id), slot) in work.iter().zip(slots) {
                            *slot = count_folder(&repo, *id, email)?;
                            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        }
                        Ok(())
                    })
                })
                .collect();
            let mut last = 0;
            while handles.iter().any(|h| !h.is_finished()) {
                let now = done.load(std::sync::atomic::Ordering::Relaxed);
                if now != last {
                    progress(now, todo.len());
                    last = now;
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            for h in handles {
                h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))?;
            }
            Ok(())
        })?;
        progress(todo.len(), todo.len());
        Ok(out)
    }
}

/// The comment records of one folder tree: files named `<id>.json` (not decisions) whose
/// author can be read.
fn count_folder(repo: &git2::Repository, tree: git2::Oid, email: &str) -> Result<SectionCount> {
    let tree = repo.find_tree(tree)?;
    let mut c = SectionCount::default();
    for e in tree.iter() {
        let Ok(name) = e.name() else { continue };
        let Some(id) = name.strip_suffix(".json") else {
            continue;
        };
        if !crate::model::is_valid_id(id) || e.kind() != Some(git2::ObjectType::Blob) {
            continue;
        }
        let Ok(blob) = repo.find_blob(e.id()) else {
            continue;
        };
        let Ok(rec) = serde_json::from_slice::<AuthorOnly>(blob.content()) else {
            continue;
        };
        c.comments += 1;
        if !email.is_empty() && rec.author.email.eq_ignore_ascii_case(email) {
            c.mine += 1;
        }
    }
    Ok(c)
}
