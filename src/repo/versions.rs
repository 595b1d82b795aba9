//! The framework's language versions in the repository: reading `drafts/<lang>/`, importing a
//! translation, checking that versions align, and telling which translations are behind.
//!
//! **Behind**, precisely. The history of the current branch (first parents, oldest first) and
//! then the working tree are a sequence of states of the `drafts/` folder. Between two
//! consecutive states, a section's language version has *changed* when its file is in both and
//! differs (a file that appears is *added*; a renumbered file is the same version, matched by
//! section id). At each step, for each section: every version that changed or was added is
//! *current*; when at least one version changed, every other version present is *behind*;
//! when none changed, each version keeps its state. A version without a file is *missing*. So
//! a change to the primary text marks the translations that were not changed with it behind;
//! `apply` of a proposal made on the Spanish text marks the primary and the other translations
//! behind; adding a translation marks nothing behind; and updating a behind version (in the
//! same commit as the others or later) makes it current again.

use std::collections::{BTreeMap, HashMap};

use git2::Oid;

use super::read::{line_col, Drafts, RawFile};
use super::{FileWrite, Store, Version};
use crate::model::section::{clause_of, paragraphs, parse_section_file_name};
use crate::model::split::{auto_level, split};
use crate::model::versions::{align, is_language_code, version_path};
use crate::model::{Manifest, Problem, Section};
use crate::{t, Error, Result};

impl Manifest {
    /// The primary (authoritative) language: the manifest's first (English when none is
    /// listed).
    pub fn primary_language(&self) -> &str {
        self.languages.first().map_or("en", String::as_str)
    }

    /// The languages of the translations: every listed language but the first.
    pub fn translation_languages(&self) -> &[String] {
        self.languages.get(1..).unwrap_or(&[])
    }

    /// Is `lang` a translation's language (listed, and not the primary)?
    pub fn is_translation(&self, lang: &str) -> bool {
        self.translation_languages().iter().any(|l| l == lang)
    }

    /// The text version to read for a requested language: `Some(lang)` when `lang` is a
    /// translation's language, `None` (the primary text) otherwise.
    pub fn text_language<'a>(&self, lang: Option<&'a str>) -> Option<&'a str> {
        lang.filter(|l| self.is_translation(l))
    }
}

impl Drafts {
    /// A section in a language version (`None`: the primary text), by id.
    pub fn section_in(&self, lang: Option<&str>, id: &str) -> Option<&Section> {
        match lang {
            None => self.section(id),
            Some(l) => self.translations.get(l)?.iter().find(|s| s.id == id),
        }
    }

    /// These drafts as read in language `lang`: each section replaced by its version in that
    /// language. Sections without one are left out and returned by id.
    pub fn in_language(&self, lang: &str) -> (Drafts, Vec<String>) {
        let mut missing = Vec::new();
        let sections = self
            .sections
            .iter()
            .filter_map(|s| {
                let t = self.section_in(Some(lang), &s.id).cloned();
                if t.is_none() {
                    missing.push(s.id.clone());
                }
                t
            })
            .collect();
        (
            Drafts {
                version: self.version.clone(),
                manifest: self.manifest.clone(),
                sections,
                translations: BTreeMap::new(),
            },
            missing,
        )
    }
}

impl Drafts {
    /// The paragraph of section `id` in version `to` that corresponds to paragraph `n` of
    /// version `from` (`None` for the primary text either way), through the primary text: each
    /// version is aligned with the primary (see [`crate::model::versions`]). `None` when
    /// either version lacks the section or a paragraph is unaligned.
    pub fn aligned_paragraph(
        &self,
        id: &str,
        from: Option<&str>,
        n: usize,
        to: Option<&str>,
    ) -> Option<usize> {
        if from == to {
            return Some(n);
        }
        let primary = self.section(id)?;
        let in_primary = match from {
            None => n,
            Some(l) => align(&primary.text, &self.section_in(Some(l), id)?.text).first_of(n)?,
        };
        match to {
            None => Some(in_primary),
            Some(l) => {
                align(&primary.text, &self.section_in(Some(l), id)?.text).second_of(in_primary)
            }
        }
    }
}

/// The language versions among the files read under `drafts/`: `drafts/<lang>/NN-slug.md` for
/// each translation language of the manifest, with the primary's file names. Files that do not
/// fit are reported in `problems` and skipped.
pub(crate) fn translations_from(
    manifest: &Manifest,
    primary: &[Section],
    files: Vec<RawFile>,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, Vec<Section>> {
    let mut out: BTreeMap<String, Vec<Section>> = BTreeMap::new();
    for f in files {
        let rest = &f.path["drafts/".len()..];
        let Some((lang, name)) = rest.split_once('/') else {
            continue;
        };
        if name.contains('/') || !name.ends_with(".md") {
            continue;
        }
        if !is_language_code(lang) || !manifest.is_translation(lang) {
            problems.push(Problem::file(
                &f.path,
                t!(
                    "versions-folder-not-a-language",
                    lang = crate::sanitize::inline(lang),
                    languages = manifest.languages.join(", ")
                ),
            ));
            continue;
        }
        let Some((_, id)) = parse_section_file_name(name) else {
            problems.push(Problem::file(&f.path, t!("versions-file-name")));
            continue;
        };
        let Some(p) = primary.iter().find(|s| s.id == id) else {
            problems.push(Problem::file(&f.path, t!("versions-no-primary")));
            continue;
        };
        if p.file != name {
            problems.push(Problem::file(
                &f.path,
                t!("versions-other-number", file = p.file.as_str()),
            ));
            continue;
        }
        let text = match String::from_utf8(f.bytes) {
            Ok(t) => t.replace("\r\n", "\n"),
            Err(e) => {
                let (line, col) = line_col(e.as_bytes(), e.utf8_error().valid_up_to());
                problems.push(Problem::at(&f.path, line, col, t!("versions-not-utf8")));
                continue;
            }
        };
        if let Some(s) = Section::new(name, text) {
            out.entry(lang.to_string()).or_default().push(s);
        }
    }
    for sections in out.values_mut() {
        sections.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id)));
    }
    out
}

/// Paragraphs of a language version that cannot be aligned with the primary text, and
/// paragraphs of the primary that have no counterpart in it, as problems at their file and line.
pub fn unaligned_problems(drafts: &Drafts) -> Vec<Problem> {
    let mut out = Vec::new();
    for (lang, sections) in &drafts.translations {
        for t in sections {
            let Some(p) = drafts.section(&t.id) else {
                continue;
            };
            let al = align(&p.text, &t.text);
            let line = |text: &str, n: usize| {
                paragraphs(text)
                    .get(n - 1)
                    .map_or(1, |par| line_col(text.as_bytes(), par.start).0)
            };
            for &n in &al.unaligned_second {
                out.push(Problem::at(
                    version_path(Some(lang), &t.file),
                    line(&t.text, n),
                    1,
                    t!(
                        "versions-unaligned-translation",
                        paragraph = n,
                        file = format!("drafts/{}", p.file)
                    ),
                ));
            }
            for &n in &al.unaligned_first {
                out.push(Problem::at(
                    version_path(None, &p.file),
                    line(&p.text, n),
                    1,
                    t!(
                        "versions-unaligned-primary",
                        paragraph = n,
                        file = version_path(Some(lang), &t.file)
                    ),
                ));
            }
        }
    }
    out
}

/// What importing a language version changed.
#[derive(Debug, Clone, Default)]
pub struct TranslationImport {
    pub lang: String,
    pub sections: usize,
    /// Ids of the sections whose text in this language was added or changed.
    pub changed: Vec<String>,
    pub commit: Option<Oid>,
}

/// A translation's state for one section (see the module's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TranslationState {
    Current,
    Behind,
    Missing,
}

impl TranslationState {
    /// The word `sections --format json` writes.
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationState::Current => "current",
            TranslationState::Behind => "behind",
            TranslationState::Missing => "missing",
        }
    }
}

/// Every section's state in every language of the manifest: section id, then language code.
pub type TranslationStatus = BTreeMap<String, BTreeMap<String, TranslationState>>;

/// One state of `drafts/`: (section id, language) to the file's blob id.
type Snapshot = HashMap<(String, String), Oid>;

impl Store {
    /// Import the version in `lang` of the working draft from a Markdown document, split at
    /// the same heading level. Its sections are matched to the primary's by position and by
    /// their numbers; when the counts or numbers disagree nothing is imported and every
    /// mismatch is listed in the error.
    pub fn import_translation(
        &self,
        text: &str,
        source: &str,
        lang: &str,
        sig: &git2::Signature<'_>,
    ) -> Result<TranslationImport> {
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        if !drafts.manifest.is_translation(lang) {
            return Err(Error::Invalid(t!(
                "versions-import-not-translation",
                lang = lang,
                primary = drafts.manifest.primary_language(),
                languages = drafts.manifest.languages.join(", ")
            )));
        }
        let dirty: Vec<String> = self
            .uncommitted_drafts()?
            .into_iter()
            .filter(|p| p.starts_with(&format!("drafts/{lang}/")))
            .collect();
        if !dirty.is_empty() {
            return Err(Error::Refused(t!(
                "versions-import-dirty",
                files = dirty.join(", ")
            )));
        }
        let level = auto_level(text)
            .ok_or_else(|| Error::Invalid(t!("versions-import-no-headings", source = source)))?;
        let pieces = split(text, level);
        let mut mismatches = Vec::new();
        if pieces.len() != drafts.sections.len() {
            mismatches.push(t!(
                "versions-import-count",
                found = pieces.len(),
                expected = drafts.sections.len()
            ));
        }
        for (i, (piece, s)) in pieces.iter().zip(&drafts.sections).enumerate() {
            let theirs = heading_number(&piece.text);
            let ours = heading_number(&s.text).unwrap_or_else(|| s.order.to_string());
            if let Some(n) = theirs.filter(|n| *n != ours) {
                mismatches.push(t!(
                    "versions-import-number",
                    position = i + 1,
                    found = n,
                    expected = ours,
                    section = s.id.as_str()
                ));
            }
        }
        if !mismatches.is_empty() {
            return Err(Error::Invalid(format!(
                "{}\n  {}",
                t!("versions-import-mismatch", source = source, lang = lang),
                mismatches.join("\n  ")
            )));
        }
        let mut report = TranslationImport {
            lang: lang.to_string(),
            sections: pieces.len(),
            ..TranslationImport::default()
        };
        let mut writes = Vec::new();
        for (piece, s) in pieces.iter().zip(&drafts.sections) {
            if drafts.section_in(Some(lang), &s.id).map(|t| &t.text) != Some(&piece.text) {
                report.changed.push(s.id.clone());
                writes.push(FileWrite::new(
                    version_path(Some(lang), &s.file),
                    piece.text.clone(),
                ));
            }
        }
        if !writes.is_empty() {
            let message = format!(
                "Import the {lang} version from {}: {} sections ({} added or changed)",
                source.replace('\n', " "),
                report.sections,
                report.changed.len()
            );
            report.commit = Some(self.commit_files(&writes, &message, sig)?);
        }
        Ok(report)
    }

    /// Every section's state in every language of the working draft's manifest.
    pub fn translation_status(&self) -> Result<TranslationStatus> {
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        let primary = drafts.manifest.primary_language().to_string();
        let mut states: HashMap<(String, String), TranslationState> = HashMap::new();
        let mut prev: Snapshot = HashMap::new();
        let mut step = |cur: Snapshot, prev: &mut Snapshot| {
            let mut changed: HashMap<&str, bool> = HashMap::new();
            for (key, oid) in &cur {
                if prev.get(key).is_some_and(|o| o != oid) {
                    changed.insert(key.0.as_str(), true);
                }
            }
            for (key, oid) in &cur {
                let fresh = prev.get(key).is_none_or(|o| o != oid);
                if fresh {
                    states.insert(key.clone(), TranslationState::Current);
                } else if changed.contains_key(key.0.as_str()) {
                    states.insert(key.clone(), TranslationState::Behind);
                }
            }
            states.retain(|k, _| cur.contains_key(k));
            *prev = cur;
        };
        if let Ok(head) = self.git().head().and_then(|h| h.peel_to_commit()) {
            let mut walk = self.git().revwalk()?;
            walk.push(head.id())?;
            walk.simplify_first_parent()?;
            let mut commits: Vec<Oid> = walk.collect::<std::result::Result<_, _>>()?;
            commits.reverse();
            let mut last_tree = None;
            for c in commits {
                let tree = self.git().find_commit(c)?.tree()?;
                let Ok(entry) = tree.get_path(std::path::Path::new("drafts")) else {
                    continue;
                };
                if last_tree == Some(entry.id()) {
                    continue;
                }
                last_tree = Some(entry.id());
                let snap = self.tree_snapshot(entry.id(), &primary)?;
                step(snap, &mut prev);
            }
        }
        step(self.worktree_snapshot(&primary)?, &mut prev);
        let mut out = TranslationStatus::new();
        for s in &drafts.sections {
            let row = out.entry(s.id.clone()).or_default();
            for lang in &drafts.manifest.languages {
                let state = states
                    .get(&(s.id.clone(), lang.clone()))
                    .copied()
                    .unwrap_or(TranslationState::Missing);
                row.insert(lang.clone(), state);
            }
        }
        Ok(out)
    }

    /// The sections whose translation is behind, by language: what `round open` warns about
    /// and the summary lists. Languages in the manifest's order, sections in the draft's.
    pub fn behind_translations(&self) -> Result<Vec<(String, Vec<String>)>> {
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        let status = self.translation_status()?;
        Ok(drafts
            .manifest
            .languages
            .iter()
            .map(|lang| {
                let ids = drafts
                    .sections
                    .iter()
                    .filter(|s| {
                        status.get(&s.id).and_then(|r| r.get(lang))
                            == Some(&TranslationState::Behind)
                    })
                    .map(|s| s.id.clone())
                    .collect::<Vec<_>>();
                (lang.clone(), ids)
            })
            .filter(|(_, ids)| !ids.is_empty())
            .collect())
    }

    /// The section files of a committed `drafts/` tree.
    fn tree_snapshot(&self, tree: Oid, primary: &str) -> Result<Snapshot> {
        let mut out = Snapshot::new();
        let tree = self.git().find_tree(tree)?;
        for e in tree.iter() {
            let Ok(name) = e.name() else { continue };
            match e.kind() {
                Some(git2::ObjectType::Blob) => {
                    if let Some((_, id)) = parse_section_file_name(name) {
                        out.insert((id, primary.to_string()), e.id());
                    }
                }
                Some(git2::ObjectType::Tree) if is_language_code(name) => {
                    let sub = self.git().find_tree(e.id())?;
                    for f in sub.iter() {
                        let Ok(file) = f.name() else { continue };
                        if let Some((_, id)) = parse_section_file_name(file) {
                            out.insert((id, name.to_string()), f.id());
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(out)
    }

    /// The section files on disk, hashed as git would store them (line ends as LF).
    fn worktree_snapshot(&self, primary: &str) -> Result<Snapshot> {
        let (files, _) = self.worktree_files("drafts", true)?;
        let mut out = Snapshot::new();
        for f in files {
            let rest = &f.path["drafts/".len()..];
            let (lang, name) = match rest.split_once('/') {
                Some((l, n)) if is_language_code(l) && !n.contains('/') => (l, n),
                Some(_) => continue,
                None => (primary, rest),
            };
            let Some((_, id)) = parse_section_file_name(name) else {
                continue;
            };
            let bytes = if f.bytes.contains(&b'\r') {
                String::from_utf8_lossy(&f.bytes)
                    .replace("\r\n", "\n")
                    .into_bytes()
            } else {
                f.bytes
            };
            let oid = Oid::hash_object(git2::ObjectType::Blob, &bytes)?;
            out.insert((id, lang.to_string()), oid);
        }
        Ok(out)
    }
}

/// The number of a section's first heading (`## 5. Quality` gives `5`), if it has one.
fn heading_number(text: &str) -> Option<String> {
    let line = text.lines().find(|l| l.starts_with('#'))?;
    clause_of(line.trim_start_matches('#').trim_start())
}
