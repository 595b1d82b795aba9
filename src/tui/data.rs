//! What the TUI reads once, off the UI thread: every round's drafts, the comment records, the
//! identity, and per-section indexes (comments grouped by round and section, their passages as
//! byte ranges, thread order, counts), so that no frame ever scans all comments.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::anchor::carry::CarryStatus;
use crate::diff::Segment;
use crate::model::section::paragraphs;
use crate::model::versions::align;
use crate::model::{Comment, Disposition, Manifest, Problem, Section};
use crate::repo::{Counts, Identity, Records, Store, TranslationState, Version};

/// One round's text.
#[derive(Debug, Clone)]
pub struct RoundText {
    pub name: String,
    pub sections: Vec<Section>,
    /// Per section: does its text differ from the previous round (or is it new)?
    pub changed: Vec<bool>,
    /// Per section: the accent- and case-folded text for search.
    pub folded: Vec<Folded>,
    /// The language versions of this round's text: language code -> its sections (only those
    /// it has), as in `drafts/<lang>/`.
    pub versions: BTreeMap<String, Vec<Section>>,
}

impl RoundText {
    /// Section `id` in language version `lang` (`None`: the primary text).
    pub fn section_in(&self, lang: Option<&str>, id: &str) -> Option<&Section> {
        match lang {
            None => self.sections.iter().find(|s| s.id == id),
            Some(l) => self.versions.get(l)?.iter().find(|s| s.id == id),
        }
    }

    /// The byte range in version `to` of section `id` of the paragraph aligned with the one
    /// holding byte `at` of version `from` (`None`: the primary text).
    pub fn aligned(
        &self,
        id: &str,
        from: Option<&str>,
        at: usize,
        to: Option<&str>,
    ) -> Option<(usize, usize)> {
        let text = |l: &str| self.section_in(Some(l), id).map(|s| s.text.as_str());
        aligned_range(
            &self.section_in(None, id)?.text,
            match from {
                Some(l) => Some(text(l)?),
                None => None,
            },
            at,
            match to {
                Some(l) => Some(text(l)?),
                None => None,
            },
        )
    }

    /// The languages this round's text can be read in beyond the primary, in the manifest's
    /// order.
    pub fn languages<'a>(&'a self, manifest: &'a Manifest) -> impl Iterator<Item = &'a str> {
        manifest
            .translation_languages()
            .iter()
            .map(String::as_str)
            .filter(|l| self.versions.get(*l).is_some_and(|v| !v.is_empty()))
    }
}

/// The byte range, in the version `to` of a section, of the paragraph aligned with the one
/// holding byte `at` of version `from` (each a section text; alignment goes through the
/// primary text, as `Drafts::aligned_paragraph`). `None` when a paragraph is unaligned.
fn aligned_range(
    primary: &str,
    from: Option<&str>,
    at: usize,
    to: Option<&str>,
) -> Option<(usize, usize)> {
    let from_text = from.unwrap_or(primary);
    let n = paragraphs(from_text)
        .into_iter()
        .find(|p| p.start <= at && at < p.end.max(p.start + 1))?
        .number;
    let in_primary = match from {
        None => n,
        Some(t) => align(primary, t).first_of(n)?,
    };
    let (to_text, k) = match to {
        None => (primary, in_primary),
        Some(t) => (t, align(primary, t).second_of(in_primary)?),
    };
    paragraphs(to_text)
        .into_iter()
        .find(|p| p.number == k)
        .map(|p| (p.start, p.end))
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
    /// Passages in the primary text: (byte start, byte end, comment index), sorted by start.
    /// A comment made on another language version marks the aligned paragraph.
    pub passages: Vec<(usize, usize, usize)>,
    /// The same passages in each other language version of the section, by language: a
    /// comment made on that version marks its own words, the others the aligned paragraph.
    pub version_passages: BTreeMap<String, Vec<(usize, usize, usize)>>,
    /// Does it hold a comment of mine?
    pub mine: bool,
}

type Passages = Vec<(usize, usize, usize)>;

/// Every comment's passage in every language version of `rt`'s `section`, from the passage
/// where each was made (`made`: comment index, the version's language, byte range in it): on
/// its own version its words, on the others the aligned paragraph (none when unaligned).
/// The primary text's passages first, then the others' by language; each sorted.
fn spread(
    rt: &RoundText,
    section: &str,
    made: &[(usize, Option<&str>, (usize, usize))],
) -> (Passages, BTreeMap<String, Passages>) {
    let Some(primary) = rt.section_in(None, section).map(|s| s.text.as_str()) else {
        return (Vec::new(), BTreeMap::new());
    };
    let text_of = |l: &str| rt.section_in(Some(l), section).map(|s| s.text.as_str());
    let in_version = |to: Option<&str>| -> Passages {
        let mut out: Passages = made
            .iter()
            .filter_map(|&(i, from, r)| {
                if from == to {
                    return Some((r.0, r.1, i));
                }
                let (a, b) =
                    aligned_range(primary, from.and_then(text_of), r.0, to.and_then(text_of))?;
                Some((a, b, i))
            })
            .collect();
        out.sort();
        out
    };
    let versions = rt
        .versions
        .iter()
        .filter(|(_, secs)| secs.iter().any(|s| s.id == section))
        .map(|(l, _)| (l.clone(), in_version(Some(l))))
        .collect();
    (in_version(None), versions)
}

impl SectionComments {
    /// The passages to mark when reading language version `lang` (`None`: the primary).
    pub fn passages_in(&self, lang: Option<&str>) -> &[(usize, usize, usize)] {
        match lang {
            None => &self.passages,
            Some(l) => self.version_passages.get(l).map_or(&[], Vec::as_slice),
        }
    }
}

/// A comment of an earlier round as it stands in a later round's text.
#[derive(Debug, Clone)]
pub struct CarriedItem {
    pub status: CarryStatus,
    /// Byte range in the later round's section text (none when orphaned or section-wide).
    pub range: Option<(usize, usize)>,
    /// Word diff of the quote against the passage now (changed and resolved passages).
    pub diff: Vec<Segment>,
}

/// Per round: section id -> the earlier rounds' comments carried there, and comment index ->
/// how each was carried.
#[derive(Debug, Clone, Default)]
pub struct CarriedRound {
    pub groups: HashMap<String, SectionComments>,
    pub info: HashMap<usize, CarriedItem>,
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
    /// round name -> the comments of earlier rounds carried into it (computed at load).
    pub carried: HashMap<String, CarriedRound>,
    /// What the diff view compares first ([`crate::diff::default_pair`], as `consulta diff`).
    pub default_diff: Option<(Version, Version)>,
    /// Comment id -> the commit that applied its wording (short), from the history's
    /// `Consultation-Comment:` trailers.
    pub applied: HashMap<String, String>,
    /// Ids of the comments signed by their author's key in the register of participants
    /// (`Store::verified_comment_ids`); empty without a register or under "verification": "off".
    pub verified: std::collections::HashSet<String>,
    /// The working draft's translation status: section id -> language -> state
    /// (`Store::translation_status`); empty with one language.
    pub translation: BTreeMap<String, BTreeMap<String, TranslationState>>,
    /// A large consultation's comments are read a section at a time, when it is shown
    /// (`None`: all were read at load).
    pub lazy: Option<Lazy>,
}

/// What a large consultation's TUI knows before it has read every comment.
#[derive(Debug, Clone, Default)]
pub struct Lazy {
    /// Per round and section, the comments at HEAD (`Store::section_counts`).
    pub counts: Counts,
    /// The comment files HEAD holds, decisions included.
    pub files: usize,
    /// Round -> the sections whose comments are read.
    pub loaded: HashMap<String, std::collections::HashSet<String>>,
    /// The section being read in the background (one at a time): (round, section).
    pub pending: Option<(String, String)>,
    /// (round, section) -> why its comments could not be read.
    pub failed: HashMap<(String, String), String>,
    /// Folders missing from the counts cache (a first opening, or after a write): their
    /// counts came from their trees, and the exact ones, "mine" included, are being made in
    /// the background under this token (see [`Loaded::counted`]).
    pub counting: Option<(u64, usize)>,
}

impl Lazy {
    pub fn is_loaded(&self, round: &str, section: &str) -> bool {
        self.loaded.get(round).is_some_and(|s| s.contains(section))
    }

    /// How many sections are read, in all rounds.
    pub fn loaded_count(&self) -> usize {
        self.loaded.values().map(|s| s.len()).sum()
    }

    fn mark_loaded(&mut self, round: &str, section: &str) {
        self.pending = None;
        self.loaded
            .entry(round.to_string())
            .or_default()
            .insert(section.to_string());
    }
}

/// One section's comments read for a large consultation: the round's own, and the earlier
/// rounds' comments of the same section folder with how each is carried into this round.
#[derive(Debug, Default)]
pub struct SectionRead {
    pub records: Records,
    pub earlier: Option<(Records, HashMap<String, crate::anchor::carry::Carried>)>,
}

/// Read `round`'s `section` (and, when `earlier` rounds come before it, their comments of the
/// same section carried into it): the work of one section of a large consultation, done off
/// the UI thread. Comments of an earlier round that moved to another section of this round are
/// shown there only when every comment is read.
pub fn read_section(
    store: &Store,
    earlier: &[String],
    round: &str,
    section: &str,
) -> crate::Result<SectionRead> {
    let records = store.section_records(round, section)?;
    if earlier.is_empty() {
        return Ok(SectionRead {
            records,
            earlier: None,
        });
    }
    // Their files' problems are said when their own round's section is read.
    let mut old = Records::default();
    for e in earlier {
        let r = store.section_records(e, section)?;
        old.comments.extend(r.comments);
        old.dispositions.extend(r.dispositions);
    }
    let refs: Vec<&Comment> = old.comments.iter().collect();
    // As `carry_all`: a round whose carry fails shows no carried comments.
    let map = store
        .carry_comments(&refs, &Version::Round(round.to_string()))
        .unwrap_or_default();
    Ok(SectionRead {
        records,
        earlier: Some((old, map)),
    })
}

/// Above how many comment files HEAD holds the TUI reads comments a section at a time
/// (`CONSULTA_TUI_LAZY_ABOVE` changes it).
pub const LAZY_ABOVE: usize = 50_000;

fn lazy_above() -> usize {
    std::env::var("CONSULTA_TUI_LAZY_ABOVE")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(LAZY_ABOVE)
}

/// The scratch file for the unfinished comment of the repository at `git_dir`.
pub fn scratch_path(git_dir: &Path) -> PathBuf {
    git_dir.join("consulta").join("draft-comment.json")
}

/// Load everything (a large consultation: every section's count and the first section's
/// comments); `progress` hears what is being done.
pub fn load(repo_dir: &Path, progress: &mut dyn FnMut(&str)) -> crate::Result<Loaded> {
    load_with(repo_dir, progress, lazy_above())
}

/// [`load`], reading every comment however many there are (the views that need them all).
pub fn load_all(repo_dir: &Path, progress: &mut dyn FnMut(&str)) -> crate::Result<Loaded> {
    load_with(repo_dir, progress, usize::MAX)
}

/// [`load`] with the number of comment files above which comments are read a section at a time.
pub fn load_with(
    repo_dir: &Path,
    progress: &mut dyn FnMut(&str),
    lazy_above: usize,
) -> crate::Result<Loaded> {
    progress(&crate::t!("tui-loading-opening"));
    let store = Store::open(repo_dir)?;
    let identity = Identity::load(Some(store.git()));
    progress(&crate::t!("tui-loading-rounds"));
    let rounds = store.rounds()?;
    let mut problems = Vec::new();
    let mut texts: Vec<RoundText> = Vec::new();
    let mut manifest = None;
    for r in &rounds {
        progress(&crate::t!("tui-loading-text", round = r.name.as_str()));
        let (drafts, p) = store.drafts(&Version::Round(r.name.clone()))?;
        problems.extend(p);
        manifest = Some(drafts.manifest.clone());
        texts.push(round_text(
            &r.name,
            drafts.sections,
            drafts.translations,
            texts.last(),
        ));
    }
    if texts.is_empty() {
        // No round yet: read the working draft so that there is something to show.
        let (drafts, p) = store.drafts(&Version::WorkTree)?;
        problems.extend(p);
        manifest = Some(drafts.manifest.clone());
        texts.push(round_text(
            &Version::WorkTree.label(),
            drafts.sections,
            drafts.translations,
            None,
        ));
    }
    let manifest =
        manifest.ok_or_else(|| crate::Error::NoConsultation(store.root().to_path_buf()))?;
    let default_diff = crate::diff::default_pair(&store)?;
    let applied = store
        .applied_comments()?
        .into_iter()
        .map(|(id, oid)| (id, oid.to_string().chars().take(10).collect()))
        .collect();
    progress(&crate::t!("tui-loading-comments"));
    let files = if lazy_above == usize::MAX {
        0
    } else {
        store.comment_files_at_head()?
    };
    let mut lazy_first = None;
    let (records, lazy) = if files > lazy_above {
        // The exact counts, from every record's author, take seconds for a million comments
        // not in the cache: the first screen has these, and the app has the rest made.
        let (counts, to_count) = store.section_counts_at_once(&identity.email)?;
        static TOKEN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let counting = (to_count > 0).then(|| {
            let token = TOKEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            (token, to_count)
        });
        let lazy = Lazy {
            counts,
            files,
            counting,
            ..Lazy::default()
        };
        // The section shown first: the last round's first.
        let first = texts
            .last()
            .and_then(|rt| Some((rt.name.clone(), rt.sections.first()?.id.clone())));
        let earlier: Vec<String> = texts.iter().rev().skip(1).map(|r| r.name.clone()).collect();
        let read = match first {
            Some((round, section)) => {
                let r = read_section(&store, &earlier, &round, &section)?;
                Some((round, section, r))
            }
            None => None,
        };
        lazy_first = read;
        (Records::default(), Some(lazy))
    } else {
        (store.records()?, None)
    };
    problems.extend(records.problems);
    progress(&crate::t!(
        "tui-loading-indexing",
        count = records.comments.len()
    ));
    progress(&crate::t!("trust-tui-loading"));
    let verified = store.verified_comment_ids()?;
    let translation = if manifest.languages.len() > 1 {
        store.translation_status().unwrap_or_default()
    } else {
        BTreeMap::new()
    };
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
        carried: HashMap::new(),
        default_diff,
        applied,
        verified,
        translation,
        lazy,
    };
    loaded.reindex();
    match lazy_first {
        // A large consultation: the first section's comments, and the earlier rounds' carried
        // there, as for every section shown later.
        Some((round, section, read)) => loaded.absorb(&round, &section, read),
        None if loaded.lazy.is_none() => loaded.carry_all(&store, progress),
        None => {}
    }
    Ok(loaded)
}

fn round_text(
    name: &str,
    sections: Vec<Section>,
    versions: BTreeMap<String, Vec<Section>>,
    prev: Option<&RoundText>,
) -> RoundText {
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
        versions,
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

    /// The exact counts made in the background under `token` (`None`: they could not be
    /// made, and the first ones stay): they replace the first ones, unless these data were
    /// loaded again since (another token). Whether they were taken.
    pub fn counted(&mut self, token: u64, counts: Option<crate::repo::Counts>) -> bool {
        match self.lazy.as_mut() {
            Some(l) if l.counting.is_some_and(|(t, _)| t == token) => {
                if let Some(counts) = counts {
                    l.counts = counts;
                }
                l.counting = None;
                true
            }
            _ => false,
        }
    }

    /// The comments of `round`'s `section` and whether one is mine: from its comments once
    /// read, else from the counts of a large consultation.
    pub fn section_count(&self, round: &str, section: &str) -> (usize, bool) {
        match &self.lazy {
            Some(l) if !l.is_loaded(round, section) => l
                .counts
                .get(round)
                .and_then(|m| m.get(section))
                .map_or((0, false), |c| (c.comments, c.mine > 0)),
            _ => self
                .group(round, section)
                .map_or((0, false), |g| (g.members.len(), g.mine)),
        }
    }

    /// Are `round`'s `section`'s comments still to be read (a large consultation)?
    pub fn is_loading(&self, round: &str, section: &str) -> bool {
        self.lazy.as_ref().is_some_and(|l| {
            !l.is_loaded(round, section) && self.unreadable(round, section).is_none()
        })
    }

    /// Why `round`'s `section`'s comments could not be read, if they could not.
    pub fn unreadable(&self, round: &str, section: &str) -> Option<&str> {
        self.lazy
            .as_ref()?
            .failed
            .get(&(round.to_string(), section.to_string()))
            .map(String::as_str)
    }

    /// Should `round`'s `section`'s comments be read now? Yes when no section is being read
    /// and this one is neither read nor unreadable; it is then marked as being read.
    pub fn start_loading(&mut self, round: &str, section: &str) -> bool {
        if !self.is_loading(round, section) {
            return false;
        }
        let Some(l) = self.lazy.as_mut().filter(|l| l.pending.is_none()) else {
            return false;
        };
        l.pending = Some((round.to_string(), section.to_string()));
        true
    }

    /// A section whose comments could not be read: said in its panel, not asked for again.
    pub fn unread(&mut self, round: &str, section: &str, why: String) {
        if let Some(l) = self.lazy.as_mut() {
            l.pending = None;
            l.failed
                .insert((round.to_string(), section.to_string()), why);
        }
    }

    /// Take the records of `round`'s `section`, read in the background: they join the ones
    /// already read (a comment submitted meanwhile is not taken twice).
    pub fn absorb(&mut self, round: &str, section: &str, read: SectionRead) {
        let Some(l) = self.lazy.as_mut() else {
            return;
        };
        let SectionRead {
            records: rec,
            earlier,
        } = read;
        l.mark_loaded(round, section);
        self.problems.extend(rec.problems);
        self.dispositions.extend(rec.dispositions);
        let mut members = self
            .group(round, section)
            .map(|g| g.members.clone())
            .unwrap_or_default();
        let mut member: std::collections::HashSet<usize> = members.iter().copied().collect();
        for c in rec.comments {
            if c.round != round || c.section != section {
                continue;
            }
            // Read before (a comment just submitted, or one a diff needed): it joins its group.
            let i = self.take(c);
            if member.insert(i) {
                members.push(i);
            }
        }
        let sc = self.build_group(round, section, members);
        self.index
            .entry(round.to_string())
            .or_default()
            .insert(section.to_string(), sc);
        if let Some((old, map)) = earlier {
            self.absorb_carried(round, section, old, map);
        }
    }

    /// The earlier rounds' comments of `section`, carried into `round` as `map` says: they
    /// join the comments read (each in its own round's group when that is read), and the ones
    /// carried to this section make its carried group.
    fn absorb_carried(
        &mut self,
        round: &str,
        section: &str,
        old: Records,
        map: HashMap<String, crate::anchor::carry::Carried>,
    ) {
        let Some(ri) = self.rounds.iter().position(|r| r.name == round) else {
            return;
        };
        self.dispositions.extend(old.dispositions);
        let mut idx = Vec::with_capacity(old.comments.len());
        for c in old.comments {
            let i = self.take(c);
            idx.push(i);
        }
        let mut cr = self.carried_round(ri, &idx, map);
        let carried = self.carried.entry(round.to_string()).or_default();
        if let Some(g) = cr.groups.remove(section) {
            for i in &g.members {
                if let Some(item) = cr.info.remove(i) {
                    carried.info.insert(*i, item);
                }
            }
            carried.groups.insert(section.to_string(), g);
        }
    }

    /// The index of comment `c` among those read: its own if it was read before, else a new
    /// one.
    fn take(&mut self, c: Comment) -> usize {
        if let Some(&i) = self.by_id.get(&c.id) {
            return i;
        }
        let i = self.comments.len();
        self.by_id.insert(c.id.clone(), i);
        self.comments.push(c);
        i
    }

    /// The comments of a diff's changes not read yet (a large consultation), to read by id.
    pub fn unread_ids<'a>(&self, ids: impl IntoIterator<Item = &'a String>) -> Vec<String> {
        if self.lazy.is_none() {
            return Vec::new();
        }
        ids.into_iter()
            .filter(|id| !self.by_id.contains_key(*id))
            .cloned()
            .collect()
    }

    /// Comments read by id (`Store::comment_records`) and their decisions: they join the ones
    /// read, and their section's group when that is read.
    pub fn take_records(&mut self, rec: Records) {
        self.dispositions.extend(rec.dispositions);
        for c in rec.comments {
            self.take(c);
        }
    }

    pub fn group(&self, round: &str, section: &str) -> Option<&SectionComments> {
        self.index.get(round).and_then(|m| m.get(section))
    }

    /// The earlier rounds' comments carried into `round`'s `section`.
    pub fn carried_group(&self, round: &str, section: &str) -> Option<&SectionComments> {
        self.carried.get(round).and_then(|c| c.groups.get(section))
    }

    /// How comment `i` was carried into `round`, if it is an earlier round's comment.
    pub fn carried_item(&self, round: &str, i: usize) -> Option<&CarriedItem> {
        self.carried.get(round).and_then(|c| c.info.get(&i))
    }

    /// Carry every earlier round's comments into each later round (once, at load, off the UI
    /// thread). A round whose carry fails simply shows no carried comments.
    pub fn carry_all(&mut self, store: &Store, progress: &mut dyn FnMut(&str)) {
        let names: Vec<String> = self.rounds.iter().map(|r| r.name.clone()).collect();
        for (ri, name) in names.iter().enumerate().skip(1) {
            let earlier: std::collections::HashSet<&str> =
                names[..ri].iter().map(String::as_str).collect();
            let idx: Vec<usize> = (0..self.comments.len())
                .filter(|&i| earlier.contains(self.comments[i].round.as_str()))
                .collect();
            if idx.is_empty() {
                continue;
            }
            progress(&crate::t!(
                "tui-loading-carrying",
                count = idx.len(),
                round = name.as_str()
            ));
            let refs: Vec<&Comment> = idx.iter().map(|&i| &self.comments[i]).collect();
            let Ok(map) = store.carry_comments(&refs, &Version::Round(name.clone())) else {
                continue;
            };
            let carried = self.carried_round(ri, &idx, map);
            self.carried.insert(name.clone(), carried);
        }
    }

    fn carried_round(
        &self,
        ri: usize,
        idx: &[usize],
        mut map: HashMap<String, crate::anchor::carry::Carried>,
    ) -> CarriedRound {
        let rt = &self.rounds[ri];
        let mut out = CarriedRound::default();
        let mut members: HashMap<String, Vec<usize>> = HashMap::new();
        let mut pos: HashMap<usize, usize> = HashMap::new();
        type Made<'a> = Vec<(usize, Option<&'a str>, (usize, usize))>;
        let mut passages: HashMap<String, Made<'_>> = HashMap::new();
        // Top-level comments first, so that replies can follow their parent's section.
        let mut order: Vec<usize> = idx.to_vec();
        order.sort_by_key(|&i| self.comments[i].in_reply_to.is_some());
        let mut placed: HashMap<&str, String> = HashMap::new();
        for i in order {
            let c = &self.comments[i];
            let Some(k) = map.remove(&c.id) else { continue };
            let parent_sec = c
                .in_reply_to
                .as_deref()
                .and_then(|p| placed.get(p))
                .cloned();
            let section = parent_sec
                .or_else(|| k.section.clone())
                .unwrap_or_else(|| c.section.clone());
            if rt.section_in(None, &section).is_none() {
                continue;
            }
            // Carried within the version it was made on, where its round and this one have
            // that version (as `Store::carry_comments` does).
            let made_on = self.rounds.iter().find(|r| r.name == c.round);
            let lang = c.lang.as_deref().filter(|l| {
                made_on.is_some_and(|r| r.section_in(Some(l), &c.section).is_some())
                    && rt.section_in(Some(l), &section).is_some()
            });
            let Some(sec) = rt.section_in(lang, &section) else {
                continue;
            };
            let range = match (k.start, k.end) {
                (Some(a), Some(b)) => {
                    let byte = |cp: usize| {
                        sec.text
                            .char_indices()
                            .nth(cp)
                            .map_or(sec.text.len(), |(b, _)| b)
                    };
                    Some((byte(a), byte(b)))
                }
                _ => None,
            };
            match (range, k.status) {
                (Some((a, b)), _) => {
                    passages
                        .entry(section.clone())
                        .or_default()
                        .push((i, lang, (a, b)));
                    pos.insert(i, a);
                }
                (None, CarryStatus::Orphaned) => {
                    pos.insert(i, usize::MAX - 1);
                }
                _ => {}
            }
            placed.insert(c.id.as_str(), section.clone());
            members.entry(section).or_default().push(i);
            out.info.insert(
                i,
                CarriedItem {
                    status: k.status,
                    range,
                    diff: k.diff,
                },
            );
        }
        for (section, m) in members {
            // Each on its own version; the other versions mark the aligned paragraphs.
            let made = passages.remove(&section).unwrap_or_default();
            let (p, version_passages) = spread(rt, &section, &made);
            let threads = self.threads(&m, &pos);
            let mine = m.iter().any(|&i| self.is_mine(&self.comments[i]));
            out.groups.insert(
                section,
                SectionComments {
                    members: m,
                    threads,
                    passages: p,
                    version_passages,
                    mine,
                },
            );
        }
        out
    }

    fn build_group(&self, round: &str, section: &str, members: Vec<usize>) -> SectionComments {
        let Some(rt) = self.rounds.iter().find(|r| r.name == round) else {
            let threads = self.threads(&members, &HashMap::new());
            let mine = members.iter().any(|&i| self.is_mine(&self.comments[i]));
            return SectionComments {
                members,
                threads,
                mine,
                ..SectionComments::default()
            };
        };
        // Code point -> byte offsets, once per language version of the section.
        let mut offsets: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
        let mut made = Vec::new();
        for &i in &members {
            let c = &self.comments[i];
            // The version the comment was made on: its language, when this round has the
            // section in it; the primary text otherwise.
            let lang = c
                .lang
                .as_deref()
                .filter(|l| rt.section_in(Some(l), section).is_some());
            let (Some(a), Some(t)) = (&c.anchor, rt.section_in(lang, section)) else {
                continue;
            };
            let t = t.text.as_str();
            let offs = offsets
                .entry(lang)
                .or_insert_with(|| t.char_indices().map(|(b, _)| b).chain([t.len()]).collect());
            let range = match (offs.get(a.start), offs.get(a.end)) {
                (Some(&s), Some(&e)) if t.get(s..e) == Some(a.quote.as_str()) => Some((s, e)),
                _ => crate::anchor::locate(t, a).ok().map(|f| f.range()),
            };
            if let Some(r) = range {
                made.push((i, lang, r));
            }
        }
        let (passages, version_passages) = spread(rt, section, &made);
        let pos: HashMap<usize, usize> = passages.iter().map(|&(s, _, i)| (i, s)).collect();
        let threads = self.threads(&members, &pos);
        let mine = members.iter().any(|&i| self.is_mine(&self.comments[i]));
        SectionComments {
            members,
            threads,
            passages,
            version_passages,
            mine,
        }
    }

    /// Thread order of `members`: top-level comments by position (`pos`, section-wide first),
    /// then time; replies under their parent.
    fn threads(&self, members: &[usize], pos: &HashMap<usize, usize>) -> Vec<(usize, u8)> {
        let member_set: std::collections::HashSet<&str> = members
            .iter()
            .map(|&i| self.comments[i].id.as_str())
            .collect();
        let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut top = Vec::new();
        for &i in members {
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
        threads
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
