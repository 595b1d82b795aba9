//! Comments carried into a later version: each comment's status there (see
//! [`crate::anchor::carry`]), with the applied proposals read from the history. A comment
//! that a commit applied before that version is resolved, whatever survives of its quote:
//! that is known here, from the `Consultation-Comment:` trailers, and not from the texts.

use std::collections::HashMap;

use super::{Drafts, Store, Version};
use crate::anchor::carry::{carry_with, resolved, Carried, CarryStatus, SectionMap, Target};
use crate::diff::trace::{applied_between, version_commit};
use crate::model::Comment;
use crate::Result;

impl Store {
    /// The status in `target` of each of `comments` (by id). A comment on the whole section is
    /// unchanged while its section's text is, changed when it was edited, orphaned when the
    /// section is gone. A comment applied by a commit before `target` is resolved.
    pub fn carry_comments(
        &self,
        comments: &[&Comment],
        target: &Version,
    ) -> Result<HashMap<String, Carried>> {
        let (to, _) = self.drafts(target)?;
        // Applied comments, with the secretariat's own wording where it applied one.
        let applied: HashMap<String, Option<String>> = match version_commit(self, target)? {
            Some(end) => applied_between(self, None, end)?
                .into_iter()
                .map(|a| (a.comment, a.wording))
                .collect(),
            None => HashMap::new(),
        };
        let mut rounds: HashMap<String, Option<Drafts>> = HashMap::new();
        for c in comments {
            if !rounds.contains_key(&c.round) {
                let d = self
                    .drafts(&Version::Round(c.round.clone()))
                    .ok()
                    .map(|x| x.0);
                rounds.insert(c.round.clone(), d);
            }
        }
        // Every section of the target, per language version (`None`: the primary text). A
        // comment made on a version is carried within that version.
        let mut all: HashMap<Option<&str>, Vec<(&str, &str)>> = HashMap::new();
        all.insert(None, texts(&to.sections));
        for (l, secs) in &to.translations {
            all.insert(Some(l.as_str()), texts(secs));
        }
        // Per (round, section, version): its character diff and the other sections to search.
        type Maps<'a> =
            HashMap<(&'a str, &'a str, Option<&'a str>), (SectionMap<'a>, Vec<(&'a str, &'a str)>)>;
        let mut maps: Maps<'_> = HashMap::new();
        let mut out = HashMap::new();
        for c in comments {
            let Some(Some(from)) = rounds.get(&c.round) else {
                continue;
            };
            let lang = c
                .lang
                .as_deref()
                .filter(|l| from.section_in(Some(l), &c.section).is_some());
            let Some(old) = from.section_in(lang, &c.section) else {
                continue;
            };
            let new = to.section_in(lang, &c.section);
            let is_applied = applied.contains_key(&c.id);
            let Some(anchor) = &c.anchor else {
                let status = match new {
                    _ if is_applied => CarryStatus::Resolved,
                    Some(n) if n.text == old.text => CarryStatus::Unchanged,
                    Some(_) => CarryStatus::Changed,
                    None => CarryStatus::Orphaned,
                };
                out.insert(
                    c.id.clone(),
                    Carried {
                        status,
                        section: new.map(|n| n.id.clone()),
                        start: None,
                        end: None,
                        text: None,
                        diff: Vec::new(),
                        how: "section",
                    },
                );
                continue;
            };
            let (map, others) = maps
                .entry((c.round.as_str(), c.section.as_str(), lang))
                .or_insert_with(|| {
                    let others = all
                        .get(&lang)
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|(id, _)| *id != c.section)
                        .collect();
                    (
                        SectionMap::new(&old.text, new.map(|n| n.text.as_str())),
                        others,
                    )
                });
            let target = Target {
                section: new.map(|n| (n.id.as_str(), n.text.as_str())),
                others,
            };
            // What now stands where the passage was: the wording applied (the secretariat's,
            // or the proposal as written).
            let wording = applied
                .get(&c.id)
                .and_then(|w| w.as_deref().or(c.proposed_change.as_deref()));
            let found = carry_with(map, anchor, &target, wording);
            let found = if is_applied {
                resolved(found, &anchor.quote, new.map(|n| n.id.as_str()))
            } else {
                found
            };
            out.insert(c.id.clone(), found);
        }
        Ok(out)
    }
}

/// (id, text) of every section.
fn texts(secs: &[crate::model::Section]) -> Vec<(&str, &str)> {
    secs.iter()
        .map(|s| (s.id.as_str(), s.text.as_str()))
        .collect()
}
