//! The library's error type. Every variant says what went wrong and, where it can, what to do.

use std::path::PathBuf;

/// A problem the library reports to its callers (the CLI maps these to exit code 1).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Git(#[from] git2::Error),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    Invalid(String),
    #[error("no consultation found at {0} (there is no drafts/consultation.json); start one with `consulta init --title T` or try `consulta demo DIR`")]
    NoConsultation(PathBuf),
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
            source,
        }
    }
}
