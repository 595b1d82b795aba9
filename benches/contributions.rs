//! What the secretariat's intake costs: `merge` of one branch of many one-comment commits,
//! `verify` after it, and `import comments` of a large sheet, each beside git doing the
//! nearest thing in the same run.
//!
//! `cargo bench --bench contributions` builds the bundled sample in a temporary folder, then:
//!
//! - makes a stakeholder branch of `CONSULTA_BENCH_COMMITS` commits (default 20,000), each
//!   adding one comment, with `git fast-import`, and times `consulta merge` of it against
//!   `git merge --no-ff` of the same branch in a copy of the repository;
//! - times `consulta verify` on the merged history against `git log --raw` over it (the walk
//!   that reads every commit's changes, which `verify` also does);
//! - writes a sheet of `CONSULTA_BENCH_ROWS` rows (default 100,000) from
//!   `CONSULTA_BENCH_AUTHORS` authors (default 500) and times `consulta import comments`
//!   against writing the same comment files and `git add` plus `git commit` of them.
//!
//! Each is one run (each changes the repository): figures are indicative, ratios are the
//! point. The machine's load is printed with them.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

mod common;
use common::{env_usize, load, Result, SECRETARIAT};

/// Run a command in `dir` (stdout discarded), failing with its standard error; the seconds.
fn timed(dir: &Path, program: &str, args: &[&str], input: Option<&[u8]>) -> Result<f64> {
    let t = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("GIT_AUTHOR_NAME", SECRETARIAT.0)
        .env("GIT_AUTHOR_EMAIL", SECRETARIAT.1)
        .env("GIT_COMMITTER_NAME", SECRETARIAT.0)
        .env("GIT_COMMITTER_EMAIL", SECRETARIAT.1)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(bytes) = input {
        child.stdin.take().ok_or("no stdin")?.write_all(bytes)?;
    }
    let out = child.wait_with_output()?;
    if !out.status.success() {
        return Err(format!(
            "{program} {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(t.elapsed().as_secs_f64())
}

fn consulta(dir: &Path, args: &[&str]) -> Result<f64> {
    timed(dir, env!("CARGO_BIN_EXE_consulta"), args, None)
}

fn git(dir: &Path, args: &[&str]) -> Result<f64> {
    timed(dir, "git", args, None)
}

/// The sections of the sample's current draft (from `drafts/NN-slug.md`).
fn sections(root: &Path) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(root.join("drafts"))? {
        let name = e?.file_name().to_string_lossy().into_owned();
        if let Some(slug) = name.strip_suffix(".md").and_then(|n| n.get(3..)) {
            out.push(slug.to_string());
        }
    }
    out.sort();
    Ok(out)
}

/// One comment record on the latest round, as a stakeholder's `comment add` writes it.
fn record(id: &str, section: &str, n: usize, author: usize, created: &str) -> String {
    serde_json::to_string_pretty(&serde_json::json!({
        "schema": 1,
        "id": id,
        "round": "round-2",
        "section": section,
        "author": {
            "name": format!("Bench Author {author}"),
            "email": format!("bench{author}@example.org"),
            "organisation": "Bench Organisation",
            "category": "employer",
            "country": "MX"
        },
        "created": created,
        "type": "general",
        "stance": "support",
        "anchor": null,
        "comment": format!("Comment number {n} on {section}."),
        "proposed_change": null,
        "in_reply_to": null
    }))
    .expect("a JSON value")
        + "\n"
}

/// A `git fast-import` stream of `n` commits on `branch` from `from`, each adding one comment
/// by one of 50 authors.
fn branch_stream(branch: &str, from: &str, sections: &[String], n: usize) -> Vec<u8> {
    let start = jiff::Timestamp::from_second(1_782_864_000).expect("a time"); // 2026-07-01
    let mut out = Vec::new();
    for i in 0..n {
        let author = i % 50;
        let at = start + jiff::SignedDuration::from_secs(i as i64);
        let ms = at.as_millisecond() as u64;
        let id = ulid::Ulid::from_parts(ms, (i as u128) << 16 | 0xbe).to_string();
        let section = &sections[i % sections.len()];
        let data = record(
            &id,
            section,
            i,
            author,
            &at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        );
        let msg = format!("Comment on {section} (general)\n");
        let who = format!(
            "Bench Author {author} <bench{author}@example.org> {}",
            at.as_second()
        );
        let _ = write!(
            out,
            "commit refs/heads/{branch}\nauthor {who} +0000\ncommitter {who} +0000\ndata {}\n{msg}",
            msg.len()
        );
        if i == 0 {
            let _ = writeln!(out, "from {from}");
        }
        let _ = write!(
            out,
            "M 100644 inline comments/round-2/{section}/{id}.json\ndata {}\n{data}\n",
            data.len()
        );
    }
    out
}

fn rev_parse(dir: &Path) -> Result<String> {
    let out = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(dir)
        .output()?;
    Ok(String::from_utf8(out.stdout)?.trim().to_string())
}

fn copy_repo(from: &Path, to: &Path) -> Result<()> {
    let status = Command::new("cp").arg("-a").arg(from).arg(to).status()?;
    if !status.success() {
        return Err("cp -a failed".into());
    }
    Ok(())
}

fn main() -> Result<()> {
    let commits = env_usize("CONSULTA_BENCH_COMMITS", 20_000);
    let rows = env_usize("CONSULTA_BENCH_ROWS", 100_000);
    let authors = env_usize("CONSULTA_BENCH_AUTHORS", 500).max(1);
    let dir = tempfile::Builder::new()
        .prefix("consulta-bench-contributions-")
        .tempdir()?;
    let sample = dir.path().join("sample");
    consulta(dir.path(), &["demo", sample.to_str().ok_or("path")?])?;
    for (k, v) in [("user.name", SECRETARIAT.0), ("user.email", SECRETARIAT.1)] {
        git(&sample, &["config", k, v])?;
    }
    let secs = sections(&sample)?;

    // merge: one branch of many one-comment commits.
    let head = rev_parse(&sample)?;
    let t = Instant::now();
    let stream = branch_stream("contrib/bench", &head, &secs, commits);
    timed(&sample, "git", &["fast-import", "--quiet"], Some(&stream))?;
    eprintln!(
        "made a branch of {commits} one-comment commits in {:.1}s",
        t.elapsed().as_secs_f64()
    );
    let peer = dir.path().join("peer");
    copy_repo(&sample, &peer)?;
    // Flushed before timing: on ext4 the first flush would otherwise wait for all of it.
    Command::new("sync").status()?;
    println!("load average at the start: {}", load());
    let ours = consulta(&sample, &["merge", "contrib/bench"])?;
    let theirs = git(
        &peer,
        &["merge", "--no-ff", "-q", "-m", "merge", "contrib/bench"],
    )?;
    println!(
        "merge of {commits} commits:   consulta merge {ours:6.2}s   git merge --no-ff {theirs:6.2}s   ratio {:5.1}   ({:.2}s per 10,000 comments)",
        ours / theirs,
        ours / commits as f64 * 10_000.0
    );
    let ours = consulta(&sample, &["verify"])?;
    let theirs = git(
        &sample,
        &["log", "--raw", "--no-renames", "--no-abbrev", "HEAD"],
    )?;
    println!(
        "verify after it:          consulta verify {ours:6.2}s   git log --raw     {theirs:6.2}s   ratio {:5.1}",
        ours / theirs
    );

    // import comments: a sheet of many rows from many authors.
    let import = dir.path().join("import");
    let peer = dir.path().join("import-peer");
    copy_repo(&sample, &import)?;
    let mut sheet = String::from("MB/NC,Clause/Subclause,Type of comment,Comments,Round,Section,Author name,Author email,Organisation,Category,Stance\n");
    for i in 0..rows {
        let a = i % authors;
        let _ = std::fmt::Write::write_fmt(
            &mut sheet,
            format_args!(
            "MX,,ge,Imported comment number {i}.,round-2,{},Row Author {a},row{a}@example.org,Row Organisation,employer,support\n",
            secs[i % secs.len()]
            ),
        );
    }
    let csv = dir.path().join("rows.csv");
    std::fs::write(&csv, sheet)?;
    let before = rev_parse(&import)?;
    let ours = consulta(
        &import,
        &["import", "comments", csv.to_str().ok_or("path")?],
    )?;
    // The peer: the same files, copied into a copy of the repository and committed by git in
    // one commit.
    copy_repo(&sample, &peer)?;
    let t = Instant::now();
    let files = Command::new("git")
        .args([
            "diff",
            "--name-only",
            "--no-renames",
            &before,
            "HEAD",
            "--",
            "comments",
        ])
        .current_dir(&import)
        .output()?;
    let mut written = 0;
    for path in String::from_utf8(files.stdout)?.lines() {
        let (src, dst) = (import.join(path), peer.join(path));
        if let Some(parent) = dst.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::copy(src, dst)?;
        written += 1;
    }
    let copy = t.elapsed().as_secs_f64();
    let add = git(&peer, &["add", "comments"])?;
    let commit = git(&peer, &["commit", "-q", "-m", "import"])?;
    let theirs = copy + add + commit;
    println!(
        "import of {rows} rows ({authors} authors): consulta import comments {ours:6.2}s   copy {written} files + git add + git commit {theirs:6.2}s   ratio {:5.1}   ({:.2}s per 10,000 comments)",
        ours / theirs,
        ours / rows as f64 * 10_000.0
    );
    println!("load average at the end: {}", load());
    Ok(())
}
