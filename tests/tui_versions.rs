//! The TUI and the framework's language versions, on the bundled sample (English primary,
//! Spanish translation, comments made on both): `L` cycles the reading language, the comment
//! panel shows the comments of every version marked with their language, `▐` marks the
//! paragraph aligned with a comment made on another version, `|` puts the other version beside
//! the text, a comment written while reading Spanish records `"lang": "es"` and a Spanish
//! quote, and the section list marks translations behind the primary.

mod tui_support;

use crossterm::event::KeyCode;
use tui_support::*;

const W: u16 = 130;
const H: u16 = 46;

/// The sample's app, opened on section 10 (equity and access), the reader focused.
fn on_equity(dir: &std::path::Path) -> consulta::tui::App {
    let mut app = app(dir, W, H);
    for _ in 0..9 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Enter);
    app
}

/// Move the cursor paragraph by paragraph to the one of clause `clause`.
fn to_clause(app: &mut consulta::tui::App, clause: &str) {
    for _ in 0..20 {
        if app
            .read
            .cursor_paragraph()
            .and_then(|p| p.clause.as_deref())
            == Some(clause)
        {
            return;
        }
        ch(app, '}');
    }
    panic!("no paragraph {clause}");
}

/// The screen's rows that contain `needle`.
fn rows_with<'a>(screen: &'a str, needle: &str) -> Vec<&'a str> {
    screen.lines().filter(|l| l.contains(needle)).collect()
}

/// The reader pane's part of a row (between the list and the comment panel).
fn reader_part(row: &str) -> String {
    let cells: Vec<&str> = row.split('│').collect();
    cells.get(3).map_or(String::new(), |s| s.to_string())
}

#[test]
fn l_reads_the_spanish_version_with_the_comments_of_every_version() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = on_equity(tmp.path());
    let en = screen(&app, W, H);
    assert!(en.contains("10 Equity and access · round-2 · en"), "{en}");
    // A comment made on the Spanish text marks the aligned English paragraph (10.4).
    let row = rows_with(&en, "10.4 Providers should offer");
    assert_eq!(row.len(), 1, "{en}");
    assert!(reader_part(row[0]).contains('▐'), "{}", row[0]);

    ch(&mut app, 'L');
    let es = screen(&app, W, H);
    assert!(es.contains("10 Equidad y acceso · round-2 · es"), "{es}");
    assert!(es.contains("Reading the Spanish version (es)."), "{es}");
    assert_eq!(app.read.reading_lang(&app.data), Some("es"));
    let row = rows_with(&es, "10.4 Los proveedores deberían ofrecer");
    assert_eq!(row.len(), 1, "{es}");
    assert!(reader_part(row[0]).contains('▐'), "{}", row[0]);
    // The section list: titles in Spanish, and the translations behind the primary marked.
    assert!(es.contains("Equidad y acceso"), "{es}");
    let behind: Vec<&str> = rows_with(&es, "≠");
    assert!(!behind.is_empty(), "no section marked behind:\n{es}");

    // The panel holds the comments made on both versions, each with its language; paragraph
    // scope keeps those of the aligned paragraph, whichever version they were made on.
    let panel = app.read.panel_items(&app.data);
    let langs: Vec<Option<&str>> = panel
        .iter()
        .map(|&(i, _)| app.data.comments[i].lang.as_deref())
        .collect();
    assert!(langs.contains(&Some("es")), "{langs:?}");
    assert!(langs.contains(&None), "{langs:?}");
    assert!(es.contains("es · Civil-society"), "{es}");
    assert!(es.contains("en · Civil-society"), "{es}");

    // The cursor to 10.4, the scope to its paragraph: the English comment on 10.4 (sign
    // languages) and the Spanish one (on demand) are both there.
    to_clause(&mut app, "10.4");
    ch(&mut app, 'a');
    let scoped: Vec<String> = app
        .read
        .panel_items(&app.data)
        .iter()
        .map(|&(i, _)| app.data.comments[i].comment.clone())
        .collect();
    assert!(
        scoped.iter().any(|c| c.contains("lenguas de señas")),
        "{scoped:?}"
    );
    assert!(
        scoped.iter().any(|c| c.contains("cuando haya demanda")),
        "{scoped:?}"
    );

    // And round again to the primary.
    ch(&mut app, 'L');
    assert_eq!(app.read.reading_lang(&app.data), None);
    let back = screen(&app, W, H);
    assert!(back.contains("Reading the English version (en)."), "{back}");
}

#[test]
fn side_by_side_shows_the_paragraph_aligned_with_the_cursors() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = on_equity(tmp.path());
    ch(&mut app, 'L');
    to_clause(&mut app, "10.6");
    ch(&mut app, '|');
    let text = screen(&app, W, H);
    // The right pane is the English version, scrolled to 10.6 (the cursor is on 10.6 in
    // Spanish): 10.1 is out of sight there, while the Spanish 10.1 is still on the left.
    assert!(text.contains("10 Equity and access · en"), "{text}");
    let right: String = text
        .lines()
        .filter_map(|l| l.split('│').nth(5))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(right.contains("10.6"), "{right}");
    assert!(!right.contains("10.1 "), "{right}");
    assert!(text.contains("10.1 Las microcredenciales"), "{text}");
    // `|` again: the comments are back.
    ch(&mut app, '|');
    let text = screen(&app, W, H);
    assert!(text.contains("Comments"), "{text}");
}

#[test]
fn a_comment_written_on_the_spanish_text_records_its_language_and_quote() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = on_equity(tmp.path());
    ch(&mut app, 'L');
    // Select the first two words of 10.1 in Spanish and comment on them.
    to_clause(&mut app, "10.1");
    ch(&mut app, 'v');
    ch(&mut app, 'l');
    ch(&mut app, 'c');
    typed(&mut app, "Comentario sobre el texto en español.");
    ctrl(&mut app, 's');
    app.settle();
    let mut found = None;
    for entry in walk(&tmp.path().join("comments")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        if text.contains("Comentario sobre el texto en español.") {
            found = Some(text);
        }
    }
    let text = found.expect("the new comment's file");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["lang"], "es", "{text}");
    let quote = v["anchor"]["quote"].as_str().expect("a quote");
    assert!(
        quote.starts_with("10.1 Las"),
        "the quote comes from the Spanish text: {quote:?}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
