//! A whole consultation over real remotes: a bare repository served by path and by
//! `git daemon` on 127.0.0.1; the secretariat publishes, three stakeholders clone, comment and
//! push their branches, the secretariat merges, decides, applies two proposals and opens the
//! next round, whose diff shows the applied wording with its comments. And a remote that cannot
//! be reached loses nothing.

mod common;

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use serde_json::Value;

/// A port nobody listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// `git daemon` serving every repository under a folder; killed when dropped.
struct Daemon {
    child: Child,
    port: u16,
}

impl Daemon {
    fn start(base: &Path, home: &Path) -> Daemon {
        let port = free_port();
        let mut cmd = Command::new("git");
        // Its own process group: `git daemon` runs `git-daemon` (and one process per
        // connection) as children, which must go when the test ends.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let child = cmd
            .args([
                "daemon",
                "--export-all",
                "--enable=receive-pack",
                "--reuseaddr",
                &format!("--base-path={}", base.display()),
                &format!("--port={port}"),
                "--listen=127.0.0.1",
            ])
            .env("HOME", home)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start git daemon (Debian: the git package ships it)");
        let daemon = Daemon { child, port };
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "git daemon did not listen on port {port} within 15 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        daemon
    }

    fn url(&self, name: &str) -> String {
        format!("git://127.0.0.1:{}/{name}", self.port)
    }
}

impl Drop for Daemon {
    /// The whole process group goes, also when the test failed.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A daemon's processes are all gone once it is dropped (its children included).
#[test]
fn a_test_daemon_leaves_no_process_behind() {
    let env = Env::new();
    let served = env.root().join("served");
    std::fs::create_dir_all(&served).unwrap();
    let daemon = Daemon::start(&served, &env.home);
    let group = format!("-{}", daemon.child.id());
    let alive = |g: &str| {
        Command::new("kill")
            .args(["-0", "--", g])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    // A connection makes git-daemon start a child of its own.
    let _ = TcpStream::connect(("127.0.0.1", daemon.port));
    assert!(alive(&group), "the daemon runs in its own group");
    drop(daemon);
    let deadline = Instant::now() + Duration::from_secs(5);
    while alive(&group) {
        assert!(
            Instant::now() < deadline,
            "processes of group {group} still run"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A stakeholder's world: a clone of `url` on their own branch, with their identity.
fn stakeholder(url: &str, name: &str, email: &str) -> Env {
    let env = Env::new();
    std::fs::create_dir_all(&env.repo).unwrap();
    env.git(&["clone", "-q", url, "."]);
    env.become_stakeholder(name, email);
    env
}

/// A passage of the section's text that occurs once: six words of a numbered clause.
fn unique_passage(text: &str) -> String {
    for line in text.lines() {
        if !line.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().skip(1).take(6).collect();
        let q = words.join(" ");
        if words.len() == 6 && text.matches(&q).count() == 1 {
            return q;
        }
    }
    panic!("no unique passage in {text}");
}

fn saved_id(out: &Out) -> String {
    out.stdout
        .split_whitespace()
        .nth(2)
        .unwrap_or_else(|| panic!("no id:{out:?}"))
        .to_string()
}

/// Propose `wording` for a unique passage of `section`; returns (id, passage).
fn propose(env: &Env, section: &str, wording: &str) -> (String, String) {
    let text = env.run(&["show", section]).ok().stdout.clone();
    let quote = unique_passage(&text);
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        section,
        "--quote",
        &quote,
        "--type",
        "te",
        "--body",
        "Clearer, please.",
        "--propose",
        wording,
    ]);
    out.ok();
    (saved_id(&out), quote)
}

fn section<'a>(d: &'a Value, id: &str) -> &'a Value {
    d["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no section {id} in {d:#}"))
}

/// The secretariat publishes the sample to a bare repository (its remote `origin`, by path),
/// served by `git daemon`; with `through_git`, its remotes go through the `git` command.
fn publish(through_git: bool) -> (Env, PathBuf, Daemon, String) {
    let sec = Env::demo();
    sec.become_secretariat();
    if through_git {
        sec.git(&["config", "consulta.transport", "git"]);
    }
    let served: PathBuf = sec.root().join("served");
    let bare = served.join("consultation.git");
    sec.git(&["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()]);
    sec.git(&["remote", "add", "origin", bare.to_str().unwrap()]);
    sec.run(&["sync"])
        .ok()
        .stdout_has("pushed main, round-1, round-2");
    let daemon = Daemon::start(&served, &sec.home);
    let git_url = daemon.url("consultation.git");
    (sec, bare, daemon, git_url)
}

#[test]
fn a_consultation_round_trip_through_a_path_and_a_git_daemon() {
    // The secretariat publishes the sample to a bare repository.
    let (sec, bare, daemon, git_url) = publish(false);

    // A second member of the secretariat works from another clone.
    let sec_b = stakeholder(&git_url, "Consultation Secretariat", SECRETARIAT);
    sec_b.become_secretariat();

    // Three stakeholders: one clones by path, two through git://.
    let ana = stakeholder(bare.to_str().unwrap(), "Ana Pérez", "ana@udelar.example");
    let bruno = stakeholder(&git_url, "Bruno Souza", "bruno@usp.example");
    let carla = stakeholder(&git_url, "Carla Gómez", "carla@uwi.example");

    // A stakeholder with nothing to send syncs main without pushing it (comments made on
    // main move to a branch of their own: see tests/roundtrip.rs).
    ana.run(&["sync"])
        .ok()
        .stdout_has("you have no comments waiting to be sent");
    assert!(!ana
        .git(&["ls-remote", bare.to_str().unwrap()])
        .contains("contrib/ana"));

    ana.git(&["switch", "-q", "-c", "contrib/ana"]);
    let (a_id, a_quote) = propose(&ana, "financing", "a regional fund with published criteria");
    ana.run(&["sync"])
        .ok()
        .stdout_has("pushed contrib/ana")
        .stderr_has("pushing contrib/ana to origin");

    bruno.git(&["switch", "-q", "-c", "contrib/bruno"]);
    let (b_id, b_quote) = propose(&bruno, "assessment", "assessment designed with employers");
    bruno.run(&["sync"]).ok().stdout_has("pushed contrib/bruno");

    carla.git(&["switch", "-q", "-c", "contrib/carla"]);
    let out = carla.run(&[
        "comment",
        "add",
        "--section",
        "equity-and-access",
        "--type",
        "ge",
        "--body",
        "Name rural learners explicitly.",
    ]);
    out.ok();
    let c_id = saved_id(&out);
    carla.git(&["push", "-q", "origin", "contrib/carla"]);

    // The secretariat takes in the three branches.
    let before = sec.head();
    let out = sec.run(&["merge", "origin"]);
    out.ok()
        .stdout_has("merged  origin/contrib/ana: 1 comment from ana@udelar.example")
        .stdout_has("merged  origin/contrib/bruno")
        .stdout_has("merged  origin/contrib/carla")
        .stdout_has("3 contributions merged, 0 refused, 3 comments added; 1 branch already merged");
    assert_eq!(
        sec.git(&[
            "rev-list",
            "--merges",
            "--count",
            &format!("{before}..HEAD")
        ]),
        "3"
    );
    assert_eq!(sec.git(&["status", "--porcelain"]), "");
    for id in [&a_id, &b_id, &c_id] {
        assert!(sec.comment_files().iter().any(|p| p.contains(id.as_str())));
    }
    sec.run(&["check"]).ok();
    sec.run(&["verify"]).ok();

    // Decide, apply two proposals, open the next round.
    for (id, status) in [(&a_id, "accepted"), (&b_id, "accepted"), (&c_id, "noted")] {
        sec.run(&[
            "respond",
            id,
            "--status",
            status,
            "--observations",
            "Thank you.",
        ])
        .ok();
    }
    sec.run(&["apply", &a_id, &b_id]).ok();
    sec.run(&[
        "round",
        "open",
        "round-3",
        "--message",
        "Revised after round 2",
    ])
    .ok();
    let out = sec.run(&["diff", "round-2", "round-3", "--format", "json"]);
    out.ok();
    let d = out.json();
    for (sec_id, id, quote, wording) in [
        (
            "financing",
            &a_id,
            &a_quote,
            "a regional fund with published criteria",
        ),
        (
            "assessment",
            &b_id,
            &b_quote,
            "assessment designed with employers",
        ),
    ] {
        let s = section(&d, sec_id);
        assert_eq!(s["status"], "changed", "{s:#}");
        let hunk = s["hunks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| {
                h["comments"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c == id.as_str())
            })
            .unwrap_or_else(|| panic!("no hunk of {sec_id} names {id}: {s:#}"));
        let text = hunk.to_string();
        for w in wording.split(' ') {
            assert!(text.contains(w), "{w:?} not in {hunk:#}");
        }
        assert!(!quote.is_empty());
    }

    // The secretariat publishes the new round; a stakeholder's next sync brings it.
    sec.run(&["sync"])
        .ok()
        .stdout_has("pushed main, round-1, round-2, round-3");
    let remote_refs = sec.git(&["ls-remote", bare.to_str().unwrap()]);
    assert!(remote_refs.contains("refs/tags/round-3"), "{remote_refs}");
    assert_eq!(
        sec.git(&["ls-remote", &git_url, "refs/heads/main"])
            .split_whitespace()
            .next()
            .unwrap(),
        sec.head()
    );
    bruno.run(&["sync"]).ok();
    bruno.run(&["rounds"]).ok().stdout_has("round-3");

    // The other clone's main is behind: merge leaves it to sync, which fast-forwards it.
    sec_b.refused(
        &["merge", "origin"],
        &[
            "origin/main is ahead of your main",
            "consulta sync",
            "nothing was merged",
        ],
    );
    sec_b
        .run(&["sync"])
        .ok()
        .stdout_has("Brought main up to date with origin/main");
    assert_eq!(sec_b.head(), sec.head());
    assert_eq!(sec_b.git(&["status", "--porcelain"]), "");
    assert!(sec_b
        .comment_files()
        .iter()
        .any(|p| p.contains(a_id.as_str())));
    sec_b.run(&["verify"]).ok();
    sec_b.run(&["merge", "origin"]).ok().stdout_has(
        "0 contributions merged, 0 refused, 0 comments added; 4 branches already merged",
    );
    drop(daemon);
}

#[test]
fn an_unreachable_remote_loses_nothing() {
    let env = Env::demo();
    env.become_secretariat();
    let port = free_port();
    env.git(&[
        "remote",
        "add",
        "origin",
        &format!("git://127.0.0.1:{port}/x"),
    ]);
    let before = env.head();
    env.refused(
        &["sync"],
        &[
            "cannot reach the remote origin",
            "Everything is kept here",
            "again",
        ],
    );
    env.refused(&["merge", "origin"], &["cannot reach the remote origin"]);
    // A later sync, once the remote exists, catches up.
    let bare = env.root().join("later.git");
    env.git(&["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()]);
    env.git(&["remote", "set-url", "origin", bare.to_str().unwrap()]);
    env.run(&["sync"]).ok();
    assert_eq!(
        env.git(&["ls-remote", bare.to_str().unwrap(), "refs/heads/main"])
            .split_whitespace()
            .next()
            .unwrap(),
        before
    );
    // No remote at all.
    env.run(&["sync", "upstream"])
        .code(1)
        .stderr_has("there is no remote \"upstream\"");
}

/// With `consulta.transport git` every remote goes through the `git` command, as https remotes
/// always do: a stakeholder's branch and the secretariat's rounds travel through `git daemon`,
/// a remote's refusal names the reference and git's reason, and an unreachable https remote
/// (handed to git) loses nothing.
// Unix only: a `#!/bin/sh` script made executable with Unix permissions.
#[cfg(unix)]
#[test]
fn the_git_command_carries_sync_and_merge() {
    let (sec, bare, daemon, git_url) = publish(true);

    let dora = stakeholder(&git_url, "Dora Lima", "dora@ufmg.example");
    dora.git(&["config", "consulta.transport", "git"]);
    dora.git(&["switch", "-q", "-c", "contrib/dora"]);
    let (d_id, _) = propose(&dora, "financing", "a fund with published criteria");
    dora.run(&["sync"])
        .ok()
        .stdout_has("pushed contrib/dora")
        .stderr_has("pushing contrib/dora to origin");
    assert!(dora
        .git(&["ls-remote", &git_url, "refs/heads/contrib/dora"])
        .contains("refs/heads/contrib/dora"));

    sec.run(&["merge", "origin"])
        .ok()
        .stdout_has("merged  origin/contrib/dora: 1 comment from dora@ufmg.example");
    assert!(sec.comment_files().iter().any(|p| p.contains(&d_id)));
    assert!(
        sec.git(&["for-each-ref", "refs/consulta/incoming/origin/"])
            .contains("contrib/dora"),
        "the fetched branch is kept under refs/consulta/incoming"
    );
    sec.run(&["respond", &d_id, "--status", "accepted"]).ok();
    sec.run(&["round", "open", "round-3"]).ok();
    sec.run(&["sync"])
        .ok()
        .stdout_has("pushed main, round-1, round-2, round-3");
    dora.run(&["sync"]).ok();
    dora.run(&["rounds"]).ok().stdout_has("round-3");

    // The remote refuses the branch: a hook that declines every push.
    let hook = bare.join("hooks/pre-receive");
    std::fs::write(
        &hook,
        "#!/bin/sh\nprintf 'closed \\033[31mfor the summer\\n' >&2\nexit 1\n",
    )
    .unwrap();
    let mut perms = std::fs::metadata(&hook).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&hook, perms).unwrap();
    let (_, _) = propose(&dora, "assessment", "assessment designed with employers");
    let before = dora.head();
    let out = dora.refused(
        &["sync"],
        &[
            "the shared repository (origin) did not accept your comments",
            "refs/heads/contrib/dora",
            "consulta send -o",
            "hook declined",
            // What the server said reaches the user, through git, with its escape shown inert
            // (libgit2, without a side-band callback, would not show it at all).
            "remote: closed \\u{1B}[31mfor the summer",
        ],
    );
    assert!(!out.stderr.contains('\u{1b}'), "{out:?}");
    assert_eq!(dora.head(), before, "nothing local changed");
    drop(daemon);

    // An https remote goes through git even without the setting; nobody listens there.
    let eve = Env::demo();
    eve.become_secretariat();
    let port = free_port();
    eve.git(&[
        "remote",
        "add",
        "origin",
        &format!("https://127.0.0.1:{port}/c.git"),
    ]);
    let before = eve.head();
    let out = eve.run(&["sync"]);
    out.code(1)
        .stderr_has("cannot reach the remote origin")
        .stderr_has(&format!("127.0.0.1 port {port}"))
        .stderr_has("Everything is kept here");
    assert_eq!(eve.head(), before);
    eve.refused(&["merge", "origin"], &["cannot reach the remote origin"]);
    // Without git on the PATH, the message says what to install; nothing changes.
    let out = eve
        .command(&["sync"])
        .env("PATH", eve.root().join("no-such-folder"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("not on the PATH (install git"), "{stderr}");
    assert_eq!(eve.head(), before);
}

/// An ssh remote (`host:path`) goes through the `git` command, which runs the user's ssh set-up:
/// here `core.sshCommand` is a stand-in for ssh that runs git's command on this machine, as
/// sshd would on the server. consulta itself has no ssh code, so this passes only through git.
// Unix only: a `#!/bin/sh` script made executable with Unix permissions.
#[cfg(unix)]
#[test]
fn an_ssh_remote_goes_through_git() {
    let sec = Env::demo();
    sec.become_secretariat();
    let bare = sec.root().join("ssh-served.git");
    sec.git(&["init", "-q", "--bare", "-b", "main", bare.to_str().unwrap()]);
    let ssh = sec.root().join("stand-in-ssh");
    // git calls it as `ssh HOST COMMAND` (variant "simple": no options).
    std::fs::write(&ssh, "#!/bin/sh\nshift\nexec sh -c \"$1\"\n").unwrap();
    let mut perms = std::fs::metadata(&ssh).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&ssh, perms).unwrap();
    sec.git(&["config", "core.sshCommand", ssh.to_str().unwrap()]);
    sec.git(&["config", "ssh.variant", "simple"]);
    sec.git(&[
        "remote",
        "add",
        "origin",
        &format!("consultation.invalid:{}", bare.display()),
    ]);
    sec.run(&["sync"])
        .ok()
        .stdout_has("pushed main, round-1, round-2");
    assert_eq!(
        sec.git(&["ls-remote", bare.to_str().unwrap(), "refs/heads/main"])
            .split_whitespace()
            .next()
            .unwrap(),
        sec.head()
    );
    sec.run(&["merge", "origin"])
        .ok()
        .stdout_has("0 contributions merged, 0 refused");
}
