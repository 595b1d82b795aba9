//! Key-driven tests through the real key handling: select a passage, write a comment, submit;
//! the comment is on disk, committed under the stakeholder, anchored where the text says.

mod tui_support;

use consulta::anchor::is_at_position;
use consulta::model::{parse_comment, text};
use consulta::repo::{Store, Version};
use crossterm::event::KeyCode;
use tui_support::*;

fn round_text(dir: &std::path::Path, section: &str) -> String {
    let store = Store::open(dir).unwrap();
    let (drafts, _) = store.drafts(&Version::Round("round-2".into())).unwrap();
    drafts.section(section).unwrap().text.clone()
}

#[test]
fn select_comment_submit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 100, 30);
    // Third section, into the reader, a few words on, select a word and extend by a sentence.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Enter);
    let section = app.current_section().unwrap().id.clone();
    for _ in 0..6 {
        ch(&mut app, 'l');
    }
    ch(&mut app, 'v');
    ch(&mut app, ')');
    let (start, end) = app.selection_bytes().expect("a selection");
    let text = round_text(dir, &section);
    let quote = text[start..end].to_string();
    assert!(quote.split_whitespace().count() > 2, "{quote:?}");
    ch(&mut app, 'c');
    assert!(app.compose.is_some());
    // Choose technical and oppose with their keys, then type.
    app.handle_key(crossterm::event::KeyEvent::new(
        KeyCode::Char('t'),
        crossterm::event::KeyModifiers::ALT,
    ));
    app.handle_key(crossterm::event::KeyEvent::new(
        KeyCode::Char('o'),
        crossterm::event::KeyModifiers::ALT,
    ));
    typed(&mut app, "This sentence is too vague: say who decides.");
    // The unfinished comment is kept outside comments/.
    let scratch = app.data.scratch.clone();
    assert!(scratch.is_file());
    assert!(!scratch.starts_with(dir.join("comments")));
    ctrl(&mut app, 's');
    app.finish_pending();
    assert!(app.compose.is_none(), "status: {:?}", app.status);
    assert!(!scratch.exists());

    // On disk, where it belongs.
    let folder = dir.join("comments/round-2").join(&section);
    let mine: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .filter(|e| {
            std::fs::read_to_string(e.path())
                .unwrap()
                .contains("too vague")
        })
        .collect();
    assert_eq!(mine.len(), 1);
    let path = format!(
        "comments/round-2/{section}/{}",
        mine[0].file_name().to_string_lossy()
    );
    let (c, problems) = parse_comment(&path, &std::fs::read(mine[0].path()).unwrap());
    assert!(problems.is_empty(), "{problems:?}");
    let c = c.unwrap();
    assert_eq!(c.author.email, EMAIL);
    assert_eq!(c.kind, consulta::model::CommentType::Technical);
    assert_eq!(c.stance, Some(consulta::model::Stance::Oppose));
    // The anchor matches the round's text.
    let a = c.anchor.as_ref().expect("anchored");
    assert_eq!(a.quote, quote);
    assert!(is_at_position(&text, a));
    assert_eq!(
        a.prefix,
        text::before(&text, start, consulta::anchor::CONTEXT)
    );
    assert_eq!(a.suffix, text::after(&text, end, consulta::anchor::CONTEXT));
    assert_eq!(a.start, text::cp_of(&text, start));
    assert_eq!(a.end, text::cp_of(&text, end));
    // Committed under the stakeholder.
    let repo = git2::Repository::open(dir).unwrap();
    let head = repo.head().unwrap().peel_to_commit().unwrap();
    assert_eq!(head.author().email().ok(), Some(EMAIL));
    assert_eq!(head.author().name().ok(), Some(NAME));
    assert!(head
        .tree()
        .unwrap()
        .get_path(std::path::Path::new(&path))
        .is_ok());
    // And shown at once: the section now has my mark and the panel has the comment.
    assert!(app.group().unwrap().mine);
    assert!(screen(&app, 100, 30).contains(NAME));
}

#[test]
fn propose_reply_and_discard() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 100, 30);
    key(&mut app, KeyCode::Enter);
    let section = app.current_section().unwrap().id.clone();
    // Propose on the cursor's paragraph (no selection): pre-filled with the passage.
    ch(&mut app, '}');
    ch(&mut app, 'p');
    let quote = app.compose.as_ref().unwrap().draft.quote.clone().unwrap();
    assert_eq!(
        app.compose.as_ref().unwrap().draft.proposal.as_deref(),
        Some(quote.as_str())
    );
    typed(&mut app, " Shorter.");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Add a closing sentence.");
    ctrl(&mut app, 's');
    app.finish_pending();
    assert!(app.compose.is_none(), "{:?}", app.status);
    let records = Store::open(dir).unwrap().records().unwrap();
    let c = records
        .comments
        .iter()
        .find(|c| c.comment == "Add a closing sentence.")
        .unwrap();
    assert_eq!(
        c.proposed_change.as_deref(),
        Some(format!("{quote} Shorter.").as_str())
    );
    assert!(is_at_position(
        &round_text(dir, &section),
        c.anchor.as_ref().unwrap()
    ));

    // Reply to the selected comment in the panel.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let parent = app.selected_comment().unwrap().id.clone();
    ch(&mut app, 'r');
    typed(&mut app, "Agreed.");
    ctrl(&mut app, 's');
    app.finish_pending();
    let records = Store::open(dir).unwrap().records().unwrap();
    let r = records
        .comments
        .iter()
        .find(|c| c.comment == "Agreed.")
        .unwrap();
    assert_eq!(r.in_reply_to.as_deref(), Some(parent.as_str()));

    // Esc asks before throwing typed text away; n keeps it, y discards it.
    ch(&mut app, 'c');
    typed(&mut app, "half a thought");
    key(&mut app, KeyCode::Esc);
    assert!(app.confirming_discard());
    ch(&mut app, 'n');
    assert!(app.compose.is_some() && !app.confirming_discard());
    key(&mut app, KeyCode::Esc);
    ch(&mut app, 'y');
    assert!(app.compose.is_none());
    assert!(!app.data.scratch.exists());
}

#[test]
fn unfinished_comment_is_offered_back() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    {
        let mut app = app(dir, 100, 30);
        key(&mut app, KeyCode::Enter);
        ch(&mut app, 'c');
        typed(&mut app, "interrupted");
        // Dropped without submitting: as if the terminal closed.
    }
    let mut app = app(dir, 100, 30);
    assert!(app.restore.is_some());
    assert!(screen(&app, 100, 30).contains("interrupted"));
    ch(&mut app, 'y');
    let c = app.compose.as_ref().expect("restored");
    assert_eq!(c.draft.body, "interrupted");
}

#[test]
fn search_is_accent_and_case_insensitive() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 100, 30);
    ch(&mut app, '/');
    typed(&mut app, "MICROCREDENTIAL");
    key(&mut app, KeyCode::Enter);
    let n = app.search.matches.len();
    assert!(n > 10, "{n}");
    let first = app.search.current;
    ch(&mut app, 'n');
    assert_ne!(app.search.current, first);
    ch(&mut app, 'N');
    assert_eq!(app.search.current, first);
    assert!(app
        .word_text(app.read.cursor)
        .to_lowercase()
        .starts_with("microcredential"));
}

#[test]
fn summary_view_toggles_and_rounds_cycle() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 100, 30);
    ch(&mut app, 's');
    assert_eq!(app.view, consulta::tui::app::View::Summary);
    app.settle();
    assert!(app.summary.cached.is_some());
    // `s` again goes back to reading, where rounds cycle.
    ch(&mut app, 's');
    assert_eq!(app.view, consulta::tui::app::View::Read);
    assert!(app.is_current_round());
    ch(&mut app, 'R');
    assert_eq!(app.round_name(), "round-1");
    // Comments go only to the current round.
    ch(&mut app, 'c');
    assert!(app.compose.is_none());
    assert!(app.status.as_ref().unwrap().error);
    ch(&mut app, 'R');
    assert_eq!(app.round_name(), "round-2");
}

#[test]
fn stakeholder_text_renders_inert() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let store = Store::open(dir).unwrap();
    let who = consulta::repo::Identity::load(Some(store.git()));
    let (drafts, _) = store.drafts(&Version::Round("round-2".into())).unwrap();
    let first = drafts.sections[0].id.clone();
    store
        .add_comment(
            &who,
            &consulta::repo::NewComment {
                section: first,
                kind: Some(consulta::model::CommentType::General),
                body: "title \x1b]0;pwned\x07 and \u{202E}reversed".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let app = app(dir, 100, 30);
    let text = screen(&app, 100, 30);
    assert!(text.contains("\\u{1B}]0;pwned\\u{7}"), "{text}");
    assert!(text.contains("\\u{202E}reversed"), "{text}");
    assert!(!text.contains('\x1b') && !text.contains('\u{202E}') && !text.contains('\x07'));
}

#[test]
fn filters_narrow_the_panel() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 100, 30);
    // The section with the most comments.
    let best = (0..app.sections().len())
        .max_by_key(|&i| {
            let id = &app.sections()[i].id;
            app.data.group("round-2", id).map_or(0, |g| g.members.len())
        })
        .unwrap();
    for _ in 0..best {
        key(&mut app, KeyCode::Down);
    }
    let all = app.panel_items().len();
    assert!(all > 1);
    // f, then the type row: technical only.
    ch(&mut app, 'f');
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    assert!(screen(&app, 100, 30).contains("Filter comments"));
    key(&mut app, KeyCode::Esc);
    let items = app.panel_items();
    assert!(items
        .iter()
        .filter(|(_, d)| *d == 0)
        .all(|&(i, _)| app.data.comments[i].kind == consulta::model::CommentType::Technical));
    // Mine only: none of these are mine.
    ch(&mut app, 'f');
    ch(&mut app, 'x');
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Esc);
    assert!(app.panel_items().is_empty());
    assert!(screen(&app, 100, 30).contains("No comment matches"));
}

#[test]
fn small_terminal_layout() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 80, 24);
    key(&mut app, KeyCode::Enter);
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("Sections")
            && text.contains("Comments")
            && text.contains("Purpose and scope"),
        "{text}"
    );
    println!("{text}");
}
