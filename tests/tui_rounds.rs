//! Round to round in the TUI: earlier rounds' comments carried into the round being read,
//! the diff view, and the secretariat's triage view, driven through the real key handling.

mod tui_support;

use consulta::anchor::carry::CarryStatus;
use crossterm::event::KeyCode;
use tui_support::*;

/// The round-1 comment whose accepted proposal was applied to quality assurance (6.4).
const APPLIED_QA: &str = "01KMP78028TTBCZ4NM6NZQDRWM";

fn open_section(app: &mut consulta::tui::App, id: &str) {
    let i = app
        .sections()
        .iter()
        .position(|s| s.id == id)
        .expect("section");
    key(app, KeyCode::Home);
    for _ in 0..i {
        key(app, KeyCode::Down);
    }
    assert_eq!(app.current_section().map(|s| s.id.as_str()), Some(id));
}

#[test]
fn round_one_applied_comment_shows_resolved_in_round_two() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 100, 30);
    assert_eq!(app.round_name(), "round-2");
    open_section(&mut app, "quality-assurance");
    let ci = app.data.by_id[APPLIED_QA];
    let carried = app.carried_item(ci).expect("carried into round-2");
    assert_eq!(carried.status, CarryStatus::Resolved);
    assert!(carried.range.is_some(), "a resolved passage has a place");
    let items = app.panel_items();
    let pos = items
        .iter()
        .position(|&(i, _)| i == ci)
        .expect("in the comment panel");
    // Its passage is marked in the reader, as this round's own comments are.
    assert!(app.all_passages().iter().any(|&(_, _, i)| i == ci));
    // Select it in the panel: its label says what happened, with a marker.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    for _ in 0..pos {
        key(&mut app, KeyCode::Down);
    }
    let text = screen(&app, 100, 30);
    assert!(text.contains("✓ resolved"), "{text}");
    assert!(text.contains("from round-1"), "{text}");
    assert!(text.contains("earlier"), "{text}");
    // The filter toggle hides the carried comments.
    ch(&mut app, 'e');
    assert!(!app.panel_items().iter().any(|&(i, _)| i == ci));
    let text = screen(&app, 100, 30);
    assert!(!text.contains("✓ resolved"), "{text}");
    ch(&mut app, 'e');
    assert!(app.panel_items().iter().any(|&(i, _)| i == ci));
}

#[test]
fn round_one_reads_without_carried_comments() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 80, 24);
    ch(&mut app, 'R');
    assert_eq!(app.round_name(), "round-1");
    open_section(&mut app, "quality-assurance");
    let ci = app.data.by_id[APPLIED_QA];
    assert!(app.carried_item(ci).is_none());
    let _ = screen(&app, 80, 24);
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

const SECRETARIAT: &str = "secretariat@rihes.example";

fn as_secretariat(dir: &std::path::Path) {
    let repo = git2::Repository::open(dir).unwrap();
    let mut cfg = repo
        .config()
        .unwrap()
        .open_level(git2::ConfigLevel::Local)
        .unwrap();
    cfg.set_str("user.name", "Test Secretariat").unwrap();
    cfg.set_str("user.email", SECRETARIAT).unwrap();
}

fn head_message(dir: &std::path::Path) -> String {
    let repo = git2::Repository::open(dir).unwrap();
    let c = repo.head().unwrap().peel_to_commit().unwrap();
    c.message().unwrap_or("").to_string()
}

#[test]
fn diff_view_inline_and_side_by_side() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 100, 30);
    ch(&mut app, 'd');
    app.settle();
    let rd = app.diff.current().expect("the diff is computed");
    assert_eq!((rd.from.as_str(), rd.to.as_str()), ("round-1", "round-2"));
    // n goes to the first change, whichever section it is in.
    ch(&mut app, 'n');
    ch(&mut app, 'n');
    ch(&mut app, 'N');
    let sd = app.diff.section().expect("a section");
    assert!(!sd.hunks.is_empty(), "{}", sd.id);
    let text = screen(&app, 100, 30);
    assert!(text.contains("round-1 → round-2"), "{text}");
    assert!(text.contains("{+") || text.contains("[-"), "{text}");
    settings().bind(|| insta::assert_snapshot!("diff_view_inline", text));
    ch(&mut app, 'v');
    let text = screen(&app, 100, 30);
    assert!(text.contains(" │ "), "{text}");
    settings().bind(|| insta::assert_snapshot!("diff_view_side_by_side", text));
    // A change produced by an applied proposal names its comment.
    let mut found = false;
    for _ in 0..60 {
        let behind = app
            .diff
            .section()
            .and_then(|s| s.hunks.get(app.diff.hunk))
            .map(|h| h.comments.len())
            .unwrap_or(0);
        if behind > 0 {
            found = true;
            break;
        }
        ch(&mut app, 'n');
    }
    assert!(found, "some change is traced to a comment");
    let text = screen(&app, 100, 30);
    assert!(text.contains("⚑ accepted"), "{text}");
    // From/to keys: to the working draft, and both sides equal.
    ch(&mut app, '}');
    app.settle();
    assert_eq!(app.diff.label(app.diff.to), "working draft");
    assert!(app.diff.current().is_some());
    ch(&mut app, ']');
    ch(&mut app, ']');
    let text = screen(&app, 80, 24);
    assert!(text.contains("same version"), "{text}");
    // Every size draws.
    for (w, h) in [(80, 24), (60, 16), (200, 60), (20, 5)] {
        app.update(consulta::tui::Action::Resize(w, h));
        let _ = screen(&app, w, h);
    }
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.view, consulta::tui::app::View::Read);
}

#[test]
fn triage_refuses_a_stakeholder() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut app = app(tmp.path(), 100, 30);
    ch(&mut app, 't');
    assert_eq!(app.view, consulta::tui::app::View::Read);
    let st = app.status.clone().expect("a message");
    assert!(st.error && st.text.contains("secretariat"), "{st:?}");
    let text = screen(&app, 100, 30);
    assert!(text.contains("Triage is for the secretariat"), "{text}");
}

/// In triage, show every status (so that comment `ci` stays in the queue once decided) and
/// move the selection to it with the keys.
fn select_in_queue(app: &mut consulta::tui::App, ci: usize) {
    ch(app, 'f');
    for _ in 0..3 {
        key(app, KeyCode::Down);
    }
    key(app, KeyCode::Left);
    key(app, KeyCode::Esc);
    let pos = app
        .triage
        .as_ref()
        .unwrap()
        .queue
        .iter()
        .position(|&i| i == ci)
        .unwrap();
    for _ in 0..pos {
        key(app, KeyCode::Down);
    }
    assert_eq!(app.triage.as_ref().unwrap().selected(), Some(ci));
}

#[test]
fn triage_decides_and_applies_as_the_secretariat() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    as_secretariat(dir);
    let mut app = app(dir, 100, 30);
    ch(&mut app, 't');
    assert_eq!(app.view, consulta::tui::app::View::Triage);
    let text = screen(&app, 100, 30);
    assert!(text.contains("decided"), "{text}");
    settings().bind(|| insta::assert_snapshot!("triage_view", text));
    let t = app.triage.as_ref().unwrap();
    let total_open = t.queue.len();
    assert!(total_open > 0);
    // Decide the first comment: not accepted, with observations.
    let first = t.queue[0];
    let id = app.data.comments[first].id.clone();
    let path = app.data.comments[first].disposition_path();
    ch(&mut app, '3');
    assert!(app.triage.as_ref().unwrap().decide.is_some());
    let text = screen(&app, 80, 24);
    assert!(text.contains("Observations"), "{text}");
    typed(&mut app, "Out of scope for this framework.");
    ctrl(&mut app, 's');
    app.settle();
    assert!(dir.join(&path).is_file(), "{:?}", app.status);
    let d = std::fs::read_to_string(dir.join(&path)).unwrap();
    assert!(d.contains("rejected") && d.contains("Out of scope"), "{d}");
    assert!(head_message(dir).contains(&id), "{}", head_message(dir));
    let repo = git2::Repository::open(dir).unwrap();
    let st = repo.status_file(std::path::Path::new(&path)).unwrap();
    assert!(st.is_empty(), "committed: {st:?}");
    assert_eq!(app.triage.as_ref().unwrap().queue.len(), total_open - 1);

    // Accept an open proposal and apply it: the section file changes, with the trailer.
    let t = app.triage.as_ref().unwrap();
    let pos = t
        .queue
        .iter()
        .position(|&i| {
            let c = &app.data.comments[i];
            c.anchor.is_some() && c.proposed_change.is_some() && c.round == "round-2"
        })
        .expect("an open round-2 proposal");
    let ci = t.queue[pos];
    let pid = app.data.comments[ci].id.clone();
    let section = app.data.comments[ci].section.clone();
    select_in_queue(&mut app, ci);
    ch(&mut app, '1');
    typed(&mut app, "Accepted as proposed.");
    ctrl(&mut app, 's');
    app.settle();
    assert_eq!(
        app.data.dispositions.get(&pid).map(|d| d.status),
        Some(consulta::model::Status::Accepted)
    );
    let file = |dir: &std::path::Path| {
        let store = consulta::repo::Store::open(dir).unwrap();
        let (d, _) = store.drafts(&consulta::repo::Version::WorkTree).unwrap();
        let s = d.section(&section).unwrap();
        (s.file.clone(), s.text.clone())
    };
    let (fname, before) = file(dir);
    ch(&mut app, 'a');
    app.settle();
    let (_, after) = file(dir);
    assert_ne!(before, after, "{:?}", app.status);
    let on_disk = std::fs::read_to_string(dir.join("drafts").join(&fname)).unwrap();
    assert_eq!(on_disk, after);
    let msg = head_message(dir);
    assert!(
        msg.contains(&format!("Consultation-Comment: {pid}")),
        "{msg}"
    );
    // The resulting word diff is shown at once.
    let av = app
        .triage
        .as_ref()
        .unwrap()
        .applied
        .as_ref()
        .expect("shown");
    assert!(!av.hunks.is_empty());
    let text = screen(&app, 100, 30);
    assert!(text.contains("Applied"), "{text}");
    assert!(text.contains("{+"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert!(app.triage.as_ref().unwrap().applied.is_none());
    for (w, h) in [(80, 24), (60, 16), (20, 5)] {
        app.update(consulta::tui::Action::Resize(w, h));
        let _ = screen(&app, w, h);
    }
}

/// A proposal accepted with modifications: `a` opens the wording to apply, starting from the
/// proposal; what the secretariat writes there is applied, with the comment's trailer.
#[test]
fn triage_applies_the_wording_of_a_proposal_accepted_with_modifications() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    as_secretariat(dir);
    let mut app = app(dir, 100, 30);
    ch(&mut app, 't');
    let t = app.triage.as_ref().unwrap();
    let ci = *t
        .queue
        .iter()
        .find(|&&i| {
            let c = &app.data.comments[i];
            c.anchor.is_some() && c.proposed_change.is_some() && c.round == "round-2"
        })
        .expect("an open round-2 proposal");
    let pid = app.data.comments[ci].id.clone();
    let section = app.data.comments[ci].section.clone();
    let proposal = app.data.comments[ci].proposed_change.clone().unwrap();
    select_in_queue(&mut app, ci);
    ch(&mut app, '2');
    typed(&mut app, "Accepted, with the wording shortened.");
    ctrl(&mut app, 's');
    app.settle();
    assert_eq!(
        app.data.dispositions.get(&pid).map(|d| d.status),
        Some(consulta::model::Status::Modified),
        "{:?}",
        app.status
    );

    // An emptied wording is refused, the editor stays open, and nothing is applied.
    let head = head_message(dir);
    ch(&mut app, 'a');
    app.triage.as_mut().unwrap().decide.as_mut().unwrap().obs = consulta::tui::triage::editor();
    ctrl(&mut app, 's');
    app.settle();
    assert!(app.triage.as_ref().unwrap().decide.is_some());
    assert!(
        format!("{:?}", app.status).contains("The wording is empty"),
        "{:?}",
        app.status
    );
    assert_eq!(head_message(dir), head);
    key(&mut app, KeyCode::Esc);
    assert!(app.triage.as_ref().unwrap().decide.is_none());

    // `a` opens the wording, holding the proposal; the secretariat adds to it.
    ch(&mut app, 'a');
    let d = app
        .triage
        .as_ref()
        .unwrap()
        .decide
        .as_ref()
        .expect("the wording editor");
    assert!(d.apply);
    assert_eq!(d.obs.lines().join("\n"), proposal);
    let text = screen(&app, 100, 30);
    assert!(text.contains("Wording to apply"), "{text}");
    typed(&mut app, " (as modified)");
    ctrl(&mut app, 's');
    app.settle();
    let store = consulta::repo::Store::open(dir).unwrap();
    let (drafts, _) = store.drafts(&consulta::repo::Version::WorkTree).unwrap();
    let now = &drafts.section(&section).unwrap().text;
    let want = format!("{proposal} (as modified)");
    assert!(
        now.contains(&want),
        "{want:?} not in {now}\n{:?}",
        app.status
    );
    let msg = head_message(dir);
    assert!(
        msg.contains(&format!("Consultation-Comment: {pid}")),
        "{msg}"
    );
    assert!(
        app.triage.as_ref().unwrap().applied.is_some(),
        "{:?}",
        app.status
    );
}
