//! `consulta merge`: take in stakeholders' branches. Each branch not yet merged is a
//! contribution, checked commit by commit against its merge base with the consultation: it may
//! only add well-named, valid comment files under `comments/`, each written by the commit's
//! author. A contribution with any problem is refused whole; the others are merged with a real
//! merge commit whose tree is HEAD's plus the added files (they cannot conflict: one file per
//! comment, named by a fresh id).

use std::collections::{HashMap, HashSet};

use git2::{build::TreeUpdateBuilder, FileMode, Oid, Sort};

use super::check::check_against_round;
use super::history::{
    comment_folders, short, subtree, tree_changes_in, Change, CommentFolder, FileChange, Trees,
};
use super::merge_rules::{
    closed_round, comment_rule_problems, created_problem, deleted_reason, located, modified_reason,
    name_problem,
};
use super::read::MAX_FILE_BYTES;
use super::sync::{fetch_options, Progress};
use super::write::{git_write_error, write_files_together};
use super::{safe_relative, Drafts, FileWrite, Identity, Store, Version};
use crate::model::{is_valid_id, parse_comment};
use crate::{Error, Result};

/// Where HEAD's comment ids are, for the ids a contribution asks about: whether its new
/// comments' ids are taken and where the comments they reply to are. HEAD holds them all, a
/// million in a large consultation, and a merge of one comment needs two: the ids the
/// contribution's files name are looked for in one pass over HEAD's folders, without keeping
/// the others. An id not named in advance (a file added and deleted again on the branch)
/// makes every id kept, once.
struct HeadIds<'r> {
    repo: &'r git2::Repository,
    folders: Vec<CommentFolder>,
    /// The ids named in advance: where each is in HEAD (round, section), if it is.
    known: HashMap<String, Option<(String, String)>>,
    all: std::cell::OnceCell<AllIds>,
}

/// Every comment id of HEAD with its folder: 32-byte keys into a table of folders, so that no
/// string is made per id.
#[derive(Default)]
struct AllIds {
    places: Vec<(String, String)>,
    ids: HashMap<(u128, u128), u32, foldhash::fast::RandomState>,
}

impl<'r> HeadIds<'r> {
    /// Find `wanted` in the comment folders of `tree` (HEAD's).
    fn new(
        repo: &'r git2::Repository,
        tree: &git2::Tree<'_>,
        wanted: HashSet<String>,
    ) -> Result<Self> {
        let folders = comment_folders(repo, tree)?;
        let mut known: HashMap<String, Option<(String, String)>> =
            wanted.into_iter().map(|id| (id, None)).collect();
        if !known.is_empty() {
            each_folder(repo, &folders, |round, section, tree| {
                for file in tree.iter() {
                    let Some(id) = file
                        .name_bytes()
                        .strip_suffix(b".json")
                        .and_then(|n| std::str::from_utf8(n).ok())
                    else {
                        continue;
                    };
                    if let Some(place) = known.get_mut(id) {
                        if is_valid_id(id) {
                            *place = Some((round.to_string(), section.to_string()));
                        }
                    }
                }
            });
        }
        Ok(HeadIds {
            repo,
            folders,
            known,
            all: std::cell::OnceCell::new(),
        })
    }

    fn get(&self, id: &str) -> Option<&(String, String)> {
        if let Some(place) = self.known.get(id) {
            return place.as_ref();
        }
        if !is_valid_id(id) {
            return None;
        }
        let all = self.all.get_or_init(|| {
            let mut all = AllIds::default();
            each_folder(self.repo, &self.folders, |round, section, tree| {
                let place = all.places.len() as u32;
                all.places.push((round.to_string(), section.to_string()));
                all.ids.reserve(tree.len());
                for file in tree.iter() {
                    if let Some(id) = file
                        .name_bytes()
                        .strip_suffix(b".json")
                        .and_then(|n| std::str::from_utf8(n).ok())
                        .filter(|id| is_valid_id(id))
                    {
                        all.ids.insert(crate::model::id_key(id), place);
                    }
                }
            });
            all
        });
        let &k = all.ids.get(&crate::model::id_key(id))?;
        all.places.get(k as usize)
    }

    fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
}

/// Each of `folders` that can be read: its round's and section's names and its tree.
fn each_folder(
    repo: &git2::Repository,
    folders: &[CommentFolder],
    mut f: impl FnMut(&str, &str, &git2::Tree<'_>),
) {
    for folder in folders {
        if let Ok(tree) = repo.find_tree(folder.tree) {
            f(&folder.round, &folder.section, &tree);
        }
    }
}

/// What a comment file names, read before the checks: its id and the one it replies to.
#[derive(serde::Deserialize)]
struct Names {
    id: Option<String>,
    in_reply_to: Option<String>,
}

/// Where fetched contributions are kept: `refs/consulta/incoming/<remote>/<branch>`.
pub const INCOMING: &str = "refs/consulta/incoming";

/// One thing wrong with a contribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeProblem {
    /// The commit at fault (none for problems of the whole branch).
    pub commit: Option<Oid>,
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for MergeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = crate::sanitize::inline(&self.path);
        let reason = crate::sanitize::inline(&self.reason);
        match self.commit {
            Some(c) => write!(f, "{} {path}: {reason}", short(c)),
            None if self.path.is_empty() => write!(f, "{reason}"),
            None => write!(f, "{path}: {reason}"),
        }
    }
}

/// One branch looked at by `merge`.
#[derive(Debug, Clone)]
pub struct Contribution {
    /// How it is named for people: `origin/contrib/ana`, or a local branch name.
    pub name: String,
    pub tip: Oid,
    /// Commits not yet in the consultation.
    pub commits: usize,
    /// Comment files it adds (repository paths).
    pub added: Vec<String>,
    /// The blob of each file of `added`, in the same order.
    added_blobs: Vec<Oid>,
    /// Authors' e-mails of its commits.
    pub authors: Vec<String>,
    pub problems: Vec<MergeProblem>,
    /// The merge commit, when it was merged.
    pub merged: Option<Oid>,
}

/// The outcome of one `merge`.
#[derive(Debug, Default)]
pub struct MergeReport {
    pub contributions: Vec<Contribution>,
    /// Branches already contained in the consultation.
    pub up_to_date: Vec<String>,
}

impl Contribution {
    /// The authors' e-mails for one line: the first three and how many more.
    pub fn authors_in_brief(&self) -> String {
        const SHOWN: usize = 3;
        let mut out = self.authors[..self.authors.len().min(SHOWN)].join(", ");
        if self.authors.len() > SHOWN {
            out.push_str(&format!(" and {} more", self.authors.len() - SHOWN));
        }
        out
    }
}

impl MergeReport {
    pub fn merged(&self) -> impl Iterator<Item = &Contribution> {
        self.contributions.iter().filter(|c| c.merged.is_some())
    }

    pub fn refused(&self) -> impl Iterator<Item = &Contribution> {
        self.contributions.iter().filter(|c| c.merged.is_none())
    }

    pub fn comments_added(&self) -> usize {
        self.merged().map(|c| c.added.len()).sum()
    }
}

/// A branch to consider, found from what the user named.
struct Candidate {
    name: String,
    reference: String,
    /// The branch's name on its remote, for fetched branches.
    remote_branch: Option<String>,
}

pub(super) fn looks_like_url(s: &str) -> bool {
    s.contains("://")
        || (s.contains(':') && s.contains('@'))
        || s.starts_with('/')
        || s.starts_with("./")
        || s.starts_with("../")
        || super::is_windows_path(s)
        || s.ends_with(".git")
}

impl Store {
    /// Every round's drafts by name (`None` when a round's drafts cannot be read).
    pub(crate) fn round_drafts(&self) -> Result<HashMap<String, Option<Drafts>>> {
        let mut out = HashMap::new();
        for r in self.rounds()? {
            let d = self
                .drafts(&Version::Round(r.name.clone()))
                .ok()
                .map(|x| x.0);
            out.insert(r.name, d);
        }
        Ok(out)
    }

    /// Fetch (for remotes and URLs) and validate every contribution named by `sources`
    /// (remote names, URLs or paths, local branch names; `origin` when empty), then merge the
    /// valid ones as `who`, who must be in the manifest's secretariat.
    pub fn merge(
        &self,
        sources: &[String],
        who: &Identity,
        progress: Progress<'_>,
    ) -> Result<MergeReport> {
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        if !drafts.manifest.is_secretariat(&who.email) {
            return Err(Error::Refused(crate::t!(
                "err-merge-not-secretariat",
                secretariat = drafts.manifest.secretariat.join(", "),
                you = format!("{:?}", who.email)
            )));
        }
        let sig = who.signature()?;
        let head_ref = self
            .repo
            .head()
            .map_err(|_| Error::Refused(crate::t!("err-merge-no-commit")))?;
        let current_branch = head_ref.shorthand().unwrap_or("").to_string();
        if !head_ref.is_branch() {
            return Err(Error::Refused(crate::t!(
                "err-merge-detached",
                command = "git switch main"
            )));
        }
        let defaults = ["origin".to_string()];
        let sources = if sources.is_empty() {
            &defaults[..]
        } else {
            sources
        };
        let mut candidates = Vec::new();
        for s in sources {
            candidates.extend(self.candidates(s, &current_branch, progress)?);
        }

        // One writer at a time from here to the index update (other consulta writes wait; git
        // locks left by a killed process are cleared), after settling what a stopped write
        // left (the files of a merge stopped after its commit are written back).
        let _lock = self.writer_lock()?;
        let (_, repair) = self.recover_locked()?;

        // The remote's copy of this branch may be ahead (commits made in another clone of
        // the secretariat): those come in by `sync`, before any merge builds on this branch.
        for cand in &candidates {
            if cand.remote_branch.as_deref() != Some(current_branch.as_str()) {
                continue;
            }
            let tip = self
                .repo
                .find_reference(&cand.reference)?
                .peel_to_commit()?
                .id();
            let here = self.repo.head()?.peel_to_commit()?.id();
            if tip != here && self.repo.graph_descendant_of(tip, here)? {
                return Err(Error::Refused(crate::t!(
                    "err-merge-remote-ahead",
                    remote = crate::sanitize::inline(&cand.name),
                    branch = current_branch.as_str(),
                    command = "consulta sync"
                )));
            }
        }
        let rounds = self.round_drafts()?;
        let mut report = MergeReport::default();
        let mut head = self.repo.head()?.peel_to_commit()?;
        let mut written: Vec<FileWrite> = Vec::new();
        let mut seen_tips = HashSet::new();
        let mut failed = None;
        for cand in candidates {
            let tip = self
                .repo
                .find_reference(&cand.reference)?
                .peel_to_commit()?
                .id();
            if tip == head.id() || self.repo.graph_descendant_of(head.id(), tip)? {
                report.up_to_date.push(cand.name);
                continue;
            }
            if !seen_tips.insert(tip) {
                continue;
            }
            progress(&crate::t!(
                "lib-merge-checking",
                branch = crate::sanitize::inline(&cand.name)
            ));
            let mut contribution = self.validate(&cand.name, tip, &head, &rounds)?;
            if contribution.problems.is_empty() {
                // The commit first, then its files: a merge stopped in between has its files
                // written back from HEAD by the next write (see `Store::recover_locked`),
                // which finds them in the journal.
                self.journal_begin_locked(contribution.added.iter().map(String::as_str))?;
                let (commit, files) = match self.merge_one(&contribution, &head, &sig) {
                    Ok(done) => done,
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                };
                contribution.merged = Some(commit);
                head = self.repo.find_commit(commit)?;
                let mut to_write = Vec::with_capacity(files.len());
                for f in &files {
                    if let Some(bytes) = &f.content {
                        to_write.push((self.root.join(safe_relative(&f.path)?), &bytes[..]));
                    }
                }
                if let Err(e) = write_files_together(&to_write) {
                    failed = Some(e);
                }
                written.extend(files);
            }
            report.contributions.push(contribution);
            if failed.is_some() {
                break;
            }
        }
        // The index gets the new files (those of merges made before a failure too).
        let indexed = written.is_empty() || self.sync_index_locked(&written);
        match failed {
            Some(e) => Err(e),
            None => {
                if indexed {
                    self.repair_index_locked(repair);
                    self.journal_end_locked();
                }
                Ok(report)
            }
        }
    }

    /// The branches named by `source`: a remote (fetched now), a URL or path (fetched), or a
    /// local branch.
    fn candidates(
        &self,
        source: &str,
        current_branch: &str,
        progress: Progress<'_>,
    ) -> Result<Vec<Candidate>> {
        let local = format!("refs/heads/{source}");
        if self.repo.find_remote(source).is_ok() {
            return self.fetch_incoming(source, source, progress);
        }
        if git2::Reference::is_valid_name(&local) && self.repo.find_reference(&local).is_ok() {
            if source == current_branch {
                return Err(Error::Refused(crate::t!(
                    "err-merge-own-branch",
                    branch = source
                )));
            }
            return Ok(vec![Candidate {
                name: source.to_string(),
                reference: local,
                remote_branch: None,
            }]);
        }
        if looks_like_url(source) || std::path::Path::new(source).exists() {
            let id = Oid::hash_object(git2::ObjectType::Blob, source.as_bytes())?;
            let name = format!("url-{}", &id.to_string()[..8]);
            return self.fetch_incoming(source, &name, progress);
        }
        Err(Error::NotFound(crate::t!(
            "err-merge-unknown-source",
            source = format!("{:?}", crate::sanitize::inline(source)),
            command = "git remote -v"
        )))
    }

    /// Fetch every branch of `remote` (a name or a URL) into `refs/consulta/incoming/<name>/`.
    fn fetch_incoming(
        &self,
        remote: &str,
        name: &str,
        progress: Progress<'_>,
    ) -> Result<Vec<Candidate>> {
        let prefix = format!("{INCOMING}/{name}/");
        if !git2::Reference::is_valid_name(&format!("{prefix}x")) {
            return Err(Error::Invalid(crate::t!(
                "err-merge-bad-ref-folder",
                name = format!("{:?}", crate::sanitize::inline(name))
            )));
        }
        let mut r = match self.repo.find_remote(remote) {
            Ok(r) => r,
            Err(_) => self.repo.remote_anonymous(remote)?,
        };
        let url = r.url().unwrap_or(remote).to_string();
        // Branches deleted on the remote should not linger here.
        for reference in self.repo.references_glob(&format!("{prefix}*"))?.flatten() {
            if let Ok(n) = reference.name() {
                if let Ok(mut rf) = self.repo.find_reference(n) {
                    let _ = rf.delete();
                }
            }
        }
        progress(&crate::t!(
            "lib-merge-fetching",
            url = crate::sanitize::inline(&url)
        ));
        let config = self.repo.config()?;
        let refspec = format!("+refs/heads/*:{prefix}*");
        let kept = crate::t!("lib-nothing-merged");
        let kept = kept.as_str();
        // A bundle (`consulta send`) is read by the git command: libgit2 reads none.
        if super::transport::via_config(&url, &config) == super::transport::Via::GitCommand
            || super::bundle::is_bundle(remote)
        {
            // A remote's name, or the URL itself for an anonymous one.
            let source = r.name().ok().flatten().unwrap_or(&url).to_string();
            super::transport::fetch(
                self.repo.path(),
                &self.root,
                &source,
                &[&refspec],
                false,
                progress,
            )
            .map_err(|f| super::sync::unreachable(remote, &url, &f.0, kept))?;
        } else {
            let mut fo = fetch_options(&config, progress);
            fo.download_tags(git2::AutotagOption::None);
            r.fetch(&[refspec.as_str()], Some(&mut fo), None)
                .map_err(|e| super::sync::unreachable(remote, &url, e.message(), kept))?;
        }
        let mut out = Vec::new();
        for reference in self.repo.references_glob(&format!("{prefix}*"))?.flatten() {
            let Ok(full) = reference.name() else {
                continue;
            };
            let branch = &full[prefix.len()..];
            out.push(Candidate {
                name: format!("{name}/{branch}"),
                reference: full.to_string(),
                remote_branch: Some(branch.to_string()),
            });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    /// Check every commit of the branch at `tip` that is not in `head`.
    pub(crate) fn validate(
        &self,
        name: &str,
        tip: Oid,
        head: &git2::Commit<'_>,
        rounds: &HashMap<String, Option<Drafts>>,
    ) -> Result<Contribution> {
        let repo = &self.repo;
        let mut c = Contribution {
            name: name.to_string(),
            tip,
            commits: 0,
            added: Vec::new(),
            added_blobs: Vec::new(),
            authors: Vec::new(),
            problems: Vec::new(),
            merged: None,
        };
        let Ok(base) = repo.merge_base(head.id(), tip) else {
            c.problems.push(MergeProblem {
                commit: None,
                path: String::new(),
                reason: crate::t!("lib-merge-no-shared-history"),
            });
            return Ok(c);
        };
        let head_tree = head.tree()?;
        let head_ids = HeadIds::new(repo, &head_tree, self.ids_named(base, tip)?)?;
        let mut walk = repo.revwalk()?;
        walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)?;
        walk.push(tip)?;
        walk.hide(head.id())?;
        // Comment ids added so far by this contribution, with their sections (for replies
        // within it).
        let mut added_ids: HashMap<String, (String, String)> = HashMap::new();
        // The rules `comment add` applies: the latest round's manifest (categories), the
        // rounds in order (a round closes when the next one opens).
        let order = self.rounds()?;
        let manifest = order
            .last()
            .and_then(|r| rounds.get(&r.name))
            .and_then(|d| d.as_ref())
            .map(|d| &d.manifest);
        // Is round `a` after round `b` in the consultation's order? (Unknown rounds are
        // reported by check_against_round.)
        let position = |name: &str| order.iter().position(|r| r.name == name);
        let later =
            |a: &str, b: &str| matches!((position(a), position(b)), (Some(x), Some(y)) if x > y);
        let now = jiff::Timestamp::now().as_second();
        let odb = repo.odb()?;
        let mut added_paths: HashMap<String, Oid> = HashMap::new();
        let mut changes: Vec<FileChange> = Vec::new();
        let mut trees = Trees::new(repo);
        // HEAD's folders, read once for every path looked up in them.
        let mut head_trees = Trees::new(repo);
        let mut checker = super::signatures::Checker::new(repo);
        for oid in walk {
            let oid = oid?;
            c.commits += 1;
            let commit = repo.find_commit(oid)?;
            let problem = |path: &str, reason: String| MergeProblem {
                commit: Some(oid),
                path: path.to_string(),
                reason,
            };
            let email = String::from_utf8_lossy(commit.author().email_bytes()).into_owned();
            if !c.authors.contains(&email) {
                c.authors.push(email.clone());
            }
            match commit.parent_count() {
                1 => {}
                0 => {
                    c.problems
                        .push(problem("", crate::t!("lib-merge-root-commit")));
                    continue;
                }
                2 if self.is_plain_catch_up(&commit, head.id())? => {
                    // `consulta sync` brought the consultation's branch into the
                    // stakeholder's: the merge adds nothing of its own.
                    continue;
                }
                _ => {
                    c.problems.push(problem(
                        "",
                        crate::t!("lib-merge-merge-commit", command = "git rebase origin/main"),
                    ));
                    continue;
                }
            }
            let parent = commit.parent(0)?;
            if let Some(why) =
                super::signatures::merge_policy(&mut checker, &commit, &email, &head_tree)?
            {
                c.problems.push(problem("", why));
            }
            changes.clear();
            trees.next_commit();
            let (old, new) = (trees.find(parent.tree_id())?, trees.find(commit.tree_id())?);
            tree_changes_in(&mut trees, Some(&old), Some(&new), "", &mut changes)?;
            for ch in &changes {
                let path = ch.path.as_str();
                match ch.change {
                    Change::Deleted => c.problems.push(problem(path, deleted_reason(path))),
                    Change::Modified => c.problems.push(problem(path, modified_reason(path))),
                    Change::Added => {
                        let Some((blob, mode)) = ch.new else { continue };
                        if let Some(why) = name_problem(path) {
                            c.problems.push(problem(path, why));
                            continue;
                        }
                        if mode == 0o120000 {
                            c.problems
                                .push(problem(path, crate::t!("lib-merge-symlink")));
                            continue;
                        }
                        if mode != 0o100644 && mode != 0o100755 {
                            c.problems
                                .push(problem(path, crate::t!("lib-merge-not-plain-file")));
                            continue;
                        }
                        if head_trees.entry(head_tree.id(), path)?.is_some() {
                            c.problems
                                .push(problem(path, crate::t!("lib-merge-exists")));
                            continue;
                        }
                        // The size from the object's header: an oversized file is refused
                        // without being read.
                        let (size, _) = odb.read_header(blob)?;
                        if size as u64 > MAX_FILE_BYTES {
                            c.problems.push(problem(
                                path,
                                crate::t!(
                                    "lib-merge-too-big",
                                    size = size as u64,
                                    max = MAX_FILE_BYTES
                                ),
                            ));
                            continue;
                        }
                        let blob = repo.find_blob(blob)?;
                        let bytes = blob.content();
                        let (parsed, problems) = parse_comment(path, bytes);
                        for p in &problems {
                            c.problems.push(problem(path, located(p)));
                        }
                        let Some(comment) = parsed else {
                            if problems.is_empty() {
                                c.problems
                                    .push(problem(path, crate::t!("lib-merge-not-comment")));
                            }
                            continue;
                        };
                        if !comment
                            .author
                            .email
                            .trim()
                            .eq_ignore_ascii_case(email.trim())
                        {
                            c.problems.push(problem(
                                path,
                                crate::t!(
                                    "lib-merge-not-own-comment",
                                    claimed = comment.author.email.as_str(),
                                    author = email.as_str()
                                ),
                            ));
                        }
                        for why in comment_rule_problems(&comment, manifest) {
                            c.problems.push(problem(path, why));
                        }
                        if let Some(why) = closed_round(repo, &comment.round, &order, &parent)? {
                            c.problems.push(problem(path, why));
                        }
                        // The round opened at its tag's time (the tagger's; the tagged
                        // commit's when the tag has no tagger), as `consulta rounds` shows it.
                        let opened = order
                            .iter()
                            .find(|r| r.name == comment.round)
                            .map(|r| r.time);
                        if let Some(why) = created_problem(&comment.created, opened, now) {
                            c.problems.push(problem(path, why));
                        }
                        let (problems, placed) = check_against_round(path, bytes, &comment, rounds);
                        for p in &problems {
                            c.problems.push(problem(path, located(p)));
                        }
                        if placed {
                            if let Some(parent_id) = &comment.in_reply_to {
                                match head_ids.get(parent_id).or(added_ids.get(parent_id)) {
                                    None => c.problems.push(problem(
                                        path,
                                        crate::t!(
                                            "lib-merge-reply-no-parent",
                                            id = parent_id.as_str()
                                        ),
                                    )),
                                    Some((_, section)) if *section != comment.section => {
                                        c.problems.push(problem(
                                            path,
                                            crate::t!(
                                                "lib-merge-reply-other-section",
                                                id = parent_id.as_str(),
                                                section = section.as_str()
                                            ),
                                        ))
                                    }
                                    Some((round, _)) if later(round, &comment.round) => {
                                        c.problems.push(problem(
                                            path,
                                            crate::t!(
                                                "lib-merge-reply-earlier-round",
                                                id = parent_id.as_str(),
                                                round = round.as_str(),
                                                from = comment.round.as_str()
                                            ),
                                        ))
                                    }
                                    Some(_) => {}
                                }
                            }
                        }
                        if head_ids.contains_key(&comment.id)
                            || added_ids
                                .insert(
                                    comment.id.clone(),
                                    (comment.round.clone(), comment.section.clone()),
                                )
                                .is_some()
                        {
                            c.problems.push(problem(
                                path,
                                crate::t!("lib-merge-id-twice", id = comment.id.as_str()),
                            ));
                        }
                        added_paths.insert(path.to_string(), blob.id());
                    }
                }
            }
        }
        let mut added: Vec<(String, Oid)> = added_paths.into_iter().collect();
        added.sort();
        (c.added, c.added_blobs) = added.into_iter().unzip();
        Ok(c)
    }

    /// Whether a two-parent `commit` only brings the consultation's branch into a
    /// contribution, as `consulta sync` does: one parent is in the consultation (`head` or
    /// its history), and the commit's tree is exactly what git's merge of its parents gives,
    /// without conflict. Its other parent's commits are checked one by one as usual.
    pub(crate) fn is_plain_catch_up(&self, commit: &git2::Commit<'_>, head: Oid) -> Result<bool> {
        let repo = &self.repo;
        let (a, b) = (commit.parent(0)?, commit.parent(1)?);
        let in_consultation =
            |p: Oid| -> Result<bool> { Ok(p == head || repo.graph_descendant_of(head, p)?) };
        if !in_consultation(a.id())? && !in_consultation(b.id())? {
            return Ok(false);
        }
        let mut index = repo.merge_commits(&a, &b, None)?;
        if index.has_conflicts() {
            return Ok(false);
        }
        Ok(index.write_tree_to(repo)? == commit.tree_id())
    }

    /// The ids the comment files that the branch at `tip` adds since `base` name (their file
    /// names, their ids, the ids they reply to): what its checks ask of HEAD's ids.
    fn ids_named(&self, base: Oid, tip: Oid) -> Result<HashSet<String>> {
        let repo = &self.repo;
        let mut trees = Trees::new(repo);
        let (old, new) = (
            trees.find(repo.find_commit(base)?.tree_id())?,
            trees.find(repo.find_commit(tip)?.tree_id())?,
        );
        let (old, new) = (
            subtree(repo, &old, "comments")?,
            subtree(repo, &new, "comments")?,
        );
        let mut changes = Vec::new();
        tree_changes_in(&mut trees, old.as_ref(), new.as_ref(), "", &mut changes)?;
        let odb = repo.odb()?;
        let mut out = HashSet::new();
        for ch in changes {
            let Some((blob, _)) = ch.new else { continue };
            let Some(stem) = ch
                .path
                .rsplit('/')
                .next()
                .and_then(|n| n.strip_suffix(".json"))
            else {
                continue;
            };
            out.insert(stem.to_string());
            // Refused unread by the checks when too big: not read here either.
            if odb.read_header(blob)?.0 as u64 > MAX_FILE_BYTES {
                continue;
            }
            if let Ok(names) = serde_json::from_slice::<Names>(repo.find_blob(blob)?.content()) {
                out.extend(names.id);
                out.extend(names.in_reply_to);
            }
        }
        Ok(out)
    }

    /// Merge a validated contribution on top of `head`: a commit with two parents whose tree is
    /// HEAD's plus the files the contribution added. Returns the commit and the files.
    fn merge_one(
        &self,
        c: &Contribution,
        head: &git2::Commit<'_>,
        sig: &git2::Signature<'_>,
    ) -> Result<(Oid, Vec<FileWrite>)> {
        let made = (|| -> Result<(Oid, Vec<FileWrite>)> {
            let repo = &self.repo;
            let tip = repo.find_commit(c.tip)?;
            let mut update = TreeUpdateBuilder::new();
            let mut files = Vec::new();
            // The blobs found by `validate`: each was added once and never changed after
            // (a change or a removal is refused), so it is the tip's.
            for (path, &id) in c.added.iter().zip(&c.added_blobs) {
                let blob = repo.find_blob(id)?;
                update.upsert(path.as_str(), id, FileMode::Blob);
                files.push(FileWrite::new(path.clone(), blob.content().to_vec()));
            }
            let tree_id = update.create_updated(repo, &head.tree()?)?;
            let tree = repo.find_tree(tree_id)?;
            let n = c.added.len();
            let message = format!(
                "Merge contribution {} ({n} comment{} from {})\n\nConsultation-Contribution: {}\n",
                c.name,
                if n == 1 { "" } else { "s" },
                c.authors_in_brief(),
                c.name
            );
            let oid = self.commit_tree_locked(sig, &message, &tree, &[head, &tip])?;
            Ok((oid, files))
        })();
        made.map_err(|e| match e {
            Error::Git(e) => git_write_error(self.repo.path(), e),
            e => e,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_authors_are_counted_not_listed() {
        let mut c = Contribution {
            name: "origin/contrib/x".into(),
            tip: Oid::ZERO_SHA1,
            commits: 0,
            added: Vec::new(),
            added_blobs: Vec::new(),
            authors: vec!["a@x.example".into(), "b@x.example".into()],
            problems: Vec::new(),
            merged: None,
        };
        assert_eq!(c.authors_in_brief(), "a@x.example, b@x.example");
        c.authors = (0..50).map(|i| format!("p{i}@x.example")).collect();
        assert_eq!(
            c.authors_in_brief(),
            "p0@x.example, p1@x.example, p2@x.example and 47 more"
        );
    }
}
