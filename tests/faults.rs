//! Faults and concurrency: processes killed in the middle of writing, and writers racing.
//! Nothing reported as saved may be lost, and the repository must stay valid for both
//! `consulta check` and `git fsck`.

mod common;

use std::collections::HashSet;
use std::process::Stdio;
use std::time::Duration;

use common::Env;
use consulta::sample::Rng;

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
        let mut child = env
            .command(&[
                "comment",
                "add",
                "--section",
                "assessment",
                "--type",
                "ge",
                "--body",
                &body,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn consulta");
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
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        "After the storm.",
    ]);
    out.ok();
    reported.extend(saved_ids(&out.stdout));
    assert_valid(&env);
    let committed = committed_comment_ids(&env);
    for id in &reported {
        assert!(
            committed.contains(id),
            "comment {id} was reported saved but is not committed"
        );
    }
    // Nothing is left half-written or uncommitted under comments/.
    let status = env.git(&["status", "--porcelain", "--untracked-files=all", "comments"]);
    assert!(
        status.trim().is_empty(),
        "left over after the kills:\n{status}"
    );
    eprintln!(
        "{killed} kills, {} comments reported saved, all committed",
        reported.len()
    );
}

#[test]
fn two_writers_at_once_both_commit_everything() {
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
