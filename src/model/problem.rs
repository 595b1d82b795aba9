//! A problem found in one file: where it is and what to fix.

use std::fmt;

/// How deep arrays and objects may nest in a record (serde_json stops reading there too).
pub const MAX_JSON_DEPTH: usize = 128;

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
        // serde_json stops at 128 levels of arrays and objects, and says so in its own terms.
        if msg.starts_with("recursion limit exceeded") {
            return Problem::at(path, err.line(), err.column(), too_deep_message());
        }
        // serde_json appends " at line L column C"; we show the position in front instead.
        let message = match msg.rfind(" at line ") {
            Some(i) => msg[..i].to_string(),
            None => msg,
        };
        let message = match err.classify() {
            serde_json::error::Category::Eof => crate::t!("lib-json-truncated", error = message),
            serde_json::error::Category::Syntax => crate::t!("lib-json-invalid", error = message),
            _ => message,
        };
        Problem::at(path, err.line(), err.column(), message)
    }
}

impl Problem {
    /// When `bytes` nest arrays and objects more than [`MAX_JSON_DEPTH`] deep: the problem,
    /// at the bracket that goes past the limit. A record that fails to parse is looked at
    /// this way first, because serde_json would name a wrong type (or a truncation) instead.
    pub fn nested_too_deep(path: &str, bytes: &[u8]) -> Option<Problem> {
        let (mut depth, mut line, mut col) = (0usize, 1usize, 0usize);
        let (mut in_string, mut escaped) = (false, false);
        for &b in bytes {
            if b == b'\n' {
                line += 1;
                col = 0;
            } else {
                col += 1;
            }
            if in_string {
                match b {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_JSON_DEPTH {
                        return Some(Problem::at(path, line, col, too_deep_message()));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        None
    }
}

fn too_deep_message() -> String {
    crate::t!("lib-json-too-deep", depth = MAX_JSON_DEPTH)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_jsons_recursion_limit_is_said_in_words() {
        let deep = "[".repeat(200) + &"]".repeat(200);
        let err = serde_json::from_str::<serde_json::Value>(&deep).unwrap_err();
        let p = Problem::json("x.json", &err);
        assert!(
            p.message.contains("nested more than 128 levels deep"),
            "{p}"
        );
        assert!(!p.message.contains("recursion"), "{p}");
        assert_eq!(p.line, 1);
    }

    #[test]
    fn nesting_is_measured_outside_strings() {
        let ok = format!("{{\"a\": \"{}\", \"b\": [[1]]}}", "[{".repeat(500));
        assert_eq!(Problem::nested_too_deep("x.json", ok.as_bytes()), None);
        let escaped = format!("{{\"a\": \"\\\"{}\"}}", "[".repeat(500));
        assert_eq!(Problem::nested_too_deep("x.json", escaped.as_bytes()), None);
        let at_limit = "[".repeat(128) + &"]".repeat(128);
        assert_eq!(
            Problem::nested_too_deep("x.json", at_limit.as_bytes()),
            None
        );
        let deep = format!("{{\n  \"x\": {}", "[".repeat(200));
        let p = Problem::nested_too_deep("x.json", deep.as_bytes()).unwrap();
        // The brace is level 1, so the 128th bracket of line 2 is level 129.
        assert_eq!((p.line, p.column), (2, 7 + 128));
        assert!(
            p.to_string().starts_with(
                "x.json:2:135: arrays or objects are nested more than 128 levels deep"
            ),
            "{p}"
        );
    }
}
