//! Git's index updated for the few paths a write changed, without parsing it whole.
//!
//! A write commits a tree made from its changed paths, then brings those paths' index entries
//! in line so that `git status` stays clean. libgit2 can only do that by reading the whole
//! index into a map and writing it back (at a million comments the index is 128 MB and that
//! took 1.9 s of a 2 s `comment add`: `perf` shows `git_index_entrymap_put` and SHA-1).
//! Neither libgit2 nor any crate updates one entry in place, and git's format does not allow
//! it (entries are sorted and the file ends with a checksum of everything before). So this
//! module copies the file, walking the entries only to find where the changed paths go, and
//! writes the new entries there; it hashes the copy as it goes.
//!
//! It handles what consulta's own repositories hold: index versions 2 and 3 with optional
//! extensions. Anything else (version 4's compressed paths, a split or sparse index, a
//! conflicted entry for a changed path, a checksum that does not match) is left to libgit2
//! ([`Outcome::Unsupported`]). Of the optional extensions, the tree cache is kept with the
//! changed paths' folders marked invalid, as `git add` leaves it (so that the next `git commit`
//! hashes only those folders again), and the resolve-undo record is kept; the other caches that
//! describe the entries (the untracked cache, the file-system monitor's bitmap, the offset
//! tables) are dropped, as git allows: git rebuilds them when it next needs them.
//!
//! As git does when it writes an index, an entry whose file was modified in the same instant
//! as the index it is copied from (a "racily clean" entry) gets its size zeroed, so that git
//! compares its content rather than trusting its timestamps.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use sha1::{Digest, Sha1};

/// What [`update`] did.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The index now holds the changes.
    Done,
    /// The index is of a kind this module leaves to libgit2; nothing was written.
    Unsupported,
}

/// The fixed part of an entry: ten 32-bit stat fields, the object id and the flags.
const FIXED: usize = 62;
const CHECKSUM: usize = 20;

/// Put `changes` in the index of the repository whose git folder is `git_dir`: a path with an
/// entry gets that entry (replacing the path's entry if it has one), a path with none loses its
/// entry. The index is written under `index.lock`, taken as git takes it; an
/// [`io::ErrorKind::AlreadyExists`] error means another program holds it.
pub(crate) fn update(
    git_dir: &Path,
    changes: &[(&str, Option<&git2::IndexEntry>)],
) -> io::Result<Outcome> {
    let path = git_dir.join("index");
    let old = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Outcome::Unsupported),
        Err(e) => return Err(e),
    };
    let stamp = match fs::metadata(&path)?.modified() {
        Ok(t) => match t.duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => (d.as_secs() as u32, d.subsec_nanos()),
            Err(_) => return Ok(Outcome::Unsupported),
        },
        Err(_) => return Ok(Outcome::Unsupported),
    };
    let Some(plan) = plan(&old, changes) else {
        return Ok(Outcome::Unsupported);
    };
    let lock = git_dir.join("index.lock");
    let file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&lock)?;
    let written = write(&old, &plan, changes, stamp, file)
        .and_then(|()| super::write::rename_replacing(&lock, &path));
    if written.is_err() {
        let _ = fs::remove_file(&lock);
    }
    written.map(|()| Outcome::Done)
}

/// Where the old index's parts are: the entries' byte ranges, where each change goes among
/// them, and the extensions to keep.
struct Plan {
    version: u32,
    /// (start, end) of every entry.
    entries: Vec<(usize, usize)>,
    /// Per change (sorted by path): the index of the first entry not before it, and whether
    /// that entry is the change's own path (replaced or removed).
    at: Vec<(usize, usize, bool)>,
    /// Byte ranges of the extensions kept.
    kept: Vec<(usize, usize)>,
    /// The tree cache's data, if any (written first, with the changed folders invalidated).
    tree: Option<(usize, usize)>,
}

fn be32(b: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// An entry's path (its start and end) and its end, or `None` when malformed.
fn entry_at(b: &[u8], pos: usize, version: u32, limit: usize) -> Option<(usize, usize, usize)> {
    if pos + FIXED > limit {
        return None;
    }
    let flags = u16::from_be_bytes([b[pos + 60], b[pos + 61]]);
    let extended = flags & 0x4000 != 0;
    if extended && version < 3 {
        return None;
    }
    let name = pos + FIXED + if extended { 2 } else { 0 };
    let len = match (flags & 0xfff) as usize {
        0xfff => memchr::memchr(0, b.get(name..limit)?)?,
        n => n,
    };
    if name + len >= limit || b[name + len] != 0 {
        return None;
    }
    let end = pos + ((name - pos + len + 8) & !7);
    (end <= limit).then_some((name, name + len, end))
}

/// Read the old index's layout and place the changes; `None` for what is left to libgit2.
fn plan(b: &[u8], changes: &[(&str, Option<&git2::IndexEntry>)]) -> Option<Plan> {
    if b.len() < 12 + CHECKSUM || &b[..4] != b"DIRC" {
        return None;
    }
    let version = be32(b, 4);
    if !(2..=3).contains(&version) {
        return None;
    }
    let body = b.len() - CHECKSUM;
    if Sha1::digest(&b[..body]).as_slice() != &b[body..] {
        return None;
    }
    let count = be32(b, 8) as usize;
    // No more entries than the file can hold, whatever its header says.
    let room = count.min(body / FIXED);
    let mut entries = Vec::with_capacity(room);
    let mut pos = 12;
    let mut names = Vec::with_capacity(room);
    for _ in 0..count {
        let (ns, ne, end) = entry_at(b, pos, version, body)?;
        entries.push((pos, end));
        names.push((ns, ne));
        pos = end;
    }
    let mut kept = Vec::new();
    let mut tree = None;
    while pos < body {
        if pos + 8 > body {
            return None;
        }
        let sig = &b[pos..pos + 4];
        let end = pos + 8 + be32(b, pos + 4) as usize;
        if end > body || !sig[0].is_ascii_uppercase() {
            // A required extension (a split or sparse index): not for this module.
            return None;
        }
        if sig == b"REUC" {
            kept.push((pos, end));
        } else if sig == b"TREE" {
            tree = Some((pos + 8, end));
        }
        pos = end;
    }
    let name = |i: usize| &b[names[i].0..names[i].1];
    let stage =
        |i: usize| (u16::from_be_bytes([b[entries[i].0 + 60], b[entries[i].0 + 61]]) >> 12) & 3;
    let mut at = Vec::with_capacity(changes.len());
    for (k, (p, _)) in changes.iter().enumerate() {
        let p = p.as_bytes();
        if p.is_empty() || p.contains(&0) {
            return None;
        }
        let i = partition(&names, b, p);
        let own = i < names.len() && name(i) == p;
        if own && (stage(i) != 0 || (i + 1 < names.len() && name(i + 1) == p)) {
            // A conflicted path: git's own tools resolve those.
            return None;
        }
        at.push((i, k, own));
    }
    // Changes in path order; two changes of one path: the last wins.
    at.sort_by(|x, y| changes[x.1].0.cmp(changes[y.1].0).then(x.1.cmp(&y.1)));
    at.dedup_by(|later, earlier| {
        if changes[later.1].0 == changes[earlier.1].0 {
            *earlier = *later;
            true
        } else {
            false
        }
    });
    Some(Plan {
        version,
        entries,
        at,
        kept,
        tree,
    })
}

/// The index of the first entry whose path is not before `p` (entries are sorted by path).
fn partition(names: &[(usize, usize)], b: &[u8], p: &[u8]) -> usize {
    names.partition_point(|&(s, e)| &b[s..e] < p)
}

/// A writer that hashes what it writes.
struct Hashing<W: Write> {
    out: W,
    hash: Sha1,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The bytes of a stage-0 entry without extended flags.
fn entry_bytes(path: &str, e: &git2::IndexEntry) -> Vec<u8> {
    let mut v = Vec::with_capacity(FIXED + path.len() + 8);
    for n in [
        e.ctime.seconds() as u32,
        e.ctime.nanoseconds(),
        e.mtime.seconds() as u32,
        e.mtime.nanoseconds(),
        e.dev,
        e.ino,
        e.mode,
        e.uid,
        e.gid,
        e.file_size,
    ] {
        v.extend_from_slice(&n.to_be_bytes());
    }
    v.extend_from_slice(e.id.as_bytes());
    v.extend_from_slice(&(path.len().min(0xfff) as u16).to_be_bytes());
    v.extend_from_slice(path.as_bytes());
    let padded = (FIXED + path.len() + 8) & !7;
    v.resize(padded, 0);
    v
}

/// Is the entry at `pos` racily clean against an index written at `stamp`?
fn racy(b: &[u8], pos: usize, stamp: (u32, u32)) -> bool {
    let m = (be32(b, pos + 8), be32(b, pos + 12));
    stamp.0 != 0 && m >= stamp
}

fn write(
    old: &[u8],
    plan: &Plan,
    changes: &[(&str, Option<&git2::IndexEntry>)],
    stamp: (u32, u32),
    file: fs::File,
) -> io::Result<()> {
    let removed = plan.at.iter().filter(|a| a.2).count();
    let added = plan.at.iter().filter(|a| changes[a.1].1.is_some()).count();
    let count = plan.entries.len() + added - removed;
    let mut out = Hashing {
        out: BufWriter::with_capacity(1 << 20, file),
        hash: Sha1::new(),
    };
    out.write_all(b"DIRC")?;
    out.write_all(&plan.version.to_be_bytes())?;
    out.write_all(&(count as u32).to_be_bytes())?;
    // Copy runs of entries between the changes, zeroing the size of racily clean ones.
    let copy = |out: &mut Hashing<BufWriter<fs::File>>, from: usize, to: usize| -> io::Result<()> {
        let mut run = from;
        for i in from..to {
            let (s, e) = plan.entries[i];
            if racy(old, s, stamp) {
                if run < i {
                    out.write_all(&old[plan.entries[run].0..s])?;
                }
                let mut entry = old[s..e].to_vec();
                entry[36..40].fill(0);
                out.write_all(&entry)?;
                run = i + 1;
            }
        }
        if run < to {
            out.write_all(&old[plan.entries[run].0..plan.entries[to - 1].1])?;
        }
        Ok(())
    };
    let mut next = 0;
    for &(i, k, own) in &plan.at {
        copy(&mut out, next, i)?;
        next = if own { i + 1 } else { i };
        if let (path, Some(entry)) = changes[k] {
            out.write_all(&entry_bytes(path, entry))?;
        }
    }
    copy(&mut out, next, plan.entries.len())?;
    if let Some((s, e)) = plan.tree {
        let paths: Vec<&[u8]> = plan.at.iter().map(|a| changes[a.1].0.as_bytes()).collect();
        let mut data = Vec::with_capacity(e - s);
        // A tree cache that does not parse is dropped rather than copied.
        if invalidate(&old[s..e], 0, b"", &paths, &mut data) == Some(e - s) {
            out.write_all(b"TREE")?;
            out.write_all(&(data.len() as u32).to_be_bytes())?;
            out.write_all(&data)?;
        }
    }
    for &(s, e) in &plan.kept {
        out.write_all(&old[s..e])?;
    }
    let digest = out.hash.finalize();
    let mut file = out.out;
    file.write_all(&digest)?;
    file.flush()?;
    Ok(())
}

/// Copy the tree cache node at `pos` of `data` (whose folder is `prefix`: empty for the root,
/// else ending in `/`) and its subtrees into `out`, marking invalid (entry count -1, no id)
/// every folder that holds one of `changed`, as git's `cache_tree_invalidate_path` does.
/// Returns where the node and its subtrees end, or `None` when malformed.
fn invalidate(
    data: &[u8],
    pos: usize,
    prefix: &[u8],
    changed: &[&[u8]],
    out: &mut Vec<u8>,
) -> Option<usize> {
    let nul = pos + memchr::memchr(0, data.get(pos..)?)?;
    let name = &data[pos..nul];
    let space = nul + 1 + memchr::memchr(b' ', data.get(nul + 1..)?)?;
    let newline = space + 1 + memchr::memchr(b'\n', data.get(space + 1..)?)?;
    let count: i64 = std::str::from_utf8(&data[nul + 1..space])
        .ok()?
        .parse()
        .ok()?;
    let subtrees: usize = std::str::from_utf8(&data[space + 1..newline])
        .ok()?
        .parse()
        .ok()?;
    let mut end = newline + 1;
    if count >= 0 {
        end += CHECKSUM;
        if end > data.len() {
            return None;
        }
    }
    let folder = if pos == 0 && prefix.is_empty() {
        Vec::new()
    } else {
        [prefix, name, b"/"].concat()
    };
    let touched = changed.iter().any(|p| p.starts_with(&folder));
    out.extend_from_slice(&data[pos..=nul]);
    if touched || count < 0 {
        out.extend_from_slice(format!("-1 {subtrees}\n").as_bytes());
    } else {
        out.extend_from_slice(&data[nul + 1..end]);
    }
    for _ in 0..subtrees {
        end = invalidate(data, end, &folder, changed, out)?;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn git(dir: &Path, args: &[&str]) -> String {
        let out = Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_NAME", "Test")
            .env("GIT_AUTHOR_EMAIL", "test@example.org")
            .env("GIT_COMMITTER_NAME", "Test")
            .env("GIT_COMMITTER_EMAIL", "test@example.org")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// A repository whose paths sort in the tricky ways git's do (`a-b` < `a.b` < `a/…`),
    /// committed with git so that its index has a tree cache.
    fn repo() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        git(root, &["init", "-q"]);
        for p in [
            "a-b",
            "a.b",
            "a/x.json",
            "a/y/z.json",
            "b/one.json",
            "b/two.json",
            "c",
        ] {
            let f = root.join(p);
            fs::create_dir_all(f.parent().unwrap()).unwrap();
            fs::write(&f, format!("{p}\n")).unwrap();
        }
        git(root, &["add", "-A"]);
        git(root, &["commit", "-q", "-m", "first"]);
        dir
    }

    /// Write `content` at `path` (or remove it) and make its entry as consulta's writes do.
    fn change(root: &Path, path: &str, content: Option<&str>) -> Option<git2::IndexEntry> {
        let f = root.join(path);
        match content {
            Some(c) => {
                fs::create_dir_all(f.parent().unwrap()).unwrap();
                fs::write(&f, c).unwrap();
                // In the object database, as a write's commit puts it.
                git(root, &["hash-object", "-w", path]);
                Some(super::super::write::stat_entry(root, path, c.as_bytes()).unwrap())
            }
            None => {
                fs::remove_file(&f).unwrap();
                None
            }
        }
    }

    /// The same changes made by libgit2 on a copy of the index: its entries (`git ls-files
    /// -s`) and the tree it writes.
    fn by_libgit2(root: &Path, changes: &[(&str, Option<&git2::IndexEntry>)]) -> (String, String) {
        let copy = tempfile::tempdir().unwrap();
        let index_path = copy.path().join("index");
        fs::copy(root.join(".git/index"), &index_path).unwrap();
        let repo = git2::Repository::open(root).unwrap();
        let mut index = git2::Index::open(&index_path).unwrap();
        for (p, e) in changes {
            match e {
                Some(e) => index.add(e).unwrap(),
                None => index.remove_path(Path::new(p)).unwrap(),
            }
        }
        let tree = index.write_tree_to(&repo).unwrap().to_string();
        index.write().unwrap();
        let out = Command::new("git")
            .args(["ls-files", "-s"])
            .current_dir(root)
            .env("GIT_INDEX_FILE", &index_path)
            .output()
            .unwrap();
        (String::from_utf8(out.stdout).unwrap(), tree)
    }

    #[test]
    fn inserts_replaces_and_removes_as_libgit2_and_keeps_the_tree_cache_right() {
        let dir = repo();
        let root = dir.path();
        assert!(fs::read(root.join(".git/index"))
            .unwrap()
            .windows(4)
            .any(|w| w == b"TREE"));
        let new_mid = change(root, "a/xy.json", Some("new\n"));
        let new_first = change(root, "0.json", Some("zero\n"));
        let new_deep = change(root, "a/y/new/q.json", Some("deep\n"));
        let replaced = change(root, "b/one.json", Some("changed\n"));
        let gone = change(root, "a.b", None);
        let new_last = change(root, "d/e.json", Some("last\n"));
        let changes = [
            ("d/e.json", new_last.as_ref()),
            ("a/xy.json", new_mid.as_ref()),
            ("0.json", new_first.as_ref()),
            ("a/y/new/q.json", new_deep.as_ref()),
            ("b/one.json", replaced.as_ref()),
            ("a.b", gone.as_ref()),
        ];
        let (entries, tree) = by_libgit2(root, &changes);
        assert_eq!(update(&root.join(".git"), &changes).unwrap(), Outcome::Done);
        assert!(!root.join(".git/index.lock").exists());
        // git reads it (it checks the checksum), with the same entries as libgit2 makes.
        assert_eq!(git(root, &["ls-files", "-s"]), entries);
        assert!(entries.contains("a/xy.json") && !entries.contains("\ta.b\n"));
        // `git write-tree` trusts the tree cache's valid folders: a folder left valid by
        // mistake would give an older tree.
        assert_eq!(git(root, &["write-tree"]).trim(), tree);
        git(root, &["commit", "-q", "-m", "second"]);
        assert_eq!(git(root, &["status", "--porcelain"]), "");
    }

    #[test]
    fn an_untouched_folder_keeps_its_cached_tree() {
        let dir = repo();
        let root = dir.path();
        let e = change(root, "a/new.json", Some("n\n"));
        update(&root.join(".git"), &[("a/new.json", e.as_ref())]).unwrap();
        let index = fs::read(root.join(".git/index")).unwrap();
        let at = index.windows(4).position(|w| w == b"TREE").unwrap();
        let ext = String::from_utf8_lossy(&index[at..]).into_owned();
        // The root and `a` are invalid; `b` keeps its count and id.
        assert!(ext.contains("\0-1 "), "{ext:?}");
        assert!(ext.contains("a\0-1 1\n"), "{ext:?}");
        assert!(ext.contains("b\x002 0\n"), "{ext:?}");
        assert_eq!(git(root, &["status", "--porcelain"]), "A  a/new.json\n");
    }

    #[test]
    fn racily_clean_entries_are_smudged() {
        let dir = repo();
        let root = dir.path();
        // The index as if written before its files were last modified: every entry is racy.
        let f = fs::File::options()
            .write(true)
            .open(root.join(".git/index"))
            .unwrap();
        f.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1))
            .unwrap();
        drop(f);
        let e = change(root, "c2", Some("c2\n"));
        update(&root.join(".git"), &[("c2", e.as_ref())]).unwrap();
        let debug = git(root, &["ls-files", "--debug", "b/one.json", "c2"]);
        let sizes: Vec<&str> = debug
            .lines()
            .filter_map(|l| l.trim().strip_prefix("size: "))
            .collect();
        assert_eq!(sizes.len(), 2, "{debug}");
        assert!(sizes[0].starts_with("0\t"), "old entry smudged: {debug}");
        assert!(
            sizes[1].starts_with("3\t"),
            "new entry keeps its size: {debug}"
        );
        // git compares their contents and finds them clean.
        assert_eq!(git(root, &["status", "--porcelain"]), "A  c2\n");
    }

    #[test]
    fn leaves_other_kinds_of_index_to_libgit2() {
        let dir = repo();
        let root = dir.path();
        git(root, &["update-index", "--index-version", "4"]);
        let before = fs::read(root.join(".git/index")).unwrap();
        let e = change(root, "n.json", Some("n\n"));
        let changes = [("n.json", e.as_ref())];
        assert_eq!(
            update(&root.join(".git"), &changes).unwrap(),
            Outcome::Unsupported
        );
        assert_eq!(fs::read(root.join(".git/index")).unwrap(), before);
        git(root, &["update-index", "--index-version", "2"]);
        git(root, &["update-index", "--split-index"]);
        assert_eq!(
            update(&root.join(".git"), &changes).unwrap(),
            Outcome::Unsupported
        );
        git(root, &["update-index", "--no-split-index"]);
        // A damaged index is not copied with a fresh checksum.
        let mut bytes = fs::read(root.join(".git/index")).unwrap();
        bytes[20] ^= 1;
        fs::write(root.join(".git/index"), &bytes).unwrap();
        assert_eq!(
            update(&root.join(".git"), &changes).unwrap(),
            Outcome::Unsupported
        );
        assert_eq!(fs::read(root.join(".git/index")).unwrap(), bytes);
    }

    #[test]
    fn a_held_lock_is_reported_and_left_alone() {
        let dir = repo();
        let root = dir.path();
        fs::write(root.join(".git/index.lock"), b"someone else's").unwrap();
        let e = change(root, "n.json", Some("n\n"));
        let err = update(&root.join(".git"), &[("n.json", e.as_ref())]).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(
            fs::read(root.join(".git/index.lock")).unwrap(),
            b"someone else's"
        );
    }
}
