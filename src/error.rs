//! The library's error type. Every variant says what went wrong and, where it can, what to do.

use std::path::PathBuf;

/// A problem the library reports to its callers (the CLI maps these to exit code 1).
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
    #[error("no consultation found at {0} (there is no drafts/consultation.json). To take part in one, copy it with `consulta join ADDRESS` (the secretariat gives the address); to start one, `consulta init --title T`")]
    NoConsultation(PathBuf),
    /// A clone with nothing checked out whose remote-tracking branch (named here, such as
    /// `origin/main`) holds the consultation.
    #[error("this clone has nothing checked out: its remote did not say which branch to use, and the consultation is on {0}. Run `git switch {short}` here, then consulta again", short = .0.rsplit('/').next().unwrap_or("main"))]
    UnbornClone(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Refused(String),
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
}
