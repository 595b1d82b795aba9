//! The TUI's submit killed with SIGKILL at seeded random moments: the real binary in tmux
//! (private socket, fixed size), a comment written and submitted with Ctrl-s, the process
//! killed around the submit. Afterwards `consulta check` and `git fsck` pass, and every
//! comment whose confirmation appeared on the screen is committed.
// Unix only: tmux and kill -9.
#![cfg(unix)]

mod common;

use std::collections::HashSet;
use std::process::Command;
use std::time::{Duration, Instant};

use common::tmux::{self, Tmux};
use common::Env;
use consulta::sample::Rng;

/// The ids in "Comment <ID> on <section> submitted and committed." on the screen.
fn confirmed(screen: &str) -> Vec<String> {
    screen
        .match_indices("Comment ")
        .filter_map(|(i, _)| {
            let rest = &screen[i + "Comment ".len()..];
            let id = rest.split_whitespace().next()?;
            let line = rest.lines().next()?;
            (id.len() == 26 && line.contains("submitted and committed")).then(|| id.to_string())
        })
        .collect()
}

fn committed_comments(env: &Env) -> HashSet<String> {
    env.git(&["ls-tree", "-r", "--name-only", "HEAD", "comments"])
        .lines()
        .filter(|p| !p.ends_with(".disposition.json"))
        .filter_map(|p| Some(p.rsplit('/').next()?.strip_suffix(".json")?.to_string()))
        .collect()
}

/// Wait for the Read view. An unfinished comment left by a killed run is offered back first:
/// it is discarded here (its fate is the kill's, not this test's). Returns whether one was.
fn wait_ready(tmux: &Tmux) -> bool {
    let s = tmux.wait("the Read view or the restore question", |s| {
        (s.contains("Sections") && s.contains("Purpose and scope"))
            || s.contains("Unfinished comment")
    });
    if s.contains("Unfinished comment") {
        tmux.keys(&["n"]);
        tmux.wait("the restore question to close", |s| {
            !s.contains("Unfinished comment") && s.contains("Sections")
        });
        return true;
    }
    false
}

/// Open the first section, write a comment, and press Ctrl-s; returns when it is sent.
fn write_and_submit(tmux: &Tmux, body: &str) {
    tmux.keys(&["Enter"]);
    tmux.keys(&["c"]);
    tmux.wait("the comment editor", |s| s.contains("Your comment"));
    tmux.text(body);
    tmux.wait("the typed text", |s| s.contains(body));
    tmux.keys(&["C-s"]);
}

#[test]
fn tui_submit_killed_at_random_moments_loses_nothing_confirmed() {
    if !tmux::available() {
        return;
    }
    let started = Instant::now();
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let shell = format!(
        "exec {} '{}' --repo '{}'",
        env.shell_env(),
        env!("CARGO_BIN_EXE_consulta"),
        env.repo.display()
    );
    let tmux = Tmux::start("tui-kill", 120, 30, &shell);
    let mut reported: Vec<String> = Vec::new();

    // A first submit, not killed, to time it: from Ctrl-s to the confirmation on screen.
    wait_ready(&tmux);
    write_and_submit(&tmux, "Kill test 0.");
    let t0 = Instant::now();
    let s = tmux.wait("the confirmation", |s| {
        s.contains("submitted and committed")
    });
    let span = t0.elapsed();
    reported.extend(confirmed(&s));
    assert_eq!(reported.len(), 1, "no confirmation parsed from:\n{s}");
    tmux.keys(&["q"]);
    tmux.wait_for("the TUI to quit", Duration::from_secs(15), |_| tmux.dead());

    let mut rng = Rng::new(20260604);
    let span_us = (span.as_micros() as usize).max(1_000);
    let kills = 20;
    let mut offered = 0;
    let mut before_confirmation = 0;
    for i in 1..=kills {
        tmux.respawn(&shell);
        if wait_ready(&tmux) {
            offered += 1;
        }
        let pid = tmux.display("#{pane_pid}");
        write_and_submit(&tmux, &format!("Kill test {i}."));
        std::thread::sleep(Duration::from_micros(rng.below(span_us * 3 / 2) as u64));
        let st = Command::new("kill")
            .args(["-KILL", &pid])
            .status()
            .expect("kill");
        assert!(st.success(), "kill -KILL {pid}");
        tmux.wait_for("the pane to die", Duration::from_secs(10), |_| tmux.dead());
        let s = tmux.screen();
        let ids = confirmed(&s);
        if ids.is_empty() {
            before_confirmation += 1;
        }
        reported.extend(ids);
        let committed = committed_comments(&env);
        for id in &reported {
            assert!(
                committed.contains(id),
                "kill {i}: comment {id} was confirmed on screen but is not in HEAD"
            );
        }
    }

    // The next start: a submit that is not killed, which also commits any complete comment
    // file a killed run left behind.
    tmux.respawn(&shell);
    if wait_ready(&tmux) {
        offered += 1;
    }
    write_and_submit(&tmux, "After the kills.");
    let s = tmux.wait("the last confirmation", |s| {
        s.contains("submitted and committed")
    });
    reported.extend(confirmed(&s));
    tmux.keys(&["q"]);
    tmux.wait_for("the TUI to quit", Duration::from_secs(15), |_| tmux.dead());

    env.run(&["check"]).ok();
    let fsck = env.git_raw(&["fsck", "--full", "--no-progress"]);
    assert!(
        fsck.status.success(),
        "git fsck: {}",
        String::from_utf8_lossy(&fsck.stderr)
    );
    let committed = committed_comments(&env);
    for id in &reported {
        assert!(
            committed.contains(id),
            "comment {id} confirmed but not in HEAD"
        );
    }
    let status = env.git(&["status", "--porcelain", "--untracked-files=all"]);
    assert!(status.is_empty(), "left over after the kills:\n{status}");
    // Each confirmed comment holds what was typed.
    let json = env.comments_json();
    for id in &reported {
        let c = json.iter().find(|c| c["id"] == id.as_str()).unwrap();
        assert!(
            c["comment"]
                .as_str()
                .is_some_and(|b| b.starts_with("Kill test") || b == "After the kills."),
            "{c}"
        );
    }
    eprintln!(
        "TUI submit: {kills} kills ({before_confirmation} before the confirmation showed; submit takes {:.0} ms), {} comments confirmed and committed, {offered} unfinished comments offered back, {:.1} s",
        span.as_secs_f64() * 1e3,
        reported.len(),
        started.elapsed().as_secs_f64()
    );
}
