//! Faults and concurrency: processes killed in the middle of writing, and writers racing.
//! Nothing reported as saved may be lost, and the repository must stay valid for both
//! `consulta check` and `git fsck`. `comment add`, `respond`, `apply` and `merge` are each
//! killed with SIGKILL at seeded random moments; the TUI's submit is in tests/faults_tui.rs,
//! a full disk and a read-only repository in tests/faults_disk.rs, panics in
//! tests/faults_crash.rs.

mod common;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use common::Env;
use consulta::sample::Rng;

/// One test at a time: each draws its kill moments against the duration of an uncontended
/// run, which another test running beside it would stretch.
fn serial() -> MutexGuard<'static, ()> {
    static SERIAL: Mutex<()> = Mutex::new(());
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// Ids of comments the command said it saved ("Saved comment <id> …").
fn saved_ids(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("Saved comment "))
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

fn committed_comment_ids(env: &Env) -> HashSet<String> {
    env.git(&["ls-tree", "-r", "--name-only", "HEAD", "comments"])
        .lines()
        .filter(|p| !p.ends_with(".disposition.json"))
        .filter_map(|p| {
            p.rsplit('/')
                .next()?
                .strip_suffix(".json")
                .map(str::to_string)
        })
        .collect()
}

/// `comment add` of a general comment on assessment, started with its output captured.
fn spawn_comment_add(env: &Env, body: &str) -> std::process::Child {
    env.command(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        body,
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .expect("spawn consulta")
}

/// One more `comment add` after the kills, which settles what they left; then every comment
/// reported saved (`reported`, to which it adds its own) is committed, the repository is valid
/// and nothing is left uncommitted.
fn write_after_the_kills(env: &Env, reported: &mut Vec<String>) {
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "After the kills.",
    ]);
    out.ok();
    reported.extend(saved_ids(&out.stdout));
    assert_valid(env);
    let committed = committed_comment_ids(env);
    for id in reported.iter() {
        assert!(
            committed.contains(id),
            "comment {id} was reported saved but is not committed"
        );
    }
    let status = env.git(&["status", "--porcelain", "--untracked-files=all"]);
    assert!(
        status.trim().is_empty(),
        "left over after the kills:\n{status}"
    );
}

fn assert_valid(env: &Env) {
    env.run(&["check"]).ok();
    let fsck = env.git_raw(&["fsck", "--no-progress"]);
    assert!(
        fsck.status.success(),
        "git fsck: {}",
        String::from_utf8_lossy(&fsck.stderr)
    );
}

#[test]
fn comment_add_killed_at_random_moments_loses_nothing_reported() {
    let _serial = serial();
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let mut rng = Rng::new(20261128);
    let mut reported: Vec<String> = Vec::new();
    // How long one `comment add` takes here; kills land at random moments within it.
    let started = std::time::Instant::now();
    let first = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "Timing run.",
    ]);
    first.ok();
    reported.extend(saved_ids(&first.stdout));
    let span = (started.elapsed().as_micros() as usize).max(1_000);
    let wanted_kills = 100;
    let mut killed = 0;
    let mut runs = 0;
    while killed < wanted_kills && runs < 1_000 {
        runs += 1;
        let body = format!("Comment number {runs} under a kill test.");
        let mut child = spawn_comment_add(&env, &body);
        std::thread::sleep(Duration::from_micros(rng.below(span * 3 / 2) as u64));
        if child.try_wait().expect("try_wait").is_none() {
            child.kill().expect("SIGKILL");
            killed += 1;
        }
        let out = child.wait_with_output().expect("wait");
        let stdout = String::from_utf8_lossy(&out.stdout);
        reported.extend(saved_ids(&stdout));
    }
    assert_eq!(
        killed, wanted_kills,
        "only {killed} of {runs} processes were killed before they finished"
    );
    // The next write picks up any complete file a killed process left uncommitted.
    write_after_the_kills(&env, &mut reported);
    eprintln!(
        "{killed} kills, {} comments reported saved, all committed",
        reported.len()
    );
}

/// Killed between writing its intent journal and its commit: each run is watched until the
/// journal appears, then killed within 0-1.5 ms, while it writes its file or commits. The
/// next write settles what each left, and the journal goes with it.
#[test]
fn comment_add_killed_between_its_journal_and_its_commit_leaves_nothing_half_done() {
    let _serial = serial();
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let journal = env.path(".git/consulta/journal");
    let mut rng = Rng::new(20261204);
    let mut reported: Vec<String> = Vec::new();
    let (mut killed, mut seen_journal) = (0, 0);
    for run in 0..40 {
        let body = format!("Comment {run} killed after its journal.");
        let mut child = spawn_comment_add(&env, &body);
        let started = Instant::now();
        // A journal left by the previous kill is settled (and removed) first: wait for
        // this run's own, written after the recovery.
        let left_before = journal.exists();
        let mut gone = !left_before;
        while started.elapsed() < Duration::from_secs(10) && child.try_wait().unwrap().is_none() {
            let exists = journal.exists();
            gone |= !exists;
            if exists && gone {
                seen_journal += 1;
                std::thread::sleep(Duration::from_micros(rng.below(1_500) as u64));
                break;
            }
            std::thread::sleep(Duration::from_micros(20));
        }
        if child.try_wait().expect("try_wait").is_none() {
            child.kill().expect("SIGKILL");
            killed += 1;
        }
        let out = child.wait_with_output().expect("wait");
        reported.extend(saved_ids(&String::from_utf8_lossy(&out.stdout)));
    }
    assert!(killed >= 10, "only {killed} of 40 runs were killed");
    assert!(
        seen_journal >= 10,
        "the journal was seen in only {seen_journal} runs"
    );
    write_after_the_kills(&env, &mut reported);
    assert!(
        !journal.exists(),
        "the journal outlived a write that settled it"
    );
    eprintln!(
        "{killed} kills after the journal was written ({seen_journal} runs seen with it), {} comments reported saved, all committed",
        reported.len()
    );
}

#[test]
fn two_writers_at_once_both_commit_everything() {
    let _serial = serial();
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let before = committed_comment_ids(&env).len();
    let per_writer = 200;
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let cmds: Vec<std::process::Command> = (0..per_writer)
                .map(|i| {
                    let body = format!("Writer {w}, comment {i}.");
                    let section = if w == 0 { "assessment" } else { "financing" };
                    env.command(&[
                        "comment",
                        "add",
                        "--section",
                        section,
                        "--type",
                        "te",
                        "--body",
                        &body,
                    ])
                })
                .collect();
            std::thread::spawn(move || {
                let mut ids = Vec::new();
                for mut cmd in cmds {
                    let out = cmd.output().expect("run consulta");
                    let stdout = String::from_utf8_lossy(&out.stdout);
                    assert!(
                        out.status.success(),
                        "writer failed: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    ids.extend(saved_ids(&stdout));
                }
                ids
            })
        })
        .collect();
    let ids: Vec<String> = writers
        .into_iter()
        .flat_map(|h| h.join().expect("writer thread"))
        .collect();
    assert_eq!(ids.len(), 2 * per_writer);
    let committed = committed_comment_ids(&env);
    assert_eq!(committed.len(), before + 2 * per_writer);
    for id in &ids {
        assert!(committed.contains(id), "{id} lost");
    }
    assert_valid(&env);
}

/// Kills at seeded random moments: each command is started and SIGKILLed, unless it has
/// already finished, after a pause drawn in [0, 2 × `span`) (`span`: how long one run takes
/// here). Given a file to watch, every third run is killed instead just after the
/// moment that file changes (0-1.5 ms): just after the command wrote its working tree, and before or
/// while it commits, a moment random pauses rarely hit.
struct Killer {
    rng: Rng,
    /// How long one run takes, in µs.
    span: usize,
    /// Processes killed while still running.
    killed: usize,
    /// Processes started.
    runs: usize,
    /// Of the kills, those made when the watched file changed.
    at_change: usize,
    /// Runs that said they put back a file: rolled back a write stopped before its commit
    /// ("as last committed"), or wrote back a committed file missing on disk.
    put_back: usize,
    started: Instant,
}

/// What identifies a version of a file: inode, length and modification time.
#[cfg(unix)]
fn file_version(p: &Path) -> Option<(u64, u64, i64, i64)> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(p).ok()?;
    Some((m.ino(), m.len(), m.mtime(), m.mtime_nsec()))
}

/// What identifies a version of a file where there are no inodes: length and modification
/// time.
#[cfg(not(unix))]
fn file_version(p: &Path) -> Option<(u64, u64, i64, i64)> {
    let m = std::fs::metadata(p).ok()?;
    let t = m
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some((0, m.len(), t.as_secs() as i64, i64::from(t.subsec_nanos())))
}

/// What a run printed. A process killed after it printed did report its work.
struct Printed {
    stdout: String,
    stderr: String,
    /// Exit code (None when killed).
    code: Option<i32>,
}

impl Killer {
    fn new(seed: u64, span: Duration) -> Killer {
        Killer {
            rng: Rng::new(seed),
            span: (span.as_micros() as usize).max(1_000),
            killed: 0,
            runs: 0,
            at_change: 0,
            put_back: 0,
            started: Instant::now(),
        }
    }

    fn run(&mut self, mut cmd: Command, watch: Option<&Path>) -> Printed {
        self.runs += 1;
        let before = watch.map(file_version);
        let mut changed = false;
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn consulta");
        match (watch, before) {
            (Some(path), Some(before)) if self.runs.is_multiple_of(3) => {
                let limit = Duration::from_micros(self.span as u64 * 4);
                let started = Instant::now();
                while started.elapsed() < limit && child.try_wait().expect("try_wait").is_none() {
                    if file_version(path) != before {
                        std::thread::sleep(Duration::from_micros(self.rng.below(1_500) as u64));
                        changed = true;
                        break;
                    }
                    std::thread::sleep(Duration::from_micros(50));
                }
            }
            _ => std::thread::sleep(Duration::from_micros(self.rng.below(self.span * 2) as u64)),
        }
        if child.try_wait().expect("try_wait").is_none() {
            child.kill().expect("SIGKILL");
            self.killed += 1;
            self.at_change += usize::from(changed);
        }
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        self.put_back += usize::from(stderr.contains("warning: put back"));
        Printed {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr,
            code: out.status.code(),
        }
    }

    fn summary(&self, what: &str) -> String {
        format!(
            "{what}: {} kills in {} runs ({} of them as the watched file changed; {} runs put back what a killed one left), {:.1} s (kills drawn over 0-{:.0} ms)",
            self.killed,
            self.runs,
            self.at_change,
            self.put_back,
            self.started.elapsed().as_secs_f64(),
            self.span as f64 * 2.0 / 1e3
        )
    }
}

/// How long one run of `cmd()` takes here: the shortest of three (each must succeed; the
/// first runs of a test are sometimes slowed by the machine). Returns it and each stdout.
fn timed(mut cmd: impl FnMut(usize) -> Command) -> (Duration, Vec<String>) {
    let mut took = Vec::new();
    let mut stdouts = Vec::new();
    for i in 0..3 {
        let started = Instant::now();
        let out = cmd(i).output().expect("run consulta");
        took.push(started.elapsed());
        assert!(
            out.status.success(),
            "a timing run failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        stdouts.push(String::from_utf8_lossy(&out.stdout).into_owned());
    }
    (took.into_iter().min().unwrap(), stdouts)
}

/// What is half-done in the working tree: uncommitted changes, untracked or temporary files
/// (`git status`, every untracked file listed). A killed write may be absent, but should not
/// be half there.
fn half_done(env: &Env) -> String {
    env.git(&["status", "--porcelain", "--untracked-files=all"])
}

/// The next start after the kills: a moment later (what a stopped process left is then
/// stale, as at any real restart), a stakeholder's `comment add`, which like every write
/// command first removes stale git lock files, rolls back a changed file whose write was
/// stopped before its commit, commits a complete new record a stopped process left, writes
/// back committed records missing on disk and repairs the index. Then the secretariat is back.
fn next_start(env: &Env) {
    std::thread::sleep(Duration::from_millis(2_100));
    env.become_stakeholder("Rita Restart", "rita@restart.example");
    env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "The next start.",
    ])
    .ok();
    env.become_secretariat();
}

/// In strict mode, nothing may be half-done; otherwise what is found is only shown.
#[track_caller]
fn judge_half_done(env: &Env, strict: bool, what: &str, troubles: &[String]) {
    let left = half_done(env);
    if strict {
        assert!(
            troubles.is_empty(),
            "{what}: after the kills:\n{}",
            troubles.join("\n")
        );
        assert!(left.is_empty(), "{what}: left half-done:\n{left}");
    } else if !left.is_empty() || !troubles.is_empty() {
        eprintln!(
            "{what}: left half-done (the strict test fails on it):\n{}\n{left}",
            troubles.join("\n")
        );
    }
}

/// Added lines of every change to the files under `pathspec` in the history of HEAD, by path.
fn added_lines_by_path(env: &Env, pathspec: &str) -> HashMap<String, Vec<String>> {
    let log = env.git(&["log", "-p", "--format=", "HEAD", "--", pathspec]);
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut path = String::new();
    for line in log.lines() {
        if let Some(p) = line.strip_prefix("+++ b/") {
            path = p.to_string();
        } else if let Some(l) = line.strip_prefix('+') {
            if !line.starts_with("+++") {
                out.entry(path.clone()).or_default().push(l.to_string());
            }
        }
    }
    out
}

/// `respond` killed 60 times at random moments. Every decision it reported is in the
/// history; `check` and `git fsck` pass; no comment is lost. Strict: nothing is left
/// half-done after the next start.
fn respond_kills(strict: bool) {
    let _serial = serial();
    let env = Env::demo();
    assert_eq!(half_done(&env), "", "the demo is not clean");
    env.become_secretariat();
    let comments = env.comments_json();
    let ids: Vec<String> = comments
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.len() > 50, "the sample has its comments");
    // The disposition each run writes, watched for the moment it changes.
    let dispositions: Vec<std::path::PathBuf> = comments
        .iter()
        .map(|c| {
            env.path(&format!(
                "comments/{}/{}/{}.disposition.json",
                c["round"].as_str().unwrap(),
                c["section"].as_str().unwrap(),
                c["id"].as_str().unwrap()
            ))
        })
        .collect();
    let statuses = ["accepted", "modified", "rejected", "noted"];
    // Run i decides comment i (open or already decided: a first decision or a change), with
    // observations that name the run.
    let observations = |i: usize| format!("Kill-test decision {i}.");
    let respond = |i: usize| {
        env.command(&[
            "respond",
            &ids[i % ids.len()],
            "--status",
            statuses[i % statuses.len()],
            "--observations",
            &observations(i),
        ])
    };
    let mut reported: Vec<(String, String)> = Vec::new();
    let mut note = |i: usize, stdout: &str| {
        let id = &ids[i % ids.len()];
        if stdout.contains(&format!("Recorded: comment {id} ")) {
            reported.push((id.clone(), observations(i)));
        }
    };
    let (span, stdouts) = timed(&respond);
    for (i, stdout) in stdouts.iter().enumerate() {
        note(i, stdout);
    }
    let mut k = Killer::new(20260601, span);
    let wanted = 60;
    let mut troubles = Vec::new();
    while k.killed < wanted && k.runs < 600 {
        let i = k.runs + 3;
        let out = k.run(respond(i), Some(&dispositions[i % ids.len()]));
        note(i, &out.stdout);
        if out.code.is_some_and(|c| c != 0) {
            troubles.push(format!("run {i}: {}", out.stderr.trim()));
        }
    }
    assert_eq!(k.killed, wanted, "{}", k.summary("too few kills"));
    next_start(&env);
    let i = k.runs + 3;
    let out = respond(i).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    note(i, &String::from_utf8_lossy(&out.stdout));

    assert_valid(&env);
    let added = added_lines_by_path(&env, "comments");
    for (id, obs) in &reported {
        let found = added.iter().any(|(path, lines)| {
            path.ends_with(&format!("/{id}.disposition.json"))
                && lines
                    .iter()
                    .any(|l| l.contains(&format!("\"observations\": \"{obs}\"")))
        });
        assert!(
            found,
            "the decision {obs:?} on {id} was reported but is not in the history"
        );
    }
    // The sample's comments and the next start's one.
    assert_eq!(
        env.comments_json().len(),
        ids.len() + 1,
        "a comment went missing"
    );
    judge_half_done(&env, strict, "respond", &troubles);
    eprintln!(
        "{}; {} decisions reported, all committed",
        k.summary("respond"),
        reported.len()
    );
}

#[test]
fn respond_killed_at_random_moments_loses_nothing_reported() {
    respond_kills(false);
}

#[test]
fn respond_killed_at_random_moments_leaves_nothing_half_done() {
    respond_kills(true);
}

/// A passage of `text` that occurs once in it and once in `draft`: the first six words of the
/// `skip`-th numbered clause whose first six words are unique in both.
fn unique_passage(text: &str, draft: &str, skip: usize) -> Option<String> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()))
        .filter_map(|l| {
            let words: Vec<&str> = l.split_whitespace().skip(1).take(6).collect();
            (words.len() == 6).then(|| words.join(" "))
        })
        .filter(|q| text.matches(q.as_str()).count() == 1 && draft.matches(q.as_str()).count() == 1)
        .nth(skip)
}

/// `apply` killed 40 times at random moments, over 45 accepted proposals on distinct
/// clauses. Every apply it reported is in the history with its trailer; no proposal is
/// applied twice; `check` and `git fsck` pass. Strict: no apply is refused after a kill,
/// every proposal ends up applied exactly once with its wording in the draft, and nothing is
/// left half-done.
fn apply_kills(strict: bool) {
    let _serial = serial();
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let listed = env.run(&["sections", "--format", "json"]).json();
    let sections: Vec<String> = listed["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    // The draft file of each section, watched for the moment an apply writes it.
    let files: HashMap<String, std::path::PathBuf> = listed["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                env.path(s["file"].as_str().unwrap()),
            )
        })
        .collect();
    // (comment id, section, proposed wording)
    let mut proposals: Vec<(String, String, String)> = Vec::new();
    'outer: for skip in 0..6 {
        for section in &sections {
            let text = env.run(&["show", section]).ok().stdout.clone();
            let draft = env
                .run(&["show", section, "--round", "draft"])
                .ok()
                .stdout
                .clone();
            let Some(quote) = unique_passage(&text, &draft, skip) else {
                continue;
            };
            // Wording that does not contain the passage: once applied, the passage is gone.
            let proposed = format!("amended wording number {}", proposals.len());
            let out = env.run(&[
                "comment",
                "add",
                "--section",
                section,
                "--quote",
                &quote,
                "--type",
                "ed",
                "--body",
                "Kill-test proposal.",
                "--propose",
                &proposed,
            ]);
            out.ok();
            let id = out.stdout.split_whitespace().nth(2).unwrap().to_string();
            proposals.push((id, section.clone(), proposed));
            if proposals.len() == 45 {
                break 'outer;
            }
        }
    }
    assert!(
        proposals.len() >= 40,
        "only {} passages to propose on",
        proposals.len()
    );
    env.become_secretariat();
    for (id, _, _) in &proposals {
        env.run(&[
            "respond",
            id,
            "--status",
            "accepted",
            "--observations",
            "Agreed.",
        ])
        .ok();
    }
    assert_eq!(half_done(&env), "", "setting up left something");

    let apply = |id: &str| env.command(&["apply", id]);
    let mut reported: Vec<(String, String)> = Vec::new(); // (id, short commit)
    let note = |id: &str, stdout: &str, reported: &mut Vec<(String, String)>| {
        for line in stdout.lines() {
            if let Some(rest) = line.strip_prefix(&format!("Applied comment {id} to ")) {
                let commit = rest.rsplit(' ').next().unwrap().trim_end_matches('.');
                reported.push((id.to_string(), commit.to_string()));
            }
        }
    };
    let (span, stdouts) = timed(|i| apply(&proposals[i].0));
    for (i, stdout) in stdouts.iter().enumerate() {
        note(&proposals[i].0, stdout, &mut reported);
    }
    // Proposals no longer to try: applied (reported, or refused as applied already by a run
    // killed after its commit and before it printed), or refused for another reason.
    let mut done: HashSet<String> = proposals[..3].iter().map(|p| p.0.clone()).collect();
    let mut troubles = Vec::new();
    let mut k = Killer::new(20260602, span);
    let wanted = 40;
    while k.killed < wanted && k.runs < 400 {
        let Some((id, section, _)) = proposals.iter().find(|p| !done.contains(&p.0)).cloned()
        else {
            break;
        };
        let out = k.run(apply(&id), Some(&files[&section]));
        note(&id, &out.stdout, &mut reported);
        match out.code {
            Some(0) => {
                done.insert(id);
            }
            Some(_) if out.stderr.contains("already applied") => {
                done.insert(id);
            }
            Some(_) => {
                troubles.push(format!("apply {id}: {}", out.stderr.trim()));
                done.insert(id);
            }
            None => {}
        }
    }
    assert!(
        k.killed >= 30,
        "{}; the proposals ran out",
        k.summary("too few kills")
    );
    next_start(&env);
    // The proposals left, applied now.
    for (id, _, _) in &proposals {
        if done.contains(id) {
            continue;
        }
        let out = env.run(&["apply", id]);
        note(id, &out.stdout, &mut reported);
        if out.code != Some(0) && !out.stderr.contains("already applied") {
            troubles.push(format!(
                "apply {id} at the next start: {}",
                out.stderr.trim()
            ));
        }
    }

    assert_valid(&env);
    judge_half_done(&env, strict, "apply", &troubles);
    let log = env.git(&["log", "--format=%H %B", "HEAD"]);
    for (id, section, proposed) in &proposals {
        let trailer = format!("Consultation-Comment: {id}");
        let times = log.matches(&trailer).count();
        assert!(times <= 1, "comment {id} is applied {times} times");
        if strict {
            assert_eq!(times, 1, "comment {id} is not applied");
            let text = env
                .run(&["show", section, "--round", "draft"])
                .ok()
                .stdout
                .clone();
            assert!(
                text.contains(proposed.as_str()),
                "the wording of {id} is not in {section}"
            );
        }
    }
    for (id, commit) in &reported {
        let full = env.git(&["rev-parse", commit]);
        let msg = env.git(&["log", "-1", "--format=%B", &full]);
        assert!(
            msg.contains(&format!("Consultation-Comment: {id}")),
            "commit {commit}, reported for {id}, does not apply it"
        );
        env.git(&["merge-base", "--is-ancestor", &full, "HEAD"]);
    }
    eprintln!(
        "{}; {} applies reported, none applied twice",
        k.summary("apply"),
        reported.len()
    );
}

#[test]
fn apply_killed_at_random_moments_loses_nothing_reported() {
    apply_kills(false);
}

#[test]
fn apply_killed_at_random_moments_leaves_nothing_half_done() {
    apply_kills(true);
}

/// `merge` of one contribution branch killed 40 times at random moments. Every merge it
/// reported is in the history; no branch is merged twice; every merged comment is in HEAD;
/// `check`, `verify` and `git fsck` pass. Strict: no merge fails after a kill, every merged
/// comment is on disk too, and nothing is left half-done.
fn merge_kills(strict: bool) {
    let _serial = serial();
    let env = Env::demo();
    let branches: Vec<(String, String)> = (1..=150)
        .map(|n| common::contribution(&env, "k", n))
        .collect();
    env.become_secretariat();
    assert_eq!(half_done(&env), "", "setting up left something");
    let merge = |b: &str| env.command(&["merge", b]);
    let mut reported: Vec<(String, String)> = Vec::new(); // (branch, short commit)
    let mut note = |b: &str, stdout: &str| {
        for line in stdout.lines() {
            if let Some(rest) = line.strip_prefix(&format!("merged  {b}: ")) {
                let commit = rest.rsplit(' ').next().unwrap();
                reported.push((b.to_string(), commit.to_string()));
            }
        }
    };
    let (span, stdouts) = timed(|i| merge(&branches[i].0));
    for (i, stdout) in stdouts.iter().enumerate() {
        note(&branches[i].0, stdout);
    }
    let mut k = Killer::new(20260603, span);
    let wanted = 40;
    let mut next = 3;
    let mut troubles = Vec::new();
    while k.killed < wanted && next < branches.len() - 1 {
        let b = &branches[next].0;
        // Each merge commit appends to HEAD's reflog.
        let out = k.run(merge(b), Some(&env.path(".git/logs/HEAD")));
        note(b, &out.stdout);
        if out.code.is_some_and(|c| c != 0) {
            troubles.push(format!(
                "merge {b} (exit {:?}): {} {}",
                out.code,
                out.stdout.trim(),
                out.stderr.trim()
            ));
            // A merge that fails after a kill (the strict test fails on it): have a next start
            // all the same, so that the kills go on hitting merges.
            if out.stderr.contains("failed to lock file") {
                next_start(&env);
            }
        }
        next += 1;
    }
    assert_eq!(k.killed, wanted, "{}", k.summary("too few kills"));
    next_start(&env);
    // Every branch tried again (the merged ones are up to date, the others come in now),
    // then the last one.
    let mut args = vec!["merge"];
    args.extend(branches[..next].iter().map(|b| b.0.as_str()));
    env.run(&args).ok();
    let last = branches.last().unwrap();
    let out = env.run(&["merge", &last.0]);
    out.ok();
    note(&last.0, &out.stdout);

    assert_valid(&env);
    env.run(&["verify"]).ok();
    for (b, commit) in &reported {
        let full = env.git(&["rev-parse", commit]);
        assert_eq!(
            env.git(&["rev-parse", &format!("{full}^2")]),
            env.git(&["rev-parse", b]),
            "commit {commit}, reported for {b}, does not merge it"
        );
        env.git(&["merge-base", "--is-ancestor", &full, "HEAD"]);
    }
    // Every branch is merged once, and its comment is in HEAD and on disk.
    let merges = env.git(&["log", "--merges", "--format=%P", "HEAD"]);
    for (b, rel) in branches.iter().take(next).chain([last]) {
        let tip = env.git(&["rev-parse", b]);
        assert_eq!(
            merges.matches(&tip).count(),
            1,
            "{b} is not merged exactly once"
        );
        env.git(&["cat-file", "-e", &format!("HEAD:{rel}")]);
        if !env.path(rel).is_file() {
            troubles.push(format!("{rel} is in HEAD but not on disk"));
        }
    }
    judge_half_done(&env, strict, "merge", &troubles);
    eprintln!(
        "{}; {} merges reported, every branch merged once",
        k.summary("merge"),
        reported.len()
    );
}

#[test]
fn merge_killed_at_random_moments_loses_nothing_reported() {
    merge_kills(false);
}

#[test]
fn merge_killed_at_random_moments_leaves_nothing_half_done() {
    merge_kills(true);
}
