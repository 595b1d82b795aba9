//! How consulta's everyday work grows with the number of comments, beside the nearest thing
//! git, `cat` or `find` do in the same run (issue: a million comments).
//!
//! `cargo bench --bench scale` builds a synthetic consultation with `consulta demo DIR
//! --sections 200 --comments N` (N from `CONSULTA_BENCH_COMMENTS`, default 100,000; or
//! `CONSULTA_BENCH_REPO=DIR` for one already built), then prints one line per row:
//!
//! - `demo` generation (when it built the consultation);
//! - `comment add` of one comment, against `git add F && git commit` of one new file in a copy
//!   of the same repository;
//! - `respond` to one comment, `apply` of one accepted proposal and `merge` of a contribution
//!   of one comment, against the same git reference;
//! - `summary --format json`, against `cat` of every comment file (`find comments -name
//!   '*.json' -exec cat {} +`), the floor of reading them;
//! - `check` and `verify`, first without the verdicts they keep for unchanged comment
//!   folders, then again after one new comment;
//! - the TUI in tmux, as a person sees it: from start to the first section's text and
//!   comments (cold: without the counts cache; warm: with it) and its resident memory then,
//!   and a key in the section list (`j`) to the screen changing, beside `less` on a file by
//!   the same method (skipped without tmux).
//!
//! Peak memory (`/usr/bin/time -f %M`, when present) is printed for `summary`, `check` and
//! `verify`, beside the bytes of the comment files.
//!
//! Each write is run `CONSULTA_BENCH_RUNS` times (default 3) interleaved with its reference,
//! and the medians are printed with their ratio. The machine's load is printed with them: run
//! it on a quiet machine. The TUI's first frame is measured by `cargo bench --bench tui_frames`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{env_usize, load, Result, SECRETARIAT};

/// Run `program args` in `dir` as `who`, stdout kept; fails with its standard error.
fn run(dir: &Path, who: (&str, &str), program: &str, args: &[&str]) -> Result<(Duration, String)> {
    let t = Instant::now();
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(dir).env("NO_COLOR", "1");
    // consulta takes who you are from the repository's git config, as a user's would.
    if program == "git" {
        cmd.env("GIT_AUTHOR_NAME", who.0)
            .env("GIT_AUTHOR_EMAIL", who.1)
            .env("GIT_COMMITTER_NAME", who.0)
            .env("GIT_COMMITTER_EMAIL", who.1);
    }
    let out = cmd.stdin(Stdio::null()).output()?;
    let took = t.elapsed();
    if !out.status.success() {
        return Err(format!(
            "{program} {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok((took, String::from_utf8_lossy(&out.stdout).into_owned()))
}

fn consulta(dir: &Path, args: &[&str]) -> Result<(Duration, String)> {
    run(dir, SECRETARIAT, env!("CARGO_BIN_EXE_consulta"), args)
}

/// The first secretariat address of the consultation's manifest.
fn secretariat(root: &Path) -> Result<String> {
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("drafts/consultation.json"))?)?;
    Ok(manifest["secretariat"][0]
        .as_str()
        .ok_or("no secretariat in the manifest")?
        .to_string())
}

fn median(mut d: Vec<Duration>) -> f64 {
    d.sort();
    d[d.len() / 2].as_secs_f64()
}

fn row(name: &str, ours: f64, peer_name: &str, peer: f64) {
    println!(
        "{name:<34} {:>9.3}s   {peer_name:<36} {:>9.3}s   ratio {:>6.2}",
        ours,
        peer,
        ours / peer
    );
}

/// `consulta comment add` of a general comment on `section`, timed.
fn add_comment(root: &Path, section: &str, body: &str) -> Result<Duration> {
    let args = [
        "comment",
        "add",
        "--section",
        section,
        "--type",
        "ge",
        "--body",
        body,
    ];
    Ok(consulta(root, &args)?.0)
}

/// The git reference for one write: a new file added and committed in `peer`.
fn git_add_commit(peer: &Path, n: usize) -> Result<Duration> {
    let rel = format!("comments/bench-{n}.txt");
    std::fs::write(peer.join(&rel), format!("reference write {n}\n"))?;
    let t = Instant::now();
    run(peer, SECRETARIAT, "git", &["add", &rel])?;
    run(
        peer,
        SECRETARIAT,
        "git",
        &["commit", "-q", "-m", "reference"],
    )?;
    Ok(t.elapsed())
}

/// Comment ids of one section without a disposition, from `consulta comments --format json`.
fn open_comment_ids(root: &Path, section: &str) -> Result<Vec<String>> {
    let (_, out) = consulta(
        root,
        &["comments", "--section", section, "--format", "json"],
    )?;
    let v: serde_json::Value = serde_json::from_str(&out)?;
    let list = v
        .as_array()
        .or_else(|| v.get("comments").and_then(|c| c.as_array()))
        .ok_or("no comment list in `consulta comments --format json`")?;
    Ok(list
        .iter()
        .filter(|c| c.get("disposition").is_none_or(|d| d.is_null()))
        .filter_map(|c| c.get("id").and_then(|i| i.as_str()).map(str::to_string))
        .collect())
}

/// The ids of every section, in order (`consulta sections --format json`).
fn sections(root: &Path) -> Result<Vec<String>> {
    let (_, out) = consulta(root, &["sections", "--format", "json"])?;
    let v: serde_json::Value = serde_json::from_str(&out)?;
    let list = v
        .as_array()
        .or_else(|| v.get("sections").and_then(|s| s.as_array()))
        .ok_or("no section list in `consulta sections --format json`")?;
    Ok(list
        .iter()
        .filter_map(|s| s.get("id").and_then(|i| i.as_str()).map(str::to_string))
        .collect())
}

/// An open comment of `section` that proposes wording for a passage.
fn open_proposal(root: &Path, section: &str) -> Result<Option<String>> {
    let (_, out) = consulta(
        root,
        &[
            "comments",
            "--section",
            section,
            "--status",
            "open",
            "--format",
            "json",
        ],
    )?;
    let v: serde_json::Value = serde_json::from_str(&out)?;
    let list = v.as_array().cloned().unwrap_or_default();
    Ok(list
        .iter()
        .filter(|c| c.get("proposed_change").is_some_and(|p| !p.is_null()))
        .filter(|c| c.get("anchor").is_some_and(|a| !a.is_null()))
        .filter(|c| c.get("in_reply_to").is_none_or(|r| r.is_null()))
        .find_map(|c| c.get("id").and_then(|i| i.as_str()).map(str::to_string)))
}

fn first_section(root: &Path) -> Result<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("drafts"))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    // drafts/NN-slug.md: the slug after the number.
    let first = names.first().ok_or("no section")?;
    let stem = first.trim_end_matches(".md");
    Ok(stem
        .split_once('-')
        .map_or(stem, |(_, slug)| slug)
        .to_string())
}

/// Run consulta under `/usr/bin/time -f %M` (when present): its time and peak memory in bytes.
fn consulta_peak(dir: &Path, args: &[&str]) -> Result<(Duration, Option<u64>)> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        return Ok((consulta(dir, args)?.0, None));
    }
    let mut full = vec!["-f", "%M", env!("CARGO_BIN_EXE_consulta")];
    full.extend_from_slice(args);
    let t = Instant::now();
    let out = Command::new(time)
        .args(&full)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()?;
    let took = t.elapsed();
    if !out.status.success() {
        return Err(format!(
            "consulta {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let kb = String::from_utf8_lossy(&out.stderr)
        .lines()
        .last()
        .and_then(|l| l.trim().parse::<u64>().ok());
    Ok((took, kb.map(|k| k * 1024)))
}

/// The bytes of every comment file (what a read of them all must at least hold once).
fn comment_bytes(root: &Path) -> u64 {
    fn walk(p: &Path) -> u64 {
        let Ok(rd) = std::fs::read_dir(p) else {
            return 0;
        };
        rd.flatten()
            .map(|e| match e.file_type() {
                Ok(t) if t.is_dir() => walk(&e.path()),
                Ok(t) if t.is_file() => e.metadata().map_or(0, |m| m.len()),
                _ => 0,
            })
            .sum()
    }
    walk(&root.join("comments"))
}

fn mb(b: u64) -> f64 {
    b as f64 / 1_000_000.0
}

/// A tmux server of the benchmark's own, so that the programs it starts get this environment.
const TMUX_SOCKET: &str = "consulta-bench-scale";

fn tmux(args: &[&str]) -> Result<String> {
    let out = Command::new("tmux")
        .arg("-L")
        .arg(TMUX_SOCKET)
        .args(args)
        .stdin(Stdio::null())
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "tmux {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Start `command` in `dir` in a fresh 120×40 tmux window.
fn tmux_start(dir: &Path, command: &str) -> Result<()> {
    let _ = tmux(&["kill-server"]);
    tmux(&[
        "new-session",
        "-d",
        "-s",
        "bench",
        "-x",
        "120",
        "-y",
        "40",
        // The screens waited for are recognised by their English words.
        "-e",
        "CONSULTA_LANG=en",
        "-c",
        dir.to_str().ok_or("path")?,
        command,
    ])?;
    Ok(())
}

fn screen() -> Result<String> {
    tmux(&["capture-pane", "-p", "-t", "bench"])
}

/// Poll the screen until `done` says so (at most 5 minutes): how long it took.
fn wait_screen(start: Instant, done: impl Fn(&str) -> bool) -> Result<Duration> {
    while start.elapsed() < Duration::from_secs(300) {
        if done(&screen()?) {
            return Ok(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    Err("the screen did not change within 5 minutes".into())
}

/// The resident memory of the program in the tmux window, in bytes (Linux).
fn pane_rss() -> Option<u64> {
    let pid = tmux(&["display", "-p", "-t", "bench", "#{pane_pid}"]).ok()?;
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid.trim())).ok()?;
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// `keys` pressed `times` times, each timed from the key to the screen changing.
fn key_to_change(keys: &str, times: usize) -> Result<Vec<Duration>> {
    let mut out = Vec::with_capacity(times);
    for _ in 0..times {
        let before = screen()?;
        let t = Instant::now();
        tmux(&["send-keys", "-t", "bench", keys])?;
        out.push(wait_screen(t, |s| s != before)?);
    }
    Ok(out)
}

/// The TUI's rows: start to the first section's text and comments, cold (and until the exact
/// counts are made) and warm, its memory then, and `j` in the section list against `less`.
/// `scratch` holds the file `less` shows (the repository, perhaps the reader's own, is left
/// alone).
fn tui_rows(root: &Path, scratch: &Path, runs: usize) -> Result<()> {
    if Command::new("tmux").arg("-V").output().is_err() {
        println!("TUI rows skipped: tmux is not installed");
        return Ok(());
    }
    let bin = env!("CARGO_BIN_EXE_consulta");
    let ready = |s: &str| s.contains("Comments ·") && !s.contains("Reading this section");
    let cache = root.join(".git/consulta/section-counts.json");
    let _ = std::fs::remove_file(&cache);
    let t = Instant::now();
    tmux_start(root, bin)?;
    let cold = wait_screen(t, ready)?;
    // Without the cache, the exact counts ("mine" marks) are made after the first screen.
    let counted = wait_screen(t, |s| ready(s) && !s.contains("Counting your comments"))?;
    let _ = tmux(&["kill-server"]);
    let (mut warm, mut rss) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        tmux_start(root, bin)?;
        warm.push(wait_screen(t, ready)?);
        rss.extend(pane_rss());
        let _ = tmux(&["kill-server"]);
    }
    println!(
        "TUI start to the first section's text   cold {:>6.3}s (exact counts {:.3}s)   warm {:>6.3}s   resident {:>7.1} MB",
        cold.as_secs_f64(),
        counted.as_secs_f64(),
        median(warm),
        rss.iter().max().map_or(f64::NAN, |&b| mb(b))
    );
    // `j` in the section list, against `less` on a file of as many lines, the same way.
    tmux_start(root, bin)?;
    wait_screen(Instant::now(), ready)?;
    let ours = key_to_change("j", 20 * runs)?;
    let _ = tmux(&["kill-server"]);
    let text = scratch.join("lines.txt");
    std::fs::write(
        &text,
        (1..=10_000)
            .map(|i| format!("line {i}\n"))
            .collect::<String>(),
    )?;
    tmux_start(root, &format!("less {}", text.display()))?;
    wait_screen(Instant::now(), |s| s.contains("line 1"))?;
    let theirs = key_to_change("j", 20 * runs)?;
    let _ = tmux(&["kill-server"]);
    let _ = std::fs::remove_file(&text);
    let (o, l) = (median(ours), median(theirs));
    println!(
        "{:<34} {:>8.1}ms   {:<36} {:>8.1}ms   gap {:>6.1}ms",
        "TUI j in the section list",
        o * 1000.0,
        "less: j, the same tmux polling",
        l * 1000.0,
        (o - l) * 1000.0
    );
    Ok(())
}

fn main() -> Result<()> {
    let comments = env_usize("CONSULTA_BENCH_COMMENTS", 100_000);
    let runs = env_usize("CONSULTA_BENCH_RUNS", 3).max(1);
    let dir = tempfile::Builder::new()
        .prefix("consulta-bench-scale-")
        .tempdir()?;
    println!("load average at the start: {}", load());
    let root: PathBuf = match std::env::var_os("CONSULTA_BENCH_REPO") {
        Some(r) => PathBuf::from(r),
        None => {
            let root = dir.path().join("c");
            let n = comments.to_string();
            let (took, _) = consulta(
                dir.path(),
                &[
                    "demo",
                    root.to_str().ok_or("path")?,
                    "--sections",
                    "200",
                    "--comments",
                    &n,
                ],
            )?;
            println!(
                "demo --sections 200 --comments {comments:<10} {:>9.1}s",
                took.as_secs_f64()
            );
            root
        }
    };
    let email = secretariat(&root)?;
    for (k, v) in [("user.name", SECRETARIAT.0), ("user.email", email.as_str())] {
        run(&root, SECRETARIAT, "git", &["config", k, v])?;
    }
    consulta(
        &root,
        &[
            "whoami",
            "--organisation",
            "Bench Organisation",
            "--category",
            "employer",
            "--country",
            "MX",
        ],
    )?;
    let peer = dir.path().join("peer");
    let status = Command::new("cp")
        .arg("-a")
        .arg(&root)
        .arg(&peer)
        .status()?;
    if !status.success() {
        return Err("cp -a failed".into());
    }
    // Both indexes get their files' metadata before anything is timed: `demo` writes an index
    // without it, and the copy's files have new inode numbers, so the first git command in
    // either would hash every file again.
    for repo in [&root, &peer] {
        run(
            repo,
            SECRETARIAT,
            "git",
            &["update-index", "-q", "--refresh"],
        )?;
    }
    // What `demo` and the copy wrote is flushed before anything is timed: on ext4 the first
    // flush of a write would otherwise wait for all of it (seconds, not the write's own cost).
    Command::new("sync").status()?;
    let section = first_section(&root)?;

    // Writes, interleaved with the git reference.
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for i in 0..runs {
        ours.push(add_comment(
            &root,
            &section,
            &format!("Benchmark comment {i}."),
        )?);
        theirs.push(git_add_commit(&peer, i)?);
    }
    row(
        "comment add",
        median(ours),
        "git add F && git commit",
        median(theirs.clone()),
    );
    let ids = open_comment_ids(&root, &section)?;
    let mut ours = Vec::new();
    for (i, id) in ids.iter().take(runs).enumerate() {
        ours.push(
            consulta(
                &root,
                &[
                    "respond",
                    id,
                    "--status",
                    "noted",
                    "--observations",
                    "Noted.",
                ],
            )?
            .0,
        );
        theirs.push(git_add_commit(&peer, runs + i)?);
    }
    if !ours.is_empty() {
        row(
            "respond",
            median(ours),
            "git add F && git commit",
            median(theirs),
        );
    }

    // apply of one accepted proposal (decided first, untimed), in a different section each run.
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for (i, s) in sections(&root)?.iter().enumerate() {
        if ours.len() == runs {
            break;
        }
        let Some(id) = open_proposal(&root, s)? else {
            continue;
        };
        consulta(&root, &["respond", &id, "--status", "accepted"])?;
        match consulta(&root, &["apply", &id]) {
            Ok((took, _)) => ours.push(took),
            // A passage an earlier apply changed: another section.
            Err(_) => continue,
        }
        theirs.push(git_add_commit(&peer, 2 * runs + i)?);
    }
    if !ours.is_empty() {
        row(
            "apply (one proposal)",
            median(ours),
            "git add F && git commit",
            median(theirs),
        );
    }

    // merge of a contribution of one comment, made on a branch by `comment add` as a
    // stakeholder.
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for i in 0..runs {
        let branch = format!("contrib/bench-{i}");
        // `-C`: a repository given by CONSULTA_BENCH_REPO holds the branch of an earlier run.
        run(&root, SECRETARIAT, "git", &["switch", "-q", "-C", &branch])?;
        run(
            &root,
            SECRETARIAT,
            "git",
            &["config", "user.email", "stakeholder@bench.example"],
        )?;
        let made = add_comment(&root, &section, &format!("A contribution {i}."));
        run(&root, SECRETARIAT, "git", &["config", "user.email", &email])?;
        run(&root, SECRETARIAT, "git", &["switch", "-q", "main"])?;
        made?;
        ours.push(consulta(&root, &["merge", &branch])?.0);
        theirs.push(git_add_commit(&peer, 4 * runs + i)?);
    }
    row(
        "merge (one contribution)",
        median(ours),
        "git add F && git commit",
        median(theirs),
    );

    // Reads, against the floor of reading every comment file.
    let bytes = comment_bytes(&root);
    let (mut ours, mut floor, mut peak) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let (took, p) = consulta_peak(&root, &["summary", "--format", "json"])?;
        ours.push(took);
        peak.extend(p);
        floor.push(
            run(
                &root,
                SECRETARIAT,
                "find",
                &["comments", "-name", "*.json", "-exec", "cat", "{}", "+"],
            )?
            .0,
        );
    }
    row(
        "summary --format json",
        median(ours),
        "find comments … -exec cat {} +",
        median(floor.clone()),
    );
    if let Some(&p) = peak.iter().max() {
        println!(
            "summary peak memory {:>8.1} MB, {:.2}× the {:.1} MB of comment files",
            mb(p),
            p as f64 / bytes as f64,
            mb(bytes)
        );
    }
    // `check` and `verify` keep verdicts for the comment folders whose files are HEAD's:
    // measured first without them, then again after one new comment (one folder read again).
    for cache in ["check-verdicts.json", "verify-claims.json"] {
        let _ = std::fs::remove_file(root.join(".git/consulta").join(cache));
    }
    for (name, args) in [("check", ["check"]), ("verify", ["verify"])] {
        for (when, n) in [("first", 0), ("again, one new comment", 1)] {
            if n > 0 {
                add_comment(&root, &section, &format!("Before {name} again."))?;
            }
            let (took, p) = consulta_peak(&root, &args)?;
            row(
                &format!("{name} ({when})"),
                took.as_secs_f64(),
                "(the same cat floor)",
                median(floor.clone()),
            );
            if let Some(p) = p {
                println!("{name} ({when}) peak memory {:>6.1} MB", mb(p));
            }
        }
    }
    tui_rows(&root, dir.path(), runs)?;
    println!("load average at the end: {}", load());
    Ok(())
}
