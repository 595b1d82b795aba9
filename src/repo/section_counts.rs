//! How many comments each section holds, without reading them all: what the TUI of a large
//! consultation shows in its section list before it reads a section's comments (issue: a
//! million comments).
//!
//! The counts are kept in `.git/consulta/section-counts.json` (through
//! [`super::clean_folders::Verdicts`], as `check` and `verify` keep theirs), one entry per
//! `comments/<round>/<section>/` folder of HEAD, keyed by that folder's git tree id and the
//! address "mine" counts are for: an entry is used only for the very tree it was counted from,
//! so a folder that changed (a comment added, a decision recorded, a merge) is counted again,
//! alone, and a cache from another history is never trusted. The file is only a cache:
//! missing, unreadable or of another format, it is rebuilt.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::clean_folders::Verdicts;
use super::history::CommentFolder;
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

const CACHE: &str = "section-counts.json";
const FORMAT: u32 = 2;

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

/// HEAD's comment folders, the counts kept for them, and which are not kept.
struct Plan {
    folders: Vec<CommentFolder>,
    /// Each folder's key in the cache.
    keys: Vec<String>,
    kept: Verdicts<SectionCount>,
    /// The folders (by position) whose counts are not kept.
    todo: Vec<usize>,
}

impl Plan {
    /// Every folder's count: kept, else `made` (by position in `todo`).
    fn counts(&self, made: &[SectionCount]) -> Counts {
        let mut out = Counts::new();
        let mut made = self
            .todo
            .iter()
            .copied()
            .zip(made.iter().copied())
            .peekable();
        for (i, (f, key)) in self.folders.iter().zip(&self.keys).enumerate() {
            let c = match made.peek() {
                Some(&(j, c)) if j == i => {
                    made.next();
                    c
                }
                _ => self.kept.get(key).copied().unwrap_or_default(),
            };
            out.entry(f.round.clone())
                .or_default()
                .insert(f.section.clone(), c);
        }
        out
    }
}

/// A tree entry that is a comment record's file: `<id>.json`, a blob (decisions, named
/// `<id>.disposition.json`, are not).
fn is_comment_entry(e: &git2::TreeEntry<'_>) -> bool {
    e.kind() == Some(git2::ObjectType::Blob)
        && e.name()
            .ok()
            .and_then(|n| n.strip_suffix(".json"))
            .is_some_and(crate::model::is_valid_id)
}

impl Store {
    /// How many files HEAD holds below `comments/`, counted from its trees without reading a
    /// record (0 without a commit).
    pub fn comment_files_at_head(&self) -> Result<usize> {
        let mut n = 0;
        for f in self.head_comment_folders()? {
            if let Ok(t) = self.repo.find_tree(f.tree) {
                n += t.len();
            }
        }
        Ok(n)
    }

    /// HEAD's `comments/<round>/<section>/` folders whose names a round and a section can have.
    fn head_comment_folders(&self) -> Result<Vec<CommentFolder>> {
        let Ok(head) = self.repo.head().and_then(|h| h.peel_to_tree()) else {
            return Ok(Vec::new());
        };
        let mut folders = super::history::comment_folders(&self.repo, &head)?;
        folders.retain(|f| {
            crate::model::is_valid_round_name(&f.round) && crate::model::is_valid_slug(&f.section)
        });
        Ok(folders)
    }

    /// Every section's count at HEAD, `mine` for `email`, from the cache where a folder's tree
    /// is the one counted, else counted now (`progress` hears folders done and to do) and
    /// written back to the cache.
    pub fn section_counts(
        &self,
        email: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Counts> {
        let mut plan = self.counts_plan(email)?;
        if plan.todo.is_empty() {
            return Ok(plan.counts(&[]));
        }
        progress(0, plan.todo.len());
        let trees: Vec<git2::Oid> = plan.todo.iter().map(|&i| plan.folders[i].tree).collect();
        let made = self.count_folders(&trees, &email.to_ascii_lowercase(), progress)?;
        for (&i, c) in plan.todo.iter().zip(&made) {
            plan.kept.insert(plan.keys[i].clone(), *c);
        }
        let counts = plan.counts(&made);
        let in_use: std::collections::HashSet<&str> =
            plan.keys.iter().map(String::as_str).collect();
        plan.kept.save(|k| in_use.contains(k));
        Ok(counts)
    }

    /// The counts at once, for a first screen: from the cache where a folder's tree is the one
    /// counted, else the `<id>.json` files its tree lists, without reading one (`mine` is then
    /// 0, and a record whose author cannot be read is counted). Also how many folders were not
    /// in the cache: when there are some, [`Store::section_counts`] gives the exact counts
    /// (and keeps them).
    pub fn section_counts_at_once(&self, email: &str) -> Result<(Counts, usize)> {
        let plan = self.counts_plan(email)?;
        let mut listed = Vec::with_capacity(plan.todo.len());
        for &i in &plan.todo {
            let tree = self.repo.find_tree(plan.folders[i].tree)?;
            let comments = tree.iter().filter(is_comment_entry).count();
            listed.push(SectionCount { comments, mine: 0 });
        }
        Ok((plan.counts(&listed), plan.todo.len()))
    }

    /// HEAD's folders, their keys for `email`, and which have no count kept.
    fn counts_plan(&self, email: &str) -> Result<Plan> {
        let email = email.to_ascii_lowercase();
        let folders = self.head_comment_folders()?;
        let keys: Vec<String> = folders
            .iter()
            .map(|f| format!("{}:{email}", f.tree))
            .collect();
        let kept: Verdicts<SectionCount> = Verdicts::load(self.repo.path(), CACHE, FORMAT);
        let todo = (0..keys.len())
            .filter(|&i| kept.get(&keys[i]).is_none())
            .collect();
        Ok(Plan {
            folders,
            keys,
            kept,
            todo,
        })
    }

    /// Count the comment records of each folder tree, on as many threads as the machine has
    /// cores (each with its own handle on the repository: libgit2's are not shared).
    fn count_folders(
        &self,
        todo: &[git2::Oid],
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
                        for (id, slot) in work.iter().zip(slots) {
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
    for e in tree.iter().filter(is_comment_entry) {
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
