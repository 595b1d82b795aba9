//! Which language consulta speaks, through the real binary: `--lang`, then `CONSULTA_LANG`,
//! then git config `consulta.language` (`whoami --language`), then the system locale, then the
//! consultation's first language, then English.

mod common;

use common::Env;

/// `consulta respond` on a comment that does not exist, with extra environment: its refusal
/// names the language it was said in.
fn refusal(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> String {
    let mut all = args.to_vec();
    all.extend(["respond", "01ZZZZZZZZZZZZZZZZZZZZZZZZ", "--status", "noted"]);
    let mut cmd = env.command(&all);
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    for (lang, words) in [
        ("en", "there is no comment"),
        ("es", "no hay ningún comentario"),
        ("pt", "não há nenhum comentário"),
        ("fr", "il n'y a pas de commentaire"),
    ] {
        if err.contains(words) {
            return lang.to_string();
        }
    }
    panic!("in no known language: {err}");
}

#[test]
fn the_chain_of_settings_decides_in_order() {
    let env = Env::demo();
    env.become_secretariat();
    // The test world sets LC_ALL=C.UTF-8, which names no language: the consultation's first
    // language decides (the sample's is English).
    assert_eq!(refusal(&env, &[], &[]), "en");
    // The system locale.
    assert_eq!(refusal(&env, &[], &[("LC_ALL", "es_ES.UTF-8")]), "es");
    assert_eq!(
        refusal(
            &env,
            &[],
            &[("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "pt_BR.UTF-8")]
        ),
        "pt"
    );
    // git config beats the system.
    env.run(&["whoami", "--language", "fr"]).ok();
    assert_eq!(env.git(&["config", "--local", "consulta.language"]), "fr");
    assert_eq!(refusal(&env, &[], &[("LC_ALL", "es_ES.UTF-8")]), "fr");
    // CONSULTA_LANG beats git config; --lang beats everything.
    assert_eq!(refusal(&env, &[], &[("CONSULTA_LANG", "pt")]), "pt");
    assert_eq!(
        refusal(&env, &["--lang", "es"], &[("CONSULTA_LANG", "pt")]),
        "es"
    );
    // A language consulta does not speak passes to the next setting.
    assert_eq!(refusal(&env, &[], &[("CONSULTA_LANG", "de")]), "fr");
}

#[test]
fn whoami_says_the_language_and_where_it_comes_from() {
    let env = Env::demo();
    env.become_secretariat();
    env.run(&["whoami"])
        .ok()
        .stdout_has("Language: English (en), the consultation's first language");
    env.run(&["whoami", "--language", "es"]).ok();
    env.run(&["whoami"])
        .ok()
        .stdout_has("Idioma: español (es), por git config consulta.language");
    env.run(&["--lang", "pt", "whoami"])
        .ok()
        .stdout_has("Idioma: português (pt), por --lang");
    // A language consulta does not speak: a usage error naming those it does, nothing stored.
    env.run(&["whoami", "--language", "de"])
        .code(2)
        .stderr_has("en, es, fr, pt");
    env.run(&["--lang", "de", "sections"])
        .code(2)
        .stderr_has("en, es, fr, pt");
    assert_eq!(env.git(&["config", "--local", "consulta.language"]), "es");
}
