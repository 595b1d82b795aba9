//! What the TUI reads once, off the UI thread: every round's drafts, the comment records, the
//! identity, and per-section indexes (comments grouped by round and section, their passages as
//! byte ranges, thread order, counts), so that no frame ever scans all comments.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::model::{Comment, Disposition, Manifest, Problem, Section};
use crate::repo::{Identity, Store, Version};

/// One round's text.
#[derive(Debug, Clone)]
pub struct RoundText {
    pub name: String,
    pub sections: Vec<Section>,
    /// Per section: does its text differ from the previous round (or is it new)?
    pub changed: Vec<bool>,
    /// Per section: the accent- and case-folded text for search.
    pub folded: Vec<Folded>,
}

/// Text folded for search (NFD, combining marks removed, lower case), with the byte offset in
/// the original text of every folded byte.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    pub origin: Vec<u32>,
}

/// Fold `text` for accent- and case-insensitive matching.
pub fn fold(text: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (b, c) in text.char_indices() {
        for d in c.nfd().filter(|d| !is_combining_mark(*d)) {
            for l in d.to_lowercase() {
                let before = out.text.len();
                out.text.push(l);
                for _ in before..out.text.len() {
                    out.origin.push(b as u32);
                }
            }
        }
    }
    out
}

/// Fold a query the same way (no mapping needed).
pub fn fold_query(q: &str) -> String {
    fold(q.trim()).text
}

/// Byte ranges in the original text of every match of the folded `query` in `f`.
pub fn find_all(f: &Folded, original: &str, query: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if query.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(i) = f.text[from..].find(query) {
        let s = from + i;
        let e = s + query.len();
        let os = f.origin[s] as usize;
        // The end: the original char after the last folded byte's origin.
        let last = f.origin[e - 1] as usize;
        let oe = last + original[last..].chars().next().map_or(0, char::len_utf8);
        out.push((os, oe));
        from = e;
    }
    out
}

/// The comments of one round's section, ready to draw.
#[derive(Debug, Clone, Default)]
pub struct SectionComments {
    /// Indexes into `Loaded::comments`.
    pub members: Vec<usize>,
    /// Thread order: (comment index, depth); top-level comments by passage position.
    pub threads: Vec<(usize, u8)>,
    /// Passages: (byte start, byte end, comment index), sorted by start.
    pub passages: Vec<(usize, usize, usize)>,
    /// Does it hold a comment of mine?
    pub mine: bool,
}

/// Everything loaded.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub repo_dir: PathBuf,
    /// Where the unfinished comment is kept (inside the git folder, outside `comments/`).
    pub scratch: PathBuf,
    pub manifest: Manifest,
    pub rounds: Vec<RoundText>,
    pub comments: Vec<Comment>,
    pub dispositions: HashMap<String, Disposition>,
    pub problems: Vec<Problem>,
    pub identity: Identity,
    /// round name -> section id -> comments.
    pub index: HashMap<String, HashMap<String, SectionComments>>,
    /// Comment index by id.
    pub by_id: HashMap<String, usize>,
}

/// The scratch file for the unfinished comment of the repository at `git_dir`.
pub fn scratch_path(git_dir: &Path) -> PathBuf {
    git_dir.join("consulta").join("draft-comment.json")
}

/// Load everything; `progress` hears what is being done.
pub fn load(repo_dir: &Path, progress: &mut dyn FnMut(&str)) -> crate::Result<Loaded> {
    progress("opening the repository");
    let store = Store::open(repo_dir)?;
    let identity = Identity::load(Some(store.git()));
    progress("reading the rounds");
    let rounds = store.rounds()?;
    let mut problems = Vec::new();
    let mut texts: Vec<RoundText> = Vec::new();
    let mut manifest = None;
    for r in &rounds {
        progress(&format!("reading the text of {}", r.name));
        let (drafts, p) = store.drafts(&Version::Round(r.name.clone()))?;
        problems.extend(p);
        manifest = Some(drafts.manifest.clone());
        texts.push(round_text(&r.name, drafts.sections, texts.last()));
    }
    if texts.is_empty() {
        // No round yet: read the working draft so that there is something to show.
        let (drafts, p) = store.drafts(&Version::WorkTree)?;
        problems.extend(p);
        manifest = Some(drafts.manifest.clone());
        texts.push(round_text(
            &Version::WorkTree.label(),
            drafts.sections,
            None,
        ));
    }
    let manifest =
        manifest.ok_or_else(|| crate::Error::NoConsultation(store.root().to_path_buf()))?;
    progress("reading the comments");
    let records = store.records()?;
    problems.extend(records.problems);
    progress(&format!("indexing {} comments", records.comments.len()));
    let mut loaded = Loaded {
        repo_dir: store.root().to_path_buf(),
        scratch: scratch_path(store.git().path()),
        manifest,
        rounds: texts,
        comments: records.comments,
        dispositions: records.dispositions,
        problems,
        identity,
        index: HashMap::new(),
        by_id: HashMap::new(),
    };
    loaded.reindex();
    Ok(loaded)
}

fn round_text(name: &str, sections: Vec<Section>, prev: Option<&RoundText>) -> RoundText {
    let changed = sections
        .iter()
        .map(|s| match prev {
            Some(p) => p
                .sections
                .iter()
                .find(|o| o.id == s.id)
                .is_none_or(|o| o.text != s.text),
            None => false,
        })
        .collect();
    let folded = sections.iter().map(|s| fold(&s.text)).collect();
    RoundText {
        name: name.to_string(),
        sections,
        changed,
        folded,
    }
}

impl Loaded {
    /// Is this comment mine?
    pub fn is_mine(&self, c: &Comment) -> bool {
        !self.identity.email.is_empty() && c.author.email.eq_ignore_ascii_case(&self.identity.email)
    }

    /// Rebuild every index.
    pub fn reindex(&mut self) {
        self.by_id = self
            .comments
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let mut groups: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for (i, c) in self.comments.iter().enumerate() {
            groups
                .entry((c.round.clone(), c.section.clone()))
                .or_default()
                .push(i);
        }
        self.index.clear();
        for ((round, section), members) in groups {
            let sc = self.build_group(&round, &section, members);
            self.index.entry(round).or_default().insert(section, sc);
        }
    }

    /// Add a just-submitted comment and rebuild only its group.
    pub fn add(&mut self, c: Comment) {
        let i = self.comments.len();
        self.by_id.insert(c.id.clone(), i);
        let (round, section) = (c.round.clone(), c.section.clone());
        self.comments.push(c);
        let mut members = self
            .index
            .get(&round)
            .and_then(|m| m.get(&section))
            .map(|g| g.members.clone())
            .unwrap_or_default();
        members.push(i);
        let sc = self.build_group(&round, &section, members);
        self.index.entry(round).or_default().insert(section, sc);
    }

    pub fn group(&self, round: &str, section: &str) -> Option<&SectionComments> {
        self.index.get(round).and_then(|m| m.get(section))
    }

    fn build_group(&self, round: &str, section: &str, members: Vec<usize>) -> SectionComments {
        let text = self
            .rounds
            .iter()
            .find(|r| r.name == round)
            .and_then(|r| r.sections.iter().find(|s| s.id == section))
            .map(|s| s.text.as_str());
        // Code point -> byte offsets, once per section.
        let offsets: Vec<usize> = text
            .map(|t| t.char_indices().map(|(b, _)| b).chain([t.len()]).collect())
            .unwrap_or_default();
        let mut passages = Vec::new();
        let mut pos: HashMap<usize, usize> = HashMap::new();
        for &i in &members {
            let c = &self.comments[i];
            let (Some(a), Some(t)) = (&c.anchor, text) else {
                continue;
            };
            let range = match (offsets.get(a.start), offsets.get(a.end)) {
                (Some(&s), Some(&e)) if t.get(s..e) == Some(a.quote.as_str()) => Some((s, e)),
                _ => crate::anchor::locate(t, a).ok().map(|f| f.range()),
            };
            if let Some((s, e)) = range {
                passages.push((s, e, i));
                pos.insert(i, s);
            }
        }
        passages.sort();
        let member_set: std::collections::HashSet<&str> = members
            .iter()
            .map(|&i| self.comments[i].id.as_str())
            .collect();
        let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut top = Vec::new();
        for &i in &members {
            let c = &self.comments[i];
            match c.in_reply_to.as_deref() {
                Some(p) if member_set.contains(p) && p != c.id => {
                    children.entry(p).or_default().push(i)
                }
                _ => top.push(i),
            }
        }
        // Section-wide comments first, then by passage, then by time.
        top.sort_by_key(|&i| {
            (
                pos.get(&i).map_or(0, |p| p + 1),
                self.comments[i].created.clone(),
                i,
            )
        });
        for v in children.values_mut() {
            v.sort_by_key(|&i| (self.comments[i].created.clone(), i));
        }
        let mut threads = Vec::with_capacity(members.len());
        let mut stack: Vec<(usize, u8)> = top.iter().rev().map(|&i| (i, 0)).collect();
        let mut seen = std::collections::HashSet::new();
        while let Some((i, d)) = stack.pop() {
            if !seen.insert(i) {
                continue;
            }
            threads.push((i, d));
            if let Some(ch) = children.get(self.comments[i].id.as_str()) {
                for &k in ch.iter().rev() {
                    stack.push((k, d.saturating_add(1)));
                }
            }
        }
        let mine = members.iter().any(|&i| self.is_mine(&self.comments[i]));
        SectionComments {
            members,
            threads,
            passages,
            mine,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_finds_accented_text() {
        let t = "La Evaluación del APRENDIZAJE y 学分 évaluation";
        let f = fold(t);
        let hits = find_all(&f, t, &fold_query("evaluacion"));
        assert_eq!(hits.len(), 1);
        assert_eq!(&t[hits[0].0..hits[0].1], "Evaluación");
        let hits = find_all(&f, t, &fold_query("ÉVALUATION"));
        assert_eq!(&t[hits[0].0..hits[0].1], "évaluation");
        let hits = find_all(&f, t, &fold_query("学分"));
        assert_eq!(&t[hits[0].0..hits[0].1], "学分");
        assert!(find_all(&f, t, "").is_empty());
    }
}
