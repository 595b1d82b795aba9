//! The command line's own messages in the interface language, through the real binary:
//! confirmations, table headings, refusals and plurals in Spanish, Portuguese and French; the
//! English wording itself is asserted by the other CLI tests.

mod common;

use common::{Env, Out};

const SECTION: &str = "# 2. Assessment\n\nAssessment shall be fair and transparent.\n";

/// A consultation in English only (so that `--lang` chooses the interface language, not a
/// text version) with one open round, started by the secretariat (sec@consulta.example, in the
/// test's global git config) with its confirmation in Spanish.
fn with_round() -> Env {
    let env = Env::new();
    env.secretariat_identity();
    let repo = env.repo.to_str().unwrap().to_string();
    env.run_in(
        env.root(),
        &[
            "init",
            &repo,
            "--title",
            "Marco de prueba",
            "--languages",
            "en",
        ],
    )
    .ok();
    env.write("drafts/02-assessment.md", SECTION);
    env.git_commit_all("Add the assessment section");
    let out = env.run(&["--lang", "es", "round", "open", "round-1"]);
    out.ok()
        .stdout_has("Se abrió la ronda round-1 (1) en el commit ")
        .stdout_has("Compártala con `git push --tags` (o `consulta sync`).");
    env
}

/// The id in "… comment ID …" / "… comentario ID …".
fn id_after(out: &Out, word: &str) -> String {
    let id = out
        .stdout
        .split_whitespace()
        .skip_while(|w| *w != word)
        .nth(1)
        .unwrap_or_else(|| panic!("no id after {word:?}:{out:?}"))
        .to_string();
    assert_eq!(id.len(), 26, "not an id: {id:?}{out:?}");
    id
}

fn add_comment(env: &Env, lang: &str, body: &str) -> Out {
    env.run(&[
        "--lang",
        lang,
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "ge",
        "--body",
        body,
    ])
}

#[test]
fn comment_add_confirms_in_spanish_and_english_stays() {
    let env = with_round();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let out = add_comment(&env, "es", "Bien.");
    out.ok()
        .stdout_has("Se guardó el comentario ")
        .stdout_has(
            " sobre assessment (round-1) y se hizo commit como Ana Pérez <ana@udelar.example>.",
        )
        .stdout_has("Archivo: comments/round-1/assessment/");
    assert!(!out.stdout.contains("Saved comment"), "{out:?}");
    let id = id_after(&out, "comentario");
    assert!(env.comment_files().iter().any(|f| f.contains(&id)));
    // Without a language, English as before.
    add_comment(&env, "en", "Fine.")
        .ok()
        .stdout_has("Saved comment ")
        .stdout_has("File: comments/round-1/assessment/");
    // The table's headings and its count, in Spanish, with the plural.
    env.run(&["--lang", "es", "comments"])
        .ok()
        .stdout_has("ronda")
        .stdout_has("sección")
        .stdout_has("abierto")
        .stdout_has("2 comentarios");
}

#[test]
fn whoami_shows_portuguese_headings() {
    let env = with_round();
    env.git(&["config", "user.name", "Ana Pérez"]);
    env.git(&["config", "user.email", "ana@udelar.example"]);
    let out = env.run(&["--lang", "pt", "whoami"]);
    out.ok()
        .stdout_has("nome")
        .stdout_has("organização")
        .stdout_has("categoria")
        .stdout_has("(não definido)")
        .stdout_has("Para comentar você também precisa de: consulta whoami --organisation …");
    assert!(!out.stdout.contains("(not set)"), "{out:?}");
    assert!(!out.stdout.contains("organisation  "), "{out:?}");
    // English as before.
    env.run(&["whoami"])
        .ok()
        .stdout_has("(not set)")
        .stdout_has("To comment you also need: consulta whoami");
}

#[test]
fn refusals_are_french() {
    let env = with_round();
    env.become_stakeholder("Jean Pierre", "jean@example.org");
    let out = env.run(&[
        "--lang",
        "fr",
        "comment",
        "add",
        "--section",
        "assessment",
        "--type",
        "xx",
        "--body",
        "Non.",
    ]);
    out.code(1).stderr_has(
        "--type \"xx\" n'est pas un type de commentaire : utilisez ge (général), te (technique) ou ed (rédactionnel)",
    );
    // Only the secretariat opens a round.
    env.run(&["--lang", "fr", "round", "open", "round-2"])
        .code(1)
        .stderr_has("seul le secrétariat (sec@consulta.example) peut ouvrir un cycle ; vous êtes \"jean@example.org\"");
    env.run(&["--lang", "fr", "comments", "--status", "maybe"])
        .code(1)
        .stderr_has("--status \"maybe\" n'est pas un statut");
    assert_eq!(env.git(&["tag", "-l"]), "round-1");
    // A plural with its zero case.
    env.run(&["--lang", "fr", "check"])
        .ok()
        .stdout_has("2 sections, 0 commentaire, 0 décision, 1 cycle : aucun problème");
}

#[test]
fn the_secretariat_is_answered_in_spanish() {
    let env = with_round();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let id = id_after(&add_comment(&env, "en", "Clarify fairness."), "comment");
    // Back to the secretariat's own identity (the global one).
    env.git(&["config", "--unset", "user.name"]);
    env.git(&["config", "--unset", "user.email"]);
    env.run(&["--lang", "es", "respond", &id, "--status", "modified"])
        .ok()
        .stdout_has(&format!(
            "Registrado: comentario {id} aceptado con modificaciones."
        ));
    env.run(&["--lang", "es", "respond", &id, "--status", "maybe"])
        .code(1)
        .stderr_has(
            "--status \"maybe\" no es una decisión: use accepted, modified, rejected o noted",
        );
    env.run(&["--lang", "es", "comments"])
        .ok()
        .stdout_has("con modificaciones")
        .stdout_has("1 comentario\n");
    env.run(&["--lang", "es", "check"])
        .ok()
        .stdout_has("2 secciones, 1 comentario, 1 decisión, 1 ronda: ningún problema");
}

/// `consulta ARGS` in the repository with CONSULTA_LANG=`lang` (a language the consultation has
/// no text version in, set without `--lang`, which would also ask for that version).
fn run_with(env: &Env, lang: &str, args: &[&str]) -> Out {
    let out = env
        .command(args)
        .env("CONSULTA_LANG", lang)
        .output()
        .unwrap();
    Out {
        args: args.iter().map(|s| s.to_string()).collect(),
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn reports_imports_and_diffs_speak_the_interface_language() {
    let env = Env::new();
    env.secretariat_identity();
    let repo = env.repo.to_str().unwrap().to_string();
    env.run_in(
        env.root(),
        &["init", &repo, "--title", "Marco", "--languages", "en"],
    )
    .ok();
    // Nothing to compare before the first round.
    env.run(&["--lang", "fr", "diff"])
        .code(1)
        .stderr_has("aucun cycle n'a encore été ouvert, il n'y a donc rien à comparer");
    // A whole document as the draft, in Portuguese, with its plural and its indented lines.
    env.write(
        "framework.md",
        "# Marco\n\n## Escopo\n\nTexto.\n\n## Avaliação\n\nJusta.\n",
    );
    let out = run_with(
        &env,
        "pt",
        &["import", "draft", "framework.md", "--round", "round-1"],
    );
    out.ok()
        .stdout_has("framework.md importado no nível de título 2: 3 seções (3 adicionadas, 0 alterada, 1 removida, 0 renumerada)")
        .stdout_has("\n  adicionada   ")
        .stdout_has("Rodada round-1 (1) aberta.");
    // Written files are named in Spanish; the template counts its sections.
    env.run(&["--lang", "es", "summary", "-o", "summary.md"])
        .ok()
        .stderr_has("Se escribió summary.md.");
    env.run(&["--lang", "fr", "template", "-o", "t.xlsx"])
        .ok()
        .stdout_has("t.xlsx écrit : le modèle de commentaires pour round-1 (3 sections).");
    env.run(&[
        "--lang", "es", "template", "--round", "draft", "-o", "d.xlsx",
    ])
    .ok()
    .stdout_has("la plantilla de comentarios para borrador de trabajo (3 secciones)");
    env.run(&[
        "--lang", "es", "template", "--round", "round-9", "-o", "x.xlsx",
    ])
    .code(1)
    .stderr_has("no hay ninguna ronda \"round-9\" (las rondas son: round-1)");
    // English as before.
    env.run(&["template", "-o", "e.xlsx"])
        .ok()
        .stdout_has("Wrote e.xlsx: the commenting template for round-1 (3 sections).");
}
