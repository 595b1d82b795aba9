//! The consultation's records: manifest, sections, comments and dispositions, and the rules
//! that make a file valid. Nothing here knows about git or the terminal.

pub mod comment;
pub mod filter;
pub mod iri;
pub mod manifest;
pub mod problem;
pub mod section;
pub mod split;
pub mod text;
pub mod versions;

pub use comment::{
    parse_comment, parse_disposition, Anchor, Author, Comment, CommentType, Disposition, Stance,
    Status,
};
pub use manifest::{Category, Manifest, Verification};
pub use problem::Problem;
pub use section::{parse_section_file_name, Paragraph, Section};

/// The only record schema this version reads and writes.
pub const SCHEMA: u32 = 1;

/// A sort key that orders as `id` does for ids of at most 32 bytes without NUL, such as every
/// valid ULID: its bytes as two big-endian integers, compared without a byte-by-byte loop.
pub fn id_key(id: &str) -> (u128, u128) {
    let mut b = [0u8; 32];
    let n = id.len().min(32);
    b[..n].copy_from_slice(&id.as_bytes()[..n]);
    let (hi, lo) = b.split_at(16);
    (
        u128::from_be_bytes(hi.try_into().expect("16 bytes")),
        u128::from_be_bytes(lo.try_into().expect("16 bytes")),
    )
}

/// Is `id` a well-formed ULID (26 Crockford base32 characters, first one 0–7)?
/// Ids become file names, so this is also what keeps them inside their folder.
pub fn is_valid_id(id: &str) -> bool {
    id.len() == 26
        && id.as_bytes()[0] <= b'7'
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b.is_ascii_uppercase() && !b"ILOU".contains(&b)))
}

/// Is `code` an ISO 3166-1 alpha-2 country code (in capitals, as consulta stores them)?
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && rust_iso3166::from_alpha2(code).is_some()
}

/// Is `slug` usable as a section id and a folder name? Unicode letters are fine; separators,
/// dots at the start, control characters and whitespace are not, nor a name Windows refuses
/// (see [`is_portable_name`]).
pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.chars().count() <= 100
        && !slug.starts_with('.')
        && !slug.starts_with('-')
        && slug
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !slug.contains("..")
        && is_portable_name(slug)
}

/// Can a file or folder be named `name` on every system consulta runs on? Windows refuses the
/// characters `<>:"/\|?*` and control characters, drops trailing dots and spaces (so `a.` and
/// `a` would be the same file), and reserves the device names `CON`, `PRN`, `AUX`, `NUL`,
/// `COM0`–`COM9` and `LPT0`–`LPT9` (also written with superscript digits), in any case and
/// with any extension (`nul.json` is the device too). Written here because these are rules of
/// the Windows file system, checked on every system so that a repository made on Linux can be
/// checked out on Windows.
pub fn is_portable_name(name: &str) -> bool {
    if name.is_empty()
        || name.ends_with(['.', ' '])
        || name.chars().any(|c| {
            c.is_control() || matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*')
        })
    {
        return false;
    }
    !is_device_name(name)
}

/// Is `name` one Windows reserves for a device (`CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`,
/// `LPT0`–`LPT9`, in any case, with any extension)? The device name is what comes before the
/// first dot, trailing spaces aside.
pub fn is_device_name(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let upper = stem.to_ascii_uppercase();
    match upper.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        _ => match (upper.get(..3), upper.get(3..)) {
            (Some("COM" | "LPT"), Some(digit)) => {
                let mut d = digit.chars();
                matches!(
                    (d.next(), d.next()),
                    (Some('0'..='9' | '\u{b9}' | '\u{b2}' | '\u{b3}'), None)
                )
            }
            _ => false,
        },
    }
}

/// Is `name` usable as a round name (a git tag name and a folder name)?
pub fn is_valid_round_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && !name.starts_with(['.', '-'])
        && !name.ends_with(".lock")
        && !name.contains("..")
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && is_portable_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("01JX3Q8Z6K2W3X4Y5Z6A7B8C9D"));
        assert!(!is_valid_id("01JX3Q8Z6K2W3X4Y5Z6A7B8C9"));
        assert!(!is_valid_id("81JX3Q8Z6K2W3X4Y5Z6A7B8C9D"));
        assert!(!is_valid_id("01JX3Q8Z6K2W3X4Y5Z6A7B8C9I"));
        assert!(!is_valid_id("../../../../etc/passwd12345"));
        assert!(!is_valid_id("01jx3q8z6k2w3x4y5z6a7b8c9d"));
    }

    #[test]
    fn slugs() {
        for ok in ["quality-assurance", "evaluación", "学分", "a_b.c"] {
            assert!(is_valid_slug(ok), "{ok}");
        }
        for bad in [
            "",
            "..",
            "../x",
            "a/b",
            "a\\b",
            ".hidden",
            "a b",
            "a\u{202e}b",
            "-x",
        ] {
            assert!(!is_valid_slug(bad), "{bad:?}");
        }
    }

    #[test]
    fn names_windows_refuses() {
        for ok in [
            "console",
            "con-x",
            "nullable",
            "com10",
            "lpt",
            "auxiliar",
            "evaluación",
            "a.b",
            "01JX3Q8Z6K2W3X4Y5Z6A7B8C9D.json",
        ] {
            assert!(is_portable_name(ok), "{ok}");
        }
        for bad in [
            "CON",
            "con",
            "Nul",
            "prn",
            "AUX",
            "COM1",
            "com9",
            "LPT1",
            "lpt9",
            "COM0",
            "com\u{b9}",
            "con.json",
            "NUL.tar.gz",
            "aux .md",
            "a.",
            "a ",
            "a..",
            "a:b",
            "C:",
            "a\\b",
            "a|b",
            "a?",
            "a*",
            "a\"b",
            "<a>",
            "a\tb",
            "",
        ] {
            assert!(!is_portable_name(bad), "{bad:?}");
        }
        for bad in ["con", "nul", "com1", "lpt3", "aux.x", "x.", "a:b"] {
            assert!(!is_valid_slug(bad), "{bad:?}");
            assert!(!is_valid_round_name(bad), "{bad:?}");
        }
    }

    #[test]
    fn round_names() {
        assert!(is_valid_round_name("round-1"));
        assert!(is_valid_round_name("2026-public.v2"));
        for bad in ["", "a b", "../x", "x.lock", "-x", "a/b", "ronda-ñ"] {
            assert!(!is_valid_round_name(bad), "{bad:?}");
        }
    }
}
