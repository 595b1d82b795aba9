//! End to end: a comment full of escape sequences, written with `consulta comment add`, shown
//! by the real TUI in tmux (private socket, fixed size). The screen must show the sequences as
//! visible text, and they must not have changed the window title or written the clipboard.
// Unix only: tmux.
#![cfg(unix)]

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::Env;

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("-f")
            .arg("/dev/null")
            .args(args)
            .output()
            .expect("run tmux")
    }

    fn out(&self, args: &[&str]) -> String {
        String::from_utf8_lossy(&self.cmd(args).stdout)
            .trim_end()
            .to_string()
    }

    fn screen(&self) -> String {
        self.out(&["capture-pane", "-p", "-t", "t"])
    }

    fn title(&self) -> String {
        self.out(&["display", "-p", "-t", "t", "#{pane_title}"])
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    /// Wait (bounded) until `get()` satisfies `ok`.
    fn wait(&self, what: &str, get: impl Fn() -> String, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = get();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited 10 s for {what}; got:\n{s}\nthe screen:\n{}",
                self.screen()
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
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn escape_sequences_in_a_comment_are_inert_in_the_tui() {
    if !have_tmux() {
        // CI installs tmux (.ci/run); only a developer's machine may lack it.
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required for the end-to-end test in CI"
        );
        eprintln!("tmux is not installed; skipping the end-to-end test");
        return;
    }
    let env = Env::demo();
    env.become_stakeholder("Hostile Tester", "hostile@test.example");
    let body = "HOSTILE \x1b]0;pwned\x07 \x1b[31mRED \x1b]52;c;ZXZpbA==\x07 \
                \x1b]8;;http://evil.example/\x1b\\LINK\x1b]8;;\x1b\\ C1\u{9b}2J \
                RLO\u{202E}txt ZW\u{200B}sp END";
    env.run(&[
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        body,
    ])
    .ok();

    let tmux = Tmux {
        socket: format!("consulta-hostile-{}", std::process::id()),
    };
    // First a control: a title change and a clipboard write that tmux does honour here, so
    // that "the title is still probe-title and the only buffer is the probe" means something.
    let shell = format!(
        "sleep 0.5; printf '\\033]0;probe-title\\007\\033]52;c;cHJvYmU=\\007'; sleep 0.3; \
         env HOME='{home}' XDG_CONFIG_HOME='{xdg}' GIT_CONFIG_NOSYSTEM=1 \
         '{bin}' --repo '{repo}'",
        home = env.home.display(),
        xdg = env.xdg.display(),
        bin = env!("CARGO_BIN_EXE_consulta"),
        repo = env.repo.display(),
    );
    let started = tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "100",
        "-y",
        "30",
        &shell,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    tmux.cmd(&["set-option", "-g", "escape-time", "0"]);
    tmux.cmd(&["set-option", "-g", "set-clipboard", "on"]);
    tmux.wait("the probe title", || tmux.title(), |t| t == "probe-title");
    tmux.wait(
        "the probe clipboard write",
        || tmux.out(&["list-buffers"]),
        |b| b.contains("\"probe\""),
    );

    let screen = || tmux.screen();
    tmux.wait("the section list", screen, |s| {
        s.contains("Sections") && s.contains("5 Assessment")
    });
    // The fifth section, Assessment, holds the comment.
    tmux.keys(&["Down", "Down", "Down", "Down", "Enter"]);
    let s = tmux.wait("the hostile comment", screen, |s| {
        s.contains("HOSTILE") && s.contains("END")
    });
    for shown in [
        "\\u{1B}]0;pwned\\u{7}",
        "\\u{1B}[31mRED",
        "\\u{1B}]52;c;ZXZpbA==\\u{7}",
        "\\u{9B}2J",
        "RLO\\u{202E}txt",
        "ZW\\u{200B}sp",
    ] {
        assert!(s.contains(shown), "{shown:?} is not shown visibly:\n{s}");
    }
    for raw in ['\x1b', '\u{9b}', '\u{202E}', '\u{200B}'] {
        assert!(!s.contains(raw), "raw {raw:?} on the screen:\n{s}");
    }
    // The layout held: the last line of the frame and the key help are where they belong.
    let lines: Vec<&str> = s.lines().collect();
    assert!(lines.len() <= 30, "{s}");
    assert!(
        lines.iter().any(|l| l.starts_with('└')),
        "the frame is broken:\n{s}"
    );
    // Nothing reached the terminal: the title and the clipboard are the probe's.
    std::thread::sleep(Duration::from_millis(300));
    let title = tmux.title();
    assert_eq!(title, "probe-title", "the title changed");
    assert!(!title.contains("pwned"));
    let buffers = tmux.out(&["list-buffers"]);
    assert_eq!(buffers.lines().count(), 1, "a clipboard write: {buffers}");
    assert!(!buffers.contains("evil"), "{buffers}");
    tmux.keys(&["q"]);
}
