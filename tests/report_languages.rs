//! The published reports in the report's language: `consulta summary` and `consulta export`
//! with `--lang`, else the consultation's first language, else English, whatever the interface
//! language. The sample's summary in Spanish, Portuguese and French (Markdown snapshots, HTML
//! checked), the disposition table exported in each language and imported back, country names
//! from CLDR.
//!
//! Regenerate the snapshots with `INSTA_UPDATE=always cargo test --test report_languages`.

mod common;

use common::{comments_by_id, empty_clone, Env};

/// The report's headings in English, as the English summary writes them.
const ENGLISH_HEADINGS: [&str; 13] = [
    "Consultation summary",
    "Participation",
    "By stakeholder category",
    "By country",
    "Over time (comments per ISO week)",
    "Comments per section",
    "Decisions by status",
    "Disposition table",
    "You said, we did",
    "Campaigns (near-identical comments)",
    "What remains open",
    "Awaiting a decision",
    "Accepted but not yet applied to the draft",
];

/// The sample's first stakeholder category, labelled per language in its manifest.
const CATEGORY: [(&str, &str); 4] = [
    ("en", "Ministry or government agency"),
    ("es", "Ministerio u organismo público"),
    ("pt", "Ministério ou órgão público"),
    ("fr", "Ministère ou organisme public"),
];

/// What a summary in each language must say: (language, headings, ISO status words).
const EXPECTED: [(&str, [&str; 5], [&str; 4]); 3] = [
    (
        "es",
        [
            "Resumen de la consulta",
            "Participación",
            "Tabla de decisiones",
            "Ustedes dijeron, nosotros hicimos",
            "Lo que queda pendiente",
        ],
        [
            "aceptado",
            "aceptado con modificaciones",
            "no aceptado",
            "tomado en cuenta",
        ],
    ),
    (
        "pt",
        [
            "Resumo da consulta",
            "Participação",
            "Tabela de decisões",
            "Vocês disseram, nós fizemos",
            "O que continua em aberto",
        ],
        [
            "aceito",
            "aceito com modificações",
            "não aceito",
            "registrado",
        ],
    ),
    (
        "fr",
        [
            "Synthèse de la consultation",
            "Participation",
            "Tableau des décisions",
            "Vous avez dit, nous avons fait",
            "Ce qui reste ouvert",
        ],
        [
            "accepté",
            "accepté avec modifications",
            "non accepté",
            "pris en compte",
        ],
    ),
];

/// The ISO status words in English, as the disposition table's cells hold them.
const ENGLISH_STATUS: [&str; 4] = [
    "accepted with modifications",
    "not accepted",
    "noted",
    "open",
];

fn lang(code: &str) -> consulta::i18n::Lang {
    consulta::i18n::Lang::parse(code).unwrap()
}

/// The English heading `h` as `code` writes it (French says "Participation" too).
fn same_in(code: &str, h: &str) -> bool {
    let key = match h {
        "Participation" => "report-h-participation",
        _ => return false,
    };
    consulta::i18n::message(lang(code), key, &[]) == h
}

/// Replace what changes from run to run: commit ids (runs of 10 or 40 hex digits holding a
/// digit) and times (`YYYY-MM-DDTHH:MM:SSZ`).
fn stable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    while i < chars.len() {
        let starts_word = i == 0 || !chars[i - 1].is_alphanumeric();
        if starts_word && hex(chars[i]) {
            let mut j = i;
            while j < chars.len() && hex(chars[j]) {
                j += 1;
            }
            let bounded = j == chars.len() || !chars[j].is_alphanumeric();
            let run = &chars[i..j];
            if bounded
                && (run.len() == 10 || run.len() == 40)
                && run.iter().any(char::is_ascii_digit)
            {
                out.push_str("<commit>");
                i = j;
                continue;
            }
        }
        // A time: dddd-dd-ddTdd:dd:ddZ.
        let shape = "dddd-dd-ddTdd:dd:ddZ";
        if i + shape.len() <= chars.len()
            && shape.chars().zip(&chars[i..]).all(|(s, &c)| {
                if s == 'd' {
                    c.is_ascii_digit()
                } else {
                    c == s
                }
            })
        {
            out.push_str("<time>");
            i += shape.len();
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn snapshot(name: &str, text: &str) {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.bind(|| insta::assert_snapshot!(name, stable(text)));
}

/// The report headings of a Markdown summary (`#` lines, section titles included).
fn md_headings(md: &str) -> Vec<&str> {
    md.lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .collect()
}

#[test]
fn the_sample_summary_in_spanish_portuguese_and_french() {
    let env = Env::demo();
    for (code, headings, statuses) in EXPECTED {
        let md = env.run(&["--lang", code, "summary"]);
        let md = &md.ok().stdout;
        let html = env.run(&["summary", "--format", "html", "--lang", code]);
        let html = &html.ok().stdout;
        let found = md_headings(md);
        for h in headings {
            assert!(
                found.iter().any(|f| f.starts_with(h)),
                "{code}: no heading {h:?} in {found:?}"
            );
            assert!(html.contains(h), "{code}: {h:?} not in the HTML");
        }
        for h in ENGLISH_HEADINGS.iter().filter(|h| !same_in(code, h)) {
            assert!(
                !found.iter().any(|f| f.starts_with(h)),
                "{code}: English heading {h:?} in the Markdown"
            );
            for tag in ["h1", "h2", "h3"] {
                assert!(
                    !html.contains(&format!("<{tag}>{h}")),
                    "{code}: English heading {h:?} in the HTML"
                );
            }
        }
        // The status words: in the decisions table and the disposition table's cells.
        for st in statuses {
            assert!(md.contains(&format!("| {st} |")), "{code}: {st:?}");
            assert!(html.contains(&format!(">{st}<")), "{code}: {st:?} in HTML");
        }
        for st in ENGLISH_STATUS {
            assert!(
                !md.contains(&format!("| {st} |")),
                "{code}: {st:?} in Markdown"
            );
            assert!(
                !html.contains(&format!(">{st}</td>")),
                "{code}: {st:?} in HTML"
            );
        }
        // Category labels in the report's language, where the manifest gives them.
        let (_, label) = CATEGORY.iter().find(|(c, _)| *c == code).unwrap();
        assert!(md.contains(&format!("| {label} | 8 |")), "{code}: {label}");
        assert!(
            html.contains(&format!("<td>{label}</td>")),
            "{code}: {label}"
        );
        assert!(!md.contains(CATEGORY[0].1), "{code}");
        // The page says its language; dates stay ISO 8601.
        assert!(
            html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{code}\">")),
            "{code}"
        );
        assert!(html.contains("<time>20"), "{code}: an ISO 8601 time");
        snapshot(&format!("summary_{code}"), md);
    }
}

#[test]
fn the_report_language_is_not_the_interface_language() {
    let env = Env::demo();
    // The interface in Spanish (CONSULTA_LANG, or the locale), the report in the
    // consultation's first language: English in the sample.
    for (var, value) in [("CONSULTA_LANG", "es"), ("LC_ALL", "es_ES.UTF-8")] {
        let out = env.command(&["summary"]).env(var, value).output().unwrap();
        assert!(out.status.success());
        let md = String::from_utf8(out.stdout).unwrap();
        assert!(md.starts_with("# Consultation summary: "), "{var}: {md}");
        assert!(md.contains("\n## You said, we did\n"), "{var}");
    }
    // --lang says otherwise, whatever the interface.
    let out = env
        .command(&["--lang", "pt", "summary", "--format", "html"])
        .env("CONSULTA_LANG", "fr")
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("<html lang=\"pt\">"));
    assert!(html.contains("<h2>Vocês disseram, nós fizemos</h2>"));
    // The consultation's first language, when it is not English.
    let manifest = env.read("drafts/consultation.json");
    let mut v: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    v["languages"] = serde_json::json!(["fr", "en"]);
    env.write(
        "drafts/consultation.json",
        &serde_json::to_string_pretty(&v).unwrap(),
    );
    let md = env.run(&["summary"]);
    assert!(md
        .ok()
        .stdout
        .starts_with("# Synthèse de la consultation: "));
    let md = env.run(&["--lang", "en", "summary"]);
    assert!(md.ok().stdout.starts_with("# Consultation summary: "));
}

#[test]
fn country_names_in_portuguese() {
    let env = Env::demo();
    let v = env
        .run(&["--lang", "pt", "summary", "--format", "json"])
        .ok()
        .json();
    let names: Vec<(&str, &str)> = v["participation"]["by_country"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["code"].as_str().unwrap(), c["name"].as_str().unwrap()))
        .collect();
    for want in [
        ("BR", "Brasil"),
        ("MX", "México"),
        ("PE", "Peru"),
        ("DO", "República Dominicana"),
        ("TT", "Trinidad e Tobago"),
        ("PA", "Panamá"),
    ] {
        assert!(names.contains(&want), "{want:?} in {names:?}");
    }
    // The JSON's words for people follow the report's language; its codes do not.
    let rows = v["dispositions"].as_array().unwrap();
    assert!(rows
        .iter()
        .any(|r| r["status"] == "modified" && r["status_label"] == "aceito com modificações"));
    assert!(rows
        .iter()
        .any(|r| r["status"].is_null() && r["status_label"] == "aberto"));
    let md = env.run(&["--lang", "pt", "summary"]);
    let md = &md.ok().stdout;
    assert!(md.contains("| Brasil | BR |"), "{md}");
    assert!(md.contains("| Trinidad e Tobago | TT |"));
    // "You said, we did" names where each comment came from.
    assert!(md.contains(", Brasil** · `"), "{md}");
}

/// The disposition table exported in `code` as `format` imports into an empty clone as the
/// same comments.
fn round_trip(code: &str, format: &str, file: &str, first_heading: &str) {
    let source = Env::demo();
    let sheet = source.root().join(file);
    source
        .run(&[
            "--lang",
            code,
            "export",
            "--format",
            format,
            "-o",
            sheet.to_str().unwrap(),
        ])
        .ok();
    if format == "iso-csv" {
        let text = std::fs::read_to_string(&sheet).unwrap();
        let header = text.lines().next().unwrap();
        assert!(header.starts_with(first_heading), "{code}: {header}");
        assert!(!header.contains("Comments"), "{code}: {header}");
    }
    let target = empty_clone(&source);
    let out = target.run(&["import", "comments", sheet.to_str().unwrap()]);
    out.ok().stdout_has("Imported 76 comments");
    assert_eq!(comments_by_id(&target), comments_by_id(&source), "{code}");
}

#[test]
fn spanish_export_imports_back() {
    round_trip(
        "es",
        "iso-csv",
        "hoja.csv",
        "OM/CN,Número de línea,Cláusula/Subcláusula,Párrafo/Figura/Tabla,Tipo de comentario,Comentarios,Cambio propuesto",
    );
}

#[test]
fn portuguese_and_french_exports_import_back() {
    round_trip(
        "pt",
        "iso-csv",
        "planilha.csv",
        "OM/CN,Número da linha,Cláusula/Subcláusula,Parágrafo/Figura/Tabela,Tipo de comentário,Comentários",
    );
    round_trip("fr", "xlsx", "feuille.xlsx", "");
}

/// In the library: the summary in the consultation's language by default, in any language on
/// request (a screen of the interface shows it in the interface's).
#[test]
fn a_summary_built_in_a_given_language() {
    let env = Env::demo();
    let store = consulta::repo::Store::open(&env.repo).unwrap();
    let sum = consulta::report::Summary::build(&store, None).unwrap();
    assert_eq!(sum.lang, consulta::i18n::Lang::EN);
    let fr = lang("fr");
    let sum = consulta::report::Summary::build_in(&store, None, fr).unwrap();
    assert_eq!(sum.lang, fr);
    let md = consulta::report::markdown::render(&sum);
    assert!(md.contains("\n## Vous avez dit, nous avons fait\n"));
    assert!(md.contains("| Ministère ou organisme public | 8 |"));
    let csv =
        consulta::report::table::csv(&sum, consulta::report::table::Emails::Withheld).unwrap();
    assert!(csv.starts_with("OM/CN,Numéro de ligne,Article/Paragraphe,Alinéa/Figure/Tableau,"));
    assert!(csv.contains(",accepté avec modifications,"));
}
