//! Checking signatures against the register of participants (`drafts/participants`).
//!
//! A signature is checked as git checks it with `gpg.ssh.allowedSignersFile`: by
//! `ssh-keygen -Y verify -n git`, with the register as the allowed-signers file, the signer's
//! e-mail as the principal and the commit's (or tag's) time as the time of signing, so that a
//! key revoked before it signed does not count. No cryptography is written here.
//!
//! What must be signed, and by whom:
//! - a commit that adds comments, by its author's registered key when the author's e-mail is
//!   in the register; otherwise it is *unverified* (signed or not);
//! - anything the secretariat does (round tags, decisions, applied proposals, drafts, the
//!   register, merges), and any commit under a secretariat address, by a registered key of a
//!   secretariat address, once the register holds one; before that, it is unverified.
//!
//! A signature that does not check, or a missing one where one is required, is *bad*.
//! OpenPGP signatures are unverified: the register holds SSH keys only.

use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};
use std::rc::Rc;

use git2::{Oid, Repository};

use super::register::{self, Participant, REGISTER};
use crate::model::Verification;
use crate::{Error, Result};

/// What a signature check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Signed by a key the register holds for the signer.
    Verified,
    /// Nothing could prove who made it: unsigned, or signed by someone the register does
    /// not know, and nothing required a signature.
    Unverified,
    /// Required to be signed by a registered key, and it is not: the reason says how.
    Bad(String),
}

/// A register as read from one tree, with its allowed-signers file written once.
struct Register {
    entries: Vec<Participant>,
    file: Option<tempfile::NamedTempFile>,
}

impl Register {
    fn has(&self, email: &str) -> bool {
        self.entries
            .iter()
            .any(|p| p.email.eq_ignore_ascii_case(email.trim()))
    }
}

/// A signature found in a commit or tag, and the bytes it signs.
struct Signed {
    signature: Vec<u8>,
    data: Vec<u8>,
}

/// Checks signatures, reading each version of the register once.
pub struct Checker<'r> {
    repo: &'r Repository,
    /// By the register's blob id (`None`: a tree without one).
    registers: HashMap<Option<Oid>, Rc<Register>>,
    /// The manifest's rules by its blob id.
    rules: HashMap<Option<Oid>, Rc<Rules>>,
}

/// What a manifest says of signatures.
pub struct Rules {
    pub secretariat: Vec<String>,
    pub policy: Verification,
}

impl<'r> Checker<'r> {
    pub fn new(repo: &'r Repository) -> Checker<'r> {
        Checker {
            repo,
            registers: HashMap::new(),
            rules: HashMap::new(),
        }
    }

    fn register(&mut self, tree: &git2::Tree<'_>) -> Result<Rc<Register>> {
        let blob = tree
            .get_path(std::path::Path::new(REGISTER))
            .ok()
            .map(|e| e.id());
        if let Some(r) = self.registers.get(&blob) {
            return Ok(r.clone());
        }
        let entries = match blob {
            Some(id) => {
                register::parse(&String::from_utf8_lossy(self.repo.find_blob(id)?.content()))
            }
            None => Vec::new(),
        };
        let file = if entries.is_empty() {
            None
        } else {
            let mut f =
                tempfile::NamedTempFile::new().map_err(|e| Error::io("a temporary file", e))?;
            let text: String = entries.iter().map(|p| p.signers_line() + "\n").collect();
            f.write_all(text.as_bytes())
                .map_err(|e| Error::io(f.path(), e))?;
            Some(f)
        };
        let r = Rc::new(Register { entries, file });
        self.registers.insert(blob, r.clone());
        Ok(r)
    }

    /// What the manifest in `tree` says of signatures: its secretariat and its policy (a tree
    /// without a readable manifest has neither).
    pub fn rules(&mut self, tree: &git2::Tree<'_>) -> Result<Rc<Rules>> {
        let blob = tree
            .get_path(std::path::Path::new(super::MANIFEST))
            .ok()
            .map(|e| e.id());
        if let Some(r) = self.rules.get(&blob) {
            return Ok(r.clone());
        }
        let manifest = match blob {
            Some(id) => {
                serde_json::from_slice::<crate::model::Manifest>(self.repo.find_blob(id)?.content())
                    .ok()
            }
            None => None,
        };
        let r = Rc::new(Rules {
            policy: manifest
                .as_ref()
                .map(|m| m.verification())
                .unwrap_or_default(),
            secretariat: manifest.map(|m| m.secretariat).unwrap_or_default(),
        });
        self.rules.insert(blob, r.clone());
        Ok(r)
    }

    /// Whether `email` is a secretariat address of the manifest in `tree`.
    pub fn is_secretariat(&mut self, tree: &git2::Tree<'_>, email: &str) -> Result<bool> {
        Ok(self
            .rules(tree)?
            .secretariat
            .iter()
            .any(|s| s.trim().eq_ignore_ascii_case(email.trim())))
    }

    /// The signature of commit `id` against the register of `tree`, for a commit by `email`
    /// made at `time` (seconds). `secretariat_act`: the commit does what only the secretariat
    /// may do, so the signer must be a secretariat address.
    pub fn commit(
        &mut self,
        id: Oid,
        email: &str,
        time: i64,
        tree: &git2::Tree<'_>,
        secretariat_act: bool,
    ) -> Result<Verdict> {
        let signed = match self.repo.extract_signature(&id, None) {
            Ok((sig, data)) => Some(Signed {
                signature: sig.to_vec(),
                data: data.to_vec(),
            }),
            Err(e) if e.code() == git2::ErrorCode::NotFound => None,
            Err(e) => return Err(e.into()),
        };
        self.judge(signed, email, time, tree, secretariat_act, "commit")
    }

    /// The signature of the annotated tag `id` (a round), which only the secretariat makes.
    pub fn tag(&mut self, id: Oid, tree: &git2::Tree<'_>) -> Result<Verdict> {
        let odb = self.repo.odb()?;
        let object = odb.read(id)?;
        let bytes = object.data();
        let tag = self.repo.find_tag(id)?;
        let (email, time) = tag.tagger().map_or((String::new(), 0), |t| {
            (
                String::from_utf8_lossy(t.email_bytes()).into_owned(),
                t.when().seconds(),
            )
        });
        let signed = [
            "-----BEGIN SSH SIGNATURE-----",
            "-----BEGIN PGP SIGNATURE-----",
        ]
        .iter()
        .filter_map(|marker| {
            let needle = format!("\n{marker}");
            memchr::memmem::rfind(bytes, needle.as_bytes()).map(|at| at + 1)
        })
        .max()
        .map(|at| Signed {
            data: bytes[..at].to_vec(),
            signature: bytes[at..].to_vec(),
        });
        self.judge(signed, &email, time, tree, true, "tag")
    }

    fn judge(
        &mut self,
        signed: Option<Signed>,
        email: &str,
        time: i64,
        tree: &git2::Tree<'_>,
        secretariat_act: bool,
        what: &str,
    ) -> Result<Verdict> {
        let reg = self.register(tree)?;
        let by_secretariat = self.is_secretariat(tree, email)?;
        let secretariat_signs = self.rules(tree)?.secretariat.iter().any(|s| reg.has(s));
        // Must this be signed by a registered key?
        let required = reg.has(email) || ((secretariat_act || by_secretariat) && secretariat_signs);
        if secretariat_act && secretariat_signs && !by_secretariat {
            return Ok(Verdict::Bad(crate::t!(
                "trust-not-secretariat",
                what = what,
                email = email
            )));
        }
        let Some(signed) = signed else {
            return Ok(if required {
                Verdict::Bad(crate::t!("trust-unsigned", what = what, email = email))
            } else {
                Verdict::Unverified
            });
        };
        if !signed
            .signature
            .starts_with(b"-----BEGIN SSH SIGNATURE-----")
        {
            return Ok(if required {
                Verdict::Bad(crate::t!("trust-not-ssh", what = what, email = email))
            } else {
                Verdict::Unverified
            });
        }
        let Some(file) = reg.file.as_ref().filter(|_| reg.has(email)) else {
            return Ok(if required {
                Verdict::Bad(crate::t!("trust-unregistered", what = what, email = email))
            } else {
                Verdict::Unverified
            });
        };
        if ssh_verify(file.path(), email, time, &signed)? {
            Ok(Verdict::Verified)
        } else {
            Ok(Verdict::Bad(crate::t!(
                "trust-wrong-key",
                what = what,
                email = email
            )))
        }
    }
}

/// `ssh-keygen -Y verify`, as git runs it for `gpg.format=ssh`: whether `signed` is a valid
/// signature by a key `signers` allows for `email` at `time`.
fn ssh_verify(signers: &std::path::Path, email: &str, time: i64, signed: &Signed) -> Result<bool> {
    let mut sig = tempfile::NamedTempFile::new().map_err(|e| Error::io("a temporary file", e))?;
    sig.write_all(&signed.signature)
        .map_err(|e| Error::io(sig.path(), e))?;
    let when = jiff::Timestamp::from_second(time)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y%m%d%H%M%SZ")
        .to_string();
    let mut child = Command::new("ssh-keygen")
        .arg("-Y")
        .arg("verify")
        .arg("-n")
        .arg("git")
        .arg("-f")
        .arg(signers)
        .arg("-I")
        .arg(email.trim())
        .arg("-s")
        .arg(sig.path())
        .arg(format!("-Overify-time={when}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Error::io("ssh-keygen", e))?;
    if let Some(mut input) = child.stdin.take() {
        // A signer that stops reading early has already failed; its status says so.
        let _ = input.write_all(&signed.data);
    }
    let status = child.wait().map_err(|e| Error::io("ssh-keygen", e))?;
    Ok(status.success())
}

/// What the consultation's verification policy says of a stakeholder's commit that `merge`
/// takes in, judged against the register and manifest of the consultation as it stands
/// (`head`): `Some(reason)` to refuse it. Under every policy, a registered e-mail without its
/// key's signature and a secretariat address without a secretariat key's are refused;
/// `require` also refuses what no registered key signed.
pub(crate) fn merge_policy(
    checker: &mut Checker<'_>,
    commit: &git2::Commit<'_>,
    email: &str,
    head: &git2::Tree<'_>,
) -> Result<Option<String>> {
    let policy = checker.rules(head)?.policy;
    let by_secretariat = checker.is_secretariat(head, email)?;
    let verdict = checker.commit(commit.id(), email, commit.time().seconds(), head, false)?;
    Ok(match verdict {
        Verdict::Bad(why) => Some(why),
        Verdict::Unverified if by_secretariat => {
            Some(crate::t!("trust-merge-secretariat", email = email))
        }
        Verdict::Unverified if policy == Verification::Require => {
            Some(crate::t!("trust-merge-required", email = email))
        }
        _ => None,
    })
}

/// The verdicts already reached on commits of the history, kept in `.git/consulta/signatures`
/// so that `verify`, the summary and the TUI do not run `ssh-keygen` again for every signed
/// commit each time. A commit's verdict depends only on what its id fixes (its signature,
/// author, time and changes, and its parent's register and manifest), so it never goes stale.
/// A bad verdict is not kept: its reason is worked out again, and a bad signature is rare.
///
/// One line per commit, `<commit id> <v|u|n>` (verified, unverified, nothing to judge),
/// appended; a line that does not read so (a write cut short) is ignored. Best effort: a cache
/// that cannot be read or written only costs the time it saves.
pub(crate) struct VerdictCache {
    path: std::path::PathBuf,
    known: HashMap<Oid, Option<bool>>,
    new: String,
}

impl VerdictCache {
    pub fn load(repo: &Repository) -> VerdictCache {
        let path = repo.path().join("consulta").join("signatures");
        let mut known = HashMap::new();
        if let Ok(text) = std::fs::read_to_string(&path) {
            for line in text.lines() {
                let Some((id, kind)) = line.split_once(' ') else {
                    continue;
                };
                let Ok(id) = Oid::from_str(id) else { continue };
                let verdict = match kind {
                    "v" => Some(true),
                    "u" => Some(false),
                    "n" => None,
                    _ => continue,
                };
                known.insert(id, verdict);
            }
        }
        VerdictCache {
            path,
            known,
            new: String::new(),
        }
    }

    /// The verdict kept for `id`: `None` when there is none, `Some(None)` for a commit with
    /// nothing to judge.
    pub fn get(&self, id: Oid) -> Option<Option<Verdict>> {
        self.known.get(&id).map(|v| {
            v.map(|ok| {
                if ok {
                    Verdict::Verified
                } else {
                    Verdict::Unverified
                }
            })
        })
    }

    pub fn put(&mut self, id: Oid, verdict: &Option<Verdict>) {
        let kind = match verdict {
            Some(Verdict::Verified) => "v",
            Some(Verdict::Unverified) => "u",
            None => "n",
            Some(Verdict::Bad(_)) => return,
        };
        self.new.push_str(&format!("{id} {kind}\n"));
    }

    /// Appends what was learnt (ignoring a failure: a read-only repository, say).
    pub fn save(self) {
        if self.new.is_empty() {
            return;
        }
        if let Some(dir) = self.path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .and_then(|mut f| f.write_all(self.new.as_bytes()));
    }
}
