//! The library's messages in the user's language, through the real binary: refusals of
//! `merge` and the reasons it gives per file, `check`'s problems with a manifest's category
//! labels, and the sample's labels in four languages.

mod common;

use common::*;

/// A branch `name` off main adding one comment file written by `claimed` but committed by
/// `author`.
fn claimed_contribution(env: &Env, name: &str, claimed: &str, author: &str) {
    let id = fake_id(41);
    let rel = format!("comments/round-2/assessment/{id}.json");
    let c = serde_json::json!({
        "schema": 1,
        "id": id,
        "round": "round-2",
        "section": "assessment",
        "author": {
            "name": "Ana", "email": claimed, "organisation": "Universidad de Prueba",
            "category": "higher-education", "country": "UY"
        },
        "created": "2026-06-01T10:00:00Z",
        "type": "general",
        "stance": null,
        "anchor": null,
        "comment": "A comment.",
        "proposed_change": null,
        "in_reply_to": null
    });
    env.git(&["switch", "-q", "-c", name, "main"]);
    env.write(&rel, &(serde_json::to_string_pretty(&c).unwrap() + "\n"));
    env.git(&["add", &rel]);
    env.git(&[
        "-c",
        "user.name=Mallory",
        "-c",
        &format!("user.email={author}"),
        "commit",
        "-q",
        "-m",
        "A comment",
    ]);
    env.git(&["switch", "-q", "main"]);
}

#[test]
fn a_refused_merge_speaks_spanish_with_lang_es_and_english_without() {
    let env = Env::demo();
    env.become_secretariat();
    let es = env.refused(&["--lang", "es", "merge", "no-such-branch"], &[]);
    es.stderr_has("\"no-such-branch\" no es un remoto (`git remote -v` los lista), ni una rama local, ni la URL o ruta de un repositorio");
    let en = env.refused(&["merge", "no-such-branch"], &[]);
    en.stderr_has("\"no-such-branch\" is neither a remote (`git remote -v` lists them), a local branch, nor a repository URL or path");
    // The language from the environment too.
    let out = env
        .command(&["merge", "main"])
        .env("CONSULTA_LANG", "pt")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("main é o ramo em que você está"),
        "{stderr}"
    );
}

#[test]
fn a_stakeholder_is_refused_in_french_and_a_merges_reasons_are_french() {
    let env = Env::demo();
    claimed_contribution(
        &env,
        "contrib/claim",
        "ana@udelar.example",
        "mallory@evil.example",
    );
    env.become_stakeholder("Mallory", "mallory@evil.example");
    env.refused(
        &["--lang", "fr", "merge", "contrib/claim"],
        &[
            "seul le secrétariat (",
            "peut intégrer des contributions ; vous êtes \"mallory@evil.example\"",
        ],
    );
    env.become_secretariat();
    let out = env.run(&["--lang", "fr", "merge", "contrib/claim"]);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(
        all.contains("le commentaire se dit de ana@udelar.example, mais l'auteur du commit est mallory@evil.example"),
        "{out:?}"
    );
    assert!(!all.contains("claims to be by"), "{out:?}");
}

#[test]
fn check_names_the_line_and_column_of_a_bad_label_map_in_the_users_language() {
    let env = Env::demo();
    let manifest = env.read("drafts/consultation.json");
    let bad = manifest.replacen(
        "\"es\": \"Ministerio u organismo público\"",
        "\"es\": \"  \"",
        1,
    );
    assert_ne!(bad, manifest);
    env.write("drafts/consultation.json", &bad);
    let line = bad
        .lines()
        .position(|l| l.contains("\"es\": \"  \""))
        .unwrap()
        + 1;
    let out = env.run(&["--lang", "es", "check"]);
    assert_ne!(out.code, Some(0), "{out:?}");
    let all = format!("{}{}", out.stdout, out.stderr);
    let at = format!("drafts/consultation.json:{line}:");
    assert!(all.contains(&at), "wanted {at}{out:?}");
    assert!(all.contains("la etiqueta en «es» está vacía"), "{out:?}");

    let bad = manifest.replacen("\"pt\": \"Ministério", "\"portuguese\": \"Ministério", 1);
    env.write("drafts/consultation.json", &bad);
    let line = bad
        .lines()
        .position(|l| l.contains("\"portuguese\""))
        .unwrap()
        + 1;
    let out = env.run(&["check"]);
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(
        all.contains(&format!("drafts/consultation.json:{line}:"))
            && all.contains("\"portuguese\" is not a language code"),
        "{out:?}"
    );
}

#[test]
fn the_samples_categories_are_labelled_in_four_languages() {
    let env = Env::demo();
    let m = consulta::model::Manifest::parse(
        "drafts/consultation.json",
        env.read("drafts/consultation.json").as_bytes(),
    )
    .unwrap();
    assert_eq!(m.categories.len(), 10);
    let lang = |c: &str| consulta::i18n::Lang::parse(c).unwrap();
    for c in &m.categories {
        let codes: Vec<&str> = c.labels.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(codes, ["en", "es", "pt", "fr"], "{}", c.id);
        // What `label` always meant: the consultation's first language (English).
        assert_eq!(c.label, c.label_in(lang("en")));
    }
    let gov = &m.categories[0];
    assert_eq!(gov.label, "Ministry or government agency");
    assert_eq!(gov.label_in(lang("es")), "Ministerio u organismo público");
    assert_eq!(gov.label_in(lang("pt")), "Ministério ou órgão público");
    assert_eq!(gov.label_in(lang("fr")), "Ministère ou organisme public");
    // Written back as read.
    assert_eq!(m.to_json(), env.read("drafts/consultation.json"));
}
