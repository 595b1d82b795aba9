//! What a commit changed, file by file: two trees are compared entry by entry, and a subtree
//! whose id is the same on both sides is skipped without being read. On a consultation of
//! 100,000 comments where a commit adds a few hundred, only the folders it touched are read.

use git2::{Oid, Repository, Tree};

use crate::Result;

/// How one file changed between two trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    Added,
    Modified,
    Deleted,
}

/// One changed file (never a folder): its path, and its new blob and mode (none when deleted).
#[derive(Debug, Clone)]
pub(crate) struct FileChange {
    pub path: String,
    pub change: Change,
    pub new: Option<(Oid, i32)>,
}

const TREE_MODE: i32 = 0o040000;

/// A tree's entries sorted by name bytes (git sorts a folder as if its name ended in `/`).
fn entries<'t>(tree: Option<&'t Tree<'_>>) -> Vec<git2::TreeEntry<'t>> {
    let mut out: Vec<_> = tree.map(|t| t.iter().collect()).unwrap_or_default();
    out.sort_by(|a: &git2::TreeEntry<'_>, b| a.name_bytes().cmp(b.name_bytes()));
    out
}

/// The files that differ between `old` and `new` (either may be absent), below `prefix`
/// (the path of these trees in the repository, empty for the root), appended to `out`.
///
/// The two lists of entries are walked side by side, and a path is only made for an entry
/// that differs: a folder of 20,000 comments compared with itself plus one file costs a
/// comparison per entry, not an allocation.
pub(crate) fn tree_changes(
    repo: &Repository,
    old: Option<&Tree<'_>>,
    new: Option<&Tree<'_>>,
    prefix: &str,
    out: &mut Vec<FileChange>,
) -> Result<()> {
    tree_changes_in(&mut Trees::new(repo), old, new, prefix, out)
}

/// The trees read for the last two commits of a walk, by id. Walking a branch commit by
/// commit, a commit's parent is usually the commit before, so its folders were just read;
/// libgit2 keeps only trees under 4 KiB in its own cache, and a folder of thousands of
/// comments was read and inflated twice per commit. Two generations keep memory bounded.
pub(crate) struct Trees<'r> {
    repo: &'r Repository,
    now: std::collections::HashMap<Oid, Tree<'r>>,
    before: std::collections::HashMap<Oid, Tree<'r>>,
}

impl<'r> Trees<'r> {
    pub(crate) fn new(repo: &'r Repository) -> Self {
        Trees {
            repo,
            now: Default::default(),
            before: Default::default(),
        }
    }

    /// The tree `id`, read once while it is in use.
    pub(crate) fn find(&mut self, id: Oid) -> Result<Tree<'r>> {
        if let Some(t) = self.now.get(&id) {
            return Ok(t.clone());
        }
        let t = match self.before.remove(&id) {
            Some(t) => t,
            None => self.repo.find_tree(id)?,
        };
        self.now.insert(id, t.clone());
        Ok(t)
    }

    /// The id and mode of the entry at `path` (`/`-separated) below the tree `root`.
    pub(crate) fn entry(&mut self, root: Oid, path: &str) -> Result<Option<(Oid, i32)>> {
        let mut at = (root, TREE_MODE);
        for part in path.split('/') {
            if at.1 != TREE_MODE {
                return Ok(None);
            }
            let tree = self.find(at.0)?;
            let found = tree.get_name(part).map(|e| (e.id(), e.filemode()));
            match found {
                Some(next) => at = next,
                None => return Ok(None),
            }
        }
        Ok(Some(at))
    }

    /// The next commit of the walk: trees not used by this one or the last are let go.
    pub(crate) fn next_commit(&mut self) {
        self.before = std::mem::take(&mut self.now);
    }
}

/// [`tree_changes`], reading folders through `trees`.
pub(crate) fn tree_changes_in(
    trees: &mut Trees<'_>,
    old: Option<&Tree<'_>>,
    new: Option<&Tree<'_>>,
    prefix: &str,
    out: &mut Vec<FileChange>,
) -> Result<()> {
    if let (Some(a), Some(b)) = (old, new) {
        if a.id() == b.id() {
            return Ok(());
        }
    }
    let a = entries(old);
    let b = entries(new);
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let order = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) => x.name_bytes().cmp(y.name_bytes()),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        let (before, after, name) = match order {
            std::cmp::Ordering::Less => {
                i += 1;
                (Some(&a[i - 1]), None, a[i - 1].name_bytes())
            }
            std::cmp::Ordering::Greater => {
                j += 1;
                (None, Some(&b[j - 1]), b[j - 1].name_bytes())
            }
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
                (Some(&a[i - 1]), Some(&b[j - 1]), a[i - 1].name_bytes())
            }
        };
        let before = before.map(|e| (e.id(), e.filemode()));
        let after = after.map(|e| (e.id(), e.filemode()));
        if before == after {
            continue;
        }
        let name = String::from_utf8_lossy(name);
        let path = if prefix.is_empty() {
            name.into_owned()
        } else {
            format!("{prefix}/{name}")
        };
        let is_tree = |x: Option<(Oid, i32)>| x.is_some_and(|(_, m)| m == TREE_MODE);
        let as_file = |x: Option<(Oid, i32)>| x.filter(|(_, m)| *m != TREE_MODE);
        // Folders on either side: recurse into them (a folder replaced by a file, or the
        // reverse, is a removal of the one and an addition of the other).
        if is_tree(before) || is_tree(after) {
            let t_old = match before.filter(|(_, m)| *m == TREE_MODE) {
                Some((id, _)) => Some(trees.find(id)?),
                None => None,
            };
            let t_new = match after.filter(|(_, m)| *m == TREE_MODE) {
                Some((id, _)) => Some(trees.find(id)?),
                None => None,
            };
            tree_changes_in(trees, t_old.as_ref(), t_new.as_ref(), &path, out)?;
        }
        let (f_old, f_new) = (as_file(before), as_file(after));
        let change = match (f_old, f_new) {
            (None, None) => continue,
            (None, Some(_)) => Change::Added,
            (Some(_), None) => Change::Deleted,
            (Some(_), Some(_)) => Change::Modified,
        };
        out.push(FileChange {
            path,
            change,
            new: f_new,
        });
    }
    Ok(())
}

/// The subtree at `dir` of `tree`, if there is one.
pub(crate) fn subtree<'r>(
    repo: &'r Repository,
    tree: &Tree<'_>,
    dir: &str,
) -> Result<Option<Tree<'r>>> {
    match tree.get_path(std::path::Path::new(dir)) {
        Ok(e) if e.filemode() == TREE_MODE => Ok(Some(repo.find_tree(e.id())?)),
        _ => Ok(None),
    }
}

/// One folder `comments/<round>/<section>/` of a commit's tree.
pub(crate) struct CommentFolder {
    pub round: String,
    pub section: String,
    /// The folder's tree.
    pub tree: Oid,
}

/// The folders `comments/<round>/<section>/` of `root` (a commit's tree), in tree order: what
/// the readers of a large consultation's trees go through. Names that are not UTF-8, entries
/// that are not folders and a round folder that cannot be read are passed over (no record
/// can be in them).
pub(crate) fn comment_folders(repo: &Repository, root: &Tree<'_>) -> Result<Vec<CommentFolder>> {
    let mut out = Vec::new();
    let Some(comments) = subtree(repo, root, "comments")? else {
        return Ok(out);
    };
    let folder = |e: &git2::TreeEntry<'_>| {
        (e.kind() == Some(git2::ObjectType::Tree))
            .then(|| e.name().ok().map(str::to_string))
            .flatten()
    };
    for round in comments.iter() {
        let Some(round_name) = folder(&round) else {
            continue;
        };
        let Ok(rtree) = repo.find_tree(round.id()) else {
            continue;
        };
        for section in rtree.iter() {
            if let Some(section_name) = folder(&section) {
                out.push(CommentFolder {
                    round: round_name.clone(),
                    section: section_name,
                    tree: section.id(),
                });
            }
        }
    }
    Ok(out)
}

/// The first 10 hex digits of a commit id, for messages.
pub fn short(id: Oid) -> String {
    id.to_string()[..10].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(repo: &Repository, files: &[(&str, &str)]) -> Oid {
        let mut index = git2::Index::new().unwrap();
        for (path, content) in files {
            let id = repo.blob(content.as_bytes()).unwrap();
            index
                .add(&git2::IndexEntry {
                    ctime: git2::IndexTime::new(0, 0),
                    mtime: git2::IndexTime::new(0, 0),
                    dev: 0,
                    ino: 0,
                    mode: 0o100644,
                    uid: 0,
                    gid: 0,
                    file_size: content.len() as u32,
                    id,
                    flags: path.len() as u16,
                    flags_extended: 0,
                    path: path.as_bytes().to_vec(),
                })
                .unwrap();
        }
        index.write_tree_to(repo).unwrap()
    }

    #[test]
    fn added_modified_deleted_and_untouched_folders() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init(dir.path()).unwrap();
        let a = tree(
            &repo,
            &[("a/x", "1"), ("a/y", "2"), ("b/z", "3"), ("c", "4")],
        );
        let b = tree(
            &repo,
            &[("a/x", "1"), ("a/y", "22"), ("b/z", "3"), ("d/w", "5")],
        );
        let (ta, tb) = (repo.find_tree(a).unwrap(), repo.find_tree(b).unwrap());
        let mut out = Vec::new();
        tree_changes(&repo, Some(&ta), Some(&tb), "", &mut out).unwrap();
        let got: Vec<_> = out.iter().map(|c| (c.path.as_str(), c.change)).collect();
        assert_eq!(
            got,
            vec![
                ("a/y", Change::Modified),
                ("c", Change::Deleted),
                ("d/w", Change::Added)
            ]
        );
        let mut out = Vec::new();
        tree_changes(&repo, None, Some(&ta), "", &mut out).unwrap();
        assert_eq!(out.len(), 4);
        assert!(out.iter().all(|c| c.change == Change::Added));
    }
}
