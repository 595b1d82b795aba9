//! Snapshots of the main screens on the bundled sample, at 100×30 on a TestBackend.

mod tui_support;

use crossterm::event::KeyCode;
use tui_support::*;

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

#[test]
fn read_view() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 100, 30);
    // Open the quality-assurance section and jump to its first commented passage.
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    ch(&mut app, ']');
    let text = screen(&app, 100, 30);
    assert!(text.contains("Quality assurance"), "{text}");
    settings().bind(|| insta::assert_snapshot!("read_view", text));
}

#[test]
fn compose_view() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 100, 30);
    key(&mut app, KeyCode::Enter);
    for _ in 0..8 {
        ch(&mut app, 'l');
    }
    ch(&mut app, 'v');
    for _ in 0..4 {
        ch(&mut app, 'l');
    }
    ch(&mut app, 'p');
    typed(&mut app, " of the region");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Say which region.");
    let text = screen(&app, 100, 30);
    assert!(text.contains("Propose wording"), "{text}");
    settings().bind(|| insta::assert_snapshot!("compose_view", text));
}

#[test]
fn help_view() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 100, 30);
    ch(&mut app, '?');
    let text = screen(&app, 100, 30);
    assert!(text.contains("Keys"), "{text}");
    settings().bind(|| insta::assert_snapshot!("help_view", text));
}

#[test]
fn too_small_and_resizes_without_panic() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 50, 12);
    let text = screen(&app, 50, 12);
    settings().bind(|| insta::assert_snapshot!("too_small", text));
    // Every size from tiny to large draws without panicking.
    for (w, h) in [
        (1, 1),
        (20, 5),
        (59, 15),
        (60, 16),
        (80, 24),
        (100, 30),
        (200, 60),
        (61, 40),
    ] {
        app.update(consulta::tui::Action::Resize(w, h));
        key(&mut app, KeyCode::Enter);
        ch(&mut app, 'j');
        let _ = screen(&app, w, h);
    }
}

#[test]
fn summary_view() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 100, 30);
    ch(&mut app, 's');
    app.settle();
    let text = screen(&app, 100, 30);
    assert!(text.contains("Comments per section"), "{text}");
    assert!(text.contains("decided"), "{text}");
    settings().bind(|| insta::assert_snapshot!("summary_view", text));
}
