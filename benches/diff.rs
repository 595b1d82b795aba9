//! Round diffs: the whole `consulta diff` process against `git diff --word-diff=porcelain` on
//! the same two rounds, and the library on a large synthetic draft.
//!
//! `cargo bench --bench diff`:
//! 1. imports `../shared/fixtures/oasis-csaf-2.0/v4.md` and `v5.md` (read only) as rounds `v4`
//!    and `v5` of a temporary consultation: each split at its level-1 headings into
//!    `drafts/NN-slug.md` (slugs from the heading titles without their numbers, so they are
//!    stable across versions), with the manifest `consulta init` writes, each committed and
//!    opened with `consulta round open`;
//! 2. times, interleaved in the same run, N=10 runs of `consulta diff v4 v5 --format json` and
//!    of `git diff --word-diff=porcelain <v4> <v5>`, and prints the medians and their ratio;
//! 3. times `diff_drafts` on a synthetic 1 MB draft with 10% of its words changed;
//! 4. times carrying a comment whose 400-character passage was deleted (the approximate search).
//!
//! `CONSULTA_BENCH_FIXTURES=DIR` points at another copy of the fixtures; `CONSULTA_BENCH_RUNS=N`
//! changes N; `CONSULTA_BENCH_KEEP=1` keeps the repository. Everything runs with its own HOME and no system git config.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use consulta::model::{Manifest, Section};
use consulta::repo::{Drafts, Version};
use consulta::sample::Rng;

const BIN: &str = env!("CARGO_BIN_EXE_consulta");

struct World {
    home: PathBuf,
    repo: PathBuf,
}

impl World {
    fn cmd(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        for v in [
            "GIT_DIR",
            "GIT_WORK_TREE",
            "GIT_INDEX_FILE",
            "GIT_CONFIG",
            "GIT_CONFIG_GLOBAL",
            "GIT_CONFIG_SYSTEM",
            "GIT_CONFIG_COUNT",
            "GIT_CONFIG_PARAMETERS",
            "GIT_AUTHOR_NAME",
            "GIT_AUTHOR_EMAIL",
            "GIT_COMMITTER_NAME",
            "GIT_COMMITTER_EMAIL",
            "EMAIL",
        ] {
            c.env_remove(v);
        }
        c.env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("NO_COLOR", "1")
            .current_dir(&self.repo);
        c
    }

    fn run(&self, program: &str, args: &[&str]) -> Result<String> {
        let out = self
            .cmd(program)
            .args(args)
            .output()
            .with_context(|| format!("running {program}"))?;
        if !out.status.success() {
            bail!(
                "{program} {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Run to completion with stdout discarded, returning the wall time.
    fn time(&self, program: &str, args: &[&str]) -> Result<Duration> {
        let t = Instant::now();
        let status = self
            .cmd(program)
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()?;
        let d = t.elapsed();
        if !status.success() {
            bail!("{program} {} failed", args.join(" "));
        }
        Ok(d)
    }
}

/// `1 Introduction` → `introduction`; `Appendix A. Acknowledgments` →
/// `appendix-a-acknowledgments`.
fn slug(title: &str) -> String {
    let t = title.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    let mut s = String::new();
    for c in t.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s: String = s.trim_end_matches('-').chars().take(60).collect();
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() {
        "section".into()
    } else {
        s
    }
}

/// Split a Markdown document at its level-1 headings (outside code fences) into
/// `(file name, text)`; the text before the first heading becomes `front-matter`.
fn split(doc: &str) -> Vec<(String, String)> {
    let mut parts: Vec<(String, String)> = vec![("front-matter".into(), String::new())];
    let mut fence = false;
    for line in doc.split_inclusive('\n') {
        if line.trim_start().starts_with("```") {
            fence = !fence;
        }
        if !fence && line.starts_with("# ") {
            parts.push((slug(&line[2..]), String::new()));
        }
        parts.last_mut().unwrap().1.push_str(line);
    }
    parts.retain(|(_, t)| !t.trim().is_empty());
    let mut seen: Vec<String> = Vec::new();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, (mut s, t))| {
            let base = s.clone();
            let mut n = 2;
            while seen.contains(&s) {
                s = format!("{base}-{n}");
                n += 1;
            }
            seen.push(s.clone());
            (format!("{:02}-{s}.md", i + 1), t)
        })
        .collect()
}

/// Replace the section files with `doc`'s sections, commit, and open round `name`.
fn import_round(w: &World, doc: &str, name: &str) -> Result<usize> {
    let drafts = w.repo.join("drafts");
    for e in std::fs::read_dir(&drafts)? {
        let p = e?.path();
        if p.extension().is_some_and(|x| x == "md") {
            std::fs::remove_file(p)?;
        }
    }
    let parts = split(doc);
    for (file, text) in &parts {
        std::fs::write(drafts.join(file), text)?;
    }
    w.run("git", &["add", "-A", "drafts"])?;
    w.run("git", &["commit", "-q", "-m", &format!("Import {name}")])?;
    w.run(BIN, &["round", "open", name])?;
    Ok(parts.len())
}

fn median(mut d: Vec<Duration>) -> Duration {
    d.sort();
    d[d.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn fixtures() -> PathBuf {
    std::env::var_os("CONSULTA_BENCH_FIXTURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/oasis-csaf-2.0")
        })
}

fn process_bench(runs: usize) -> Result<()> {
    let dir = fixtures();
    let v4 = std::fs::read_to_string(dir.join("v4.md"))
        .with_context(|| format!("reading {}", dir.join("v4.md").display()))?;
    let v5 = std::fs::read_to_string(dir.join("v5.md"))?;
    let tmp = tempfile::Builder::new()
        .prefix("consulta-bench-")
        .tempdir()?;
    let w = World {
        home: tmp.path().join("home"),
        repo: tmp.path().join("csaf"),
    };
    std::fs::create_dir_all(&w.home)?;
    let root = World {
        home: w.home.clone(),
        repo: tmp.path().to_path_buf(),
    };
    root.run(
        BIN,
        &[
            "whoami",
            "--global",
            "--name",
            "Bench Secretariat",
            "--email",
            "secretariat@bench.example",
        ],
    )?;
    root.run(
        BIN,
        &[
            "init",
            w.repo.to_str().unwrap(),
            "--title",
            "Common Security Advisory Framework 2.0",
        ],
    )?;
    let n4 = import_round(&w, &v4, "v4")?;
    let n5 = import_round(&w, &v5, "v5")?;
    println!(
        "imported v4 ({} bytes, {n4} sections) and v5 ({} bytes, {n5} sections) as rounds",
        v4.len(),
        v5.len()
    );

    let d = w.run(BIN, &["diff", "v4", "v5", "--format", "json"])?;
    let d: serde_json::Value = serde_json::from_str(&d)?;
    println!(
        "consulta diff v4 v5: {} sections changed, +{} −{} words",
        d["totals"]["sections_changed"], d["totals"]["words_added"], d["totals"]["words_removed"]
    );

    let consulta_args = ["diff", "v4", "v5", "--format", "json"];
    let git_args = ["diff", "--word-diff=porcelain", "v4", "v5"];
    // Warm the page cache for both, then interleave the runs.
    w.time(BIN, &consulta_args)?;
    w.time("git", &git_args)?;
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.push(w.time(BIN, &consulta_args)?);
        theirs.push(w.time("git", &git_args)?);
    }
    // The same work in-process, without process start-up (libgit2 and OpenSSL initialisation).
    let store = consulta::repo::Store::open(&w.repo)?;
    let (from, to) = (Version::Round("v4".into()), Version::Round("v5".into()));
    let mut inproc = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let (old, _) = store.drafts(&from)?;
        let (new, _) = store.drafts(&to)?;
        let mut d = consulta::diff::diff_drafts(&old, &new);
        consulta::diff::trace::trace(&store, &from, &to, &mut d)?;
        let json = serde_json::to_string_pretty(&d)?;
        std::hint::black_box(json);
        inproc.push(t.elapsed());
    }
    let started = median(
        (0..runs)
            .map(|_| w.time(BIN, &["--version"]))
            .collect::<Result<Vec<_>>>()?,
    );
    if std::env::var_os("CONSULTA_BENCH_KEEP").is_some() {
        println!("kept the repository in {}", w.repo.display());
        let _ = tmp.keep();
    }
    let (a, b) = (median(ours), median(theirs));
    println!("N={runs} interleaved runs, medians:");
    println!(
        "  consulta diff v4 v5 --format json       {:>8.1} ms",
        ms(a)
    );
    println!(
        "  git diff --word-diff=porcelain v4 v5    {:>8.1} ms",
        ms(b)
    );
    println!(
        "  ratio consulta / git                    {:>8.2}×",
        a.as_secs_f64() / b.as_secs_f64()
    );
    println!(
        "  in-process: read both rounds, diff, trace, JSON {:>6.1} ms",
        ms(median(inproc))
    );
    println!(
        "  `consulta --version` (process start)    {:>8.1} ms",
        ms(started)
    );
    Ok(())
}

const WORDS: &[&str] = &[
    "the",
    "provider",
    "shall",
    "learner",
    "credential",
    "assessment",
    "quality",
    "framework",
    "of",
    "and",
    "to",
    "in",
    "a",
    "standard",
    "outcomes",
    "recognition",
    "évaluación",
    "学分",
    "issued",
    "digital",
    "portable",
    "national",
    "authority",
    "may",
    "should",
    "record",
];

fn synthetic_bench() -> Result<()> {
    let mut rng = Rng::new(0x2545_F491_4F6C_DD1D);
    // Paragraph lines of 40–120 words with blank lines between them, up to 1 MB.
    let mut old = String::from("# 1. Synthetic\n\n");
    while old.len() < 1_000_000 {
        let n = 40 + rng.below(80);
        let line: Vec<&str> = (0..n).map(|_| WORDS[rng.below(WORDS.len())]).collect();
        old.push_str(&line.join(" "));
        old.push_str(".\n\n");
    }
    // Change 10% of the words: replace, delete or insert one word in place.
    let mut words: Vec<String> = old.split(' ').map(str::to_string).collect();
    let total = words.len();
    let mut changed = 0;
    while changed < total / 10 {
        let i = rng.below(words.len());
        if words[i].contains('\n') {
            continue;
        }
        match rng.below(3) {
            0 => words[i] = WORDS[rng.below(WORDS.len())].to_uppercase(),
            1 => {
                words.remove(i);
            }
            _ => words.insert(i, "inserted".into()),
        }
        changed += 1;
    }
    let new = words.join(" ");
    let drafts = |version: Version, text: &str| Drafts {
        version,
        manifest: Manifest::new("Synthetic", vec![]),
        sections: vec![Section::new("01-synthetic.md", text.to_string()).unwrap()],
        translations: Default::default(),
    };
    let a = drafts(Version::Round("old".into()), &old);
    let b = drafts(Version::Round("new".into()), &new);
    let mut times = Vec::new();
    let mut result = None;
    for _ in 0..5 {
        let t = Instant::now();
        result = Some(consulta::diff::diff_drafts(&a, &b));
        times.push(t.elapsed());
    }
    let d = result.unwrap();
    println!(
        "synthetic draft: {} bytes, {total} words, {changed} edited (10%); {} hunks, +{} −{} words",
        old.len(),
        d.sections[0].hunks.len(),
        d.totals.words_added,
        d.totals.words_removed
    );
    println!(
        "  library diff_drafts, median of 5        {:>8.1} ms",
        ms(median(times))
    );
    Ok(())
}

/// Carrying a comment whose 400-character passage was deleted: nothing maps and no exact
/// match exists, so the approximate search scores windows at every word start of its section
/// (the first 60,000 characters of CSAF v5) and of another section (30,000 characters).
fn carry_bench() -> Result<()> {
    use consulta::anchor::carry::{carry, Target};
    let doc = std::fs::read_to_string(fixtures().join("v5.md")).context("reading v5.md")?;
    let text: String = doc.chars().take(60_000).collect();
    let at = text.char_indices().nth(20_000).map_or(0, |(i, _)| i);
    let s = at + text[at..].find(' ').unwrap_or(0) + 1;
    let e = consulta::model::text::byte_of(&text[s..], 400) + s;
    let anchor = consulta::anchor::make(&text, s, e);
    let new = format!("{}{}", &text[..s], &text[e..]);
    let other: String = doc.chars().skip(100_000).take(30_000).collect();
    let others = [("other", other.as_str())];
    let target = Target {
        section: Some(("section", new.as_str())),
        others: &others,
    };
    let mut times = Vec::new();
    let mut status = None;
    for _ in 0..5 {
        let t = Instant::now();
        status = Some(carry(&text, &anchor, &target, None).status);
        times.push(t.elapsed());
    }
    println!(
        "carry a comment whose 400-character passage was deleted ({:?}), median of 5 {:>6.1} ms",
        status.expect("ran"),
        ms(median(times))
    );
    Ok(())
}

fn main() -> Result<()> {
    let runs: usize = std::env::var("CONSULTA_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    process_bench(runs)?;
    synthetic_bench()?;
    carry_bench()?;
    Ok(())
}
