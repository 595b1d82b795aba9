//! What a commit changed, file by file: two trees are compared entry by entry, and a subtree
//! whose id is the same on both sides is skipped without being read. On a consultation of
//! 100,000 comments where a commit adds a few hundred, only the folders it touched are read.

use std::collections::BTreeMap;

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

/// Entries of a tree by name: (id, mode).
fn entries(tree: Option<&Tree<'_>>) -> BTreeMap<String, (Oid, i32)> {
    let mut out = BTreeMap::new();
    if let Some(t) = tree {
        for e in t.iter() {
            let name = String::from_utf8_lossy(e.name_bytes()).into_owned();
            out.insert(name, (e.id(), e.filemode()));
        }
    }
    out
}

/// The files that differ between `old` and `new` (either may be absent), below `prefix`
/// (the path of these trees in the repository, empty for the root), appended to `out`.
pub(crate) fn tree_changes(
    repo: &Repository,
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
    let mut names: Vec<&String> = a.keys().chain(b.keys()).collect();
    names.sort();
    names.dedup();
    for name in names {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        let before = a.get(name).copied();
        let after = b.get(name).copied();
        if before == after {
            continue;
        }
        let is_tree = |x: Option<(Oid, i32)>| x.is_some_and(|(_, m)| m == TREE_MODE);
        let as_file = |x: Option<(Oid, i32)>| x.filter(|(_, m)| *m != TREE_MODE);
        // Folders on either side: recurse into them (a folder replaced by a file, or the
        // reverse, is a removal of the one and an addition of the other).
        if is_tree(before) || is_tree(after) {
            let t_old = match before.filter(|(_, m)| *m == TREE_MODE) {
                Some((id, _)) => Some(repo.find_tree(id)?),
                None => None,
            };
            let t_new = match after.filter(|(_, m)| *m == TREE_MODE) {
                Some((id, _)) => Some(repo.find_tree(id)?),
                None => None,
            };
            tree_changes(repo, t_old.as_ref(), t_new.as_ref(), &path, out)?;
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
