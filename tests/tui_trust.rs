//! The TUI marks an author whose comment is signed by their registered key with `✓` (a mark,
//! not colour alone), and no one else.

mod common;
mod tui_support;

use common::{Env, SECRETARIAT};
use crossterm::event::KeyCode;
use tui_support::*;

/// The sample with a registered, signing secretariat, and Ana, registered, who has made one
/// comment signed by her key on quality-assurance.
fn with_a_signed_comment() -> Env {
    let env = Env::demo();
    env.become_secretariat();
    let key = |name: &str| env.keygen(name).to_str().unwrap().to_string();
    let sec = key("secretariat");
    env.run(&["whoami", "--signing-key", &sec]).ok();
    env.run(&["register", SECRETARIAT, "--key", &format!("{sec}.pub")])
        .ok();
    let ana = key("ana");
    env.run(&[
        "register",
        "ana@uni.example",
        "--key",
        &format!("{ana}.pub"),
    ])
    .ok();
    env.become_stakeholder("Ana Signed", "ana@uni.example");
    env.run(&["whoami", "--signing-key", &ana]).ok();
    comment(&env, "Signed by Ana.");
    env
}

fn comment(env: &Env, body: &str) {
    env.run(&[
        "comment",
        "add",
        "--section",
        "quality-assurance",
        "--type",
        "ge",
        "--body",
        body,
    ])
    .ok();
}

#[test]
fn a_verified_author_is_marked_and_an_unverified_one_is_not() {
    let env = with_a_signed_comment();
    env.become_stakeholder("Bruno Unsigned", "bruno@inst.example");
    env.git(&["config", "commit.gpgsign", "false"]);
    comment(&env, "Not signed.");

    let mut app = app(&env.repo, 100, 40);
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 100, 40);
    assert!(text.contains("Ana Signed ✓"), "{text}");
    assert!(text.contains("Bruno Unsigned"), "{text}");
    assert!(!text.contains("Bruno Unsigned ✓"), "{text}");
}

#[test]
fn the_summary_view_counts_verified_participants() {
    let env = with_a_signed_comment();
    let mut app = app(&env.repo, 120, 40);
    ch(&mut app, 's');
    app.settle();
    let text = screen(&app, 120, 40);
    assert!(text.contains("participants 31 · verified 1"), "{text}");
}
