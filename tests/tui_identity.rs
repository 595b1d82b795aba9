//! With no identity anywhere, commenting first asks who the stakeholder is, stores it in the
//! repository's git config, then opens the editor. (Its own test binary: it changes HOME.)

mod tui_support;

use crossterm::event::KeyCode;
use tui_support::*;

#[test]
fn identity_form_then_comment() {
    let home = tempfile::tempdir().unwrap();
    // Before any git2 call: no global or system identity can leak in.
    std::env::set_var("HOME", home.path());
    std::env::set_var("XDG_CONFIG_HOME", home.path().join(".config"));
    std::env::set_var("GIT_CONFIG_NOSYSTEM", "1");
    std::env::remove_var("GIT_CONFIG_GLOBAL");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    consulta::sample::build_demo(dir, &mut |_| {}).unwrap();
    let mut app = app(dir, 100, 30);
    assert!(!app.data.identity.missing().is_empty());
    key(&mut app, KeyCode::Enter);
    ch(&mut app, 'c');
    assert!(app.identity_form.is_some() && app.compose.is_none());
    assert!(screen(&app, 100, 30).contains("Who are you?"));
    typed(&mut app, "Ana Example");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "ana@uni.example");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "Universidad Ejemplo");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "uy");
    key(&mut app, KeyCode::Enter);
    assert!(
        app.identity_form.is_none(),
        "{:?}",
        app.identity_form.as_ref().map(|f| f.error.clone())
    );
    assert!(app.compose.is_some());
    let saved = consulta::repo::Identity::load(Some(&git2::Repository::open(dir).unwrap()));
    assert_eq!(saved.name, "Ana Example");
    assert_eq!(saved.country, "UY");
    assert_eq!(saved.category, app.data.manifest.categories[2].id);
    typed(&mut app, "Signed at last.");
    ctrl(&mut app, 's');
    app.finish_pending();
    assert!(app.compose.is_none(), "{:?}", app.status);
    let repo = git2::Repository::open(dir).unwrap();
    let head = repo.head().unwrap().peel_to_commit().unwrap();
    assert_eq!(head.author().email().ok(), Some("ana@uni.example"));
}

/// The form says what each field expects (the country is two letters), shows a long error in
/// full, and drops it as soon as the field is changed.
#[test]
fn identity_form_hints_and_a_whole_error_that_goes_once_fixed() {
    let home = tempfile::tempdir().unwrap();
    std::env::set_var("HOME", home.path());
    std::env::set_var("XDG_CONFIG_HOME", home.path().join(".config"));
    std::env::set_var("GIT_CONFIG_NOSYSTEM", "1");
    std::env::remove_var("GIT_CONFIG_GLOBAL");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    consulta::sample::build_demo(dir, &mut |_| {}).unwrap();
    let mut app = app(dir, 80, 24);
    key(&mut app, KeyCode::Enter);
    ch(&mut app, 'c');
    assert!(app.identity_form.is_some());
    // Name, e-mail, organisation, category: then the country, with its hint.
    for v in ["Bia Example", "bia@uni.example", "Universidade Exemplo"] {
        typed(&mut app, v);
        key(&mut app, KeyCode::Enter);
    }
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(text.contains("Two letters (ISO 3166-1)"), "{text}");
    typed(&mut app, "Brasil");
    key(&mut app, KeyCode::Enter);
    let err = app
        .identity_form
        .as_ref()
        .and_then(|f| f.error.clone())
        .expect("refused");
    assert!(err.contains("ISO 3166-1"), "{err}");
    // The whole message is on screen, wrapped, up to its last word.
    let text = screen(&app, 80, 24);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("such as UY, BR or JM"), "{text}");
    // Fixing the field takes the message away at once.
    for _ in 0.."Brasil".len() {
        key(&mut app, KeyCode::Backspace);
    }
    assert!(app.identity_form.as_ref().unwrap().error.is_none());
    assert!(!screen(&app, 80, 24).contains("✗"));
    typed(&mut app, "br");
    key(&mut app, KeyCode::Enter);
    assert!(app.identity_form.is_none());
    assert!(app.compose.is_some());
}
