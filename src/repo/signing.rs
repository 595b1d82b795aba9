//! Signed commits and tags, in git's own formats.
//!
//! Whether to sign, and with what, is read from git config exactly as git reads it:
//! `commit.gpgsign` (and `tag.gpgsign` for round tags), `gpg.format` (`ssh` or `openpgp`) and
//! `user.signingkey`. SSH signatures are made by `ssh-keygen -Y sign -n git`, OpenPGP ones by
//! `gpg` (or `gpg.program`), the programs git itself runs. ssh-keygen rather than an in-process
//! crate because it asks for a key's passphrase and uses ssh-agent, as git does; and no
//! cryptography is written here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use git2::{Config, ErrorCode, Oid, Repository, Signature};

use crate::{Error, Result};

/// The signature formats git knows that consulta makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SigFormat {
    Ssh,
    OpenPgp,
}

/// How commits (or tags) are to be signed, from git config.
#[derive(Debug, Clone)]
pub struct Signer {
    pub format: SigFormat,
    /// `user.signingkey`: for SSH a key file (private, or public with the private key in
    /// ssh-agent) or a literal `key::ssh-…`/`ssh-…` public key; for OpenPGP a key id.
    pub key: String,
    program: Option<String>,
}

/// Is `what` (`commit` or `tag`) to be signed here, and how? `None` when git would not sign.
/// `tag.gpgsign` unset follows `commit.gpgsign`, so a repository configured by
/// `consulta whoami --signing-key` signs both.
pub fn signer_for(repo: &Repository, what: &str) -> Result<Option<Signer>> {
    let config = repo.config()?;
    let on = match config.get_bool(&format!("{what}.gpgsign")) {
        Ok(b) => b,
        Err(_) if what != "commit" => config.get_bool("commit.gpgsign").unwrap_or(false),
        Err(_) => false,
    };
    if !on {
        return Ok(None);
    }
    let format = match config.get_string("gpg.format").ok().as_deref() {
        Some("ssh") => SigFormat::Ssh,
        None | Some("openpgp") => SigFormat::OpenPgp,
        Some(other) => {
            return Err(Error::Refused(crate::t!(
                "err-sign-format",
                setting = format!("{what}.gpgsign"),
                format = format!("{other:?}")
            )))
        }
    };
    let key = config
        .get_string("user.signingkey")
        .ok()
        .filter(|k| !k.trim().is_empty());
    let key = match (format, key) {
        (_, Some(k)) => k,
        // gpg picks the key of the committer's e-mail, as git lets it.
        (SigFormat::OpenPgp, None) => String::new(),
        (SigFormat::Ssh, None) => {
            return Err(Error::Refused(crate::t!(
                "err-sign-no-key",
                setting = format!("{what}.gpgsign"),
                command = "consulta whoami --signing-key KEY_FILE"
            )))
        }
    };
    let program = program(&config, format);
    Ok(Some(Signer {
        format,
        key,
        program,
    }))
}

fn program(config: &Config, format: SigFormat) -> Option<String> {
    let keys: &[&str] = match format {
        SigFormat::Ssh => &["gpg.ssh.program"],
        SigFormat::OpenPgp => &["gpg.openpgp.program", "gpg.program"],
    };
    keys.iter().find_map(|k| config.get_string(k).ok())
}

impl Signer {
    /// The detached signature of `payload`, ASCII-armoured as git stores it.
    pub fn sign(&self, payload: &[u8]) -> Result<String> {
        match self.format {
            SigFormat::Ssh => self.sign_ssh(payload),
            SigFormat::OpenPgp => self.sign_openpgp(payload),
        }
    }

    fn sign_ssh(&self, payload: &[u8]) -> Result<String> {
        let program = self.program.as_deref().unwrap_or("ssh-keygen");
        // A literal public key (`key::ssh-…` or `ssh-…`) is written to a file and its private
        // half taken from ssh-agent, as git does.
        let literal = self
            .key
            .strip_prefix("key::")
            .or_else(|| self.key.starts_with("ssh-").then_some(self.key.as_str()));
        let _held;
        let key_path: PathBuf = match literal {
            Some(public) => {
                let mut f =
                    tempfile::NamedTempFile::new().map_err(|e| Error::io("a temporary file", e))?;
                writeln!(f, "{}", public.trim()).map_err(|e| Error::io(f.path(), e))?;
                let path = f.path().to_path_buf();
                _held = f;
                path
            }
            None => {
                let path = expand_home(&self.key);
                if !path.exists() {
                    return Err(Error::Refused(crate::t!(
                        "err-sign-key-missing",
                        path = path.display().to_string(),
                        command = "consulta whoami --signing-key KEY_FILE"
                    )));
                }
                path
            }
        };
        let mut cmd = Command::new(program);
        cmd.args(["-Y", "sign", "-n", "git", "-f"]).arg(&key_path);
        if literal.is_some() {
            cmd.arg("-U");
        }
        let out = run_with_input(cmd, payload, program)?;
        let text = String::from_utf8_lossy(&out).into_owned();
        if !text.contains("-----BEGIN SSH SIGNATURE-----") {
            return Err(Error::Refused(crate::t!(
                "err-sign-no-signature",
                program = program,
                kind = "SSH"
            )));
        }
        Ok(text)
    }

    fn sign_openpgp(&self, payload: &[u8]) -> Result<String> {
        let program = self.program.as_deref().unwrap_or("gpg");
        let mut cmd = Command::new(program);
        cmd.args(["--status-fd=2", "-bsa"]);
        if !self.key.is_empty() {
            cmd.args(["-u", &self.key]);
        }
        let out = run_with_input(cmd, payload, program)?;
        let text = String::from_utf8_lossy(&out).into_owned();
        if !text.contains("-----BEGIN PGP SIGNATURE-----") {
            return Err(Error::Refused(crate::t!(
                "err-sign-no-signature",
                program = program,
                kind = "OpenPGP"
            )));
        }
        Ok(text)
    }
}

/// `~/…` as git expands it in user.signingkey.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// Run `cmd` with `input` on its stdin, and return its stdout; a failure says which program
/// and why.
fn run_with_input(mut cmd: Command, input: &[u8], program: &str) -> Result<Vec<u8>> {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            Error::Refused(crate::t!(
                "err-sign-cannot-run",
                program = program,
                error = e.to_string()
            ))
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A program that fails early closes its input: its own message says why.
        let _ = stdin.write_all(input);
    }
    let out = child
        .wait_with_output()
        .map_err(|e| Error::io(program, e))?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        let why = crate::sanitize::inline(why.trim());
        return Err(Error::Refused(crate::t!(
            "err-sign-failed",
            program = program,
            why = why
        )));
    }
    Ok(out.stdout)
}

/// A commit object made as `repo.commit` makes it, signed when git config says so. The branch
/// HEAD names (or HEAD itself, detached) is moved to it when `update_head`, with the same
/// compare-and-swap against the first parent as `repo.commit`: a branch another writer moved
/// meanwhile fails with [`ErrorCode::Modified`], and a locked one with its lock error.
pub(crate) fn commit(
    repo: &Repository,
    update_head: bool,
    author: &Signature<'_>,
    committer: &Signature<'_>,
    message: &str,
    tree: &git2::Tree<'_>,
    parents: &[&git2::Commit<'_>],
) -> Result<std::result::Result<Oid, git2::Error>> {
    let Some(signer) = signer_for(repo, "commit")? else {
        let head = update_head.then_some("HEAD");
        return Ok(repo.commit(head, author, committer, message, tree, parents));
    };
    let buffer = repo.commit_create_buffer(author, committer, message, tree, parents)?;
    let payload = buffer.as_str()?;
    let signature = signer.sign(buffer.as_ref())?;
    let oid = match repo.commit_signed(payload, &signature, Some("gpgsig")) {
        Ok(oid) => oid,
        Err(e) => return Ok(Err(e)),
    };
    if !update_head {
        return Ok(Ok(oid));
    }
    Ok(move_head(
        repo,
        oid,
        parents.first().map(|p| p.id()),
        message,
    ))
}

/// Point HEAD's branch at `oid` if it still names `expected` (or does not exist yet, when
/// `expected` is `None`), with a reflog line as git writes for a commit.
fn move_head(
    repo: &Repository,
    oid: Oid,
    expected: Option<Oid>,
    message: &str,
) -> std::result::Result<Oid, git2::Error> {
    let summary = message.lines().next().unwrap_or("");
    let log = match expected {
        Some(_) => format!("commit: {summary}"),
        None => format!("commit (initial): {summary}"),
    };
    let head = repo.find_reference("HEAD")?;
    let Some(branch) = head.symbolic_target()?.map(str::to_string) else {
        // Detached: HEAD itself moves.
        let current = head.target();
        if current != expected {
            return Err(git2::Error::new(
                ErrorCode::Modified,
                git2::ErrorClass::Reference,
                "HEAD moved meanwhile",
            ));
        }
        repo.set_head_detached(oid)?;
        return Ok(oid);
    };
    match expected {
        Some(parent) => repo.reference_matching(&branch, oid, true, parent, &log)?,
        None => repo.reference(&branch, oid, false, &log).map_err(|e| {
            if e.code() == ErrorCode::Exists {
                git2::Error::new(
                    ErrorCode::Modified,
                    git2::ErrorClass::Reference,
                    crate::t!("lib-branch-created-meanwhile"),
                )
            } else {
                e
            }
        })?,
    };
    Ok(oid)
}

/// Create the annotated tag `name` on `target`, signed when git config says so (`tag.gpgsign`,
/// else `commit.gpgsign`). libgit2 cannot sign a tag, so a signed tag object is written as
/// git writes one: the tag's text, then the signature appended to its message.
pub(crate) fn tag(
    repo: &Repository,
    name: &str,
    target: &git2::Commit<'_>,
    tagger: &Signature<'_>,
    message: &str,
) -> Result<Oid> {
    let Some(signer) = signer_for(repo, "tag")? else {
        return Ok(repo.tag(name, target.as_object(), tagger, message, false)?);
    };
    let refname = format!("refs/tags/{name}");
    if !git2::Reference::is_valid_name(&refname) {
        return Err(Error::Refused(crate::t!(
            "err-bad-tag-name",
            name = format!("{name:?}")
        )));
    }
    let mut text = format!(
        "object {}\ntype commit\ntag {name}\ntagger {}\n\n{message}",
        target.id(),
        signature_line(tagger)
    );
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let signature = signer.sign(text.as_bytes())?;
    text.push_str(&signature);
    let oid = repo.odb()?.write(git2::ObjectType::Tag, text.as_bytes())?;
    repo.reference(&refname, oid, false, &format!("tag: {name}"))?;
    Ok(oid)
}

/// `Name <email> seconds +hhmm`, as in a commit or tag header.
fn signature_line(sig: &Signature<'_>) -> String {
    let when = sig.when();
    let offset = when.offset_minutes();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.unsigned_abs();
    format!(
        "{} <{}> {} {sign}{:02}{:02}",
        String::from_utf8_lossy(sig.name_bytes()),
        String::from_utf8_lossy(sig.email_bytes()),
        when.seconds(),
        offset / 60,
        offset % 60
    )
}
