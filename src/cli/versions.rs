//! The CLI's side of the framework's language versions: which text version `--lang` asks for,
//! reading the drafts in it, the translation column of `sections`, the warning of `round open`
//! and `import draft --lang`.

use std::collections::HashMap;

use anyhow::Result;
use consulta::repo::{Drafts, Identity, Store, TranslationState};
use consulta::{sanitize, t};

/// The text version `--lang` asks for, when it is one of the consultation's translations
/// (`None`: the primary text). `--lang` also sets the interface language, so a language the
/// manifest does not list only changes the interface.
pub fn text_language(drafts: &Drafts) -> Option<String> {
    let flag = consulta::i18n::text_flag()?;
    drafts
        .manifest
        .text_language(Some(&flag))
        .map(str::to_string)
}

/// The drafts as read in the `--lang` version: each section replaced by its version in that
/// language; a section without one stays in the primary text, and its id is returned.
pub fn read_in(drafts: Drafts) -> (Drafts, Vec<String>) {
    let Some(lang) = text_language(&drafts) else {
        return (drafts, Vec::new());
    };
    let mut missing = Vec::new();
    let sections = drafts
        .sections
        .iter()
        .map(|s| match drafts.section_in(Some(&lang), &s.id) {
            Some(t) => t.clone(),
            None => {
                missing.push(s.id.clone());
                s.clone()
            }
        })
        .collect();
    (Drafts { sections, ..drafts }, missing)
}

/// Say on standard error which sections are shown in the primary text for want of a version
/// in the language asked for.
pub fn note_missing(drafts: &Drafts, missing: &[String]) {
    if let (Some(lang), false) = (text_language(drafts), missing.is_empty()) {
        eprintln!(
            "{}",
            t!(
                "versions-cli-missing",
                lang = lang,
                count = missing.len(),
                sections = sanitize::inline(&missing.join(", "))
            )
        );
    }
}

/// Each section's translation state in the `--lang` version, when one is asked for.
pub fn translation_states(
    store: &Store,
    drafts: &Drafts,
) -> Result<Option<HashMap<String, TranslationState>>> {
    let Some(lang) = text_language(drafts) else {
        return Ok(None);
    };
    let status = store.translation_status()?;
    Ok(Some(
        status
            .into_iter()
            .filter_map(|(id, row)| row.get(&lang).map(|s| (id, *s)))
            .collect(),
    ))
}

/// The word for a translation state in the interface language (the table of `sections`).
pub fn state_word(s: TranslationState) -> String {
    const PREFIX: &str = "versions-state-";
    t!(&format!("{PREFIX}{}", s.as_str()))
}

/// Before a round opens: name the sections whose translations are behind (the round opens all
/// the same; the secretariat decides).
pub fn warn_behind(store: &Store) -> Result<()> {
    for (lang, ids) in store.behind_translations()? {
        eprintln!(
            "{}",
            t!(
                "versions-round-behind",
                lang = lang,
                count = ids.len(),
                sections = sanitize::inline(&ids.join(", "))
            )
        );
    }
    Ok(())
}

/// `import draft FILE --lang L` for a translation's language L: import that version.
/// `Ok(false)` when `--lang` names no translation (an ordinary import then runs).
pub fn import_translation(store: &Store, text: &str, source: &str) -> Result<bool> {
    let (d, _) = store.drafts(&consulta::repo::Version::WorkTree)?;
    let Some(flag) = consulta::i18n::text_flag() else {
        return Ok(false);
    };
    if flag == d.manifest.primary_language() {
        return Ok(false);
    }
    let who = Identity::load(Some(store.git()));
    let r = store.import_translation(text, source, &flag, &who.signature()?)?;
    println!(
        "{}",
        t!(
            "versions-imported",
            source = sanitize::inline(source),
            lang = r.lang.as_str(),
            count = r.sections,
            changed = r.changed.len()
        )
    );
    match r.commit {
        Some(c) => println!(
            "{}",
            t!(
                "versions-imported-commit",
                commit = c.to_string()[..10].to_string()
            )
        ),
        None => println!(
            "{}",
            t!("versions-imported-nothing", lang = r.lang.as_str())
        ),
    }
    Ok(true)
}

/// `check`'s list of paragraphs that cannot be aligned across versions (not errors).
pub fn print_unaligned(unaligned: &[consulta::model::Problem]) {
    for p in unaligned {
        println!("{p}");
    }
    if !unaligned.is_empty() {
        println!(
            "{}",
            t!("versions-check-unaligned", count = unaligned.len())
        );
    }
}
