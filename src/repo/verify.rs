//! `consulta verify`: prove that every comment file is what its author submitted. One pass over
//! the history of HEAD, oldest first, records for each path under `comments/` the commit that
//! added it, the blob it added and the latest blob committed; then each comment file of the
//! working tree is hashed and compared, and the adding commit's author e-mail is compared with
//! the comment's `author.email`.

use std::collections::HashMap;

use git2::{ObjectType, Oid, Sort};
use serde::Deserialize;

use super::clean_folders::Verdicts;
use super::history::{short, tree_changes_in, Change, Trees};
use super::signatures::{Checker, Verdict, VerdictCache};
use super::Store;
use crate::model::Problem;
use crate::Result;

/// What `verify` looked at and what it found.
#[derive(Debug, Default)]
pub struct VerifyReport {
    /// Comment files checked.
    pub comments: usize,
    /// Commits walked.
    pub commits: usize,
    /// One per comment file that is not what was submitted, or cannot be checked, and one
    /// per bad signature.
    pub problems: Vec<Problem>,
    /// Signatures of the commits and round tags that must or may be signed.
    pub signatures: SignatureCounts,
    /// The comment files whose adding commit is signed by their author's registered key.
    pub verified_comments: std::collections::HashSet<String>,
}

/// How many commits and round tags are signed by a registered key (verified), prove nothing
/// (unverified), or fail the register's rules (bad); see [`super::signatures`].
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SignatureCounts {
    pub verified: usize,
    pub unverified: usize,
    pub bad: usize,
}

/// Where a path under `comments/` came from.
#[derive(Debug, Clone, Copy)]
struct Origin {
    /// The commit that added it, and what it added.
    commit: Oid,
    blob: Oid,
    /// The latest committed content, and the first commit that changed it from the original.
    current: Oid,
    rewritten_in: Option<Oid>,
}

/// Just enough of a comment to know who claims to have written it.
#[derive(Deserialize)]
struct Claim {
    author: ClaimAuthor,
}

#[derive(Deserialize)]
struct ClaimAuthor {
    email: String,
}

fn is_comment_path(path: &str) -> bool {
    path.split('/').count() == 4 && path.ends_with(".json") && !path.ends_with(".disposition.json")
}

fn same_email(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

impl Store {
    /// Check every comment file of the working tree against the commit that added it.
    pub fn verify(&self) -> Result<VerifyReport> {
        let repo = &self.repo;
        let mut report = VerifyReport::default();
        let mut origins: HashMap<String, Origin> = HashMap::new();
        let mut verified_commits = std::collections::HashSet::new();
        if let Ok(head) = repo.head().and_then(|h| h.peel_to_commit()) {
            let mut walk = repo.revwalk()?;
            walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
            walk.push(head.id())?;
            let mut changes = Vec::new();
            let mut trees = Trees::new(repo);
            let mut checker = Checker::new(repo);
            let mut cache = VerdictCache::load(repo);
            for oid in walk {
                let oid = oid?;
                report.commits += 1;
                let commit = repo.find_commit(oid)?;
                trees.next_commit();
                // One comparison with the first parent serves both the signature's verdict
                // and the comment files' origins.
                let parent = commit_changes(&mut trees, &commit, &mut changes)?;
                if let Some(parent) = &parent {
                    let verdict = judged(
                        &mut cache,
                        &mut checker,
                        &mut trees,
                        &commit,
                        parent,
                        &changes,
                    )?;
                    if let Some(verdict) = verdict {
                        report.count(&verdict, || format!("commit {}", short(oid)));
                        if verdict == Verdict::Verified {
                            verified_commits.insert(oid);
                        }
                    }
                }
                changes.retain(|c| c.path.starts_with("comments/"));
                for ch in &changes {
                    match (ch.change, ch.new) {
                        (Change::Deleted, _) | (_, None) => {
                            origins.remove(&ch.path);
                        }
                        (_, Some((blob, _))) => match origins.get_mut(&ch.path) {
                            None => {
                                origins.insert(
                                    ch.path.clone(),
                                    Origin {
                                        commit: oid,
                                        blob,
                                        current: blob,
                                        rewritten_in: None,
                                    },
                                );
                            }
                            Some(o) => {
                                o.current = blob;
                                // Restored to the original bytes: no longer rewritten.
                                o.rewritten_in = if blob == o.blob {
                                    None
                                } else {
                                    o.rewritten_in.or(Some(oid))
                                };
                            }
                        },
                    }
                }
            }
            cache.save();
        }

        self.judge_rounds(&mut report)?;

        let seen = self.comment_claims(&mut report.problems)?;
        report.comments = seen.len();
        let mut authors: HashMap<Oid, String> = HashMap::new();
        for (path, id, as_committed, claimed) in seen {
            let path = path.as_str();
            let Some(origin) = origins.get(path) else {
                report
                    .problems
                    .push(Problem::file(path, crate::t!("lib-verify-never-committed")));
                continue;
            };
            // Checked out with CRLF line endings (core.autocrlf=true, in a repository without
            // consulta's .gitattributes): compared as git would commit it back.
            let id = match as_committed {
                Some(lf) if id != origin.blob && (lf == origin.blob || lf == origin.current) => lf,
                _ => id,
            };
            if id != origin.blob {
                let message = match origin.rewritten_in {
                    Some(later) if id == origin.current => crate::t!(
                        "lib-verify-rewritten",
                        later = short(later),
                        commit = short(origin.commit)
                    ),
                    Some(later) => crate::t!(
                        "lib-verify-rewritten-and-changed",
                        later = short(later),
                        commit = short(origin.commit)
                    ),
                    None => crate::t!("lib-verify-changed", commit = short(origin.commit)),
                };
                report.problems.push(Problem::file(path, message));
            }
            if verified_commits.contains(&origin.commit) {
                report.verified_comments.insert(path.to_string());
            }
            let author = match authors.get(&origin.commit) {
                Some(a) => a.clone(),
                None => {
                    let c = self.repo.find_commit(origin.commit)?;
                    let a = String::from_utf8_lossy(c.author().email_bytes()).into_owned();
                    authors.insert(origin.commit, a.clone());
                    a
                }
            };
            match claimed {
                Err(why) => report.problems.push(Problem::file(
                    path,
                    crate::t!("lib-verify-no-author", why = why.to_string()),
                )),
                Ok(email) if !same_email(&email, &author) => report.problems.push(Problem::file(
                    path,
                    crate::t!(
                        "lib-verify-other-author",
                        commit = short(origin.commit),
                        author = author.as_str(),
                        claimed = email.as_str()
                    ),
                )),
                Ok(_) => {}
            }
        }
        report
            .problems
            .sort_by(|a, b| a.path.cmp(&b.path).then(a.message.cmp(&b.message)));
        Ok(report)
    }
}

/// A comment file of the working tree: its path, its blob id, its blob id with CRLF line
/// endings made LF (when it has any), and the e-mail address its author claims (or why it
/// cannot be read).
type Claimed = (
    String,
    Oid,
    Option<Oid>,
    std::result::Result<String, String>,
);

/// The format of the claims `verify` keeps for clean folders.
const CLAIMS_FORMAT: u32 = 1;

/// What `verify` keeps of a clean folder whose comments all name an author: each comment
/// file's name and the address it claims (its blob is the folder tree's).
type FolderClaims = Vec<(String, String)>;

impl Store {
    /// Every comment file of the working tree, hashed, with the address it claims. A clean
    /// folder (its files exactly HEAD's: src/repo/clean_folders.rs) is not read if its claims
    /// were kept before under its tree id; its blobs are its tree's. The others are read
    /// 20,000 files at a time, hashed and parsed on all cores.
    fn comment_claims(&self, problems: &mut Vec<Problem>) -> Result<Vec<Claimed>> {
        let clean = self.clean_comment_folders()?;
        let mut kept: Verdicts<FolderClaims> =
            Verdicts::load(self.repo.path(), "verify-claims.json", CLAIMS_FORMAT);
        let mut cached: Vec<(&str, String)> = clean
            .iter()
            .map(|(folder, f)| (folder.as_str(), f.tree.to_string()))
            .filter(|(_, key)| kept.get(key).is_some())
            .collect();
        cached.sort_unstable();
        let skip: std::collections::HashSet<&str> = cached.iter().map(|(f, _)| *f).collect();
        let mut out: Vec<Claimed> = Vec::new();
        for (folder, key) in &cached {
            let tree = self.repo.find_tree(clean[*folder].tree)?;
            for (name, email) in kept.get(key).into_iter().flatten() {
                if let Some(entry) = tree.get_name(name) {
                    out.push((
                        format!("{folder}/{name}"),
                        entry.id(),
                        None,
                        Ok(email.clone()),
                    ));
                }
            }
        }
        let (paths, more) = self.worktree_paths_but("comments", true, &|rel| skip.contains(rel))?;
        problems.extend(more);
        let paths: Vec<String> = paths.into_iter().filter(|p| is_comment_path(p)).collect();
        let first_read = out.len();
        for slice in paths.chunks(CLAIMS_SLICE) {
            let (files, more) = self.read_paths(slice.to_vec());
            problems.extend(more);
            out.extend(claims_of(&files));
        }
        // Clean folders read now whose every comment names its author keep their claims.
        let mut fresh: HashMap<&str, Option<FolderClaims>> = HashMap::new();
        for (path, _, _, claimed) in &out[first_read..] {
            let Some((folder, name)) = path.rsplit_once('/') else {
                continue;
            };
            if !clean.contains_key(folder) {
                continue;
            }
            let slot = fresh.entry(folder).or_insert_with(|| Some(Vec::new()));
            match (slot.as_mut(), claimed) {
                (Some(v), Ok(email)) => v.push((name.to_string(), email.clone())),
                _ => *slot = None,
            }
        }
        // A clean folder with an unreadable file is not kept either.
        for p in problems.iter() {
            if let Some((folder, _)) = p.path.rsplit_once('/') {
                fresh.insert(folder, None);
            }
        }
        for (folder, claims) in fresh {
            if let (Some(claims), Some(f)) = (claims, clean.get(folder)) {
                kept.insert(f.tree.to_string(), claims);
            }
        }
        let in_use: std::collections::HashSet<String> =
            clean.values().map(|f| f.tree.to_string()).collect();
        kept.save(|k| in_use.contains(k));
        Ok(out)
    }
}

/// How many comment files `verify` reads and hashes at a time.
const CLAIMS_SLICE: usize = 20_000;

/// Hash the files and read the claimed author, on all cores.
fn claims_of(files: &[super::read::RawFile]) -> Vec<Claimed> {
    super::read::on_all_cores(files, |f| {
        let id = Oid::hash_object(ObjectType::Blob, &f.bytes).unwrap_or(Oid::ZERO_SHA1);
        let as_committed =
            crlf_to_lf(&f.bytes).and_then(|lf| Oid::hash_object(ObjectType::Blob, &lf).ok());
        let who = serde_json::from_slice::<Claim>(&f.bytes)
            .map(|c| c.author.email)
            .map_err(|e| Problem::json(&f.path, &e).message);
        (f.path.clone(), id, as_committed, who)
    })
}

impl VerifyReport {
    fn count(&mut self, verdict: &Verdict, what: impl FnOnce() -> String) {
        match verdict {
            Verdict::Verified => self.signatures.verified += 1,
            Verdict::Unverified => self.signatures.unverified += 1,
            Verdict::Bad(why) => {
                self.signatures.bad += 1;
                self.problems.push(Problem::file(what(), why.clone()));
            }
        }
    }
}

impl Store {
    /// The ids of the comments whose adding commit is signed by their author's registered key
    /// (what the summary counts as verified). Without a register at HEAD nobody can be
    /// verified, and the history is not walked.
    pub fn verified_comment_ids(&self) -> Result<std::collections::HashSet<String>> {
        let repo = &self.repo;
        let mut out = std::collections::HashSet::new();
        let Ok(head) = repo.head().and_then(|h| h.peel_to_commit()) else {
            return Ok(out);
        };
        // Nobody can be verified without a register, nor under "verification": "off"; then
        // the history is not walked.
        let tree = head.tree()?;
        let mut checker = Checker::new(repo);
        let mut cache = VerdictCache::load(repo);
        let off = checker.rules(&tree)?.policy == crate::model::Verification::Off;
        if off
            || tree
                .get_path(std::path::Path::new(super::register::REGISTER))
                .is_err()
        {
            return Ok(out);
        }
        let mut walk = repo.revwalk()?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
        walk.push(head.id())?;
        let mut trees = Trees::new(repo);
        let mut changes = Vec::new();
        for oid in walk {
            let commit = repo.find_commit(oid?)?;
            trees.next_commit();
            let Some(parent) = commit_changes(&mut trees, &commit, &mut changes)? else {
                continue;
            };
            if judged(
                &mut cache,
                &mut checker,
                &mut trees,
                &commit,
                &parent,
                &changes,
            )? == Some(Verdict::Verified)
            {
                for c in changes.iter().filter(|c| is_comment_path(&c.path)) {
                    if let Some(id) = c
                        .path
                        .rsplit('/')
                        .next()
                        .and_then(|f| f.strip_suffix(".json"))
                    {
                        out.insert(id.to_string());
                    }
                }
            }
        }
        cache.save();
        Ok(out)
    }

    /// The signatures of the round tags, against the register of the commit each tags.
    fn judge_rounds(&self, report: &mut VerifyReport) -> Result<()> {
        let repo = &self.repo;
        let mut checker = Checker::new(repo);
        for round in self.rounds()? {
            let Ok(reference) = repo.find_reference(&format!("refs/tags/{}", round.name)) else {
                continue;
            };
            let tree = repo.find_commit(round.commit)?.tree()?;
            let verdict = match reference.target() {
                Some(id) if repo.find_tag(id).is_ok() => checker.tag(id, &tree)?,
                _ => continue,
            };
            report.count(&verdict, || format!("refs/tags/{}", round.name));
        }
        Ok(())
    }
}

/// [`judge_commit`], through the cache of verdicts already reached.
fn judged(
    cache: &mut VerdictCache,
    checker: &mut Checker<'_>,
    trees: &mut Trees<'_>,
    commit: &git2::Commit<'_>,
    parent: &git2::Tree<'_>,
    changes: &[super::history::FileChange],
) -> Result<Option<Verdict>> {
    if let Some(known) = cache.get(commit.id()) {
        return Ok(known);
    }
    let verdict = judge_commit(checker, trees, commit, parent, changes)?;
    cache.put(commit.id(), &verdict);
    Ok(verdict)
}

/// The paths `commit` changes from its first parent, into `changes`; returns the parent's
/// tree (`None` for a first commit, whose every file is new).
fn commit_changes<'r>(
    trees: &mut Trees<'r>,
    commit: &git2::Commit<'_>,
    changes: &mut Vec<super::history::FileChange>,
) -> Result<Option<git2::Tree<'r>>> {
    let parent = if commit.parent_count() > 0 {
        Some(trees.find(commit.parent(0)?.tree_id())?)
    } else {
        None
    };
    let tree = trees.find(commit.tree_id())?;
    changes.clear();
    tree_changes_in(trees, parent.as_ref(), Some(&tree), "", changes)?;
    Ok(parent)
}

/// The verdict on one commit's signature, against the register and manifest of its first
/// parent (`parent`: a commit cannot register its own key), given what it changes from that
/// parent: `None` for a merge that only brings two histories together (it changes nothing
/// that both parents do not already have).
fn judge_commit(
    checker: &mut Checker<'_>,
    trees: &mut Trees<'_>,
    commit: &git2::Commit<'_>,
    parent: &git2::Tree<'_>,
    changes: &[super::history::FileChange],
) -> Result<Option<Verdict>> {
    let email = String::from_utf8_lossy(commit.author().email_bytes()).into_owned();
    let by_secretariat = checker.is_secretariat(parent, &email)?;
    if commit.parent_count() > 1 && !by_secretariat {
        // A stakeholder's catch-up merge: judged only if it changes something neither parent
        // has (merge's rules refuse that anyway).
        let tree = trees.find(commit.tree_id())?;
        let mut own = false;
        for p in commit.parents().skip(1) {
            let other = trees.find(p.tree_id())?;
            let mut theirs = Vec::new();
            tree_changes_in(trees, Some(&other), Some(&tree), "", &mut theirs)?;
            let theirs: std::collections::HashSet<&str> =
                theirs.iter().map(|t| t.path.as_str()).collect();
            own |= changes.iter().any(|c| theirs.contains(c.path.as_str()));
        }
        if !own {
            return Ok(None);
        }
    }
    let comments_only = commit.parent_count() == 1
        && changes.iter().all(|c| {
            c.change == Change::Added && c.path.starts_with("comments/") && is_comment_path(&c.path)
        });
    Ok(Some(checker.commit(
        commit.id(),
        &email,
        commit.time().seconds(),
        parent,
        !comments_only,
    )?))
}

/// Whether the file at `path` holds the committed blob `blob`: byte for byte, or once a CRLF
/// checkout is turned back into what git commits (see [`crlf_to_lf`]). For the crash recovery,
/// which asks whether a working-tree file is HEAD's.
pub(crate) fn file_holds(path: &std::path::Path, blob: Oid) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let hash = |b: &[u8]| Oid::hash_object(ObjectType::Blob, b).ok();
    hash(&bytes) == Some(blob) || crlf_to_lf(&bytes).is_some_and(|lf| hash(&lf) == Some(blob))
}

/// `bytes` with each CRLF turned into LF, as git's end-of-line conversion commits a text file
/// checked out with CRLF (a lone CR is kept, as git keeps it); `None` when there is no CRLF.
/// Written here because git2 does not expose libgit2's filtered hashing
/// (`git_repository_hashfile`), and `Repository::blob_path` would write to the object
/// database, which `verify` must not. CRLF and LF are the same whitespace to JSON, so this
/// comparison cannot hide a change to what a comment says.
fn crlf_to_lf(bytes: &[u8]) -> Option<Vec<u8>> {
    memchr::memmem::find(bytes, b"\r\n")?;
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = memchr::memmem::find(rest, b"\r\n") {
        out.extend_from_slice(&rest[..at]);
        out.push(b'\n');
        rest = &rest[at + 2..];
    }
    out.extend_from_slice(rest);
    Some(out)
}

/// The `comments` folder of the tree `root`, read through `trees`.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_becomes_lf_and_a_lone_cr_stays() {
        assert_eq!(crlf_to_lf(b"{\n}\n"), None);
        assert_eq!(crlf_to_lf(b"{\r\n}\r\n").as_deref(), Some(&b"{\n}\n"[..]));
        assert_eq!(
            crlf_to_lf(b"a\rb\r\r\nc").as_deref(),
            Some(&b"a\rb\r\nc"[..])
        );
    }
}
