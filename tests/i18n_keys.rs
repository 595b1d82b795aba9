//! The message files: each parses, every language has exactly English's keys with the same
//! arguments, every key the code uses exists, none is left over, and every ISO 3166 country
//! has a CLDR name in every language.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// One language's messages: key → (the variables it uses, file:line).
type Messages = BTreeMap<String, (BTreeSet<String>, String)>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The hand-written files of a language: `locales/<lang>.ftl` and `locales/<lang>/*.ftl`, but
/// not the generated CLDR names.
fn files_of(lang: &str) -> Vec<PathBuf> {
    let mut files = vec![root().join(format!("locales/{lang}.ftl"))];
    if let Ok(dir) = fs::read_dir(root().join("locales").join(lang)) {
        let mut more: Vec<_> = dir
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .filter(|p| p.file_name().is_some_and(|n| n != "cldr.ftl"))
            .collect();
        more.sort();
        files.extend(more);
    }
    files
}

fn languages() -> Vec<String> {
    let mut langs: Vec<String> = fs::read_dir(root().join("locales"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    langs
}

fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

fn read(lang: &str) -> Messages {
    let mut out = Messages::new();
    for path in files_of(lang) {
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            let e = &errors[0];
            let (line, col) = line_col(&text, e.pos.start);
            panic!("{name}:{line}:{col}: {:?}", e.kind);
        }
        let mut current: Option<String> = None;
        for (i, line) in text.lines().enumerate() {
            let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if starts_entry {
                let key = line.split('=').next().unwrap().trim().to_string();
                if out.contains_key(&key) {
                    panic!("{name}:{}: {key} is defined twice", i + 1);
                }
                out.insert(key.clone(), (BTreeSet::new(), format!("{name}:{}", i + 1)));
                current = Some(key);
            } else if !line.starts_with(' ') && !line.is_empty() {
                current = None;
            }
            if let Some(k) = &current {
                let vars = &mut out.get_mut(k).unwrap().0;
                let mut rest = line;
                while let Some(at) = rest.find('$') {
                    rest = &rest[at + 1..];
                    let v: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    vars.insert(v);
                }
            }
        }
    }
    out
}

#[test]
fn every_language_has_englishs_keys_and_arguments() {
    let langs = languages();
    assert!(langs.len() >= 4, "{langs:?}");
    let en = read("en");
    let mut problems = Vec::new();
    for lang in langs.iter().filter(|l| *l != "en") {
        let other = read(lang);
        for (key, (vars, _)) in &en {
            match other.get(key) {
                None => problems.push(format!("{lang}: {key} is missing")),
                Some((v, at)) if !v.is_subset(vars) => problems.push(format!(
                    "{at}: {key} uses {:?}, which English does not pass",
                    v.difference(vars).collect::<Vec<_>>()
                )),
                Some(_) => {}
            }
        }
        for (key, (_, at)) in &other {
            if !en.contains_key(key) {
                problems.push(format!("{at}: {key} is not an English key (left over)"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every string literal of the sources, for finding the keys the code uses.
fn literals(dir: &Path, out: &mut BTreeSet<String>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            literals(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            string_literals(&fs::read_to_string(&p).unwrap(), out);
        }
    }
}

/// The contents of the plain string literals of Rust source `text`: comments, character
/// literals (`'"'`) and escapes (`\"`) are skipped, so that a quote in them does not shift
/// which pieces are strings. Raw strings count as code (keys are never written in them).
fn string_literals(text: &str, out: &mut BTreeSet<String>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' => {
                // A character literal ('x', '✓', '\'', '\u{22}') ends at the next quote a few
                // bytes on; a lifetime ('a) has none there.
                let from = if b.get(i + 1) == Some(&b'\\') {
                    i + 3
                } else {
                    i + 2
                };
                let close = (from..(i + 12).min(b.len())).find(|&k| b[k] == b'\'');
                i = close.map_or(i + 1, |k| k + 1);
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                out.insert(text[start..i.min(b.len())].to_string());
                i += 1;
            }
            _ => i += 1,
        }
    }
}

#[test]
fn string_literals_are_found_past_quotes_in_characters_and_escapes() {
    let mut out = BTreeSet::new();
    string_literals(
        "let q = '\"'; let e = \"say \\\"hi\\\"\"; // \"not\"\nf::<'a>(\"key-one\"); '\\''; \"key-two\"",
        &mut out,
    );
    assert!(
        out.contains("key-one") && out.contains("key-two"),
        "{out:?}"
    );
    assert!(!out.contains("not"), "{out:?}");
}

#[test]
fn the_code_uses_every_key_and_every_key_it_uses_exists() {
    let en = read("en");
    let mut lits = BTreeSet::new();
    literals(&root().join("src"), &mut lits);
    // Keys built at run time from a prefix (a status word, a command's path) are used when
    // the prefix is: a literal ending in '-' that begins keys.
    let prefixes: Vec<&String> = lits
        .iter()
        .filter(|l| l.ends_with('-') && l.len() > 2 && !l.contains(' '))
        .collect();
    let unused: Vec<_> = en
        .iter()
        .filter(|(k, _)| !lits.contains(*k) && !prefixes.iter().any(|p| k.starts_with(p.as_str())))
        .map(|(k, (_, at))| format!("{at}: {k}"))
        .collect();
    assert!(
        unused.is_empty(),
        "keys no code uses:\n{}",
        unused.join("\n")
    );

    // Keys in t!("…") and t_in!(lang, "…") calls.
    let mut missing = Vec::new();
    scan_calls(&root().join("src"), &en, &mut missing);
    assert!(
        missing.is_empty(),
        "keys the code uses that English lacks:\n{}",
        missing.join("\n")
    );
}

fn scan_calls(dir: &Path, en: &Messages, missing: &mut Vec<String>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            scan_calls(&p, en, missing);
            continue;
        }
        if p.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = fs::read_to_string(&p).unwrap();
        for (macro_name, skip_arg) in [("t!(", false), ("t_in!(", true)] {
            let mut from = 0;
            while let Some(at) = text[from..].find(macro_name) {
                let start = from + at + macro_name.len();
                from = start;
                let before = text[..start - macro_name.len()].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // Not in comments (documentation shows the macros with made-up keys).
                let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
                if text[line_start..start].trim_start().starts_with("//") {
                    continue;
                }
                let mut rest = text[start..].trim_start();
                if skip_arg {
                    match rest.find(',') {
                        Some(c) => rest = rest[c + 1..].trim_start(),
                        None => continue,
                    }
                }
                if let Some(lit) = rest.strip_prefix('"') {
                    let key = &lit[..lit.find('"').unwrap_or(0)];
                    if !en.contains_key(key) {
                        let (line, col) = line_col(&text, start);
                        missing.push(format!(
                            "{}:{line}:{col}: {key}",
                            p.strip_prefix(root()).unwrap().display()
                        ));
                    }
                }
            }
        }
    }
}

#[test]
fn every_country_has_a_cldr_name_in_every_language() {
    for lang in languages() {
        let text = fs::read_to_string(root().join(format!("locales/{lang}/cldr.ftl")))
            .unwrap_or_else(|e| panic!("locales/{lang}/cldr.ftl: {e} (run tools/cldr-names.py)"));
        let named: BTreeSet<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("cldr-region-"))
            .map(|l| &l[..2])
            .collect();
        let missing: Vec<_> = rust_iso3166::ALL_ALPHA2
            .iter()
            .filter(|c| !named.contains(*c))
            .collect();
        assert!(missing.is_empty(), "{lang}: no CLDR name for {missing:?}");
    }
}
