//! The bundled sample consultation and `consulta demo`: a real git repository built from it
//! (round 1, comments by their authors, dispositions, accepted proposals applied, round 2,
//! comments on round 2), or a large synthetic consultation of the same shape for benchmarks.

use std::path::{Path, PathBuf};

use crate::anchor;
use crate::model::{
    parse_comment, parse_disposition, Author, Comment, CommentType, Manifest, Stance, Status,
    SCHEMA,
};
use crate::repo::pack_file::{hex, object_id, tree_data, Kind, PackFile};
use crate::repo::{signature_at, FileWrite, Store, MANIFEST};
use crate::{Error, Result};

include!(concat!(env!("OUT_DIR"), "/sample_files.rs"));

/// The name the secretariat signs with in the demo.
pub const SECRETARIAT_NAME: &str = "Consultation Secretariat";

fn ts(s: &str) -> Result<jiff::Timestamp> {
    s.parse::<jiff::Timestamp>()
        .map_err(|e| Error::Invalid(format!("bad time {s:?} in the sample: {e}")))
}

/// Make sure `dir` is a new or empty folder.
fn prepare_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        let mut it = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        if it.next().is_some() {
            return Err(Error::Refused(format!(
                "{} is not empty; give a new folder for the demo consultation",
                dir.display()
            )));
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut opts = git2::RepositoryInitOptions::new();
    opts.initial_head("main");
    git2::Repository::init_opts(dir, &opts)?;
    Ok(())
}

/// Build the sample consultation as a git repository in `dir` (new or empty).
/// Deterministic: the same version of consulta makes the same commits.
pub fn build_demo(dir: &Path, progress: &mut dyn FnMut(&str)) -> Result<Store> {
    prepare_dir(dir)?;
    let manifest_src = SAMPLE_FILES
        .iter()
        .find(|(p, _)| *p == MANIFEST)
        .map(|(_, c)| *c)
        .ok_or_else(|| Error::Invalid("the sample has no manifest".into()))?;
    let manifest = Manifest::parse(MANIFEST, manifest_src.as_bytes())
        .map_err(|p| Error::Invalid(p.to_string()))?;
    let sec_email = manifest
        .secretariat
        .first()
        .cloned()
        .unwrap_or_else(|| "secretariat@example.org".into());

    // Round 1: the drafts.
    progress("writing the round-1 draft");
    let drafts: Vec<FileWrite> = SAMPLE_FILES
        .iter()
        .filter(|(p, _)| p.starts_with("drafts/"))
        .map(|(p, c)| FileWrite::new(*p, c.as_bytes()))
        .collect();
    let t0 = ts("2026-03-01T12:00:00Z")?;
    // The store needs the manifest on disk to open; commit_files writes it.
    let store = store_for_new(dir)?;
    let sig = signature_at(SECRETARIAT_NAME, &sec_email, t0)?;
    store.commit_files(
        &drafts,
        "Publish the draft framework for consultation",
        &sig,
    )?;
    store.open_round(
        "round-1",
        "Round 1: the draft framework put to public consultation",
        &sig,
    )?;

    // Records from the sample.
    let mut comments: Vec<(Comment, &str)> = Vec::new();
    let mut dispositions = Vec::new();
    for (path, content) in SAMPLE_FILES
        .iter()
        .filter(|(p, _)| p.starts_with("comments/"))
    {
        if path.ends_with(".disposition.json") {
            if let (Some(d), _) = parse_disposition(path, content.as_bytes()) {
                dispositions.push((d, *path, *content));
            }
        } else if let (Some(c), _) = parse_comment(path, content.as_bytes()) {
            comments.push((c, *content));
        }
    }
    comments.sort_by(|a, b| a.0.created.cmp(&b.0.created).then(a.0.id.cmp(&b.0.id)));
    dispositions.sort_by(|a, b| {
        a.0.created
            .cmp(&b.0.created)
            .then(a.0.comment.cmp(&b.0.comment))
    });

    let commit_comment = |c: &Comment, content: &str| -> Result<()> {
        let sig = signature_at(&c.author.name, &c.author.email, ts(&c.created)?)?;
        let msg = format!("Comment on {} ({})", c.section, c.kind);
        store.commit_files(&[FileWrite::new(c.path(), content.as_bytes())], &msg, &sig)?;
        Ok(())
    };
    let round1: Vec<_> = comments
        .iter()
        .filter(|(c, _)| c.round == "round-1")
        .collect();
    progress(&format!(
        "committing {} round-1 comments under their authors",
        round1.len()
    ));
    for (c, content) in &round1 {
        commit_comment(c, content)?;
    }
    progress(&format!(
        "committing {} dispositions as the secretariat",
        dispositions.len()
    ));
    for (d, path, content) in &dispositions {
        let sig = signature_at(&d.by.name, &d.by.email, ts(&d.created)?)?;
        let msg = format!("Respond to comment {}: {}", d.comment, d.status.label());
        store.commit_files(&[FileWrite::new(*path, content.as_bytes())], &msg, &sig)?;
    }

    // Apply accepted proposals through the same code `consulta apply` uses.
    let accepted: Vec<&Comment> = dispositions
        .iter()
        .filter(|(d, _, _)| d.status == Status::Accepted)
        .filter_map(|(d, _, _)| comments.iter().map(|(c, _)| c).find(|c| c.id == d.comment))
        .filter(|c| c.anchor.is_some() && c.proposed_change.is_some())
        .collect();
    progress(&format!("applying {} accepted proposals", accepted.len()));
    let mut t = ts("2026-05-25T09:00:00Z")?;
    for c in accepted {
        let sig = signature_at(SECRETARIAT_NAME, &sec_email, t)?;
        store.apply(&sig, &c.id, None)?;
        t += jiff::SignedDuration::from_mins(7);
    }
    let sig = signature_at(SECRETARIAT_NAME, &sec_email, ts("2026-06-01T12:00:00Z")?)?;
    store.open_round(
        "round-2",
        "Round 2: the revised draft, with the accepted proposals of round 1",
        &sig,
    )?;

    let round2: Vec<_> = comments
        .iter()
        .filter(|(c, _)| c.round != "round-1")
        .collect();
    progress(&format!("committing {} round-2 comments", round2.len()));
    for (c, content) in &round2 {
        commit_comment(c, content)?;
    }
    Ok(store)
}

/// Open a store on a freshly initialised repository whose manifest is not written yet.
fn store_for_new(dir: &Path) -> Result<Store> {
    // Store::open needs the manifest on disk; write it first (it is committed with the drafts).
    let manifest = SAMPLE_FILES
        .iter()
        .find(|(p, _)| *p == MANIFEST)
        .map(|(_, c)| *c)
        .unwrap_or_default();
    crate::repo::write::atomic_write(&dir.join(MANIFEST), manifest.as_bytes())?;
    Store::open(dir)
}

/// Where the TUI keeps the sample it opens when there is no consultation: the user's local
/// data folder for consulta (`$XDG_DATA_HOME/consulta/sample-<version>`, else
/// `~/.local/share/consulta/...` on Linux; `%LOCALAPPDATA%\consulta\data\...` on Windows),
/// else the temporary folder.
pub fn sample_dir() -> PathBuf {
    crate::folders::project()
        .map_or_else(
            || std::env::temp_dir().join("consulta"),
            |d| d.data_local_dir().to_path_buf(),
        )
        .join(format!("sample-{}", env!("CARGO_PKG_VERSION")))
}

/// The bundled sample, built on first use and reused after.
pub fn ensure_sample(progress: &mut dyn FnMut(&str)) -> Result<Store> {
    let dir = sample_dir();
    if dir.join(MANIFEST).is_file() {
        if let Ok(s) = Store::open(&dir) {
            if s.rounds().map(|r| r.len() >= 2).unwrap_or(false) {
                return Ok(s);
            }
        }
        // A half-built sample (interrupted first run): start again.
        let _ = std::fs::remove_dir_all(&dir);
    }
    let tmp = dir.with_extension(format!("tmp-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    build_demo(&tmp, progress)?;
    match std::fs::rename(&tmp, &dir) {
        Ok(()) => {}
        Err(_) if dir.join(MANIFEST).is_file() => {
            let _ = std::fs::remove_dir_all(&tmp);
        }
        Err(e) => return Err(Error::io(&dir, e)),
    }
    Store::open(&dir)
}

/// A small deterministic generator (SplitMix64), so that a seed always gives the same demo.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "microcredential",
    "learning",
    "outcomes",
    "providers",
    "shall",
    "should",
    "assessment",
    "quality",
    "assurance",
    "national",
    "regional",
    "framework",
    "recognition",
    "credit",
    "workload",
    "hours",
    "learners",
    "employers",
    "evidence",
    "published",
    "digital",
    "certificate",
    "portable",
    "stackable",
    "pathways",
    "qualification",
    "level",
    "agency",
    "review",
    "information",
    "access",
    "equity",
    "financing",
    "monitoring",
    "institutions",
    "programme",
    "skills",
    "competences",
    "transparent",
    "verifiable",
    "metadata",
    "standards",
    "minimum",
    "consultation",
    "evaluación",
    "aprendizaje",
    "reconhecimento",
    "calidad",
    "the",
    "and",
    "of",
    "for",
    "with",
    "in",
    "to",
    "each",
    "its",
    "their",
];

const COUNTRIES: &[&str] = &[
    "AR", "BB", "BO", "BR", "CL", "CO", "CR", "DO", "EC", "GT", "HN", "JM", "MX", "PA", "PE", "PY",
    "SV", "TT", "UY",
];

/// What `build_synthetic` hands to the thread that compresses objects into packs.
enum ToPack {
    Objects(Vec<(Kind, [u8; 20], Vec<u8>)>),
    /// Write the pack gathered so far.
    Finish,
}

/// A commit's content, as git writes it: one parent at most, times in UTC.
fn commit_data(
    tree: &[u8; 20],
    parent: Option<&[u8; 20]>,
    sig: (&str, &str, i64),
    msg: &str,
) -> Vec<u8> {
    let (name, email, secs) = sig;
    let mut s = format!("tree {}\n", hex(tree));
    if let Some(p) = parent {
        s.push_str(&format!("parent {}\n", hex(p)));
    }
    s.push_str(&format!(
        "author {name} <{email}> {secs} +0000\ncommitter {name} <{email}> {secs} +0000\n\n{msg}\n"
    ));
    s.into_bytes()
}

/// A synthetic consultation of the sample's shape: `sections` sections, `comments` comments
/// committed in batches of one author each, all valid for `consulta check`.
///
/// Its objects are made here rather than through libgit2 ([`crate::repo::pack_file`] says why)
/// and reach the disk as packs of about 50,000 comments, compressed on a thread of their own;
/// the comment files are written on a third. Only the round's tag and the index are written
/// through libgit2, at the end.
pub fn build_synthetic(
    dir: &Path,
    sections: usize,
    comments: usize,
    seed: u64,
    progress: &mut dyn FnMut(&str),
) -> Result<Store> {
    prepare_dir(dir)?;
    let repo = git2::Repository::open(dir)?;
    let (to_pack, packer_rx) = std::sync::mpsc::sync_channel::<ToPack>(64);
    let pack_folder = repo.path().join("objects/pack");
    let packer = std::thread::spawn(move || -> Result<()> {
        let mut pack = PackFile::new(&pack_folder);
        for msg in packer_rx {
            match msg {
                ToPack::Objects(objects) => {
                    for (kind, id, data) in objects {
                        pack.add(kind, id, &data);
                    }
                }
                ToPack::Finish => {
                    pack.finish().map_err(|e| Error::io(&pack_folder, e))?;
                }
            }
        }
        pack.finish().map_err(|e| Error::io(&pack_folder, e))?;
        Ok(())
    });
    // The comment files are written on a thread of their own, so that the file system's work
    // (most of it finding free inodes) runs beside the making of objects on the other core.
    let (to_write, writer_rx) = std::sync::mpsc::sync_channel::<Vec<(PathBuf, String)>>(16);
    let writer = std::thread::spawn(move || -> Result<()> {
        for batch in writer_rx {
            for (file, json) in batch {
                let written = match std::fs::write(&file, &json) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        let folder = file.parent().unwrap_or(Path::new("."));
                        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
                        std::fs::write(&file, &json)
                    }
                    done => done,
                };
                written.map_err(|e| Error::io(&file, e))?;
            }
        }
        Ok(())
    });
    let made = make_synthetic(dir, sections, comments, seed, progress, &to_pack, &to_write);
    drop((to_pack, to_write));
    // A thread's own error says more than the main loop's (which stops when a thread has).
    writer
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))?;
    packer
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e))?;
    let (c0, head) = made?;

    // The objects are in packs now; a repository opened anew finds them.
    let repo = git2::Repository::open(dir)?;
    let head = git2::Oid::from_bytes(&head)?;
    let branch = repo
        .find_reference("HEAD")?
        .symbolic_target_bytes()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_else(|| "refs/heads/main".into());
    repo.reference(&branch, head, true, "consulta demo: synthetic consultation")?;
    let secretariat = signature_at(
        "Consultation Secretariat",
        "secretariat@synthetic.example",
        ts("2026-03-01T12:00:00Z")?,
    )?;
    let msg = format!(
        "Round 1 of the synthetic consultation\n\n{}: 1\n",
        crate::repo::ROUND_TRAILER
    );
    repo.tag(
        "round-1",
        &repo.find_object(git2::Oid::from_bytes(&c0)?, None)?,
        &secretariat,
        &msg,
        false,
    )?;
    // The files were written as they were made; the index takes HEAD's tree (git refreshes
    // its stat data on the first `git status`).
    progress("writing the index");
    let mut idx = repo.index()?;
    idx.read_tree(&repo.find_commit(head)?.tree()?)?;
    idx.write()?;
    Store::open(dir)
}

/// The objects and files of [`build_synthetic`], sent to its threads. Returns the first
/// commit's id (the round's tag points at it) and the last's.
fn make_synthetic(
    dir: &Path,
    sections: usize,
    comments: usize,
    seed: u64,
    progress: &mut dyn FnMut(&str),
    to_pack: &std::sync::mpsc::SyncSender<ToPack>,
    to_write: &std::sync::mpsc::SyncSender<Vec<(PathBuf, String)>>,
) -> Result<([u8; 20], [u8; 20])> {
    // A thread that stopped has its error, returned by the caller.
    let stopped = || Error::Invalid("a thread writing the demo stopped".into());
    let mut objects: Vec<(Kind, [u8; 20], Vec<u8>)> = Vec::new();
    fn keep(objects: &mut Vec<(Kind, [u8; 20], Vec<u8>)>, kind: Kind, data: Vec<u8>) -> [u8; 20] {
        let id = object_id(kind, &data);
        objects.push((kind, id, data));
        id
    }
    let mut rng = Rng::new(seed);
    let manifest = Manifest {
        description: format!("A synthetic consultation for benchmarks (seed {seed})."),
        ..Manifest::new(
            &format!("Synthetic consultation: {sections} sections, {comments} comments"),
            vec!["secretariat@synthetic.example".into()],
        )
    };
    let categories: Vec<String> = manifest.categories.iter().map(|c| c.id.clone()).collect();
    progress(&format!("writing {sections} sections"));
    std::fs::create_dir_all(dir.join("drafts")).map_err(|e| Error::io(dir.join("drafts"), e))?;
    let mut write = |rel: &str, content: String| -> Result<[u8; 20]> {
        let path = dir.join(rel);
        std::fs::write(&path, &content).map_err(|e| Error::io(&path, e))?;
        Ok(keep(&mut objects, Kind::Blob, content.into_bytes()))
    };
    let mut drafts: Vec<(String, [u8; 20])> = Vec::with_capacity(sections + 1);
    let manifest_name = MANIFEST.trim_start_matches("drafts/").to_string();
    drafts.push((manifest_name, write(MANIFEST, manifest.to_json())?));
    let mut texts: Vec<(String, String)> = Vec::with_capacity(sections);
    for i in 1..=sections {
        let slug = format!("section-{i:04}");
        let mut text = format!("# {i}. Synthetic section {i}\n\n");
        let clauses = 4 + rng.below(6);
        for k in 1..=clauses {
            let words = 25 + rng.below(50);
            let body: Vec<&str> = (0..words).map(|_| *rng.pick(WORDS)).collect();
            text.push_str(&format!("{i}.{k} {}.\n\n", body.join(" ")));
        }
        text.pop();
        let name = format!("{i:04}-{slug}.md");
        drafts.push((
            name.clone(),
            write(&format!("drafts/{name}"), text.clone())?,
        ));
        texts.push((slug, text));
    }
    // Git orders a tree's entries by name (a folder's name as if it ended with '/').
    drafts.sort();
    let drafts_tree = keep(
        &mut objects,
        Kind::Tree,
        tree_data(drafts.iter().map(|(n, id)| ("100644", n.as_str(), id))),
    );
    let paragraphs: Vec<Vec<crate::model::section::Paragraph>> = texts
        .iter()
        .map(|(_, t)| crate::model::section::paragraphs(t))
        .collect();
    let secs = |s: &str| -> Result<i64> { Ok(ts(s)?.as_second()) };
    let secretariat = (
        "Consultation Secretariat",
        "secretariat@synthetic.example",
        secs("2026-03-01T12:00:00Z")?,
    );
    let root_with = |comments: Option<[u8; 20]>, objects: &mut Vec<(Kind, [u8; 20], Vec<u8>)>| {
        let mut entries = Vec::with_capacity(2);
        if let Some(c) = &comments {
            entries.push(("40000", "comments", c));
        }
        entries.push(("40000", "drafts", &drafts_tree));
        keep(objects, Kind::Tree, tree_data(entries))
    };
    let tree = root_with(None, &mut objects);
    let c0 = keep(
        &mut objects,
        Kind::Commit,
        commit_data(&tree, None, secretariat, "Publish the synthetic draft"),
    );

    // Authors: a pool; each batch of comments comes from one of them.
    let authors: Vec<Author> = (0..500)
        .map(|i| Author {
            name: format!("Participant {i}"),
            email: format!("participant{i}@synthetic.example"),
            organisation: format!("Organisation {}", i % 180),
            category: categories[i % categories.len()].clone(),
            country: COUNTRIES[i % COUNTRIES.len()].to_string(),
        })
        .collect();
    const BATCH: usize = 500;
    let start_ms: u64 = 1_772_409_600_000; // 2026-03-02T00:00:00Z
    let mut parent = c0;
    let mut per_section: Vec<Vec<String>> = vec![Vec::new(); sections.max(1)];
    // Each section folder's entries, in git's order: file names are ULIDs, which sort as they
    // are made, so a new one goes at the end.
    let mut section_files: Vec<Vec<(String, [u8; 20])>> = vec![Vec::new(); sections.max(1)];
    let mut section_trees: Vec<Option<[u8; 20]>> = vec![None; sections.max(1)];
    let mut made = 0;
    let mut batch_no = 0;
    while made < comments {
        let author = &authors[batch_no % authors.len()];
        let n = BATCH.min(comments - made);
        // Like a real submission, one author's batch concerns a few sections.
        let batch_sections: Vec<usize> = (0..1 + rng.below(4))
            .map(|_| rng.below(sections.max(1)))
            .collect();
        let mut touched = std::collections::BTreeSet::new();
        let mut files = Vec::with_capacity(n);
        for j in 0..n {
            let seq = (made + j) as u64;
            let ms = start_ms + seq * 30_000;
            let id =
                ulid::Ulid::from_parts(ms, (rng.next_u64() as u128) << 64 | rng.next_u64() as u128)
                    .to_string();
            let si = batch_sections[rng.below(batch_sections.len())];
            let (slug, text) = &texts[si];
            let reply_to = if rng.below(10) == 0 && !per_section[si].is_empty() {
                Some(rng.pick(&per_section[si]).clone())
            } else {
                None
            };
            let anchor = if reply_to.is_none() && rng.below(4) != 0 {
                let p = rng.pick(&paragraphs[si]);
                let words: Vec<(usize, &str)> = text[p.start..p.end]
                    .split(' ')
                    .scan(p.start, |pos, w| {
                        let s = *pos;
                        *pos += w.len() + 1;
                        Some((s, w))
                    })
                    .collect();
                let a = 1 + rng.below(words.len().saturating_sub(8).max(1));
                let b = (a + 2 + rng.below(6)).min(words.len() - 1);
                let (s, _) = words[a];
                let e = words[b].0 + words[b].1.len();
                Some(anchor::make(text, s, e))
            } else {
                None
            };
            let proposed_change = anchor
                .as_ref()
                .filter(|_| rng.below(5) == 0)
                .map(|a| format!("{} and comparable evidence", a.quote));
            let created = jiff::Timestamp::from_millisecond(ms as i64)
                .map_err(|e| Error::Invalid(e.to_string()))?;
            let c = Comment {
                schema: SCHEMA,
                id,
                round: "round-1".into(),
                section: slug.clone(),
                author: author.clone(),
                created: created.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                kind: *rng.pick(&CommentType::ALL),
                stance: if reply_to.is_some() {
                    None
                } else {
                    Some(*rng.pick(&Stance::ALL))
                },
                anchor,
                comment: format!(
                    "Synthetic comment {seq}: the {} here should be clearer for {}.",
                    rng.pick(WORDS),
                    rng.pick(WORDS)
                ),
                proposed_change,
                in_reply_to: reply_to,
                lang: None,
            };
            let json = c.to_json();
            let blob = keep(&mut objects, Kind::Blob, json.clone().into_bytes());
            let name = format!("{}.json", c.id);
            let file = dir.join("comments/round-1").join(slug).join(&name);
            files.push((file, json));
            let entries = &mut section_files[si];
            if entries.last().is_some_and(|(last, _)| *last >= name) {
                let at = entries.partition_point(|(e, _)| *e < name);
                entries.insert(at, (name, blob));
            } else {
                entries.push((name, blob));
            }
            touched.insert(si);
            per_section[si].push(c.id);
        }
        to_write.send(files).map_err(|_| stopped())?;
        made += n;
        batch_no += 1;
        let when = (start_ms + made as u64 * 30_000) as i64 / 1000;
        for si in touched {
            section_trees[si] = Some(keep(
                &mut objects,
                Kind::Tree,
                tree_data(
                    section_files[si]
                        .iter()
                        .map(|(n, id)| ("100644", n.as_str(), id)),
                ),
            ));
        }
        let round_tree = keep(
            &mut objects,
            Kind::Tree,
            tree_data(
                section_trees
                    .iter()
                    .enumerate()
                    .filter_map(|(si, t)| Some(("40000", texts[si].0.as_str(), t.as_ref()?))),
            ),
        );
        let comments_tree = keep(
            &mut objects,
            Kind::Tree,
            tree_data([("40000", "round-1", &round_tree)]),
        );
        let tree = root_with(Some(comments_tree), &mut objects);
        let msg = format!("Comments from {} ({n})", author.organisation);
        parent = keep(
            &mut objects,
            Kind::Commit,
            commit_data(
                &tree,
                Some(&parent),
                (&author.name, &author.email, when),
                &msg,
            ),
        );
        to_pack
            .send(ToPack::Objects(std::mem::take(&mut objects)))
            .map_err(|_| stopped())?;
        if batch_no % 20 == 0 || made == comments {
            progress(&format!("committed {made} of {comments} comments"));
        }
        if batch_no % 100 == 0 {
            to_pack.send(ToPack::Finish).map_err(|_| stopped())?;
        }
    }
    to_pack
        .send(ToPack::Objects(std::mem::take(&mut objects)))
        .map_err(|_| stopped())?;
    Ok((c0, parent))
}
