//! A problem found in one file: where it is and what to fix.

use std::fmt;

/// One problem in one file of the consultation. `line` and `column` are 1-based; 0 when the
/// problem concerns the whole file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Problem {
    pub fn file(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }

    pub fn at(
        path: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            path: path.into(),
            line,
            column,
            message: message.into(),
        }
    }

    /// From a serde_json error, keeping its line and column.
    pub fn json(path: impl Into<String>, err: &serde_json::Error) -> Self {
        let msg = err.to_string();
        // serde_json appends " at line L column C"; we show the position in front instead.
        let message = match msg.rfind(" at line ") {
            Some(i) => msg[..i].to_string(),
            None => msg,
        };
        let message = match err.classify() {
            serde_json::error::Category::Eof => {
                format!("the file ends too early ({message}); was it truncated?")
            }
            serde_json::error::Category::Syntax => format!("invalid JSON: {message}"),
            _ => message,
        };
        Problem::at(path, err.line(), err.column(), message)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = crate::sanitize::inline(&self.path);
        let message = crate::sanitize::inline(&self.message);
        if self.line > 0 {
            write!(f, "{path}:{}:{}: {message}", self.line, self.column)
        } else {
            write!(f, "{path}: {message}")
        }
    }
}
