//! The register of participants, `drafts/participants`: who may sign for which e-mail.
//!
//! The file is in git's allowed-signers format (`gpg.ssh.allowedSignersFile`, and
//! `ssh-keygen -Y verify -f`), so git's own tools check signatures against it. Each entry is
//! one allowed-signers line, `EMAIL namespaces="git" KEYTYPE KEY`, directly after a comment
//! line `# consulta: {json}` that holds the person's details (ssh-keygen skips lines that
//! start with `#`). A revoked entry stays, with `valid-before="<time of revocation>"` and
//! `"revoked"` in its details: signatures made before still check, later ones do not.

use std::process::Command;

use serde::{Deserialize, Serialize};

use super::{FileWrite, Identity, Store, Version};
use crate::{Error, Result};

/// Where the register is kept.
pub const REGISTER: &str = "drafts/participants";

const HEADER: &str = "# The consultation's register of participants, kept by the secretariat with `consulta register`.\n# git allowed-signers lines (gpg.ssh.allowedSignersFile); the `# consulta:` line before each holds the person's details.\n";

/// One registered key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub email: String,
    /// The public key: its type and base64 blob, `ssh-ed25519 AAAA…`.
    pub key: String,
    pub details: Details,
}

/// What the `# consulta:` comment line says about a participant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub country: String,
    /// When the entry was added (RFC 3339, UTC).
    #[serde(default)]
    pub registered: String,
    /// When it was revoked, if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<String>,
}

impl Participant {
    /// Whether the key still counts.
    pub fn active(&self) -> bool {
        self.details.revoked.is_none()
    }

    /// The allowed-signers line, as the register and `ssh-keygen -Y verify` read it.
    pub fn signers_line(&self) -> String {
        let mut options = String::from("namespaces=\"git\"");
        if let Some(t) = self
            .details
            .revoked
            .as_deref()
            .and_then(|t| t.parse::<jiff::Timestamp>().ok())
        {
            options.push_str(&format!(
                ",valid-before=\"{}\"",
                t.strftime("%Y%m%d%H%M%SZ")
            ));
        }
        format!("{} {options} {}", self.email, self.key)
    }
}

/// The SSH key types an allowed-signers line may hold.
const KEY_TYPES: &[&str] = &[
    "ssh-ed25519",
    "ssh-rsa",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
];

/// The `type blob` of the first public key in `text` (a `.pub` file, an allowed-signers line,
/// or a `key::…` value), if any.
pub fn find_public_key(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let blob_ok = !w[1].is_empty()
            && w[1]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
        let kind = w[0].strip_prefix("key::").unwrap_or(w[0]);
        (KEY_TYPES.contains(&kind) && blob_ok).then(|| format!("{kind} {}", w[1]))
    })
}

/// Parse the register. Lines that are not entries (comments, blank lines) are skipped; an
/// entry without a `# consulta:` line before it has empty details.
pub fn parse(text: &str) -> Vec<Participant> {
    let mut out = Vec::new();
    let mut details: Option<Details> = None;
    for line in text.lines() {
        let line = line.trim();
        if let Some(json) = line.strip_prefix("# consulta:") {
            details = serde_json::from_str(json.trim()).ok();
            continue;
        }
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some(principals) = line.split_whitespace().next() else {
            continue;
        };
        let Some(key) = find_public_key(&line[principals.len()..]) else {
            details = None;
            continue;
        };
        let d = details.take().unwrap_or_default();
        for email in principals.split(',') {
            out.push(Participant {
                email: email.to_string(),
                key: key.clone(),
                details: d.clone(),
            });
        }
    }
    out
}

/// The register's text for these entries.
pub fn render(entries: &[Participant]) -> String {
    let mut out = String::from(HEADER);
    for p in entries {
        let json = serde_json::to_string(&p.details).unwrap_or_else(|_| "{}".into());
        out.push_str(&format!("# consulta: {json}\n{}\n", p.signers_line()));
    }
    out
}

/// Whether `email` can stand as a principal in an allowed-signers line: one word, and none of
/// the characters that make it a list or a pattern there.
fn plain_email(email: &str) -> bool {
    email.contains('@')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || ",*?!\"#".contains(c))
}

/// `ssh-keygen -l` on a key: it is a real public key, and its fingerprint.
pub fn fingerprint(key: &str) -> Result<String> {
    let mut f = tempfile::NamedTempFile::new().map_err(|e| Error::io("a temporary file", e))?;
    std::io::Write::write_all(&mut f, format!("{key}\n").as_bytes())
        .map_err(|e| Error::io(f.path(), e))?;
    let out = Command::new("ssh-keygen")
        .arg("-l")
        .arg("-f")
        .arg(f.path())
        .output()
        .map_err(|e| {
            Error::Refused(crate::t!(
                "err-no-ssh-keygen",
                error = e.to_string(),
                program = "ssh-keygen"
            ))
        })?;
    let text = String::from_utf8_lossy(&out.stdout);
    match text.split_whitespace().nth(1) {
        Some(fp) if out.status.success() => Ok(fp.to_string()),
        _ => Err(Error::Refused(crate::t!(
            "err-not-ssh-key",
            program = "ssh-keygen"
        ))),
    }
}

/// Who is being registered, as `consulta register` gives it.
#[derive(Debug, Clone, Default)]
pub struct NewParticipant {
    pub email: String,
    /// The text of the key file: a `.pub` file or the allowed-signers line a stakeholder sent.
    pub key_text: String,
    pub name: String,
    pub organisation: String,
    pub category: String,
    pub country: String,
}

impl Store {
    /// The register at `version` (empty when there is none).
    pub fn participants(&self, version: &Version) -> Result<Vec<Participant>> {
        let text = match version {
            Version::WorkTree => match std::fs::read(self.root().join(REGISTER)) {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
                Err(e) => return Err(Error::io(self.root().join(REGISTER), e)),
            },
            _ => {
                let tree = match self.repo.head() {
                    Ok(h) => h.peel_to_tree()?,
                    Err(_) => return Ok(Vec::new()),
                };
                match tree.get_path(std::path::Path::new(REGISTER)) {
                    Ok(e) => self.repo.find_blob(e.id())?.content().to_vec(),
                    Err(_) => return Ok(Vec::new()),
                }
            }
        };
        Ok(parse(&String::from_utf8_lossy(&text)))
    }

    fn require_secretariat(&self, who: &Identity) -> Result<()> {
        let (drafts, _) = self.drafts(&Version::WorkTree)?;
        if !drafts.manifest.is_secretariat(&who.email) {
            return Err(Error::Refused(crate::t!(
                "err-register-not-secretariat",
                secretariat = drafts.manifest.secretariat.join(", "),
                you = format!("{:?}", who.email)
            )));
        }
        Ok(())
    }

    /// Add a key to the register, as a commit of the secretariat.
    pub fn register(&self, who: &Identity, new: &NewParticipant) -> Result<Participant> {
        self.require_secretariat(who)?;
        let email = new.email.trim();
        if !plain_email(email) {
            return Err(Error::Refused(crate::t!(
                "err-register-bad-email",
                email = format!("{:?}", crate::sanitize::inline(email))
            )));
        }
        let Some(key) = find_public_key(&new.key_text) else {
            return Err(Error::Refused(crate::t!(
                "err-register-no-key",
                example = "ssh-ed25519 AAAA…",
                command = "consulta whoami"
            )));
        };
        fingerprint(&key)?;
        // The same rules as a stakeholder's own identity: a category of the manifest, a
        // real country code.
        let category = new.category.trim();
        if !category.is_empty() {
            let (drafts, _) = self.drafts(&Version::WorkTree)?;
            let ids: Vec<&str> = drafts
                .manifest
                .categories
                .iter()
                .map(|c| c.id.as_str())
                .collect();
            if !ids.contains(&category) {
                return Err(Error::Refused(crate::t!(
                    "err-register-bad-category",
                    category = format!("{:?}", crate::sanitize::inline(category)),
                    categories = ids.join(", ")
                )));
            }
        }
        if !new.country.is_empty() {
            let mut id = Identity::default();
            id.set(
                super::IdentityField::Country,
                new.country.trim().to_uppercase(),
            );
            id.validate()?;
        }
        let mut entries = self.participants(&Version::WorkTree)?;
        if entries
            .iter()
            .any(|p| p.active() && p.key == key && p.email.eq_ignore_ascii_case(email))
        {
            return Err(Error::Refused(crate::t!(
                "err-register-already",
                email = email
            )));
        }
        let sig = who.signature()?;
        let now = jiff::Timestamp::from_second(sig.when().seconds())
            .map_err(|e| Error::Invalid(e.to_string()))?;
        let p = Participant {
            email: email.to_string(),
            key,
            details: Details {
                name: new.name.trim().to_string(),
                organisation: new.organisation.trim().to_string(),
                category: new.category.trim().to_string(),
                country: new.country.trim().to_uppercase(),
                registered: now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
                revoked: None,
            },
        };
        entries.push(p.clone());
        self.commit_files(
            &[FileWrite::new(REGISTER, render(&entries))],
            &format!(
                "Register {} in the participants' register",
                crate::sanitize::inline(email)
            ),
            &sig,
        )?;
        Ok(p)
    }

    /// Revoke every active key of `email`, as a commit of the secretariat. Returns how many.
    pub fn revoke(&self, who: &Identity, email: &str) -> Result<usize> {
        self.require_secretariat(who)?;
        let mut entries = self.participants(&Version::WorkTree)?;
        let sig = who.signature()?;
        let now = jiff::Timestamp::from_second(sig.when().seconds())
            .map_err(|e| Error::Invalid(e.to_string()))?
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string();
        let mut n = 0;
        for p in entries
            .iter_mut()
            .filter(|p| p.active() && p.email.eq_ignore_ascii_case(email.trim()))
        {
            p.details.revoked = Some(now.clone());
            n += 1;
        }
        if n == 0 {
            return Err(Error::NotFound(crate::t!(
                "err-revoke-no-key",
                email = format!("{:?}", crate::sanitize::inline(email))
            )));
        }
        self.commit_files(
            &[FileWrite::new(REGISTER, render(&entries))],
            &format!(
                "Revoke {} in the participants' register",
                crate::sanitize::inline(email.trim())
            ),
            &sig,
        )?;
        Ok(n)
    }
}

/// The allowed-signers line for `email` with the public key of the configured signing key,
/// to send to the secretariat: `None` when no SSH signing key is configured or its public
/// half cannot be found (`KEY.pub`, or the key itself when it is public).
pub fn line_to_send(repo: &git2::Repository, email: &str) -> Option<String> {
    let config = repo.config().ok()?;
    if config.get_string("gpg.format").ok().as_deref() != Some("ssh") {
        return None;
    }
    let key = config.get_string("user.signingkey").ok()?;
    let public = match find_public_key(&key) {
        Some(k) => k,
        None => {
            let path = std::path::PathBuf::from(&key);
            let read = |p: &std::path::Path| std::fs::read_to_string(p).ok();
            let mut pub_path = path.clone().into_os_string();
            pub_path.push(".pub");
            read(std::path::Path::new(&pub_path))
                .and_then(|t| find_public_key(&t))
                .or_else(|| read(&path).and_then(|t| find_public_key(&t)))?
        }
    };
    Some(format!("{email} namespaces=\"git\" {public}"))
}
