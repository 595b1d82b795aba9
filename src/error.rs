//! The library's error type. Every variant says what went wrong and, where it can, what to do.

use std::path::PathBuf;

/// A problem the library reports to its callers (the CLI maps these to exit code 1). Its
/// words are in the interface language (`Display` below).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    // The message says it all: no separate source, so that a chain of causes (`{:#}`) does
    // not print it twice.
    #[error(transparent)]
    Git(#[from] git2::Error),
    #[error("{path}: {err}")]
    Io { path: PathBuf, err: std::io::Error },
    #[error("{0}")]
    Invalid(String),
    /// No manifest at the folder named.
    #[error("{}", no_consultation(.0))]
    NoConsultation(PathBuf),
    /// A clone with nothing checked out whose remote-tracking branch (named here, such as
    /// `origin/main`) holds the consultation.
    #[error("{}", unborn_clone(.0))]
    UnbornClone(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Refused(String),
}

fn no_consultation(path: &std::path::Path) -> String {
    crate::t!(
        "err-no-consultation",
        path = path.display().to_string(),
        join = "consulta join ADDRESS",
        init = "consulta init --title T"
    )
}

fn unborn_clone(branch: &str) -> String {
    let short = branch.rsplit('/').next().unwrap_or("main");
    crate::t!(
        "err-unborn-clone",
        branch = branch,
        switch = format!("git switch {short}")
    )
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            err: source,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The CLI prints an error with its chain of causes: each part of the message once.
    #[test]
    fn a_chain_of_causes_says_each_thing_once() {
        let chain = |e: &Error| {
            let mut out = e.to_string();
            let mut cause = std::error::Error::source(e);
            while let Some(c) = cause {
                out.push_str(&format!(": {c}"));
                cause = c.source();
            }
            out
        };
        let git = Error::from(git2::Error::from_str("object not found"));
        assert_eq!(
            chain(&git).matches("object not found").count(),
            1,
            "{}",
            chain(&git)
        );
        let io = Error::io(
            "comments/x.json",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        let text = chain(&io);
        assert!(text.starts_with("comments/x.json: "), "{text}");
        assert_eq!(text.matches("permission denied").count(), 1, "{text}");
    }

    #[test]
    fn errors_speak_the_interface_language() {
        use crate::i18n::{with_ui, Lang};
        let e = Error::UnbornClone("origin/trunk".into());
        let en = with_ui(Lang::EN, || e.to_string());
        assert_eq!(en, "this clone has nothing checked out: its remote did not say which branch to use, and the consultation is on origin/trunk. Run `git switch trunk` here, then consulta again");
        let es = with_ui(Lang::parse("es").unwrap(), || e.to_string());
        assert!(
            es.contains("origin/trunk") && es.contains("`git switch trunk`"),
            "{es}"
        );
        assert_ne!(es, en);
        let e = Error::NoConsultation("some/where".into());
        let en = with_ui(Lang::EN, || e.to_string());
        assert!(en.starts_with("no consultation found at some/where (there is no drafts/consultation.json). To take part in one, copy it with `consulta join ADDRESS`"), "{en}");
        let fr = with_ui(Lang::parse("fr").unwrap(), || e.to_string());
        assert!(
            fr.contains("`consulta join ADDRESS`") && fr.contains("some/where"),
            "{fr}"
        );
    }

    #[test]
    fn plural_messages_keep_their_words_apart() {
        use crate::i18n::{with_ui, Lang};
        let msg = |lang: &str, n: usize| {
            with_ui(Lang::parse(lang).unwrap(), || {
                crate::t!(
                    "err-occurrence-out-of-range",
                    option = "--occurrence 9",
                    count = n,
                    section = "scope"
                )
            })
        };
        assert_eq!(
            msg("en", 1),
            "--occurrence 9 is out of range: the quote occurs 1 time in section scope"
        );
        assert_eq!(
            msg("en", 2),
            "--occurrence 9 is out of range: the quote occurs 2 times in section scope"
        );
        assert_eq!(
            msg("es", 1),
            "--occurrence 9 está fuera de rango: la cita aparece 1 vez en la sección scope"
        );
    }
}
