//! Following up on decisions in the TUI: the secretariat's "to apply" list and applied marks
//! in triage, replies shown with what they answer, and the stakeholder's own comments marked
//! in a later round's section list when they were carried there.

mod tui_support;

use consulta::model::Status;
use crossterm::event::KeyCode;
use tui_support::*;

const SECRETARIAT: &str = "secretariat@rihes.example";
/// The round-1 comment whose accepted proposal was applied to quality assurance (6.4).
const APPLIED_QA: &str = "01KMP78028TTBCZ4NM6NZQDRWM";

fn as_secretariat(dir: &std::path::Path) {
    set_email(dir, "Test Secretariat", SECRETARIAT);
}

fn set_email(dir: &std::path::Path, name: &str, email: &str) {
    let repo = git2::Repository::open(dir).unwrap();
    let mut cfg = repo
        .config()
        .unwrap()
        .open_level(git2::ConfigLevel::Local)
        .unwrap();
    cfg.set_str("user.name", name).unwrap();
    cfg.set_str("user.email", email).unwrap();
}

#[test]
fn triage_lists_what_is_left_to_apply_and_marks_what_was_applied() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    as_secretariat(dir);
    let mut app = app(dir, 100, 30);
    ch(&mut app, 't');
    // Accept an open proposal: it leaves the default queue (open comments)…
    let t = app.triage.as_ref().unwrap();
    let ci = *t
        .queue
        .iter()
        .find(|&&i| {
            let c = &app.data.comments[i];
            c.anchor.is_some() && c.proposed_change.is_some() && c.round == "round-2"
        })
        .expect("an open round-2 proposal");
    let pos = t.queue.iter().position(|&i| i == ci).unwrap();
    for _ in 0..pos {
        key(&mut app, KeyCode::Down);
    }
    ch(&mut app, '1');
    typed(&mut app, "Agreed.");
    ctrl(&mut app, 's');
    app.settle();
    assert_eq!(
        app.data
            .dispositions
            .get(&app.data.comments[ci].id)
            .map(|d| d.status),
        Some(Status::Accepted)
    );
    assert!(!app.triage.as_ref().unwrap().queue.contains(&ci));
    // …and `A` brings it back, with every other accepted proposal not yet applied.
    ch(&mut app, 'A');
    let t = app.triage.as_ref().unwrap();
    assert!(t.filters.to_apply);
    assert!(t.queue.contains(&ci), "{:?}", t.queue);
    for &i in &t.queue {
        assert!(consulta::tui::triage::is_to_apply(&app.data, i));
    }
    let expected = (0..app.data.comments.len())
        .filter(|&i| consulta::tui::triage::is_to_apply(&app.data, i))
        .count();
    assert_eq!(t.queue.len(), expected);
    let text = screen(&app, 100, 30);
    assert!(text.contains("To apply"), "{text}");
    // Apply it from there: it leaves the list, and is marked applied.
    let pos = t.queue.iter().position(|&i| i == ci).unwrap();
    key(&mut app, KeyCode::Home);
    for _ in 0..pos {
        key(&mut app, KeyCode::Down);
    }
    assert_eq!(app.triage.as_ref().unwrap().selected(), Some(ci));
    ch(&mut app, 'a');
    app.settle();
    key(&mut app, KeyCode::Esc);
    assert!(app.data.applied.contains_key(&app.data.comments[ci].id));
    assert!(!app.triage.as_ref().unwrap().queue.contains(&ci));
    // Back to the filters; an applied comment shows its mark and its commit.
    ch(&mut app, 'A');
    assert!(!app.triage.as_ref().unwrap().filters.to_apply);
    let qa = app.data.by_id[APPLIED_QA];
    ch(&mut app, 'f');
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Esc);
    let t = app.triage.as_ref().unwrap();
    assert_eq!(t.filters.status, Some(Some(Status::Accepted)));
    let pos = t.queue.iter().position(|&i| i == qa).expect("accepted");
    for _ in 0..pos {
        key(&mut app, KeyCode::Down);
    }
    let text = screen(&app, 100, 30);
    assert!(text.contains("✓ appl."), "{text}");
    assert!(text.contains("applied in commit"), "{text}");
    // `a` on it says so at once, and opens nothing.
    let head = app_head(dir);
    ch(&mut app, 'a');
    let status = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(status.contains("Already applied in commit"), "{status}");
    let t = app.triage.as_ref().unwrap();
    assert!(t.decide.is_none() && t.applied.is_none());
    assert_eq!(app_head(dir), head);
}

fn app_head(dir: &std::path::Path) -> git2::Oid {
    git2::Repository::open(dir)
        .unwrap()
        .head()
        .unwrap()
        .peel_to_commit()
        .unwrap()
        .id()
}

#[test]
fn a_reply_shows_what_it_answers_in_triage_and_in_its_form() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let mut app = app(dir, 100, 30);
    // A reply in the sample, and the comment it answers.
    let (ri, parent) = app
        .data
        .comments
        .iter()
        .enumerate()
        .find_map(|(i, c)| c.in_reply_to.clone().map(|p| (i, p)))
        .expect("a reply in the sample");
    let parent_author = app.data.comments[app.data.by_id[&parent]]
        .author
        .name
        .clone();
    // A comment of the current round to reply to from the reader.
    let pi = app
        .data
        .comments
        .iter()
        .position(|c| c.round == "round-2" && c.in_reply_to.is_none())
        .expect("a round-2 comment");
    let reply_to = app.data.comments[pi].author.name.clone();
    let parent_words: String = app.data.comments[pi]
        .comment
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");

    // Reply from the reader: the form names the comment, not "whole section".
    let section = app.data.comments[pi].section.clone();
    let round = app.data.comments[pi].round.clone();
    while app.round_name() != round {
        ch(&mut app, 'R');
    }
    let i = app.sections().iter().position(|s| s.id == section).unwrap();
    key(&mut app, KeyCode::Home);
    for _ in 0..i {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let items = app.panel_items();
    let pos = items.iter().position(|&(i, _)| i == pi).expect("in panel");
    for _ in 0..pos {
        key(&mut app, KeyCode::Down);
    }
    ch(&mut app, 'r');
    assert!(
        app.compose.is_some(),
        "{:?} {:?} {:?}",
        app.status.as_ref().map(|s| s.text.clone()),
        app.read.focus,
        screen(&app, 100, 30)
    );
    let text = screen(&app, 100, 30);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&format!("In reply to {reply_to}")), "{text}");
    assert!(flat.contains(&parent_words), "{text}");
    assert!(!flat.contains("On: whole section"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert!(app.compose.is_none());

    // Triage: the reply's detail shows what it answers.
    as_secretariat(dir);
    let mut app = consulta::tui::App::new(consulta::tui::load(dir, &mut |_| {}).unwrap());
    app.theme = consulta::tui::theme::Theme::new(false);
    app.update(consulta::tui::Action::Resize(120, 40));
    ch(&mut app, 't');
    ch(&mut app, 'f');
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Esc);
    let t = app.triage.as_ref().unwrap();
    let pos = t.queue.iter().position(|&i| i == ri).expect("in the queue");
    for _ in 0..pos {
        key(&mut app, KeyCode::Down);
    }
    let text = screen(&app, 120, 40);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!("In reply to {parent_author}")),
        "{text}"
    );
}

#[test]
fn my_comments_carried_into_a_later_round_mark_the_section_as_mine() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    // Be the author of a round-1 comment who made none on round-2 in that section.
    let probe = app(dir, 100, 30);
    let (email, section) = probe
        .data
        .comments
        .iter()
        .filter(|c| c.round == "round-1")
        .find_map(|c| {
            let later = probe.data.comments.iter().any(|o| {
                o.round == "round-2"
                    && o.section == c.section
                    && o.author.email.eq_ignore_ascii_case(&c.author.email)
            });
            (!later).then(|| (c.author.email.clone(), c.section.clone()))
        })
        .expect("a round-1 author");
    set_email(dir, "Someone", &email);
    let mut app = app(dir, 100, 30);
    assert_eq!(app.round_name(), "round-2");
    assert!(app
        .data
        .carried_group("round-2", &section)
        .is_some_and(|g| g.mine));
    let title = app
        .sections()
        .iter()
        .find(|s| s.id == section)
        .unwrap()
        .title
        .clone();
    let prefix: String = title.chars().take(8).collect();
    let line_of = |text: &str| {
        text.lines()
            .find(|l| l.contains(&prefix))
            .unwrap_or_else(|| panic!("{prefix} not in {text}"))
            .split('│')
            .nth(1)
            .unwrap_or("")
            .to_string()
    };
    let text = screen(&app, 100, 30);
    assert!(line_of(&text).contains('●'), "{text}");
    // Hiding the earlier rounds' comments hides the mark they gave.
    ch(&mut app, 'e');
    let text = screen(&app, 100, 30);
    assert!(!line_of(&text).contains('●'), "{text}");
}

/// Run a program in `dir` with a clean git environment; panics when it fails.
fn run_in(dir: &std::path::Path, program: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `S` sends the stakeholder's comments and brings in the secretariat's decisions: the
/// status line says what is new, and the screen shows the decision without a restart.
#[test]
fn the_send_key_sends_and_brings_back_the_decisions() {
    let consulta = env!("CARGO_BIN_EXE_consulta");
    let tmp = tempfile::tempdir().unwrap();
    let sec = tmp.path().join("sec");
    let bare = tmp.path().join("shared.git");
    let ana = tmp.path().join("ana");
    demo(&sec);
    as_secretariat(&sec);
    run_in(
        tmp.path(),
        "git",
        &["init", "-q", "--bare", bare.to_str().unwrap()],
    );
    run_in(
        &sec,
        "git",
        &["remote", "add", "origin", bare.to_str().unwrap()],
    );
    run_in(&sec, consulta, &["sync"]);
    run_in(
        tmp.path(),
        "git",
        &["clone", "-q", bare.to_str().unwrap(), ana.to_str().unwrap()],
    );
    set_identity(&ana);
    let out = run_in(
        &ana,
        consulta,
        &[
            "comment",
            "add",
            "--section",
            "financing",
            "--type",
            "ge",
            "--body",
            "Name a fund.",
        ],
    );
    let id = out.split_whitespace().nth(2).unwrap().to_string();

    let mut app = app(&ana, 100, 30);
    ch(&mut app, 'S');
    app.settle();
    let status = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(status.starts_with("Sent."), "{status}");
    // The secretariat takes it in and decides.
    run_in(&sec, consulta, &["merge", "origin"]);
    run_in(
        &sec,
        consulta,
        &[
            "respond",
            &id,
            "--status",
            "noted",
            "--observations",
            "Thanks.",
        ],
    );
    run_in(&sec, consulta, &["sync"]);
    assert!(!app.data.dispositions.contains_key(&id));
    ch(&mut app, 'S');
    app.settle();
    let status = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        status.contains("1 of your comments decided (1 noted)"),
        "{status}"
    );
    assert_eq!(
        app.data.dispositions.get(&id).map(|d| d.status),
        Some(Status::Noted)
    );
    // Without a remote, the status line says why, and nothing else changes.
    run_in(&ana, "git", &["remote", "remove", "origin"]);
    ch(&mut app, 'S');
    app.settle();
    let st = app.status.as_ref().unwrap();
    assert!(st.error && st.text.contains("no remote"), "{}", st.text);
}

/// A click or a scroll over the diff or triage view does not move the hidden Read view.
#[test]
fn the_mouse_over_another_view_leaves_the_read_view_alone() {
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    as_secretariat(dir);
    let mut app = app(dir, 100, 30);
    for view in ['d', 't'] {
        ch(&mut app, view);
        let before = (app.read.section, app.read.top, app.read.comment_sel);
        let list = app.areas().list;
        for kind in [
            MouseEventKind::Down(MouseButton::Left),
            MouseEventKind::ScrollDown,
        ] {
            app.update(consulta::tui::Action::Mouse(MouseEvent {
                kind,
                column: list.x + 2,
                row: list.y + 6,
                modifiers: KeyModifiers::NONE,
            }));
        }
        assert_eq!(
            (app.read.section, app.read.top, app.read.comment_sel),
            before
        );
        ch(&mut app, view);
        assert_eq!(app.view, consulta::tui::app::View::Read);
    }
    // In the Read view the same click opens the section.
    let list = app.areas().list;
    app.update(consulta::tui::Action::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: list.x + 2,
        row: list.y + 6,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(app.read.section, 5);
}
