//! The framework in parallel language versions, on real repositories through the real binary:
//! `init --languages`, `import draft --lang`, reading and commenting in a version, alignment
//! problems in `check`, translation status (`sections --lang`, `round open`), and `apply` of a
//! proposal made on a translation.

mod common;

use common::*;
use consulta::repo::{Store, TranslationState};

const EN: &str = "# 1. Scope\n\n1.1 This framework applies to every provider.\n\n1.2 It covers short courses.\n\n# 2. Terms\n\n2.1 A microcredential certifies a small set of outcomes.\n\n# 3. Rules\n\nProviders publish their rules.\n\nThey review them every year.\n";
const ES: &str = "# 1. Alcance\n\n1.1 Este marco se aplica a todo proveedor.\n\n1.2 Abarca los cursos breves.\n\n# 2. Términos\n\n2.1 Una microcredencial certifica un conjunto pequeño de resultados.\n\n# 3. Reglas\n\nLos proveedores publican sus reglas.\n\nLas revisan cada año.\n";

/// A new consultation "Marco" in `languages` (the primary first), made by its secretariat.
fn initialised(languages: &str) -> Env {
    let env = Env::new();
    env.secretariat_identity();
    env.run_in(
        env.root(),
        &[
            "init",
            env.repo.to_str().unwrap(),
            "--title",
            "Marco",
            "--languages",
            languages,
        ],
    )
    .ok();
    env
}

/// A consultation in en, es, pt, fr with the English text imported, the Spanish version
/// imported, and round-1 open.
fn started() -> Env {
    let env = initialised("en,es,pt,fr");
    std::fs::write(env.root().join("en.md"), EN).unwrap();
    std::fs::write(env.root().join("es.md"), ES).unwrap();
    let en = env.root().join("en.md");
    env.run(&["import", "draft", en.to_str().unwrap()]).ok();
    let es = env.root().join("es.md");
    env.run(&["import", "draft", es.to_str().unwrap(), "--lang", "es"])
        .ok()
        .stdout_has(
            "Se importó la versión es desde es.md: 3 secciones, 3 agregadas o modificadas.",
        );
    env.run(&["round", "open", "round-1"]).ok();
    env
}

fn translation(env: &Env, lang: &str) -> Vec<(String, String)> {
    let v = env
        .run(&["sections", "--lang", lang, "--format", "json"])
        .ok()
        .json();
    v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["translation"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn layout_import_and_reading_in_a_version() {
    let env = started();
    let manifest: serde_json::Value =
        serde_json::from_str(&env.read("drafts/consultation.json")).unwrap();
    assert_eq!(
        manifest["languages"],
        serde_json::json!(["en", "es", "pt", "fr"])
    );
    assert_eq!(env.read("drafts/01-scope.md"), "# 1. Scope\n\n1.1 This framework applies to every provider.\n\n1.2 It covers short courses.\n");
    assert!(env
        .read("drafts/es/01-scope.md")
        .starts_with("# 1. Alcance\n"));
    assert!(env.path("drafts/es/03-rules.md").is_file());
    // Reading: --lang picks the text version; without it, the primary text.
    env.run(&["show", "terms", "--lang", "es"])
        .ok()
        .stdout_has("Una microcredencial");
    env.run(&["show", "terms"])
        .ok()
        .stdout_has("A microcredential");
    // A version that does not exist yet: the primary text, and a note.
    env.run(&["show", "terms", "--lang", "pt"])
        .ok()
        .stdout_has("A microcredential")
        .stderr_has("A seção terms não tem versão pt: é mostrado o texto principal.");
    assert_eq!(
        translation(&env, "es"),
        vec![
            ("scope".into(), "current".into()),
            ("terms".into(), "current".into()),
            ("rules".into(), "current".into())
        ]
    );
    assert!(translation(&env, "pt").iter().all(|(_, t)| t == "missing"));
    env.run(&["check"]).ok();
    // diff --lang compares the Spanish texts.
    let es = env.read("drafts/es/02-terms.md");
    env.write(
        "drafts/es/02-terms.md",
        &es.replace("un conjunto pequeño", "un conjunto acotado"),
    );
    let out = env.run(&["diff", "round-1", "--lang", "es", "--format", "markdown"]);
    out.ok();
    assert!(out.stdout.contains("acotado"), "{}", out.stdout);
    let out = env.run(&["diff", "round-1", "--format", "markdown"]);
    out.ok();
    assert!(!out.stdout.contains("acotado"), "{}", out.stdout);
}

#[test]
fn a_mismatched_translation_is_not_imported_and_every_mismatch_is_listed() {
    let env = started();
    let before = env.head();
    let bad = "# 1. Alcance\n\nTexto.\n\n# 3. Reglas\n\nTexto.\n";
    std::fs::write(env.root().join("pt.md"), bad).unwrap();
    let pt = env.root().join("pt.md");
    let out = env.run(&["import", "draft", pt.to_str().unwrap(), "--lang", "pt"]);
    out.code(1);
    let err = &out.stderr;
    assert!(err.contains("nada foi importado"), "{err}");
    assert!(
        err.contains("o documento tem 2 seções; o texto principal tem 3"),
        "{err}"
    );
    assert!(
        err.contains("a seção 2 do documento tem o número 3"),
        "{err}"
    );
    assert_eq!(env.head(), before);
    assert!(!env.path("drafts/pt").exists());
}

#[test]
fn comments_on_a_version_record_their_language() {
    let env = started();
    env.become_stakeholder("Ana Prueba", "ana@uni.example");
    env.run(&[
        "comment",
        "add",
        "--section",
        "terms",
        "--quote",
        "un conjunto pequeño",
        "--type",
        "ed",
        "--body",
        "Mejor: un conjunto acotado.",
        "--propose",
        "un conjunto acotado",
        "--lang",
        "es",
    ])
    .ok();
    env.run(&[
        "comment",
        "add",
        "--section",
        "terms",
        "--type",
        "ge",
        "--body",
        "Clear.",
    ])
    .ok();
    let all = env.comments_json();
    let es = all
        .iter()
        .find(|c| c["comment"] == "Mejor: un conjunto acotado.")
        .unwrap();
    assert_eq!(es["lang"], "es");
    assert_eq!(es["anchor"]["quote"], "un conjunto pequeño");
    let en = all.iter().find(|c| c["comment"] == "Clear.").unwrap();
    assert_eq!(en["lang"], "en");
    // The record of the primary text has no lang field: old records read as before.
    let files = env.comment_files();
    let raw: Vec<String> = files.iter().map(|f| env.read(f)).collect();
    assert_eq!(raw.iter().filter(|r| r.contains("\"lang\"")).count(), 1);
    // The table names each comment's language.
    let out = env
        .run(&["comments", "--section", "terms"])
        .ok()
        .stdout
        .clone();
    assert!(out.contains("lang"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains(" es ") && l.contains("Mejor")),
        "{out}"
    );
    assert!(
        out.lines()
            .any(|l| l.contains(" en ") && l.contains("Clear")),
        "{out}"
    );
    // A quote taken from the English text does not occur in the Spanish version.
    env.run(&[
        "comment",
        "add",
        "--section",
        "terms",
        "--quote",
        "small set",
        "--type",
        "ed",
        "--body",
        "x",
        "--lang",
        "es",
    ])
    .code(1);
    env.run(&["check"]).ok();
    // A comment in a language the manifest does not list is refused by check.
    let f = files
        .iter()
        .find(|f| env.read(f).contains("\"lang\""))
        .unwrap();
    env.write(
        f,
        &env.read(f).replace("\"lang\": \"es\"", "\"lang\": \"de\""),
    );
    env.run(&["check"])
        .code(1)
        .stdout_has("the language de is not one of the consultation's: en, es, pt, fr");

    // The secretariat accepts and applies the Spanish proposal: the Spanish version changes,
    // the other versions of the section are behind.
    let id = es["id"].as_str().unwrap().to_string();
    env.write(
        f,
        &env.read(f).replace("\"lang\": \"de\"", "\"lang\": \"es\""),
    );
    env.git(&["config", "user.email", "sec@consulta.example"]);
    env.git(&["config", "user.name", "Sara Secretaria"]);
    env.run(&["respond", &id, "--status", "accepted"]).ok();
    env.run(&["apply", &id]).ok();
    assert!(env
        .read("drafts/es/02-terms.md")
        .contains("un conjunto acotado de resultados"));
    assert!(env.read("drafts/02-terms.md").contains("a small set"));
    let store = Store::open(&env.repo).unwrap();
    let status = store.translation_status().unwrap();
    assert_eq!(status["terms"]["es"], TranslationState::Current);
    assert_eq!(status["terms"]["en"], TranslationState::Behind);
    assert_eq!(status["terms"]["pt"], TranslationState::Missing);
    assert_eq!(status["scope"]["en"], TranslationState::Current);
    assert_eq!(status["scope"]["es"], TranslationState::Current);
}

#[test]
fn a_changed_primary_section_leaves_its_translation_behind() {
    let env = started();
    let text = env.read("drafts/03-rules.md");
    env.write(
        "drafts/03-rules.md",
        &text.replace("every year", "every two years"),
    );
    // In the working draft, before any commit.
    assert_eq!(
        translation(&env, "es"),
        vec![
            ("scope".into(), "current".into()),
            ("terms".into(), "current".into()),
            ("rules".into(), "behind".into())
        ]
    );
    env.git_commit_all("Rules: every two years");
    env.run(&["round", "open", "round-2"]).ok().stderr_has(
        "the es version is behind (another version changed, it did not) in 1 section: rules.",
    );
    // Between rounds still behind, until the Spanish text follows.
    assert_eq!(translation(&env, "es")[2].1, "behind");
    let es = env.read("drafts/es/03-rules.md");
    env.write(
        "drafts/es/03-rules.md",
        &es.replace("cada año", "cada dos años"),
    );
    assert_eq!(translation(&env, "es")[2].1, "current");
}

#[test]
fn check_lists_paragraphs_that_cannot_be_aligned() {
    let env = started();
    // The Spanish rules gain a paragraph with no clause label: counts differ, nothing pairs.
    env.write(
        "drafts/es/03-rules.md",
        "# 3. Reglas\n\nLos proveedores publican sus reglas.\n\nLas revisan cada año.\n\nY las traducen.\n",
    );
    let out = env.run(&["check"]);
    out.ok()
        .stdout_has("5 paragraphs cannot be aligned across language versions");
    for needle in [
        "drafts/es/03-rules.md:3",
        "drafts/es/03-rules.md:7",
        "drafts/03-rules.md:3",
        "paragraph 3 has no counterpart in drafts/03-rules.md",
    ] {
        assert!(out.stdout.contains(needle), "{needle}: {}", out.stdout);
    }
    // Clause labels pair what they can: with labels, only the extra paragraph is reported.
    env.write(
        "drafts/es/01-scope.md",
        "# 1. Alcance\n\n1.1 Este marco se aplica a todo proveedor.\n\nNota del traductor.\n\n1.2 Abarca los cursos breves.\n",
    );
    env.write(
        "drafts/es/03-rules.md",
        "# 3. Reglas\n\nLos proveedores publican sus reglas.\n\nLas revisan cada año.\n",
    );
    let out = env.run(&["check"]);
    out.ok();
    assert!(
        out.stdout.contains("drafts/es/01-scope.md:5"),
        "{}",
        out.stdout
    );
    assert_eq!(
        out.stdout.matches("no counterpart").count(),
        1,
        "{}",
        out.stdout
    );
}

/// The Universal Declaration of Human Rights (an excerpt, `tests/fixtures/udhr/`), imported as
/// a consultation in English (primary), Spanish, Portuguese and French.
fn udhr() -> Env {
    let env = Env::new();
    env.secretariat_identity();
    env.run_in(
        env.root(),
        &[
            "init",
            env.repo.to_str().unwrap(),
            "--title",
            "Universal Declaration of Human Rights",
            "--languages",
            "en,es,pt,fr",
        ],
    )
    .ok();
    let fixture = |lang: &str| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/udhr")
            .join(format!("{lang}.md"))
    };
    env.run(&["import", "draft", fixture("en").to_str().unwrap()])
        .ok();
    for lang in ["es", "pt", "fr"] {
        env.run(&[
            "import",
            "draft",
            fixture(lang).to_str().unwrap(),
            "--lang",
            lang,
        ])
        .ok();
    }
    env.run(&["round", "open", "round-1"]).ok();
    env
}

#[test]
fn a_real_text_in_four_versions() {
    let env = udhr();
    let store = Store::open(&env.repo).unwrap();
    let (drafts, problems) = store.drafts(&consulta::repo::Version::WorkTree).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let ids: Vec<&str> = drafts.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["preamble", "article-1", "article-2", "article-26"]);
    // Ids aligned across versions: the same files, each with its own title.
    for lang in ["es", "pt", "fr"] {
        let t: Vec<&str> = drafts.translations[lang]
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(t, ids, "{lang}");
    }
    assert_eq!(
        drafts.section_in(Some("fr"), "article-1").unwrap().title,
        "Article premier"
    );
    assert_eq!(
        drafts.section_in(Some("es"), "article-26").unwrap().title,
        "Artículo 26"
    );
    assert_eq!(
        env.read("drafts/pt/04-article-26.md").lines().next(),
        Some("# Artigo XXVI.")
    );

    // A comment on the Spanish text of article 26, paragraph 2.
    env.become_stakeholder("Ana Prueba", "ana@uni.example");
    env.run(&[
        "comment",
        "add",
        "--section",
        "article-26",
        "--quote",
        "el pleno desarrollo de la personalidad humana",
        "--type",
        "te",
        "--body",
        "Conviene citar también la dignidad.",
        "--lang",
        "es",
    ])
    .ok();
    let records = store.records().unwrap();
    let c = records
        .comments
        .iter()
        .find(|c| c.lang.as_deref() == Some("es"))
        .unwrap();
    let n = c.anchor.as_ref().unwrap().paragraph.unwrap();
    assert_eq!(n, 2);
    // Shown on the aligned paragraph of the French and English versions.
    let (drafts, _) = store.drafts(&consulta::repo::Version::WorkTree).unwrap();
    let fr = drafts
        .aligned_paragraph("article-26", Some("es"), n, Some("fr"))
        .unwrap();
    let fr_text = &drafts.section_in(Some("fr"), "article-26").unwrap().text;
    let par = &consulta::model::section::paragraphs(fr_text)[fr - 1];
    assert!(fr_text[par.start..par.end].starts_with("2. L’éducation doit viser"));
    assert_eq!(
        drafts.aligned_paragraph("article-26", Some("es"), n, None),
        Some(2)
    );

    // The French preamble has one paragraph fewer and no clause labels: nothing is guessed;
    // check lists the paragraphs it cannot pair, by file and line.
    assert_eq!(
        drafts.aligned_paragraph("preamble", None, 3, Some("fr")),
        None
    );
    assert_eq!(
        drafts.aligned_paragraph("preamble", None, 3, Some("es")),
        Some(3)
    );
    let out = env.run(&["check"]);
    out.ok().stdout_has("no problems");
    assert!(
        out.stdout.contains("drafts/fr/01-preamble.md:3"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("drafts/01-preamble.md:3"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("drafts/es/"), "{}", out.stdout);

    // A changed primary section: its three translations are behind, the others current.
    let text = env.read("drafts/03-article-2.md");
    env.write(
        "drafts/03-article-2.md",
        &text.replace("Everyone is entitled", "Every person is entitled"),
    );
    env.git_commit_all("Article 2: every person");
    env.git(&["config", "user.email", "sec@consulta.example"]);
    env.git(&["config", "user.name", "Sara Secretaria"]);
    let status = store.translation_status().unwrap();
    for lang in ["es", "pt", "fr"] {
        assert_eq!(
            status["article-2"][lang],
            TranslationState::Behind,
            "{lang}"
        );
        assert_eq!(
            status["article-1"][lang],
            TranslationState::Current,
            "{lang}"
        );
    }
    assert_eq!(status["article-2"]["en"], TranslationState::Current);
    env.run(&["round", "open", "round-2"]).ok().stderr_has(
        "the fr version is behind (another version changed, it did not) in 1 section: article-2.",
    );
}

/// A language consulta does not speak is still a text version: `--lang ht` reads and comments on
/// the Haitian Creole text, the interface staying in the rest of the chain's language (English
/// here); a language neither spoken nor a version of the consultation is a usage error naming
/// both kinds.
#[test]
fn a_version_in_a_language_consulta_does_not_speak() {
    const HT: &str = "# 1. Dimansyon\n\n1.1 Kad sa a aplike pou tout founisè.\n\n1.2 Li kouvri kou kout yo.\n\n# 2. Tèm\n\n2.1 Yon mikwokredansyèl sètifye yon ti gwoup rezilta.\n\n# 3. Règ\n\nFounisè yo pibliye règ yo.\n\nYo revize yo chak ane.\n";
    let env = initialised("en,es,ht");
    for (name, text) in [("en.md", EN), ("ht.md", HT)] {
        std::fs::write(env.root().join(name), text).unwrap();
    }
    let en = env.root().join("en.md");
    env.run(&["import", "draft", en.to_str().unwrap()]).ok();
    let ht = env.root().join("ht.md");
    env.run(&["import", "draft", ht.to_str().unwrap(), "--lang", "ht"])
        .ok()
        .stdout_has("Imported the ht version from ht.md: 3 sections");
    assert!(
        env.repo.join("drafts/ht/01-dimansyon.md").exists() || env.repo.join("drafts/ht").is_dir()
    );
    env.run(&["show", "1", "--lang", "ht"])
        .ok()
        .stdout_has("Kad sa a aplike pou tout founisè.");
    env.run(&["round", "open", "round-1"]).ok();
    env.become_stakeholder("Ana Prueba", "ana@uni.example");
    env.run(&[
        "comment",
        "add",
        "--lang",
        "ht",
        "--section",
        "1",
        "--quote",
        "kou kout yo",
        "--type",
        "ge",
        "--body",
        "Ki kou?",
    ])
    .ok()
    .stdout_has("Saved comment");
    let all = env.comments_json();
    assert_eq!(all[0]["lang"], "ht", "{all:?}");
    assert_eq!(all[0]["anchor"]["quote"], "kou kout yo");
    // Neither spoken nor a version here.
    let out = env.run(&["sections", "--lang", "de"]);
    assert_eq!(out.code, Some(2), "{out:?}");
    out.stderr_has("\"de\"").stderr_has("en, es, fr, pt, ht");
}
