//! `consulta check`: every file parsed and checked against every other, every problem listed.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::clean_folders::Verdicts;
use super::read::{line_col, parse_all, Parsed};
use super::{Drafts, Store, Version};
use crate::anchor;
use crate::model::text;
use crate::model::{Comment, Problem};
use crate::Result;

/// How many record files `check` reads and parses at a time.
const SLICE: usize = 20_000;

/// What the checks across files need of one comment.
struct Seen {
    path: String,
    id: String,
    /// The comment it replies to, with the place of `in_reply_to` in its file (only for a
    /// comment whose round and section were found).
    parent: Option<(String, (usize, usize))>,
    /// Where its decision goes, when not beside it (`<folder>/<id>.disposition.json`): only
    /// a misplaced comment's differs.
    disposition_path: Option<String>,
}

impl Seen {
    fn disposition_path(&self) -> std::borrow::Cow<'_, str> {
        match &self.disposition_path {
            Some(p) => p.into(),
            None => format!("{}/{}.disposition.json", folder_of(&self.path), self.id).into(),
        }
    }
}

/// Sets and maps of ids, hashed with foldhash: a million ids hashed with the standard
/// library's SipHash were a tenth of a check.
type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The format of the verdicts `check` keeps for clean folders; raised whenever what `check`
/// finds in a folder's own files changes.
const VERDICT_FORMAT: u32 = 1;

/// The comment a comment replies to, with the line and column of `in_reply_to` in its file.
type ReplyTo = (String, usize, usize);

/// What `check` keeps of a clean folder found without problems: what the checks across files
/// need of its records.
#[derive(Default, Serialize, Deserialize)]
struct FolderVerdict {
    /// Each comment's id, and the comment it replies to with the line and column of
    /// `in_reply_to` in its file.
    comments: Vec<(String, Option<ReplyTo>)>,
    /// Each decision's file name and the comment it answers.
    dispositions: Vec<(String, String)>,
}

impl FolderVerdict {
    fn extend_into(
        &self,
        folder: &str,
        comments: &mut Vec<Seen>,
        dispositions: &mut Vec<(String, String)>,
    ) {
        for (id, parent) in &self.comments {
            comments.push(Seen {
                path: format!("{folder}/{id}.json"),
                disposition_path: None,
                id: id.clone(),
                parent: parent.as_ref().map(|(p, l, c)| (p.clone(), (*l, *c))),
            });
        }
        for (name, comment) in &self.dispositions {
            dispositions.push((format!("{folder}/{name}"), comment.clone()));
        }
    }
}

/// The folder of a repository-relative path.
fn folder_of(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(f, _)| f)
}

/// The result of a check: what was looked at and what is wrong.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub sections: usize,
    pub comments: usize,
    pub dispositions: usize,
    pub rounds: usize,
    pub problems: Vec<Problem>,
    /// Paragraphs of the language versions that cannot be aligned with the primary text:
    /// reported, not guessed, and not an error (a translation may be catching up).
    pub unaligned: Vec<Problem>,
}

impl Store {
    /// Validate the working tree's drafts and every record.
    pub fn check(&self) -> Result<CheckReport> {
        let mut report = CheckReport::default();
        let (work, problems) = match self.drafts(&Version::WorkTree) {
            Ok(x) => x,
            Err(e) => {
                let manifest = std::fs::read(self.root().join(super::MANIFEST)).unwrap_or_default();
                report.problems.push(
                    match crate::model::Manifest::parse(super::MANIFEST, &manifest) {
                        Err(p) => p,
                        Ok(_) => Problem::file(super::MANIFEST, e.to_string()),
                    },
                );
                return Ok(report);
            }
        };
        report.sections = work.sections.len();
        report.problems.extend(problems);
        report.unaligned = super::unaligned_problems(&work);
        if let Some(base) = &work.manifest.base {
            if let Err(e) = crate::model::iri::base(base) {
                report
                    .problems
                    .push(Problem::file(super::MANIFEST, format!("base: {e}")));
            }
        }
        if work.sections.is_empty() {
            report.problems.push(Problem::file(
                "drafts",
                crate::t!("lib-check-no-sections", pattern = "drafts/NN-slug.md"),
            ));
        }
        let rounds = self.rounds()?;
        report.rounds = rounds.len();
        let mut round_drafts: HashMap<String, Option<Drafts>> = HashMap::new();
        for r in &rounds {
            let d = self
                .drafts(&Version::Round(r.name.clone()))
                .ok()
                .map(|x| x.0);
            round_drafts.insert(r.name.clone(), d);
        }

        // A clean folder (its files exactly HEAD's) found without problems before, against the
        // same drafts of its round, is not read again, nor listed: its verdict is kept by its
        // tree id and the round's drafts tree id (src/repo/clean_folders.rs).
        let clean = self.clean_comment_folders()?;
        let mut verdicts: Verdicts<FolderVerdict> =
            Verdicts::load(self.repo.path(), "check-verdicts.json", VERDICT_FORMAT);
        let drafts_trees: HashMap<&str, String> = rounds
            .iter()
            .filter_map(|r| {
                let tree = self.repo.find_commit(r.commit).ok()?.tree().ok()?;
                let drafts = tree.get_name("drafts")?.id();
                Some((r.name.as_str(), drafts.to_string()))
            })
            .collect();
        // Each clean folder's key.
        let keys: HashMap<&str, String> = clean
            .iter()
            .filter_map(|(folder, f)| {
                let round = folder.split('/').nth(1)?;
                let key = format!("{}:{}", f.tree, drafts_trees.get(round)?);
                Some((folder.as_str(), key))
            })
            .collect();
        let mut cached: Vec<(&str, &str)> = keys
            .iter()
            .filter(|(_, k)| verdicts.get(k).is_some())
            .map(|(f, k)| (*f, k.as_str()))
            .collect();
        cached.sort_unstable();
        let skip: HashSet<&str> = cached.iter().map(|(f, _)| *f).collect();

        let problems_before = report.problems.len();
        let (paths, problems) =
            self.worktree_paths_but("comments", true, &|rel| skip.contains(rel))?;
        report.problems.extend(problems);
        // Ids of every comment file read, readable or not, so that an unreadable comment is
        // one problem and not also its disposition's (a cached folder has none).
        let files_ids: FastSet<String> = paths
            .iter()
            .filter(|p| !p.ends_with(".disposition.json"))
            .filter_map(|p| {
                p.rsplit('/')
                    .next()?
                    .strip_suffix(".json")
                    .map(str::to_string)
            })
            .collect();
        let mut comments: Vec<Seen> = Vec::new();
        let mut dispositions: Vec<(String, String)> = Vec::new();
        for (folder, key) in &cached {
            if let Some(verdict) = verdicts.get(key) {
                verdict.extend_into(folder, &mut comments, &mut dispositions);
            }
        }
        let first_read = comments.len();
        let first_disposition = dispositions.len();

        // Read, parsed and checked against their round a slice at a time, keeping of each
        // record only what the checks across files need: a million comments read whole at
        // once took 2.8 GB.
        let mut paths = paths.into_iter().peekable();
        while paths.peek().is_some() {
            let slice: Vec<String> = paths.by_ref().take(SLICE).collect();
            let (files, problems) = self.read_paths(slice);
            report.problems.extend(problems);
            for ((path, parsed), file) in parse_all(&files).into_iter().zip(&files) {
                match parsed {
                    Parsed::Comment(c, p) => {
                        report.problems.extend(p);
                        let Some(c) = c else { continue };
                        let (problems, placed) =
                            check_against_round(&path, &file.bytes, &c, &round_drafts);
                        report.problems.extend(problems);
                        let parent = match (&c.in_reply_to, placed) {
                            (Some(p), true) => {
                                Some((p.clone(), key_position(&file.bytes, "in_reply_to")))
                            }
                            _ => None,
                        };
                        let disposition_path = Some(c.disposition_path()).filter(|d| {
                            *d != format!("{}/{}.disposition.json", folder_of(&path), c.id)
                        });
                        comments.push(Seen {
                            disposition_path,
                            id: c.id,
                            parent,
                            path,
                        });
                    }
                    Parsed::Disposition(d, p) => {
                        report.problems.extend(p);
                        if let Some(d) = d {
                            dispositions.push((path, d.comment));
                        }
                    }
                    Parsed::Other => report.problems.push(Problem::file(
                        path,
                        crate::t!(
                            "lib-not-a-record",
                            folder = "comments/<round>/<section>/",
                            comment = "<id>.json",
                            disposition = "<id>.disposition.json"
                        ),
                    )),
                }
            }
        }
        // The clean folders just read that had no problem keep their verdict.
        let mut troubled: HashSet<&str> = HashSet::new();
        for p in &report.problems[problems_before..] {
            troubled.insert(folder_of(&p.path));
        }
        let mut fresh: HashMap<&str, FolderVerdict> = HashMap::new();
        for c in &comments[first_read..] {
            let folder = folder_of(&c.path);
            if keys.contains_key(folder) && !troubled.contains(folder) {
                fresh.entry(folder).or_default().comments.push((
                    c.id.clone(),
                    c.parent.as_ref().map(|(p, (l, col))| (p.clone(), *l, *col)),
                ));
            }
        }
        for (path, comment) in &dispositions[first_disposition..] {
            let folder = folder_of(path);
            if keys.contains_key(folder) && !troubled.contains(folder) {
                let name = path.rsplit('/').next().unwrap_or_default();
                fresh
                    .entry(folder)
                    .or_default()
                    .dispositions
                    .push((name.to_string(), comment.clone()));
            }
        }
        for (folder, verdict) in fresh {
            if let Some(key) = keys.get(folder) {
                verdicts.insert(key.clone(), verdict);
            }
        }
        let in_use: HashSet<&str> = keys.values().map(String::as_str).collect();
        let any_cached = !cached.is_empty();
        verdicts.save(|k| in_use.contains(k));
        if any_cached {
            // In path order, as read whole: of two comments with one id, the second is named.
            comments.sort_by(|a, b| a.path.cmp(&b.path));
        }

        report.comments = comments.len();
        report.dispositions = dispositions.len();
        let ids: FastMap<&str, &Seen> = comments.iter().map(|c| (c.id.as_str(), c)).collect();
        let mut seen = FastSet::default();
        for c in &comments {
            if !seen.insert(c.id.as_str()) {
                report.problems.push(Problem::file(
                    &c.path,
                    crate::t!("lib-check-id-twice", id = c.id.as_str()),
                ));
            }
            let Some((parent, (line, col))) = &c.parent else {
                continue;
            };
            match ids.get(parent.as_str()) {
                None if files_ids.contains(parent) => {}
                None => {
                    report.problems.push(Problem::at(
                        &c.path,
                        *line,
                        *col,
                        crate::t!("lib-merge-reply-no-parent", id = parent.as_str()),
                    ));
                }
                Some(p) if p.id == c.id => report.problems.push(Problem::file(
                    &c.path,
                    crate::t!("lib-check-reply-to-itself"),
                )),
                Some(_) => {}
            }
        }
        for (path, comment) in &dispositions {
            match ids.get(comment.as_str()) {
                None if files_ids.contains(comment) => {}
                None => report.problems.push(Problem::file(
                    path,
                    crate::t!("lib-check-answers-nothing", id = comment.as_str()),
                )),
                Some(c) if *path != c.disposition_path() => report.problems.push(Problem::file(
                    path,
                    crate::t!(
                        "lib-check-disposition-misplaced",
                        path = c.disposition_path().as_ref()
                    ),
                )),
                Some(_) => {}
            }
        }
        report
            .problems
            .sort_by(|a, b| a.path.cmp(&b.path).then(a.line.cmp(&b.line)));
        report.problems.dedup();
        Ok(report)
    }
}

/// The checks of one comment against the text of its round: the round exists, its section
/// exists in that round, and the anchor's quote, prefix and suffix are where it says. `rounds`
/// maps every round name to its drafts (`None` when they cannot be read). Returns the problems
/// and whether the comment's round and section were found (later checks need them).
/// Shared by `consulta check` and by `consulta merge`, which checks a contribution's files
/// before they land.
pub(crate) fn check_against_round(
    path: &str,
    bytes: &[u8],
    c: &Comment,
    rounds: &HashMap<String, Option<Drafts>>,
) -> (Vec<Problem>, bool) {
    let mut problems = Vec::new();
    let at = |key: &str, message: String| {
        let (line, col) = key_position(bytes, key);
        Problem::at(path, line, col, message)
    };
    let Some(round) = rounds.get(&c.round) else {
        problems.push(at(
            "round",
            crate::t!("lib-check-no-round", round = format!("{:?}", c.round)),
        ));
        return (problems, false);
    };
    let Some(drafts) = round else {
        return (problems, false);
    };
    let lang = drafts.manifest.text_language(c.lang.as_deref());
    if let Some(l) = c.lang.as_deref() {
        if !drafts.manifest.languages.iter().any(|x| x == l) {
            problems.push(at(
                "lang",
                crate::t!(
                    "versions-comment-lang-unknown",
                    lang = crate::sanitize::inline(l),
                    languages = drafts.manifest.languages.join(", ")
                ),
            ));
        }
    }
    if let (Some(l), Some(_)) = (lang, &c.anchor) {
        if drafts.section(&c.section).is_some() && drafts.section_in(Some(l), &c.section).is_none()
        {
            problems.push(at(
                "lang",
                crate::t!(
                    "versions-comment-no-version",
                    lang = l,
                    section = c.section.as_str(),
                    round = c.round.as_str()
                ),
            ));
            return (problems, true);
        }
    }
    let Some(section) = drafts.section(&c.section) else {
        problems.push(at(
            "section",
            crate::t!(
                "lib-check-no-section",
                section = format!("{:?}", c.section),
                round = c.round.as_str()
            ),
        ));
        return (problems, false);
    };
    let section = drafts.section_in(lang, &c.section).unwrap_or(section);
    if let Some(a) = &c.anchor {
        if !anchor::is_at_position(&section.text, a) {
            let found = anchor::occurrences(&section.text, &a.quote);
            let hint = match found.first() {
                Some(&b) => crate::t!(
                    "lib-check-quote-occurs-at",
                    range = format!(
                        "{}..{}",
                        text::cp_of(&section.text, b),
                        text::cp_of(&section.text, b) + text::cp_len(&a.quote)
                    )
                ),
                None => crate::t!("lib-check-quote-nowhere"),
            };
            problems.push(at(
                "quote",
                crate::t!(
                    "lib-check-quote-moved",
                    range = format!("{}..{}", a.start, a.end),
                    section = c.section.as_str(),
                    round = c.round.as_str(),
                    hint = hint
                ),
            ));
        } else {
            let s = text::byte_of(&section.text, a.start);
            let e = s + a.quote.len();
            if !section.text[..s].ends_with(a.prefix.as_str())
                || !section.text[e..].starts_with(a.suffix.as_str())
            {
                problems.push(at("prefix", crate::t!("lib-check-context-mismatch")));
            }
        }
    }
    (problems, true)
}

/// Line and column of `"key"` in a JSON file, for pointing at the field at fault.
fn key_position(bytes: &[u8], key: &str) -> (usize, usize) {
    let needle = format!("\"{key}\"");
    match bytes
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
    {
        Some(i) => line_col(bytes, i),
        None => (1, 1),
    }
}
