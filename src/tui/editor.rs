//! The external editor for a comment: chosen as git chooses it, launched as git launches it.

use std::path::Path;
use std::process::Command;

/// The editor when nothing names one: what git falls back to on each system.
pub const DEFAULT: &str = if cfg!(windows) { "notepad" } else { "vi" };

/// The editor in git's order of precedence: `$GIT_EDITOR`, `core.editor` of the repository,
/// `$VISUAL`, `$EDITOR`, then [`DEFAULT`]. Empty or blank values are skipped. `var` reads the
/// environment (a parameter, so that tests need not change the process's).
pub fn choose(var: impl Fn(&str) -> Option<String>, core_editor: Option<String>) -> String {
    let set = |v: Option<String>| v.filter(|e| !e.trim().is_empty());
    set(var("GIT_EDITOR"))
        .or_else(|| set(core_editor))
        .or_else(|| set(var("VISUAL")))
        .or_else(|| set(var("EDITOR")))
        .unwrap_or_else(|| DEFAULT.to_string())
}

/// `core.editor` in the configuration of the repository at `repo_dir` (its own, the user's and
/// the system's, as git reads them).
pub fn core_editor(repo_dir: &Path) -> Option<String> {
    git2::Repository::open(repo_dir)
        .and_then(|r| r.config())
        .and_then(|c| c.get_string("core.editor"))
        .ok()
}

/// The command that opens `file` in `editor`. The value may hold arguments (`code --wait`,
/// `"C:\Program Files\Notepad++\notepad++.exe" -multiInst`): it is split into words, the first
/// is the program, run directly (no shell in between), and the file is the last argument.
pub fn command(editor: &str, file: &Path) -> Result<Command, String> {
    let words = split(editor)
        .ok_or_else(|| crate::t!("tui-editor-unclosed", editor = format!("{editor:?}")))?;
    let Some((program, args)) = words.split_first() else {
        return Err(crate::t!("tui-editor-empty"));
    };
    let mut cmd = Command::new(program);
    cmd.args(args).arg(file);
    Ok(cmd)
}

/// Run `editor` on `file` (see [`command`]) and wait for it. On Windows, a program named
/// without an extension that is not found as `.exe` is tried as `.cmd`, then `.bat`, as a
/// shell would find it: editors such as VS Code put `code.cmd` on the PATH.
pub fn run(editor: &str, file: &Path) -> Result<std::process::ExitStatus, String> {
    let first = command(editor, file)?.status();
    #[cfg(windows)]
    let first = match first {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut found = Err(e);
            for ext in ["cmd", "bat"] {
                let mut cmd = command(editor, file)?;
                let program = Path::new(cmd.get_program()).to_path_buf();
                if program.extension().is_some() {
                    break;
                }
                let args: Vec<_> = cmd.get_args().map(|a| a.to_os_string()).collect();
                cmd = Command::new(program.with_extension(ext));
                cmd.args(args);
                found = cmd.status();
                if !matches!(&found, Err(e) if e.kind() == std::io::ErrorKind::NotFound) {
                    break;
                }
            }
            found
        }
        other => other,
    };
    first.map_err(|e| format!("{editor}: {e}"))
}

/// The words of an editor command, with the POSIX shell's quoting rules, as git's `sh -c`
/// reads them.
#[cfg(not(windows))]
pub fn split(editor: &str) -> Option<Vec<String>> {
    shlex::split(editor)
}

/// The words of an editor command as Windows programs read their command line: words apart at
/// spaces and tabs, double quotes group (a backslash is a path separator here, not an escape,
/// so the shell rules above would mangle `C:\Program Files\...`). A value that is the path of
/// an existing file is one word, even with spaces and without quotes. Written by hand because
/// it is these few lines, where a crate would bring the full argv escaping we do not need.
#[cfg(windows)]
pub fn split(editor: &str) -> Option<Vec<String>> {
    split_windows(editor)
}

/// See [`split`] on Windows; compiled everywhere so that it is tested everywhere.
pub fn split_windows(editor: &str) -> Option<Vec<String>> {
    let trimmed = editor.trim();
    if !trimmed.starts_with('"') && Path::new(trimmed).is_file() {
        return Some(vec![trimmed.to_string()]);
    }
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut started = false;
    for c in trimmed.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                started = true;
            }
            ' ' | '\t' if !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if quoted {
        return None;
    }
    if started {
        words.push(word);
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn git_order_of_precedence() {
        let all = [("GIT_EDITOR", "ge"), ("VISUAL", "vis"), ("EDITOR", "ed")];
        assert_eq!(choose(env(&all), Some("core".into())), "ge");
        assert_eq!(choose(env(&all[1..]), Some("core".into())), "core");
        assert_eq!(choose(env(&all[1..]), None), "vis");
        assert_eq!(choose(env(&all[2..]), Some("  ".into())), "ed");
        assert_eq!(
            choose(env(&[("GIT_EDITOR", " "), ("EDITOR", "ed")]), None),
            "ed"
        );
        assert_eq!(choose(env(&[]), None), DEFAULT);
    }

    #[test]
    fn core_editor_is_read_from_the_repository() {
        let dir = tempfile::tempdir().unwrap();
        let repo = git2::Repository::init(dir.path()).unwrap();
        // The repository's own setting wins over any of the user's.
        repo.config()
            .unwrap()
            .set_str("core.editor", "nano -R")
            .unwrap();
        assert_eq!(core_editor(dir.path()).as_deref(), Some("nano -R"));
    }

    #[cfg(not(windows))]
    #[test]
    fn shell_words_on_unix() {
        assert_eq!(split("code --wait").unwrap(), ["code", "--wait"]);
        assert_eq!(
            split("'/opt/My Editor/ed' -n \"a b\"").unwrap(),
            ["/opt/My Editor/ed", "-n", "a b"]
        );
        assert_eq!(split("vi\\ m").unwrap(), ["vi m"]);
        assert!(split("vi 'unclosed").is_none());
    }

    #[test]
    fn windows_command_lines() {
        assert_eq!(
            split_windows(r#""C:\Program Files\Notepad++\notepad++.exe" -multiInst -nosession"#)
                .unwrap(),
            [
                r"C:\Program Files\Notepad++\notepad++.exe",
                "-multiInst",
                "-nosession"
            ]
        );
        assert_eq!(split_windows("notepad").unwrap(), ["notepad"]);
        assert_eq!(
            split_windows(r"C:\tools\ed.exe  --wait").unwrap(),
            [r"C:\tools\ed.exe", "--wait"]
        );
        assert!(split_windows(r#""C:\x"#).is_none());
        // An existing file's path is one word, spaces and all.
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("my editor.exe");
        std::fs::write(&exe, "").unwrap();
        let path = exe.to_string_lossy().into_owned();
        assert_eq!(split_windows(&path).unwrap(), std::slice::from_ref(&path));
    }

    #[test]
    fn the_file_is_the_last_argument() {
        let cmd = command("ed -s", Path::new("comment.md")).unwrap();
        assert_eq!(cmd.get_program(), "ed");
        let args: Vec<_> = cmd.get_args().collect();
        assert_eq!(args, ["-s", "comment.md"]);
        assert!(command("   ", Path::new("x")).is_err());
    }

    /// The real launch: a script given as the editor, with an argument, edits the file.
    #[cfg(unix)]
    #[test]
    fn an_editor_with_arguments_edits_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("ed it.sh");
        std::fs::write(&script, "#!/bin/sh\nprintf '%s' \"$1\" >> \"$2\"\n").unwrap();
        let file = dir.path().join("c.md");
        std::fs::write(&file, "text ").unwrap();
        let editor = format!("sh '{}' added", script.display());
        let status = run(&editor, &file).unwrap();
        assert!(status.success());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "text added");
    }

    /// On Windows: a batch file named without its extension, with an argument, edits the file.
    #[cfg(windows)]
    #[test]
    fn a_cmd_editor_named_without_its_extension_edits_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ed.cmd"), "@echo %1>> %2\r\n").unwrap();
        let file = dir.path().join("c.md");
        std::fs::write(&file, "").unwrap();
        let program = dir.path().join("ed");
        let editor = format!("\"{}\" added", program.display());
        let status = run(&editor, &file).unwrap();
        assert!(status.success());
        assert_eq!(std::fs::read_to_string(&file).unwrap().trim_end(), "added");
        assert!(run("no-such-editor-anywhere", &file).is_err());
    }
}
