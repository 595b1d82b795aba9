//! The git-backed store: find the consultation, read drafts at a round, at HEAD or in the
//! working tree, read the comment records, and write records as commits.

mod carry;
mod check;
mod clean_folders;
mod import;
pub use import::ImportReport;
mod ops;
pub use check::CheckReport;
mod file;
mod identity;
mod index_file;
mod journal;
pub(crate) mod pack_file;
mod read;
mod recover;
pub mod register;
mod rounds;
mod section_counts;
pub use section_counts::{Counts, SectionCount};
pub mod signatures;
pub mod signing;
pub(crate) mod write;
// The secretariat's work with contributions and remotes.
mod bundle;
mod competing;
mod history;
mod join;
mod merge;
mod merge_rules;
mod news;
mod remote_tags;
mod sync;
mod transport;
mod verify;
mod versions;
pub use versions::{unaligned_problems, TranslationImport, TranslationState, TranslationStatus};

use std::path::{Path, PathBuf};

use git2::Repository;

pub use identity::{Identity, IdentityField};
pub use ops::{applied_wording, Applied, NewComment, Resolution, APPLIED_WORDING};
pub use read::{line_col, Drafts, Records};
pub use rounds::{Round, ROUND_TRAILER};
pub use write::{signature_at, FileWrite};

pub use bundle::{is_bundle, SendReport};
pub use competing::{competing_proposals, CompetingGroup};
pub use history::short;
pub use join::{default_dir, JoinReport};
pub use merge::{Contribution, MergeProblem, MergeReport, INCOMING};
pub use news::SyncNews;
pub use sync::{contrib_branch_name, CatchUp, Progress, SyncReport};
pub use verify::{SignatureCounts, VerifyReport};

use crate::{Error, Result};

/// Where the drafts are read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Version {
    /// The files on disk, committed or not.
    WorkTree,
    /// The current commit.
    Head,
    /// A round's tag.
    Round(String),
}

impl Version {
    /// `draft` (or `working`) means the working tree, `HEAD` the current commit, anything
    /// else a round name.
    pub fn parse(s: &str) -> Version {
        match s {
            "draft" | "working" | "worktree" => Version::WorkTree,
            "HEAD" | "head" => Version::Head,
            other => Version::Round(other.to_string()),
        }
    }

    pub fn label(&self) -> String {
        match self {
            Version::WorkTree => "working draft".into(),
            Version::Head => "HEAD".into(),
            Version::Round(r) => r.clone(),
        }
    }
}

/// A consultation repository.
pub struct Store {
    repo: Repository,
    root: PathBuf,
}

/// The manifest's place in the repository.
pub const MANIFEST: &str = "drafts/consultation.json";

/// The attributes file `consulta init` commits.
pub const GITATTRIBUTES: &str = ".gitattributes";

/// What `consulta init` puts in [`GITATTRIBUTES`]. Git for Windows is installed with
/// `core.autocrlf=true`, which turns LF into CRLF when it checks text files out: a comment
/// file would then differ from the bytes its author committed, and `consulta verify` (which
/// proves that each comment is what was submitted) would have to undo git's conversion.
/// Records are therefore not text to git (never converted, still diffed); sections are text
/// with LF endings on every system, so that a section saved with CRLF by a Windows editor is
/// committed as LF and its diff shows only real changes.
pub const GITATTRIBUTES_TEXT: &str = "\
# Written by `consulta init`.
# Records (comments, dispositions, the manifest) are checked out byte for byte as committed,
# whatever core.autocrlf says: `consulta verify` compares them with what was submitted.
*.json -text
# The draft's sections: text, LF line endings on every system.
*.md text eol=lf
";

/// A clone of a bare repository whose HEAD named no branch (`git init --bare` names `master`
/// or `init.defaultBranch`) sits on an unborn branch with nothing checked out; when a
/// remote-tracking `main` (or `master`) holds a consultation, its name (`origin/main`).
fn unborn_clone_of_consultation(repo: &Repository) -> Option<String> {
    if repo.head().is_ok() {
        return None;
    }
    let refs = repo.references_glob("refs/remotes/*").ok()?;
    let mut found: Vec<String> = refs
        .flatten()
        .filter_map(|r| {
            let name = r.shorthand().ok()?.to_string();
            let tree = r.peel_to_tree().ok()?;
            tree.get_path(Path::new(MANIFEST)).ok()?;
            Some(name)
        })
        .filter(|n| n.ends_with("/main") || n.ends_with("/master"))
        .collect();
    found.sort_by_key(|n| !n.ends_with("/main"));
    found.into_iter().next()
}

impl Store {
    /// Find the repository containing `dir` (or `dir` itself) and check it holds a consultation.
    pub fn open(dir: &Path) -> Result<Store> {
        let repo = Repository::discover(dir).map_err(|e| {
            if e.code() == git2::ErrorCode::NotFound {
                Error::NotFound(crate::t!(
                    "err-not-in-repository",
                    path = dir.display().to_string(),
                    join = "consulta join ADDRESS",
                    init = format!("consulta init {} --title T", dir.display())
                ))
            } else {
                Error::Git(e)
            }
        })?;
        let Some(root) = repo.workdir().map(Path::to_path_buf) else {
            return Err(Error::Refused(crate::t!(
                "err-bare-repository-clone",
                path = repo.path().display().to_string(),
                command = format!("git clone {} work", repo.path().display())
            )));
        };
        if !root.join(MANIFEST).is_file() {
            if let Some(branch) = unborn_clone_of_consultation(&repo) {
                return Err(Error::UnbornClone(branch));
            }
            return Err(Error::NoConsultation(root));
        }
        Ok(Store { repo, root })
    }

    /// The repository's top folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The underlying git repository.
    pub fn git(&self) -> &Repository {
        &self.repo
    }

    /// Create a new consultation in `dir` (a new or empty folder, or an existing git repository
    /// without one): the manifest, a first section file, the `.gitattributes` of
    /// [`GITATTRIBUTES_TEXT`], and a first commit.
    pub fn init(dir: &Path, title: &str, who: &Identity) -> Result<Store> {
        Store::init_with_languages(dir, title, who, &[])
    }

    /// [`Store::init`] with the framework's languages, the primary text's first (none given:
    /// the manifest's default).
    pub fn init_with_languages(
        dir: &Path,
        title: &str,
        who: &Identity,
        languages: &[String],
    ) -> Result<Store> {
        crate::model::versions::check_languages(languages)?;
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let repo = match Repository::open(dir) {
            Ok(r) => r,
            Err(_) => {
                let mut opts = git2::RepositoryInitOptions::new();
                opts.initial_head("main");
                Repository::init_opts(dir, &opts)?
            }
        };
        let root = repo.workdir().map(Path::to_path_buf).ok_or_else(|| {
            Error::Refused(crate::t!(
                "err-bare-repository",
                path = dir.display().to_string()
            ))
        })?;
        if root.join(MANIFEST).exists() {
            return Err(Error::Refused(crate::t!(
                "err-already-a-consultation",
                path = root.display().to_string(),
                file = MANIFEST
            )));
        }
        let secretariat = if who.email.is_empty() {
            vec![]
        } else {
            vec![who.email.clone()]
        };
        let mut manifest = crate::model::Manifest::new(title, secretariat);
        if !languages.is_empty() {
            manifest.languages = languages.to_vec();
        }
        let store = Store { repo, root };
        let first = format!(
            "# 1. Introduction\n\n1.1 This is the first section of \"{}\". Replace it with the draft's text, or import a whole document with `consulta import draft FILE.md`.\n",
            title.replace('\n', " ")
        );
        // Kept when the repository has its own attributes; ours are added once.
        let attributes = match std::fs::read_to_string(store.root.join(GITATTRIBUTES)) {
            Ok(mine) if mine.lines().any(|l| l.trim() == "*.json -text") => mine,
            Ok(mine) if mine.is_empty() || mine.ends_with('\n') => mine + GITATTRIBUTES_TEXT,
            Ok(mine) => mine + "\n" + GITATTRIBUTES_TEXT,
            Err(_) => GITATTRIBUTES_TEXT.to_string(),
        };
        store.commit_files(
            &[
                FileWrite::new(GITATTRIBUTES, attributes),
                FileWrite::new(MANIFEST, manifest.to_json()),
                FileWrite::new("drafts/01-introduction.md", first),
            ],
            &format!("Start the consultation \"{}\"", title.replace('\n', " ")),
            &who.signature()?,
        )?;
        Ok(store)
    }
}

/// Whether `s` is written as a Windows path: with a drive (`C:\repo`, `C:/repo`, `C:`), a
/// share (`\\server\share`), or relative with backslashes (`.\repo`, `..\repo`). Such a
/// remote or source is a folder, never an ssh host or a branch.
pub(crate) fn is_windows_path(s: &str) -> bool {
    let b = s.as_bytes();
    let drive = b.len() >= 2
        && b[0].is_ascii_alphabetic()
        && b[1] == b':'
        && matches!(b.get(2), None | Some(b'/' | b'\\'));
    drive || s.starts_with("\\\\") || s.starts_with(".\\") || s.starts_with("..\\")
}

/// Refuse any repository-relative path that could leave its folder, or that names a file
/// Windows cannot hold (see [`crate::model::is_portable_name`]).
pub fn safe_relative(path: &str) -> Result<PathBuf> {
    let p = Path::new(path);
    let ok = !path.is_empty()
        && !path.contains('\0')
        && !path.contains('\\')
        && p.components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        && !path.chars().any(char::is_control);
    if !ok {
        return Err(Error::Refused(crate::t!(
            "err-path-escapes",
            path = format!("{path:?}")
        )));
    }
    if let Some(bad) = path
        .split('/')
        .find(|part| !crate::model::is_portable_name(part))
    {
        return Err(Error::Refused(crate::t!(
            "err-path-not-portable",
            path = format!("{path:?}"),
            name = format!("{bad:?}"),
            characters = ": \\ * ? \u{22} < > |"
        )));
    }
    Ok(p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_paths() {
        for yes in [
            "C:\\repo",
            "c:/repo",
            "D:",
            "\\\\server\\share\\c.git",
            ".\\c",
            "..\\shared\\c.git",
        ] {
            assert!(is_windows_path(yes), "{yes}");
        }
        for no in [
            "git@host:c.git",
            "host:c",
            "CC:/x",
            "/srv/c.git",
            "../c",
            "main",
            "",
        ] {
            assert!(!is_windows_path(no), "{no}");
        }
    }

    #[test]
    fn safe_relative_paths() {
        for ok in [
            "comments/round-1/assessment/01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.json",
            "drafts/01-evaluación.md",
            ".gitattributes",
        ] {
            assert!(safe_relative(ok).is_ok(), "{ok}");
        }
        for (bad, why) in [
            ("../x", "leave its folder"),
            ("/etc/passwd", "leave its folder"),
            ("a\\b", "leave its folder"),
            (
                "comments/round-1/CON/01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.json",
                "\"CON\" cannot",
            ),
            ("comments/nul.json", "cannot be a file name"),
            ("drafts/com1.md", "cannot be a file name"),
            ("drafts/LPT9", "cannot be a file name"),
            ("comments/a:b/x.json", "cannot be a file name"),
            ("comments/C:/x.json", "cannot be a file name"),
            ("comments/round-1./x.json", "cannot be a file name"),
            ("comments/round-1 /x.json", "cannot be a file name"),
        ] {
            let got = safe_relative(bad).map_or_else(|e| e.to_string(), |_| String::new());
            assert!(got.contains(why), "{bad}: {got}");
        }
    }
}
