//! Reading the consultation: the drafts at a version, and the comment records.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use super::file::{read_capped, Folder};
use super::{Store, Version, MANIFEST};
use crate::model::section::parse_section_file_name;
use crate::model::{
    parse_comment, parse_disposition, Comment, Disposition, Manifest, Problem, Section,
};
use crate::{Error, Result};

/// Largest file consulta reads as a section or record; larger ones are reported and skipped.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The draft at one version: its manifest and its sections in order.
#[derive(Debug, Clone)]
pub struct Drafts {
    pub version: Version,
    pub manifest: Manifest,
    pub sections: Vec<Section>,
    /// The other language versions found under `drafts/<lang>/`, by language code, each with
    /// its sections in order (see [`crate::model::versions`]).
    pub translations: std::collections::BTreeMap<String, Vec<Section>>,
}

impl Drafts {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// A section by id, by its number, or by a unique prefix of its id or title.
    pub fn find_section(&self, key: &str) -> Option<&Section> {
        if let Some(s) = self.section(key) {
            return Some(s);
        }
        if let Ok(n) = key.parse::<u32>() {
            if let Some(s) = self.sections.iter().find(|s| s.order == n) {
                return Some(s);
            }
        }
        // Without accents or case, as the TUI's search: `evaluacion` finds `evaluación`.
        let key = crate::model::text::fold(key);
        if let Some(s) = self
            .sections
            .iter()
            .find(|s| crate::model::text::fold(&s.id) == key)
        {
            return Some(s);
        }
        let hits: Vec<_> = self
            .sections
            .iter()
            .filter(|s| {
                crate::model::text::fold(&s.id).starts_with(&key)
                    || crate::model::text::fold(&s.title).contains(&key)
            })
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }
}

/// The drafts at one version, with the files that could not be read.
pub type DraftsRead = (Drafts, Vec<Problem>);

/// Every comment and disposition in the working tree, with the files that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub comments: Vec<Comment>,
    pub dispositions: HashMap<String, Disposition>,
    /// Files skipped, with why.
    pub problems: Vec<Problem>,
}

impl Records {
    pub fn comment(&self, id: &str) -> Option<&Comment> {
        self.comments.iter().find(|c| c.id == id)
    }

    pub fn disposition(&self, id: &str) -> Option<&Disposition> {
        self.dispositions.get(id)
    }
}

/// One file found under a folder: its repository-relative path and bytes.
pub(crate) struct RawFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl Store {
    /// The drafts at `version`. Unreadable section files are skipped and reported.
    pub fn drafts(&self, version: &Version) -> Result<(Drafts, Vec<Problem>)> {
        let files = match self.version_tree(version)? {
            None => self.worktree_files("drafts", true)?,
            Some(tree) => self.tree_files(&tree, "drafts", true)?,
        };
        self.drafts_from(version, files)
    }

    /// The git tree of a committed version; `None` for the working tree.
    fn version_tree(&self, version: &Version) -> Result<Option<git2::Tree<'_>>> {
        Ok(match version {
            Version::WorkTree => None,
            Version::Head => Some(self.repo.head()?.peel_to_tree()?),
            Version::Round(name) => {
                let round = self.round(name)?;
                Some(self.repo.find_commit(round.commit)?.tree()?)
            }
        })
    }

    /// The drafts made of the files found under `drafts/` at `version`.
    fn drafts_from(
        &self,
        version: &Version,
        files: (Vec<RawFile>, Vec<Problem>),
    ) -> Result<(Drafts, Vec<Problem>)> {
        let mut problems = Vec::new();
        let mut manifest = None;
        let mut sections: Vec<Section> = Vec::new();
        // Each section's id in lower case, to its index in `sections`.
        let mut case_folded: HashMap<String, usize> = HashMap::new();
        let mut translated = Vec::new();
        for f in files.0 {
            if f.path == MANIFEST {
                match Manifest::parse(&f.path, &f.bytes) {
                    Ok(m) => manifest = Some(m),
                    Err(p) => problems.push(p),
                }
                continue;
            }
            let name = &f.path["drafts/".len()..];
            if name.contains('/') {
                // A language version's file, drafts/<lang>/NN-slug.md.
                translated.push(f);
                continue;
            }
            if !name.ends_with(".md") {
                continue;
            }
            let Some(_) = parse_section_file_name(name) else {
                let slug = name
                    .strip_suffix(".md")
                    .and_then(|stem| stem.split_once('-'))
                    .map(|(_, slug)| slug)
                    .filter(|slug| !crate::model::is_portable_name(slug));
                problems.push(match slug {
                    // The slug names the section's folder under comments/.
                    Some(slug) => Problem::file(
                        &f.path,
                        crate::t!(
                            "lib-slug-not-portable",
                            slug = format!("{:?}", crate::sanitize::inline(slug))
                        ),
                    ),
                    None => Problem::file(
                        &f.path,
                        crate::t!("lib-section-file-name", pattern = "NN-slug.md"),
                    ),
                });
                continue;
            };
            let text = match String::from_utf8(f.bytes) {
                Ok(t) => t,
                Err(e) => {
                    let (line, col) = line_col(e.as_bytes(), e.utf8_error().valid_up_to());
                    problems.push(Problem::at(
                        &f.path,
                        line,
                        col,
                        crate::t!("lib-section-not-utf8"),
                    ));
                    continue;
                }
            };
            // One vectorised pass for both bytes that need a second look.
            let odd = memchr::memchr2(0, b'\r', text.as_bytes()).is_some();
            if odd && text.contains('\0') {
                problems.push(Problem::file(&f.path, crate::t!("lib-section-nul-bytes")));
                continue;
            }
            let text = if odd && text.contains('\r') {
                text.replace("\r\n", "\n")
            } else {
                text
            };
            if let Some(s) = Section::new(name, text) {
                if let Some(prev) = sections.iter().find(|p| p.id == s.id) {
                    problems.push(Problem::file(
                        &f.path,
                        crate::t!(
                            "lib-section-id-twice",
                            id = format!("{:?}", s.id),
                            file = format!("drafts/{}", prev.file)
                        ),
                    ));
                    continue;
                }
                // The id names the section's folder under comments/, and the file systems of
                // Windows and macOS do not tell case apart by default.
                let folded = s.id.to_lowercase();
                if let Some(&prev) = case_folded.get(&folded) {
                    let prev: &Section = &sections[prev];
                    problems.push(Problem::file(
                        &f.path,
                        crate::t!(
                            "lib-section-id-case",
                            id = format!("{:?}", crate::sanitize::inline(&s.id)),
                            other = format!("{:?}", crate::sanitize::inline(&prev.id)),
                            file = format!("drafts/{}", prev.file)
                        ),
                    ));
                    continue;
                }
                case_folded.insert(folded, sections.len());
                sections.push(s);
            }
        }
        problems.extend(files.1);
        let manifest =
            manifest.ok_or_else(|| match problems.iter().find(|p| p.path == MANIFEST) {
                Some(p) => Error::Invalid(format!("{p}")),
                None => Error::NoConsultation(self.root.clone()),
            })?;
        sections.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id)));
        let translations =
            super::versions::translations_from(&manifest, &sections, translated, &mut problems);
        Ok((
            Drafts {
                version: version.clone(),
                manifest,
                sections,
                translations,
            },
            problems,
        ))
    }

    /// The drafts at two versions: what a diff between rounds waits for. Between two committed
    /// versions, as git does, each distinct blob is read once (a section unchanged between them
    /// is the same object), on two threads (the second through its own handle on the
    /// repository); otherwise the two versions are read side by side.
    pub fn drafts_pair(&self, a: &Version, b: &Version) -> Result<(DraftsRead, DraftsRead)> {
        let root = self.root.clone();
        let (Some(ta), Some(tb)) = (self.version_tree(a)?, self.version_tree(b)?) else {
            return std::thread::scope(|s| {
                let other = s.spawn(|| Store::open(&root).and_then(|st| st.drafts(b)));
                let first = self.drafts(a);
                let second = other.join().unwrap_or_else(|_| Err(thread_failed()));
                Ok((first?, second?))
            });
        };
        let (ea, pa) = self.tree_entries(&ta, "drafts", true)?;
        let (eb, pb) = self.tree_entries(&tb, "drafts", true)?;
        let mut oids: Vec<git2::Oid> = ea.iter().chain(&eb).map(|e| e.oid).collect();
        oids.sort_unstable();
        oids.dedup();
        // Both threads take the next blob not yet taken.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let take = |store: &Store| -> Result<Vec<(git2::Oid, Vec<u8>)>> {
            let mut got = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&oid) = oids.get(i) else {
                    return Ok(got);
                };
                got.push((oid, store.repo.find_blob(oid)?.content().to_vec()));
            }
        };
        let mut blobs: HashMap<git2::Oid, Vec<u8>> = std::thread::scope(|s| {
            let other = s.spawn(|| Store::open(&root).and_then(|st| take(&st)));
            let mine = take(self);
            let theirs = other.join().unwrap_or_else(|_| Err(thread_failed()));
            Ok::<_, Error>(mine?.into_iter().chain(theirs?).collect())
        })?;
        // A blob's last user takes it; only a file in both versions is copied.
        let mut uses: HashMap<git2::Oid, usize> = HashMap::new();
        for e in ea.iter().chain(&eb) {
            *uses.entry(e.oid).or_default() += 1;
        }
        let mut files = |entries: Vec<TreeEntry>, mut problems: Vec<Problem>| {
            let mut out = Vec::with_capacity(entries.len());
            for e in entries {
                let left = uses.get_mut(&e.oid).map(|n| {
                    *n -= 1;
                    *n
                });
                let bytes = if left == Some(0) {
                    blobs.remove(&e.oid).unwrap_or_default()
                } else {
                    blobs.get(&e.oid).cloned().unwrap_or_default()
                };
                if bytes.len() as u64 > MAX_FILE_BYTES {
                    problems.push(too_large(&e.path, bytes.len()));
                    continue;
                }
                out.push(RawFile {
                    path: e.path,
                    bytes,
                });
            }
            (out, problems)
        };
        let first = self.drafts_from(a, files(ea, pa))?;
        let second = self.drafts_from(b, files(eb, pb))?;
        Ok((first, second))
    }

    /// The drafts of the latest round, or of the working tree when there is no round yet.
    pub fn current_drafts(&self) -> Result<(Drafts, Vec<Problem>)> {
        match self.rounds()?.last() {
            Some(r) => self.drafts(&Version::Round(r.name.clone())),
            None => self.drafts(&Version::WorkTree),
        }
    }

    /// Every comment and disposition under `comments/` in the working tree.
    ///
    /// Each file is read and parsed on one of two threads and its bytes dropped at once, so
    /// the records are never held twice (a 100,000-comment consultation is read without
    /// holding its 71 MB of JSON besides the parsed comments).
    pub fn records(&self) -> Result<Records> {
        self.records_below("comments")
    }

    /// The records below `dir` of the working tree, read as [`Store::records`] reads them.
    fn records_below(&self, dir: &str) -> Result<Records> {
        let (paths, problems) = self.worktree_paths(dir, true)?;
        Ok(self.records_at(&paths, problems))
    }

    /// The records of the files `paths` (repository-relative), with `problems` found before;
    /// read on the machine's cores, sorted by id.
    fn records_at(&self, paths: &[String], mut problems: Vec<Problem>) -> Records {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        // Contiguous shares, so that each thread's list of comments is sized once.
        let share = paths.len().div_ceil(threads).max(256);
        let parts: Vec<Part> = if paths.len() <= share {
            vec![read_part(&self.root, paths, 0)]
        } else {
            std::thread::scope(|s| {
                let handles: Vec<_> = paths
                    .chunks(share)
                    .enumerate()
                    .map(|(k, chunk)| {
                        let root = &self.root;
                        s.spawn(move || read_part(root, chunk, k * share))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            })
        };
        let mut rec = Records::default();
        let total: usize = parts.iter().map(|p| p.comments.len()).sum();
        let mut found: Vec<(usize, Problem)> = Vec::new();
        for part in parts {
            if rec.comments.is_empty() {
                // The first share's list becomes the whole list, grown once in place.
                rec.comments = part.comments;
                rec.comments.reserve_exact(total - rec.comments.len());
            } else {
                rec.comments.extend(part.comments);
            }
            rec.dispositions.extend(part.dispositions);
            found.extend(part.problems);
        }
        found.sort_by_key(|(i, _)| *i);
        problems.extend(found.into_iter().map(|(_, p)| p));
        // By id. Every id here is a valid ULID (26 ASCII bytes), so its bytes as two big-endian
        // integers order exactly as the string does, without a byte-by-byte comparison.
        rec.comments
            .sort_by_cached_key(|c| crate::model::id_key(&c.id));
        rec.problems = problems;
        rec
    }

    /// The records of one round's section (`comments/<round>/<section>/`), read and checked
    /// as [`Store::records`] reads them all: what the TUI of a large consultation reads when it
    /// shows a section. Round or section names that are not one plain folder give nothing.
    pub fn section_records(&self, round: &str, section: &str) -> Result<Records> {
        // A valid record is only ever in such a folder; any other name is not one.
        if !crate::model::is_valid_round_name(round) || !crate::model::is_valid_slug(section) {
            return Ok(Records::default());
        }
        self.records_below(&format!("comments/{round}/{section}"))
    }

    /// The records of section `section` in every round (`comments/*/<section>/`): what
    /// `consulta comments --section` lists, without reading the other sections' records (a
    /// record is only ever valid in its own round's and section's folder).
    pub fn section_records_all_rounds(&self, section: &str) -> Result<Records> {
        let mut paths = Vec::new();
        let mut problems = Vec::new();
        for round in self.comment_rounds() {
            if crate::model::is_valid_slug(section) {
                let (p, q) = self.worktree_paths(&format!("comments/{round}/{section}"), true)?;
                paths.extend(p);
                problems.extend(q);
            }
        }
        Ok(self.records_at(&paths, problems))
    }

    /// The round folders under `comments/` whose names a round can have, sorted.
    fn comment_rounds(&self) -> Vec<String> {
        let mut rounds: Vec<String> = match fs::read_dir(self.root.join("comments")) {
            Ok(rd) => rd
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .filter_map(|e| e.file_name().to_str().map(|n| precomposed(n).into_owned()))
                .filter(|n| crate::model::is_valid_round_name(n))
                .collect(),
            Err(_) => Vec::new(),
        };
        rounds.sort();
        rounds
    }

    /// The `comments/<round>/<section>` folders of the working tree whose names a round and a
    /// section can have (no record is valid elsewhere), sorted.
    fn worktree_comment_folders(&self) -> Vec<String> {
        let mut out = Vec::new();
        for r in self.comment_rounds() {
            if let Ok(rd) = fs::read_dir(self.root.join("comments").join(&r)) {
                out.extend(
                    rd.flatten()
                        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                        .filter_map(|e| e.file_name().to_str().map(|n| precomposed(n).into_owned()))
                        .filter(|n| crate::model::is_valid_slug(n))
                        .map(|n| format!("comments/{r}/{n}")),
                );
            }
        }
        out.sort();
        out
    }

    /// The files named after comment `id` in `folders`, regular files only (a link is not
    /// followed): its file where it is, `<folder>/<id>.json`.
    fn files_named<'a>(
        &'a self,
        folders: &'a [String],
        id: &'a str,
    ) -> impl Iterator<Item = String> + 'a {
        folders
            .iter()
            .map(move |f| format!("{f}/{id}.json"))
            .filter(|rel| {
                fs::symlink_metadata(self.root.join(rel)).is_ok_and(|m| m.file_type().is_file())
            })
    }

    /// The records of the comments `ids` (and their decisions), each found by its file name
    /// in its round's and section's folder without reading the others: what the TUI of a large
    /// consultation needs of the comments behind a change.
    pub fn comment_records(&self, ids: &[String]) -> Result<Records> {
        let folders = self.worktree_comment_folders();
        let mut paths = Vec::new();
        for id in ids.iter().filter(|id| crate::model::is_valid_id(id)) {
            if let Some(rel) = self.files_named(&folders, id).next() {
                let decision = format!("{}.disposition.json", rel.trim_end_matches(".json"));
                if self.root.join(&decision).is_file() {
                    paths.push(decision);
                }
                paths.push(rel);
            }
        }
        Ok(self.records_at(&paths, Vec::new()))
    }

    /// One comment by id, found by its file name without reading every record.
    pub fn find_comment(&self, id: &str) -> Result<Option<Comment>> {
        if !crate::model::is_valid_id(id) {
            return Ok(None);
        }
        let folders = self.worktree_comment_folders();
        for rel in self.files_named(&folders, id) {
            let (files, _) = self.read_paths(vec![rel]);
            if let Some((Some(c), _)) = files.first().map(|f| parse_comment(&f.path, &f.bytes)) {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }

    /// Files below `dir` in the working tree. Symlinks and oversized files are reported, not
    /// followed; dot files (temporary files of an interrupted write) are ignored.
    pub(crate) fn worktree_files(
        &self,
        dir: &str,
        recursive: bool,
    ) -> Result<(Vec<RawFile>, Vec<Problem>)> {
        let (paths, mut problems) = self.worktree_paths(dir, recursive)?;
        let (out, more) = self.read_paths(paths);
        problems.extend(more);
        Ok((out, problems))
    }

    /// The files at `paths` (repository-relative, as [`Store::worktree_paths`] gives them),
    /// each read whole; one that cannot be read, or is too large, is a problem instead.
    pub(crate) fn read_paths(&self, paths: Vec<String>) -> (Vec<RawFile>, Vec<Problem>) {
        let mut out = Vec::with_capacity(paths.len());
        let mut problems = Vec::new();
        let mut buf = Vec::new();
        let mut folder = Folder::new();
        for path in paths {
            match read_capped(&self.root, &path, &mut folder, &mut buf) {
                Ok(n) => out.push(RawFile {
                    bytes: buf[..n].to_vec(),
                    path,
                }),
                Err(p) => problems.push(p),
            }
        }
        (out, problems)
    }

    /// The repository-relative paths of the regular files below `dir` in the working tree,
    /// sorted, without reading them. Hidden files are left out; symbolic links and names that
    /// are not UTF-8 are reported instead.
    pub(crate) fn worktree_paths(
        &self,
        dir: &str,
        recursive: bool,
    ) -> Result<(Vec<String>, Vec<Problem>)> {
        self.worktree_paths_but(dir, recursive, &|_| false)
    }

    /// [`Store::worktree_paths`] without the folders `skip` names (by repository-relative
    /// path).
    pub(crate) fn worktree_paths_but(
        &self,
        dir: &str,
        recursive: bool,
        skip: &dyn Fn(&str) -> bool,
    ) -> Result<(Vec<String>, Vec<Problem>)> {
        let mut out = Vec::new();
        let mut problems = Vec::new();
        let base = self.root.join(dir);
        if !base.exists() {
            return Ok((out, problems));
        }
        let mut stack = vec![(base, dir.to_string())];
        while let Some((abs, rel)) = stack.pop() {
            let entries = match fs::read_dir(&abs) {
                Ok(e) => e,
                Err(e) => {
                    problems.push(Problem::file(
                        &rel,
                        crate::t!("lib-folder-unreadable", error = e.to_string()),
                    ));
                    continue;
                }
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                let Some(name) = name.to_str() else {
                    problems.push(Problem::file(
                        format!("{rel}/{}", name.to_string_lossy()),
                        crate::t!("lib-file-name-not-utf8"),
                    ));
                    continue;
                };
                let name = precomposed(name);
                if name.starts_with('.') {
                    continue;
                }
                let rel_path = format!("{rel}/{name}");
                // From the directory entry itself: no extra system call per file.
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                if kind.is_symlink() {
                    problems.push(Problem::file(&rel_path, crate::t!("lib-symlink-replace")));
                } else if kind.is_dir() {
                    if recursive && !skip(&rel_path) {
                        stack.push((entry.path(), rel_path));
                    }
                } else if kind.is_file() {
                    out.push(rel_path);
                }
            }
        }
        out.sort_unstable();
        Ok((out, problems))
    }

    /// Files below `dir` in a git tree.
    pub(crate) fn tree_files(
        &self,
        tree: &git2::Tree<'_>,
        dir: &str,
        recursive: bool,
    ) -> Result<(Vec<RawFile>, Vec<Problem>)> {
        let (entries, mut problems) = self.tree_entries(tree, dir, recursive)?;
        let mut out = Vec::with_capacity(entries.len());
        for e in entries {
            let blob = self.repo.find_blob(e.oid)?;
            if blob.size() as u64 > MAX_FILE_BYTES {
                problems.push(too_large(&e.path, blob.size()));
                continue;
            }
            out.push(RawFile {
                path: e.path,
                bytes: blob.content().to_vec(),
            });
        }
        Ok((out, problems))
    }

    /// The blobs below `dir` in a git tree, sorted by path, without reading them; symbolic
    /// links are reported instead.
    fn tree_entries(
        &self,
        tree: &git2::Tree<'_>,
        dir: &str,
        recursive: bool,
    ) -> Result<(Vec<TreeEntry>, Vec<Problem>)> {
        let mut out = Vec::new();
        let mut problems = Vec::new();
        let Ok(entry) = tree.get_path(Path::new(dir)) else {
            return Ok((out, problems));
        };
        let sub = self.repo.find_tree(entry.id())?;
        let mut stack = vec![(sub, dir.to_string())];
        while let Some((t, rel)) = stack.pop() {
            for e in t.iter() {
                let Ok(name) = e.name() else { continue };
                let rel_path = format!("{rel}/{name}");
                match e.kind() {
                    Some(git2::ObjectType::Tree) if recursive => {
                        stack.push((self.repo.find_tree(e.id())?, rel_path))
                    }
                    Some(git2::ObjectType::Blob) => {
                        if e.filemode() == 0o120000 {
                            problems.push(Problem::file(&rel_path, crate::t!("lib-symlink")));
                            continue;
                        }
                        out.push(TreeEntry {
                            path: rel_path,
                            oid: e.id(),
                        });
                    }
                    _ => {}
                }
            }
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok((out, problems))
    }
}

/// A file name from a directory listing, as git records it: on macOS in NFC, as git's
/// `core.precomposeunicode` (on by default there) does, since macOS file systems may return
/// names decomposed (NFD), which would not match the section ids and paths committed from
/// other systems; their lookups ignore the normalisation, so the file still opens by its NFC
/// name. Elsewhere a name is its bytes and is kept as it is.
fn precomposed(name: &str) -> std::borrow::Cow<'_, str> {
    if cfg!(target_os = "macos") {
        nfc(name)
    } else {
        std::borrow::Cow::Borrowed(name)
    }
}

/// `name` in Unicode normalisation form C.
fn nfc(name: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    if unicode_normalization::is_nfc(name) {
        std::borrow::Cow::Borrowed(name)
    } else {
        std::borrow::Cow::Owned(name.nfc().collect())
    }
}

/// A blob of a git tree, not yet read.
struct TreeEntry {
    path: String,
    oid: git2::Oid,
}

fn too_large(path: &str, size: usize) -> Problem {
    Problem::file(
        path,
        crate::t!(
            "lib-file-too-big-skipped",
            size = size,
            max = MAX_FILE_BYTES
        ),
    )
}

fn thread_failed() -> Error {
    Error::Invalid(crate::t!("err-reading-drafts-failed"))
}

pub(crate) enum Parsed {
    Comment(Option<Box<Comment>>, Vec<Problem>),
    Disposition(Option<Disposition>, Vec<Problem>),
    Other,
}

fn parse_one(path: &str, bytes: &[u8]) -> Parsed {
    if path.split('/').count() != 4 || !path.ends_with(".json") {
        return Parsed::Other;
    }
    if path.ends_with(".disposition.json") {
        let (d, p) = parse_disposition(path, bytes);
        Parsed::Disposition(d, p)
    } else {
        let (c, p) = parse_comment(path, bytes);
        Parsed::Comment(c.map(Box::new), p)
    }
}

/// Parse record files on all cores; results keep the input order.
pub(crate) fn parse_all(files: &[RawFile]) -> Vec<(String, Parsed)> {
    on_all_cores(files, |f| (f.path.clone(), parse_one(&f.path, &f.bytes)))
}

/// `f` of each file, on as many threads as the machine has cores (at most 8; one for fewer
/// than 256 files); results keep the input order.
pub(crate) fn on_all_cores<R: Send>(files: &[RawFile], f: impl Fn(&RawFile) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if files.len() < 256 || threads == 1 {
        return files.iter().map(&f).collect();
    }
    let chunk = files.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(f).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// What one thread read of `comments/`.
struct Part {
    comments: Vec<Comment>,
    dispositions: Vec<(String, Disposition)>,
    /// With the index of the file in the whole list, to report them in path order.
    problems: Vec<(usize, Problem)>,
}

/// Read and parse the record files `paths` (the `first`th onwards of the whole list), dropping
/// each file's bytes once parsed. A record with a problem is reported and left out.
fn read_part(root: &Path, paths: &[String], first: usize) -> Part {
    let mut part = Part {
        comments: Vec::with_capacity(paths.len()),
        dispositions: Vec::new(),
        problems: Vec::new(),
    };
    let mut buf = Vec::new();
    let mut folder = Folder::new();
    for (k, path) in paths.iter().enumerate() {
        let at = first + k;
        let n = match read_capped(root, path, &mut folder, &mut buf) {
            Ok(n) => n,
            Err(p) => {
                part.problems.push((at, p));
                continue;
            }
        };
        match parse_one(path, &buf[..n]) {
            Parsed::Comment(c, p) => {
                if let (Some(c), true) = (c, p.is_empty()) {
                    part.comments.push(*c);
                }
                part.problems.extend(p.into_iter().map(|p| (at, p)));
            }
            Parsed::Disposition(d, p) => {
                if let (Some(d), true) = (d, p.is_empty()) {
                    // A disposition is named after its comment; any other is not one.
                    if path.ends_with(&format!("{}.disposition.json", d.comment)) {
                        part.dispositions.push((d.comment.clone(), d));
                    }
                }
                part.problems.extend(p.into_iter().map(|p| (at, p)));
            }
            Parsed::Other => part.problems.push((
                at,
                Problem::file(
                    path,
                    crate::t!(
                        "lib-not-a-record",
                        folder = "comments/",
                        comment = "<id>.json",
                        disposition = "<id>.disposition.json"
                    ),
                ),
            )),
        }
    }
    part.comments.shrink_to_fit();
    part
}

/// 1-based line and column of byte offset `at`.
pub fn line_col(bytes: &[u8], at: usize) -> (usize, usize) {
    let head = &bytes[..at.min(bytes.len())];
    let line = head.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = head.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_names_are_composed() {
        let nfd = "05-evaluacio\u{301}n-y-calidad.md";
        assert_eq!(nfc(nfd), "05-evaluación-y-calidad.md");
        assert!(matches!(
            nfc("05-evaluación.md"),
            std::borrow::Cow::Borrowed(_)
        ));
        // Only macOS hands names back decomposed; elsewhere a name is kept byte for byte.
        let kept = precomposed(nfd);
        assert_eq!(kept == nfd, !cfg!(target_os = "macos"));
    }
}
