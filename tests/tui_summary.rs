//! The Summary view: built off the UI thread, drawn from the cache, exported from the view.

mod tui_support;

use consulta::tui::app::View;
use consulta::tui::Action;
use crossterm::event::KeyCode;
use tui_support::*;

#[test]
fn exports_html_from_the_view() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 100, 30);
    ch(&mut app, 's');
    app.settle();
    ch(&mut app, 'x');
    assert!(app.summary.choosing);
    let text = screen(&app, 100, 30);
    assert!(text.contains("HTML"), "{text}");
    ch(&mut app, 'h');
    app.settle();
    let path = dir.join("consulta-summary.html");
    assert!(path.exists(), "{:?}", app.status);
    let status = app.status.as_ref().expect("status");
    assert!(!status.error, "{}", status.text);
    assert!(
        status.text.contains("consulta-summary.html"),
        "{}",
        status.text
    );
    let html = std::fs::read_to_string(&path).unwrap();
    let title = app.data.manifest.title.clone();
    assert!(!title.is_empty());
    let escaped = consulta::report::escape::html(&title);
    assert!(
        html.contains(&title) || html.contains(&escaped),
        "title {title:?} not in the export"
    );
    // No temporary file left behind by the atomic write.
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("consulta-summary") && n != "consulta-summary.html")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn export_choice_cancels_and_other_formats_write() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 100, 30);
    ch(&mut app, 's');
    app.settle();
    ch(&mut app, 'x');
    key(&mut app, KeyCode::Esc);
    assert!(!app.summary.choosing);
    assert_eq!(app.view, View::Summary);
    for (c, ext) in [('m', "md"), ('j', "json"), ('c', "csv")] {
        ch(&mut app, 'x');
        ch(&mut app, c);
        app.settle();
        assert!(dir.join(format!("consulta-summary.{ext}")).exists());
    }
    let json = std::fs::read_to_string(dir.join("consulta-summary.json")).unwrap();
    assert!(json.contains("\"participation\""));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.view, View::Read);
}

#[test]
fn small_terminals_and_resizes_draw() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 80, 24);
    // Drawn before the summary arrives: a message, not a panic.
    ch(&mut app, 's');
    let _ = screen(&app, 80, 24);
    app.settle();
    let text = screen(&app, 80, 24);
    assert!(text.contains("Comments per section"), "{text}");
    assert!(text.contains("decided"), "{text}");
    for (w, h) in [(1, 1), (59, 15), (60, 16), (69, 20), (80, 24), (200, 60)] {
        app.update(Action::Resize(w, h));
        for _ in 0..30 {
            ch(&mut app, 'j');
        }
        let _ = screen(&app, w, h);
        ch(&mut app, 'x');
        let _ = screen(&app, w, h);
        key(&mut app, KeyCode::Esc);
    }
}

#[test]
fn reopening_uses_the_cache() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 100, 30);
    ch(&mut app, 's');
    app.settle();
    let before = app.summary.cached.clone().expect("summary");
    ch(&mut app, 's');
    ch(&mut app, 's');
    assert!(!app.is_busy(), "no second build");
    let again = app.summary.cached.clone().expect("cached");
    assert!(std::sync::Arc::ptr_eq(&before, &again));
}
