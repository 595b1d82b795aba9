//! Importing a whole Markdown document as the draft: split into sections by headings, matched
//! to the existing sections so that ids (and the comments on them) carry over.

use std::collections::HashSet;

use git2::Signature;

use super::{FileWrite, Round, Store, Version};
use crate::model::split::{auto_level, match_pieces, slug_of, slugify, split};
use crate::{Error, Result};

/// What an import changed.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    pub level: usize,
    pub sections: usize,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    /// (old file, new file) for sections whose number or slug-bearing file name changed.
    pub renamed: Vec<(String, String)>,
    pub changed: Vec<String>,
    pub commit: Option<git2::Oid>,
    pub round: Option<Round>,
}

impl Store {
    /// Replace the working draft with the sections of `text` and commit; with `round`, open
    /// that round on the new commit. Refuses when drafts/ has uncommitted changes, so nothing
    /// unsaved is overwritten.
    pub fn import_draft(
        &self,
        text: &str,
        source: &str,
        level: Option<usize>,
        round: Option<&str>,
        sig: &Signature<'_>,
    ) -> Result<ImportReport> {
        let dirty = self.uncommitted_drafts()?;
        if !dirty.is_empty() {
            return Err(Error::Refused(crate::t!(
                "err-import-drafts-uncommitted",
                files = dirty.join(", ")
            )));
        }
        if let Some(r) = round {
            if self.git().find_reference(&format!("refs/tags/{r}")).is_ok() {
                return Err(Error::Refused(crate::t!(
                    "err-round-tag-exists",
                    name = format!("{r:?}")
                )));
            }
        }
        let level = match level {
            Some(l) if (1..=6).contains(&l) => l,
            Some(l) => {
                return Err(Error::Invalid(crate::t!(
                    "err-import-level",
                    option = format!("--level {l}")
                )))
            }
            None => auto_level(text).ok_or_else(|| {
                Error::Invalid(crate::t!("err-import-no-headings", file = source))
            })?,
        };
        let pieces = split(text, level);
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        let existing: Vec<(String, String, String)> = drafts
            .sections
            .iter()
            .map(|s| (s.id.clone(), s.title.clone(), s.text.clone()))
            .collect();
        let matches = match_pieces(&pieces, &existing);
        let width = if pieces.len() > 99 { 3 } else { 2 };
        let mut used: HashSet<String> = existing.iter().map(|e| e.0.clone()).collect();
        let mut report = ImportReport {
            level,
            sections: pieces.len(),
            ..ImportReport::default()
        };
        let mut writes = Vec::new();
        let mut kept_files = HashSet::new();
        for (i, (piece, m)) in pieces.iter().zip(&matches).enumerate() {
            let (id, old) = match m {
                Some(j) => (existing[*j].0.clone(), Some(&drafts.sections[*j])),
                None => {
                    let raw = slug_of(&piece.title);
                    if crate::model::is_device_name(&raw) {
                        return Err(Error::Refused(crate::t!(
                            "err-import-device-name",
                            heading = format!("{:?}", piece.title.replace(['\n', '\r'], " ")),
                            id = format!("{raw:?}"),
                            title = crate::sanitize::inline(piece.title.trim())
                        )));
                    }
                    let base = slugify(&piece.title);
                    let mut id = base.clone();
                    let mut n = 2;
                    while used.contains(&id) {
                        id = format!("{base}-{n}");
                        n += 1;
                    }
                    used.insert(id.clone());
                    (id, None)
                }
            };
            let file = format!("{:0width$}-{id}.md", i + 1);
            kept_files.insert(file.clone());
            match old {
                None => {
                    report.added.push(id.clone());
                    writes.push(FileWrite::new(format!("drafts/{file}"), piece.text.clone()));
                }
                Some(o) => {
                    if o.file != file {
                        report.renamed.push((o.file.clone(), file.clone()));
                    }
                    if o.text != piece.text {
                        report.changed.push(id.clone());
                    }
                    if o.file != file || o.text != piece.text {
                        writes.push(FileWrite::new(format!("drafts/{file}"), piece.text.clone()));
                    }
                }
            }
        }
        for (j, s) in drafts.sections.iter().enumerate() {
            if !matches.contains(&Some(j)) {
                report.removed.push(s.id.clone());
            }
            if !kept_files.contains(&s.file) {
                writes.push(FileWrite::remove(format!("drafts/{}", s.file)));
            }
        }
        if !writes.is_empty() {
            let message = format!(
                "Import {}: {} sections ({} added, {} changed, {} removed, {} renumbered)",
                source.replace('\n', " "),
                report.sections,
                report.added.len(),
                report.changed.len(),
                report.removed.len(),
                report.renamed.len()
            );
            report.commit = Some(self.commit_files(&writes, &message, sig)?);
        }
        if let Some(r) = round {
            report.round =
                Some(self.open_round(r, &format!("Round {r}: imported from {source}"), sig)?);
        }
        Ok(report)
    }
}
