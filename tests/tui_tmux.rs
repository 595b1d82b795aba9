//! End to end: the real binary in tmux (private socket, fixed size) on a demo repository.
// Unix only: tmux.
#![cfg(unix)]

mod tui_support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("run tmux")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    fn text(&self, text: &str) {
        self.cmd(&["send-keys", "-t", "t", "-l", text]);
    }

    /// Wait (bounded) until the screen satisfies `ok`.
    fn wait(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited 10 s for {what}; the screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.cmd(&["kill-server"]);
    }
}

fn have_tmux() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        // CI installs tmux (.ci/run); only a developer's machine may lack it.
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required for the end-to-end test in CI"
        );
        eprintln!("tmux is not installed; skipping the end-to-end test");
    }
    ok
}

/// The sample made by the binary in `tmp`/repo, with a stakeholder identity.
fn demo_repo(bin: &str, tmp: &Path) -> std::path::PathBuf {
    let repo = tmp.join("repo");
    let out = Command::new(bin).arg("demo").arg(&repo).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    tui_support::set_identity(&repo);
    repo
}

/// A private tmux server named after `name`, with session `t` of `w`×`h` running `shell`.
fn start(name: &str, w: u16, h: u16, shell: &str) -> Tmux {
    let tmux = Tmux {
        socket: format!("consulta-{name}-{}", std::process::id()),
    };
    let started = tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        &w.to_string(),
        "-y",
        &h.to_string(),
        shell,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    tmux.cmd(&["set-option", "-g", "escape-time", "0"]);
    tmux
}

fn wait_file(p: &Path) -> String {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Ok(s) = std::fs::read_to_string(p) {
            if s.ends_with('\n') {
                return s;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("{} never appeared", p.display());
}

#[test]
fn comment_in_tmux() {
    if !have_tmux() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_consulta");
    let tmp = tempfile::tempdir().unwrap();
    let repo = demo_repo(bin, tmp.path());
    let exit = tmp.path().join("exit");
    let shell = format!(
        "'{bin}' --repo '{}'; echo EXIT=$? > '{}'",
        repo.display(),
        exit.display()
    );
    let tmux = start("e2e", 100, 30, &shell);

    tmux.wait("the section titles", |s| {
        s.contains("Purpose and scope") && s.contains("Sections")
    });
    tmux.keys(&["?"]);
    tmux.wait("the help", |s| s.contains("previous commented passage"));
    tmux.keys(&["Escape"]);
    tmux.wait("the help to close", |s| {
        !s.contains("previous commented passage")
    });
    tmux.keys(&["Enter"]);
    tmux.keys(&["c"]);
    tmux.wait("the comment editor", |s| s.contains("Your comment"));
    tmux.text("Hello from tmux: é 学");
    tmux.wait("the typed text", |s| s.contains("Hello from tmux"));
    tmux.keys(&["C-s"]);
    tmux.wait("the submission", |s| s.contains("submitted"));
    tmux.keys(&["q"]);
    assert_eq!(wait_file(&exit).trim(), "EXIT=0");

    let folder = repo.join("comments/round-2/purpose-and-scope");
    let found = std::fs::read_dir(&folder).unwrap().flatten().any(|e| {
        std::fs::read_to_string(e.path())
            .unwrap_or_default()
            .contains("Hello from tmux: é 学")
    });
    assert!(found, "no comment in {}", folder.display());
}

/// A large consultation in tmux: the sample opened with the size above which comments are
/// read a section at a time set to 0, beside the sample opened the ordinary way. The screens
/// are the same at start (every section's count, from the counts cache) and after moving to
/// another section, once its comments are read.
#[test]
fn a_large_consultation_in_tmux_reads_sections_as_they_are_shown() {
    if !have_tmux() {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_consulta");
    let tmp = tempfile::tempdir().unwrap();
    let repo = demo_repo(bin, tmp.path());
    let open = |name: &str, env: &str| {
        start(
            name,
            110,
            32,
            &format!("{env} '{bin}' --repo '{}'", repo.display()),
        )
    };
    let ready = |s: &str| s.contains("Comments ·") && !s.contains("Reading this section");
    let whole = open("whole", "CONSULTA_TUI_LAZY_ABOVE=1000000");
    let lazy = open("lazy", "CONSULTA_TUI_LAZY_ABOVE=0");
    let a = whole.wait("the first section (every comment read)", ready);
    let b = lazy.wait("the first section (a section at a time)", |s| {
        ready(s) && s == a
    });
    assert_eq!(b, a);
    assert!(b.contains("earlier"), "round 1's comments carried: {b}");
    assert!(repo.join(".git/consulta/section-counts.json").exists());
    for t in [&whole, &lazy] {
        for _ in 0..5 {
            t.keys(&["j"]);
        }
    }
    let moved = |s: &str| ready(s) && s.contains("▸ 6 ");
    let a = whole.wait("section 6 (every comment read)", moved);
    let b = lazy.wait("section 6's comments read", |s| moved(s) && s == a);
    assert_eq!(b, a);
    assert!(!b.contains("No comments on this section"), "{b}");
}
