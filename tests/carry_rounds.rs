//! Comments carried from one round into the next, end to end in Spanish: a stakeholder
//! comments on round 1, the secretariat decides, applies and edits the draft, opens round 2,
//! and `comments --round ronda-2` says what became of each comment there.
//!
//! A comment whose proposal a commit applied is resolved whatever survives of its quote (its
//! words kept by the applied wording, or gone with a later edit); a passage carried as changed
//! is whole words.

mod common;

use common::*;
use serde_json::Value;

const SECTION: &str = "# 5. Evaluación\n\n5.1 Los proveedores deberán evaluar al menos el 80 % de los resultados de aprendizaje declarados, con instrumentos válidos.\n\n5.2 La evaluación será válida, fiable y justa.\n";
const FILE: &str = "drafts/05-evaluacion.md";
const QUOTE: &str = "al menos el 80 %";
/// Another stakeholder's passage, never touched: unchanged, or moved by the edits before it.
const OTHER: &str = "fiable y justa";

/// The secretariat's decision on the comment, and the wording `apply --text` puts in.
#[derive(Clone, Copy)]
enum Decision {
    None,
    Accepted,
    Modified(&'static str),
}

struct Case {
    name: &'static str,
    proposal: &'static str,
    decision: Decision,
    /// The secretariat's own edit of the draft after the decision, before round 2.
    edit: fn(&str) -> String,
    want: &'static str,
    /// The passage's text in round 2 (`None`: no place).
    text: Option<&'static str>,
}

fn saved_id(out: &Out) -> String {
    out.stdout
        .split_whitespace()
        .skip_while(|w| *w != "comment")
        .nth(1)
        .unwrap_or_else(|| panic!("no id:{out:?}"))
        .to_string()
}

fn comment(env: &Env, quote: &str, proposal: &str) -> String {
    let out = env.run(&[
        "comment",
        "add",
        "--section",
        "evaluacion",
        "--quote",
        quote,
        "--type",
        "te",
        "--body",
        "Una cifra fija no sirve para los módulos cortos.",
        "--propose",
        proposal,
    ]);
    out.ok();
    saved_id(&out)
}

/// Round 1, the comment and the control comment, the decision, the edit, round 2; the
/// comments as `comments --round ronda-2 --format json` lists them.
fn run(case: &Case) -> (Value, Value) {
    let env = Env::started("Marco regional de microcredenciales");
    env.write(FILE, SECTION);
    env.git_commit_all("Sección de evaluación");
    env.run(&["round", "open", "ronda-1"]).ok();
    env.become_stakeholder("Ana Pérez", "ana@udelar.example");
    let id = comment(&env, QUOTE, case.proposal);
    let other = comment(&env, OTHER, "fiable, justa e inclusiva");
    // Back to the secretariat (the identity in the global config).
    env.git(&["config", "--unset", "user.name"]);
    env.git(&["config", "--unset", "user.email"]);
    match case.decision {
        Decision::None => {}
        Decision::Accepted => {
            env.run(&[
                "respond",
                &id,
                "--status",
                "accepted",
                "--observations",
                "Sí.",
            ])
            .ok();
            env.run(&["apply", &id]).ok();
        }
        Decision::Modified(wording) => {
            env.run(&[
                "respond",
                &id,
                "--status",
                "modified",
                "--observations",
                "Con otra redacción.",
            ])
            .ok();
            env.run(&["apply", &id, "--text", wording]).ok();
        }
    }
    let now = env.read(FILE);
    let edited = (case.edit)(&now);
    if edited != now {
        env.write(FILE, &edited);
        env.git_commit_all("Redacción de la secretaría");
    }
    env.run(&["round", "open", "ronda-2"]).ok();
    let out = env.run(&["comments", "--round", "ronda-2", "--format", "json"]);
    out.ok();
    let all = out.json();
    let find = |id: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("{id} not listed"))["carried"]
            .clone()
    };
    (find(&id), find(&other))
}

#[test]
fn comments_carried_into_the_next_round() {
    let cases = [
        Case {
            name: "accepted with modifications, the wording applied as written",
            proposal: "una carga de trabajo en horas",
            decision: Decision::Modified("al menos el 80 % o más"),
            edit: |t| t.to_string(),
            want: "resolved",
            text: Some("al menos el 80 % o más"),
        },
        Case {
            // The quoted words survive the edit: `= unchanged` before; its proposal was
            // applied, so it is resolved.
            name: "accepted with modifications and applied, the wording then edited by hand",
            proposal: "una carga de trabajo en horas",
            decision: Decision::Modified("al menos el 80 % o más"),
            edit: |t| t.replace("80 % o más", "80 %, como mínimo,"),
            want: "resolved",
            text: Some(QUOTE),
        },
        Case {
            name: "accepted and applied, the passage then deleted",
            proposal: "la mayor parte",
            decision: Decision::Accepted,
            edit: |t| {
                t.replace(
                    "evaluar la mayor parte de los resultados",
                    "evaluar los resultados",
                )
            },
            want: "resolved",
            text: None,
        },
        Case {
            name: "accepted and applied as proposed",
            proposal: "la mayor parte",
            decision: Decision::Accepted,
            edit: |t| t.to_string(),
            want: "resolved",
            text: Some("la mayor parte"),
        },
        Case {
            // Cut mid-word before: `[-al menos el 80 %-]{+a mayor parte+}`.
            name: "not applied, the quote rewritten by hand",
            proposal: "una carga de trabajo en horas",
            decision: Decision::None,
            edit: |t| t.replace(QUOTE, "la mayor parte"),
            want: "changed",
            text: Some("la mayor parte"),
        },
        Case {
            name: "not applied, the quote rewritten into one word",
            proposal: "una carga de trabajo en horas",
            decision: Decision::None,
            edit: |t| t.replace(QUOTE, "mayormente"),
            want: "orphaned",
            text: None,
        },
        Case {
            name: "not applied, untouched",
            proposal: "una carga de trabajo en horas",
            decision: Decision::None,
            edit: |t| t.to_string(),
            want: "unchanged",
            text: Some(QUOTE),
        },
    ];
    for case in &cases {
        let (carried, other) = run(case);
        let name = case.name;
        assert_eq!(carried["status"], case.want, "{name}: {carried}");
        assert_eq!(carried["text"].as_str(), case.text, "{name}: {carried}");
        if case.want == "resolved" {
            assert_eq!(carried["how"], "applied", "{name}: {carried}");
            assert_eq!(carried["section"], "evaluacion", "{name}: {carried}");
        }
        if case.want == "changed" {
            let d: Vec<String> = carried["diff"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| format!("{}:{}", s["kind"], s["text"]))
                .collect();
            assert!(!d.is_empty(), "{name}: {carried}");
        }
        let same_length = (case.edit)(SECTION).len() == SECTION.len()
            && !matches!(case.decision, Decision::Accepted | Decision::Modified(_));
        let want_other = if same_length { "unchanged" } else { "moved" };
        assert_eq!(other["status"], want_other, "{name}: {other}");
        assert_eq!(other["text"], OTHER, "{name}: {other}");
    }
}
