//! Panics, provoked with `CONSULTA_DEBUG_PANIC=1` in the real binary: every command writes a
//! crash report (version, panic message, location, backtrace; no arguments) to the state
//! folder and says where; the TUI first gives the terminal back.

mod common;

#[cfg(unix)]
use common::tmux::{self, Tmux};
use common::Env;
use std::path::{Path, PathBuf};
use std::process::Output;
#[cfg(unix)]
use std::time::Duration;

/// The report's path in "A crash report was written to <path>;".
fn report_path(stderr: &str) -> PathBuf {
    let at = stderr
        .find("A crash report was written to ")
        .unwrap_or_else(|| panic!("no crash report named in:\n{stderr}"));
    let rest = &stderr[at + "A crash report was written to ".len()..];
    PathBuf::from(rest.split(';').next().unwrap().trim())
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[track_caller]
fn assert_report(path: &Path, command: &str) -> String {
    let report = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("the crash report {}: {e}", path.display()));
    for needle in [
        &format!("consulta {} crashed", env!("CARGO_PKG_VERSION")),
        &format!("command:  {command} "),
        "panic:    deliberate panic at",
        "CONSULTA_DEBUG_PANIC is set",
        "location: src/",
        "backtrace:",
    ] {
        assert!(
            report.contains(needle),
            "the report lacks {needle:?}:\n{report}"
        );
    }
    report
}

#[test]
fn a_command_that_panics_writes_a_crash_report_and_says_where() {
    let env = Env::demo();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let before = env.snapshot();
    let secret = "A STAKEHOLDER'S OWN WORDS, NEVER IN A REPORT";
    let args = [
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        secret,
    ];

    // $XDG_STATE_HOME/consulta.
    let state = env.root().join("state");
    let out = env
        .command(&args)
        .env("CONSULTA_DEBUG_PANIC", "1")
        .env("XDG_STATE_HOME", &state)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(101), "{err}");
    assert!(err.contains("panicked at"), "{err}");
    assert!(
        err.contains("deliberate panic at the start of a command"),
        "{err}"
    );
    let path = report_path(&err);
    assert!(
        path.starts_with(state.join("consulta")),
        "{}",
        path.display()
    );
    let report = assert_report(&path, "comment add");
    assert!(
        !report.contains(secret),
        "the report holds the comment:\n{report}"
    );
    assert!(!err.contains(secret), "{err}");
    assert_eq!(env.snapshot(), before, "the panic changed the repository");

    // Without XDG_STATE_HOME: ~/.local/state/consulta.
    let out = env
        .command(&["comments"])
        .env("CONSULTA_DEBUG_PANIC", "1")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(101), "{err}");
    let path = report_path(&err);
    assert!(
        path.starts_with(env.home.join(".local/state/consulta")),
        "{}",
        path.display()
    );
    assert_report(&path, "comments");

    // When the state folder cannot be made (here a file is in the way): the temporary folder.
    let blocked = env.root().join("not-a-folder");
    std::fs::write(&blocked, "").unwrap();
    let tmp = env.root().join("tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let out = env
        .command(&["check"])
        .env("CONSULTA_DEBUG_PANIC", "1")
        .env("XDG_STATE_HOME", &blocked)
        .env("TMPDIR", &tmp)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(101), "{err}");
    let path = report_path(&err);
    assert!(path.starts_with(&tmp), "{}", path.display());
    assert_report(&path, "check");

    // Unset, empty or 0, it does nothing.
    for v in ["", "0"] {
        let out = env
            .command(&["check"])
            .env("CONSULTA_DEBUG_PANIC", v)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
}

#[cfg(unix)]
#[test]
fn the_tui_that_panics_restores_the_terminal_and_says_where_the_report_is() {
    if !tmux::available() {
        return;
    }
    let env = Env::demo();
    let state = env.root().join("state");
    // After consulta: its exit status, and the terminal's line discipline (raw mode turns
    // icanon and echo off, and the tty keeps that after the process ends).
    let shell = format!(
        "{} CONSULTA_DEBUG_PANIC=1 XDG_STATE_HOME='{}' '{}' --repo '{}'; echo \"EXIT=$?\"; \
         echo \"TTY: $(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' ')\"; \
         sleep 600",
        env.shell_env(),
        state.display(),
        env!("CARGO_BIN_EXE_consulta"),
        env.repo.display()
    );
    let tmux = Tmux::start("tui-panic", 100, 30, &shell);
    let s = tmux.wait_for("consulta to stop", Duration::from_secs(30), |s| {
        s.contains("TTY:")
    });
    let joined = tmux.screen_joined();
    assert!(joined.contains("EXIT=101"), "{s}");
    assert!(
        joined.contains("TTY: icanon echo"),
        "the terminal is still raw:\n{s}"
    );
    assert_eq!(
        tmux.display("#{alternate_on}"),
        "0",
        "still on the alternate screen:\n{s}"
    );
    for flag in ["mouse_any_flag", "mouse_button_flag", "mouse_standard_flag"] {
        assert_eq!(
            tmux.display(&format!("#{{{flag}}}")),
            "0",
            "{flag}: the mouse is still captured"
        );
    }
    assert!(joined.contains("panicked at"), "{joined}");
    assert!(
        joined.contains("deliberate panic at the TUI's event loop"),
        "{joined}"
    );
    // The TUI's wording, which says an unfinished comment is kept.
    assert!(joined.contains("your unfinished comment"), "{joined}");
    let path = report_path(&joined);
    assert!(
        path.starts_with(state.join("consulta")),
        "{}",
        path.display()
    );
    assert_report(&path, "tui");
}
