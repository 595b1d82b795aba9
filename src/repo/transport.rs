//! Which program talks to a remote: libgit2 in this process, or the `git` command.
//!
//! Remotes that need credentials or encryption (`https://`, `ssh://`, `user@host:path`, and
//! any scheme a git remote helper handles) go through `git`, so that the user's credential
//! helper, ssh agent, `~/.ssh/config`, known hosts, proxy settings, certificates and `http.*`
//! configuration apply exactly as they do for `git pull`. consulta itself then carries no TLS
//! or ssh code, and no local command pays for setting them up (libgit2 built with HTTPS
//! prepares an OpenSSL context at every start: about a fifth of a `consulta diff`). Local
//! paths, `file://`, `git://` and `http://` stay in process. `git config consulta.transport
//! git` sends every remote through `git`; `auto` is the default.

use std::io::{BufRead, Read};
use std::path::Path;
use std::process::{Command, Stdio};

/// Who talks to a remote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// libgit2, in this process.
    InProcess,
    /// The `git` command.
    GitCommand,
}

/// The transport for `url`, given the value of `consulta.transport` (if set).
pub(crate) fn via(url: &str, setting: Option<&str>) -> Via {
    if setting.is_some_and(|s| s.eq_ignore_ascii_case("git")) {
        return Via::GitCommand;
    }
    if let Some((scheme, _)) = url.split_once("://") {
        return match scheme.to_ascii_lowercase().as_str() {
            "file" | "git" | "http" => Via::InProcess,
            _ => Via::GitCommand,
        };
    }
    // A Windows path (`C:\repo`, `C:/repo`, `\\server\share`) is local, as git for Windows
    // reads it; recognised on every system, since no host is named by one letter.
    if super::is_windows_path(url) {
        return Via::InProcess;
    }
    // git's scp-like syntax, `[user@]host:path` (a colon before any slash), is ssh; so is a
    // remote helper's `name::address`.
    match (url.find(':'), url.find('/')) {
        (Some(colon), slash) if slash.is_none_or(|s| colon < s) => Via::GitCommand,
        _ => Via::InProcess,
    }
}

/// The transport for `url` in the repository whose configuration is `config`.
pub(crate) fn via_config(url: &str, config: &git2::Config) -> Via {
    via(url, config.get_string("consulta.transport").ok().as_deref())
}

/// What a `git` run that failed said, for a message.
#[derive(Debug)]
pub(crate) struct GitFailure(pub String);

/// A `git` command for the repository at `git_dir` with working tree `root`.
fn git(git_dir: &Path, root: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("--git-dir")
        .arg(git_dir)
        .arg("--work-tree")
        .arg(root)
        .current_dir(root)
        // Messages in English, as the rest of consulta's (and as parsed below).
        .env("LC_ALL", "C")
        .env("LANGUAGE", "C");
    c
}

/// Run `cmd` with its progress (standard error) passed to `progress` line by line (sanitised,
/// each `\r` update of a counter shown only when it completes), and its standard output
/// collected. Returns the output, or what git said when it failed.
fn run(mut cmd: Command, progress: super::Progress<'_>) -> Result<String, GitFailure> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| {
        GitFailure(if e.kind() == std::io::ErrorKind::NotFound {
            crate::t!("err-git-not-installed", program = "git")
        } else {
            crate::t!("err-git-cannot-run", error = e.to_string())
        })
    })?;
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = stdout.read_to_end(&mut out);
        out
    });
    let mut said: Vec<String> = Vec::new();
    let mut stderr = std::io::BufReader::new(child.stderr.take().expect("piped stderr"));
    let mut piece = Vec::new();
    // Pieces end at '\n' (a finished line) or '\r' (a counter's update in place).
    loop {
        piece.clear();
        let mut done = false;
        loop {
            let buf = match stderr.fill_buf() {
                Ok([]) => {
                    done = true;
                    break;
                }
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => {
                    done = true;
                    break;
                }
            };
            if let Some(i) = buf.iter().position(|&b| b == b'\n' || b == b'\r') {
                piece.extend_from_slice(&buf[..=i]);
                stderr.consume(i + 1);
                break;
            }
            let n = buf.len();
            piece.extend_from_slice(buf);
            stderr.consume(n);
        }
        let text = String::from_utf8_lossy(&piece);
        let line = text.trim_end_matches(['\r', '\n']).trim();
        let finished = piece.last() == Some(&b'\n') || done;
        if !line.is_empty() && (finished || line.ends_with("done.")) {
            progress(&crate::sanitize::inline(line));
            said.push(line.to_string());
        }
        if done {
            break;
        }
    }
    let status = child
        .wait()
        .map_err(|e| GitFailure(crate::t!("err-git-wait", error = e.to_string())))?;
    let out = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    if status.success() {
        return Ok(out);
    }
    // git's own reasons ("fatal: …", "error: …"), else its last words.
    let reasons: Vec<&str> = said
        .iter()
        .map(String::as_str)
        .filter(|l| l.starts_with("fatal:") || l.starts_with("error:"))
        .map(|l| {
            l.trim_start_matches("fatal:")
                .trim_start_matches("error:")
                .trim()
        })
        .collect();
    let why = if reasons.is_empty() {
        said.last()
            .cloned()
            .unwrap_or_else(|| crate::t!("err-git-exit", status = status.to_string()))
    } else {
        reasons.join("; ")
    };
    Err(GitFailure(if out.is_empty() {
        why
    } else {
        format!("{why}\n{out}")
    }))
}

/// `git fetch` from `remote` (a remote's name or a URL) with `refspecs`, with all tags or none.
pub(crate) fn fetch(
    git_dir: &Path,
    root: &Path,
    remote: &str,
    refspecs: &[&str],
    tags: bool,
    progress: super::Progress<'_>,
) -> Result<(), GitFailure> {
    let mut cmd = git(git_dir, root);
    cmd.args(["fetch", "--progress", "--no-write-fetch-head"])
        .arg(if tags { "--tags" } else { "--no-tags" })
        .arg("--")
        .arg(remote)
        .args(refspecs);
    run(cmd, progress).map(|_| ())
}

/// `git push --porcelain` to `remote`. Returns the references the remote refused, each as
/// `refs/…: reason`; an `Err` is a push that did not reach the remote at all.
pub(crate) fn push(
    git_dir: &Path,
    root: &Path,
    remote: &str,
    refspecs: &[&str],
    progress: super::Progress<'_>,
) -> Result<Vec<String>, GitFailure> {
    let mut cmd = git(git_dir, root);
    cmd.args(["push", "--porcelain", "--progress", "--"])
        .arg(remote)
        .args(refspecs);
    let out = match run(cmd, progress) {
        Ok(out) => out,
        Err(GitFailure(text)) => {
            // A refused reference makes git exit 1, with the porcelain on standard output.
            let refused = refused(&text);
            if refused.is_empty() {
                return Err(GitFailure(
                    text.lines().next().unwrap_or("git push failed").to_string(),
                ));
            }
            return Ok(refused);
        }
    };
    Ok(refused(&out))
}

/// `git bundle create FILE REVS…` in the repository: the commits `revs` name, for sending
/// by other means than a push.
pub(crate) fn bundle_create(
    git_dir: &Path,
    root: &Path,
    file: &Path,
    revs: &[String],
    progress: super::Progress<'_>,
) -> Result<(), GitFailure> {
    let mut cmd = git(git_dir, root);
    cmd.args(["bundle", "create", "--progress"])
        .arg(file)
        .args(revs);
    run(cmd, progress).map(|_| ())
}

/// `git clone URL DIR`, for the remotes that go through git.
pub(crate) fn clone(
    url: &str,
    dir: &Path,
    progress: super::Progress<'_>,
) -> Result<(), GitFailure> {
    let mut cmd = Command::new("git");
    cmd.env("LC_ALL", "C")
        .env("LANGUAGE", "C")
        .args(["clone", "--progress", "--"])
        .arg(url)
        .arg(dir);
    run(cmd, progress).map(|_| ())
}

/// The refused references in `git push --porcelain` output: lines `!\tFROM:TO\t[rejected] (why)`.
fn refused(porcelain: &str) -> Vec<String> {
    porcelain
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(3, '\t');
            let (flag, refs, summary) = (parts.next()?, parts.next()?, parts.next()?);
            if flag != "!" {
                return None;
            }
            let to = refs.split_once(':').map_or(refs, |(_, to)| to);
            let why = summary
                .split_once('(')
                .map_or(summary, |(_, r)| r.trim_end_matches(')'));
            Some(format!("{to}: {why}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_and_ssh_go_through_git_and_the_rest_stays_in_process() {
        assert_eq!(via("https://git.example.org/c.git", None), Via::GitCommand);
        assert_eq!(via("HTTPS://git.example.org/c.git", None), Via::GitCommand);
        assert_eq!(via("http://git.example.org/c.git", None), Via::InProcess);
        assert_eq!(via("ssh://git@example.org/c.git", None), Via::GitCommand);
        assert_eq!(via("git@example.org:c.git", None), Via::GitCommand);
        assert_eq!(via("gcrypt::rsync://example.org/c", None), Via::GitCommand);
        assert_eq!(via("git://127.0.0.1:9418/c.git", None), Via::InProcess);
        assert_eq!(via("file:///srv/c.git", None), Via::InProcess);
        assert_eq!(via("/srv/consultation.git", None), Via::InProcess);
        assert_eq!(via("../shared/c.git", None), Via::InProcess);
        assert_eq!(via("./odd:name.git", None), Via::InProcess);
        assert_eq!(via("/srv/c.git", Some("git")), Via::GitCommand);
        // Windows paths are folders, not scp-style ssh addresses.
        for path in [
            "C:\\repo",
            "C:\\Users\\ana\\consulta.git",
            "c:/repo",
            "D:",
            "\\\\server\\share\\c.git",
            "..\\odd:name.git",
        ] {
            assert_eq!(via(path, None), Via::InProcess, "{path}");
        }
        assert_eq!(via("cd:repo", None), Via::GitCommand);
        assert_eq!(
            via("https://example.org/c.git", Some("auto")),
            Via::GitCommand
        );
    }

    #[test]
    fn porcelain_refusals_name_the_reference_and_the_reason() {
        let out = "To /srv/c.git\n=\trefs/tags/r1:refs/tags/r1\t[up to date]\n!\trefs/heads/main:refs/heads/main\t[rejected] (fetch first)\n*\trefs/heads/x:refs/heads/x\t[new branch]\nDone\n";
        assert_eq!(refused(out), vec!["refs/heads/main: fetch first"]);
        assert!(refused("To x\n \trefs/heads/a:refs/heads/a\tabc..def\nDone\n").is_empty());
    }
}
