//! Time the consultation summary on a synthetic consultation.
//!
//! `cargo bench --bench summary` builds a synthetic consultation (default 200 sections and
//! 20,000 comments; `CONSULTA_BENCH_COMMENTS=100000` for the full size) in a temporary folder,
//! then times reading the records, building the summary and rendering each format.
//! `CONSULTA_BENCH_REPO=DIR` times an existing consultation instead.
//!
//! First, when `jq` is on the PATH, the whole `consulta summary --format json` process is timed
//! against [`JQ_PROGRAM`] over the same comment files (fed to `jq -s` on its standard input by
//! this process, as `cat` would), interleaved, N=3 runs each (`CONSULTA_BENCH_RUNS`); it prints
//! the medians, their ratio, and each process's peak resident memory (from `wait4`) against the
//! bytes of the comment files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use consulta::report::{self, Summary};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let comments: usize = std::env::var("CONSULTA_BENCH_COMMENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let dir = tempfile::Builder::new()
        .prefix("consulta-bench-summary-")
        .tempdir()?;
    // Built by the binary, so that this process stays small: a child's peak memory, as
    // `wait4` reports it, starts from its parent's at the time it was started.
    let root = match std::env::var_os("CONSULTA_BENCH_REPO") {
        // An existing consultation (such as one built by `consulta demo DIR --comments 100000`).
        Some(repo) => PathBuf::from(repo),
        None => {
            let t = Instant::now();
            let root = dir.path().join("c");
            let status = Command::new(env!("CARGO_BIN_EXE_consulta"))
                .arg("demo")
                .arg(&root)
                .args(["--sections", "200", "--seed", "7", "--comments"])
                .arg(comments.to_string())
                .env("NO_COLOR", "1")
                .stdout(Stdio::null())
                .status()?;
            if !status.success() {
                return Err("consulta demo failed".into());
            }
            eprintln!(
                "built 200 sections, {comments} comments in {:.1}s",
                t.elapsed().as_secs_f64()
            );
            root
        }
    };
    process_vs_jq(&root)?;
    let store = consulta::repo::Store::open(&root)?;
    let runs = 3;
    let mut best = [f64::MAX; 7];
    for _ in 0..runs {
        let t = Instant::now();
        let records = store.records()?;
        let read = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let texts: Vec<&str> = records
            .comments
            .iter()
            .map(|c| c.comment.as_str())
            .collect();
        let groups = report::campaign::group(&texts);
        let camp = t.elapsed().as_secs_f64();
        let records = records.clone();
        let t = Instant::now();
        let sum = Summary::build_with(&store, records, None)?;
        let build = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let json = serde_json::to_string_pretty(&sum)?;
        let j = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let md = report::markdown::render(&sum);
        let m = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let html = report::html::render(&sum);
        let h = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let csv = report::table::csv(&sum, report::table::Emails::Included)?;
        let c = t.elapsed().as_secs_f64();
        for (b, v) in best.iter_mut().zip([read, camp, build, j, m, h, c]) {
            *b = b.min(v);
        }
        assert!(json.len() + md.len() + html.len() + csv.len() + groups.len() > 0);
    }
    for (name, v) in [
        "read records",
        "campaign groups",
        "build summary",
        "render json",
        "render markdown",
        "render html",
        "render csv",
    ]
    .iter()
    .zip(best)
    {
        println!("summary/{name:<16} {:>9.1} ms (best of {runs})", v * 1000.0);
    }
    Ok(())
}

/// The peer: per section, the comments, their types and stances and the proposals.
const JQ_PROGRAM: &str = "group_by(.section) | map({section: .[0].section, comments: length, \
by_type: (group_by(.type) | map({key: .[0].type, value: length}) | from_entries), \
by_stance: (group_by(.stance) | map({key: (.[0].stance // \"none\"), value: length}) | from_entries), \
proposals: (map(select(.proposed_change != null)) | length)})";

/// Wait for `child`, returning its wall time since `start` and its peak resident memory in KiB.
#[cfg(unix)]
fn wait_rss(child: Child, start: Instant) -> Result<(Duration, u64), Box<dyn std::error::Error>> {
    let mut status = 0;
    // SAFETY: rusage is plain data, filled by wait4 for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let took = start.elapsed();
    if r != pid || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
        return Err(format!("process {pid} failed (status {status})").into());
    }
    Ok((took, usage.ru_maxrss as u64))
}

/// Wait for `child`, returning its wall time since `start`; the peak memory is not measured
/// (reported as 0) where `wait4` is not available.
#[cfg(not(unix))]
fn wait_rss(
    mut child: Child,
    start: Instant,
) -> Result<(Duration, u64), Box<dyn std::error::Error>> {
    let status = child.wait()?;
    let took = start.elapsed();
    if !status.success() {
        return Err(format!("process {} failed ({status})", child.id()).into());
    }
    Ok((took, 0))
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        if e.file_type()?.is_dir() {
            json_files(&e.path(), out)?;
        } else if e.path().extension().is_some_and(|x| x == "json") {
            out.push(e.path());
        }
    }
    Ok(())
}

fn process_vs_jq(root: &Path) -> Result<(), Box<dyn std::error::Error>> {
    if Command::new("jq").arg("--version").output().is_err() {
        println!("jq is not on the PATH: the process comparison is skipped");
        return Ok(());
    }
    let runs: usize = std::env::var("CONSULTA_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let bin = env!("CARGO_BIN_EXE_consulta");
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    let mut bytes = 0u64;
    for _ in 0..runs {
        let t = Instant::now();
        let child = Command::new(bin)
            .args(["summary", "--format", "json"])
            .current_dir(root)
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .spawn()?;
        ours.push(wait_rss(child, t)?);

        let t = Instant::now();
        let mut child = Command::new("jq")
            .args(["-s", JQ_PROGRAM])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()?;
        let mut stdin = child.stdin.take().ok_or("no stdin")?;
        let mut files = Vec::new();
        json_files(&root.join("comments"), &mut files)?;
        bytes = 0;
        for f in &files {
            let b = std::fs::read(f)?;
            bytes += b.len() as u64;
            stdin.write_all(&b)?;
        }
        drop(stdin);
        theirs.push(wait_rss(child, t)?);
    }
    let median = |v: &[(Duration, u64)]| {
        let mut t: Vec<Duration> = v.iter().map(|x| x.0).collect();
        t.sort();
        t[t.len() / 2]
    };
    let peak = |v: &[(Duration, u64)]| v.iter().map(|x| x.1).max().unwrap_or(0);
    let (a, b) = (median(&ours), median(&theirs));
    let mib = |kib: u64| kib as f64 / 1024.0;
    let on_disk = bytes as f64 / (1024.0 * 1024.0);
    println!("process comparison, N={runs} interleaved runs, medians:");
    println!(
        "  consulta summary --format json       {:>8.0} ms, peak {:>6.0} MiB ({:.2}× the {:.0} MiB of comment files)",
        a.as_secs_f64() * 1000.0,
        mib(peak(&ours)),
        mib(peak(&ours)) / on_disk,
        on_disk
    );
    println!(
        "  jq -s 'group_by(.section) | …'       {:>8.0} ms, peak {:>6.0} MiB",
        b.as_secs_f64() * 1000.0,
        mib(peak(&theirs))
    );
    println!(
        "  jq / consulta                        {:>8.2}×",
        b.as_secs_f64() / a.as_secs_f64()
    );
    Ok(())
}
