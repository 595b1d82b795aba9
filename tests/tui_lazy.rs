//! The TUI of a large consultation (issue: a million comments): comments are read a section
//! at a time, when the section is shown, and the section list's counts come from a cache kept
//! under `.git/consulta/`, keyed by each section folder's git tree. Here the bundled sample is
//! opened that way (the size above which it happens is a parameter) and every screen is
//! compared with the sample opened the ordinary way, which reads every comment at load.

mod tui_support;

use consulta::tui::{app::Action, load_with, App};
use crossterm::event::KeyCode;
use tui_support::*;

const W: u16 = 120;
const H: u16 = 40;

fn app_with(dir: &std::path::Path, lazy_above: usize) -> App {
    let loaded = load_with(dir, &mut |_| {}, lazy_above).expect("load");
    let mut app = App::new(loaded);
    app.theme = consulta::tui::theme::Theme::new(false);
    app.update(Action::Resize(W, H));
    app
}

/// The first screen of the sample, and after each of a series of moves through sections and
/// comments: the same, whether comments were all read at load or a section at a time.
#[test]
fn a_section_at_a_time_shows_what_reading_everything_shows() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut whole = app_with(tmp.path(), usize::MAX - 1);
    let mut lazy = app_with(tmp.path(), 0);
    assert!(whole.data.lazy.is_none());
    // Earlier rounds' comments are carried into the sections read, and only those.
    assert!(!whole.data.carried.is_empty());
    let carried = |a: &App| {
        a.data
            .carried
            .values()
            .map(|c| c.groups.len())
            .sum::<usize>()
    };
    assert!(carried(&lazy) <= 1, "the first section's only");
    let l = lazy.data.lazy.as_ref().expect("read a section at a time");
    assert_eq!(
        l.loaded_count(),
        1,
        "only the first section is read at load"
    );
    assert!(lazy.data.comments.len() < whole.data.comments.len());
    // The exact counts ("mine" marks included) are made in the background at a first opening.
    lazy.settle();
    assert_eq!(screen(&lazy, W, H), screen(&whole, W, H));
    let moves: Vec<(KeyCode, usize)> = vec![
        (KeyCode::Down, 5),
        (KeyCode::Enter, 1),
        (KeyCode::Tab, 1),
        (KeyCode::Down, 2),
        (KeyCode::Esc, 1),
        (KeyCode::Char('['), 1),
        (KeyCode::Down, 3),
    ];
    for (code, times) in moves {
        for _ in 0..times {
            key(&mut whole, code);
            key(&mut lazy, code);
            lazy.settle();
            whole.settle();
            assert_eq!(screen(&lazy, W, H), screen(&whole, W, H), "after {code:?}");
        }
    }
    // Every section of the current round, then the earlier round's, from the section list.
    for app in [&mut whole, &mut lazy] {
        app.read.focus = consulta::tui::app::Pane::List;
    }
    for (code, times) in [
        (KeyCode::Up, 14),
        (KeyCode::Down, 14),
        (KeyCode::Char('R'), 1),
        (KeyCode::Up, 14),
    ] {
        for _ in 0..times {
            for app in [&mut whole, &mut lazy] {
                match code {
                    KeyCode::Char(c) => ch(app, c),
                    _ => key(app, code),
                }
            }
            lazy.settle();
            whole.settle();
            assert_eq!(screen(&lazy, W, H), screen(&whole, W, H), "after {code:?}");
        }
    }
    // Only the sections shown were read.
    let l = lazy.data.lazy.as_ref().unwrap();
    assert!(l.loaded_count() >= 13, "{:?}", l.loaded);
    assert!(
        l.loaded.get("round-1").map_or(0, |s| s.len()) >= 5,
        "round 1 read too: {:?}",
        l.loaded
    );
}

/// Before its comments are read, a section's panel says so, with the count from the cache.
#[test]
fn a_section_being_read_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut lazy = app_with(tmp.path(), 0);
    let round = lazy.round_name().to_string();
    let id = lazy.sections()[5].id.clone();
    let cached = lazy.data.section_count(&round, &id).0;
    assert!(cached > 0, "the sample comments on section 6");
    assert!(lazy.data.is_loading(&round, &id));
    // The key that moves to it starts the reading; until it is taken in, the panel waits.
    for _ in 0..5 {
        key(&mut lazy, KeyCode::Down);
    }
    // The reading's result is taken in when the app polls (here: settles).
    assert!(lazy.data.is_loading(&round, &id));
    let before = screen(&lazy, W, H);
    assert!(
        before.contains("Reading this section's comments"),
        "{before}"
    );
    lazy.settle();
    assert!(!lazy.data.is_loading(&round, &id));
    let group = lazy.data.group(&round, &id).expect("read");
    assert_eq!(group.members.len(), cached);
    assert!(!screen(&lazy, W, H).contains("Reading this section's comments"));
}

/// A first opening (no counts cache) does not wait for every record to be read: the section
/// list has the counts of its trees' files at once, the status line says the rest is being
/// counted, and the exact counts with the "mine" marks replace them when done, kept in the
/// cache so that the next opening has them at once.
#[test]
fn a_first_opening_counts_in_the_background() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    // The sample's comments of its own stakeholder: the address the TUI counts as "mine".
    consulta::repo::Store::open(dir)
        .unwrap()
        .add_comment(
            &consulta::repo::Identity::load(Some(consulta::repo::Store::open(dir).unwrap().git())),
            &consulta::repo::NewComment {
                section: app_with(dir, usize::MAX - 1).sections()[2].id.clone(),
                kind: Some(consulta::model::CommentType::General),
                body: "Mine, marked in the section list.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let cache = dir.join(".git/consulta/section-counts.json");
    let _ = std::fs::remove_file(&cache);
    let exact = consulta::repo::Store::open(dir)
        .unwrap()
        .section_counts(EMAIL, &mut |_, _| {})
        .unwrap();
    std::fs::remove_file(&cache).unwrap();

    let mut app = app_with(dir, 0);
    let round = app.round_name().to_string();
    let ids: Vec<String> = app.sections().iter().map(|s| s.id.clone()).collect();
    let l = app.data.lazy.as_ref().expect("a section at a time");
    let (_, folders) = l.counting.expect("counting in the background");
    assert!(
        folders > 10,
        "every folder is missing from the cache: {folders}"
    );
    assert!(!cache.exists(), "nothing kept before the exact counts");
    let first = screen(&app, W, H);
    assert!(first.contains("Counting your comments"), "{first}");
    let mine_somewhere = |app: &App| {
        ids.iter()
            .filter(|id| app.data.section_count(&round, id).1)
            .count()
    };
    for id in &ids[1..] {
        // Unread sections: their trees' counts, which are the exact ones for readable records.
        assert_eq!(
            app.data.section_count(&round, id).0,
            exact[&round].get(id).map_or(0, |c| c.comments),
            "{id}"
        );
    }
    assert_eq!(mine_somewhere(&app), 0, "no marks until counted");

    app.settle();
    assert!(app.data.lazy.as_ref().unwrap().counting.is_none());
    assert!(
        mine_somewhere(&app) >= 1,
        "the marks of the stakeholder's comments"
    );
    for id in &ids[1..] {
        let c = exact[&round].get(id).copied().unwrap_or_default();
        assert_eq!(
            app.data.section_count(&round, id),
            (c.comments, c.mine > 0),
            "{id}"
        );
    }
    assert!(!screen(&app, W, H).contains("Counting your comments"));
    assert!(cache.exists(), "kept for the next opening");
    let again = app_with(dir, 0);
    assert!(again.data.lazy.as_ref().unwrap().counting.is_none());
    assert_eq!(mine_somewhere(&again), mine_somewhere(&app));
}

/// Counts made for data loaded since are not taken; counts that could not be made leave the
/// first ones in place and end the counting.
#[test]
fn background_counts_for_other_data_or_failed_keep_the_first() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let _ = std::fs::remove_file(tmp.path().join(".git/consulta/section-counts.json"));
    let mut app = app_with(tmp.path(), 0);
    let round = app.round_name().to_string();
    let id = app.sections()[5].id.clone();
    let first = app.data.section_count(&round, &id);
    assert!(first.0 > 0);
    let (token, _) = app.data.lazy.as_ref().unwrap().counting.expect("counting");
    assert!(!app.data.counted(token + 1, Some(Default::default())));
    assert_eq!(app.data.section_count(&round, &id), first, "not taken");
    assert!(app.data.lazy.as_ref().unwrap().counting.is_some());
    assert!(app.data.counted(token, None));
    assert!(app.data.lazy.as_ref().unwrap().counting.is_none());
    assert_eq!(
        app.data.section_count(&round, &id),
        first,
        "the first ones stay"
    );
}

/// The counts cache: written at the first opening, reused for the folders whose tree did not
/// change, counted again for one that did, and never trusted for another tree.
#[test]
fn the_counts_cache_follows_the_tree() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let store = consulta::repo::Store::open(dir).unwrap();
    let mut asked = 0;
    let first = store
        .section_counts(EMAIL, &mut |_, total| asked = asked.max(total))
        .unwrap();
    assert!(asked > 0, "every folder counted the first time");
    let cache = dir.join(".git/consulta/section-counts.json");
    assert!(cache.exists());
    let mut again = 0;
    assert_eq!(
        store
            .section_counts(EMAIL, &mut |_, total| again = again.max(total))
            .unwrap(),
        first
    );
    assert_eq!(again, 0, "nothing counted again");

    // A comment on section 6: only its folder is counted again, with the new comment, mine.
    let round = "round-2";
    let sec = {
        let app = app_with(dir, 0);
        app.sections()[5].id.clone()
    };
    let before = first[round][&sec];
    let who = consulta::repo::Identity::load(Some(store.git()));
    store
        .add_comment(
            &who,
            &consulta::repo::NewComment {
                section: sec.clone(),
                kind: Some(consulta::model::CommentType::General),
                body: "A comment counted again.".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let mut recount = 0;
    let after = store
        .section_counts(EMAIL, &mut |_, total| recount = recount.max(total))
        .unwrap();
    assert_eq!(recount, 1, "one folder counted again");
    assert_eq!(after[round][&sec].comments, before.comments + 1);
    assert_eq!(after[round][&sec].mine, before.mine + 1);

    // Counts written for other trees (wrong ids, wrong numbers) are not used.
    let text = std::fs::read_to_string(&cache).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entries = v["entries"].as_object_mut().expect("entries by key");
    assert!(entries.len() > 10, "one per folder: {}", entries.len());
    // Keys are "<tree id>:<address>": the same counts, inflated, under other trees.
    let forged: serde_json::Map<String, serde_json::Value> = entries
        .iter()
        .enumerate()
        .map(|(i, (key, _))| {
            let (_, address) = key.split_once(':').expect("tree:address");
            (
                format!("{i:040x}:{address}"),
                serde_json::json!({"comments": 999, "mine": 0}),
            )
        })
        .collect();
    *entries = forged;
    std::fs::write(&cache, serde_json::to_vec(&v).unwrap()).unwrap();
    assert_eq!(store.section_counts(EMAIL, &mut |_, _| {}).unwrap(), after);
    // Another address: its own "mine" counts, none of the earlier address's.
    let other = store
        .section_counts("someone.else@test.example", &mut |_, _| {})
        .unwrap();
    assert_eq!(other[round][&sec].comments, after[round][&sec].comments);
    assert_eq!(other[round][&sec].mine, 0);
    // A damaged cache is rebuilt.
    std::fs::write(&cache, b"{ not json").unwrap();
    assert_eq!(store.section_counts(EMAIL, &mut |_, _| {}).unwrap(), after);
}

/// Triage needs every comment: in a large consultation it reads them all, then opens.
#[test]
fn triage_reads_every_comment_first() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    demo(dir);
    let repo = git2::Repository::open(dir).unwrap();
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("drafts/consultation.json")).unwrap())
            .unwrap();
    let secretariat = manifest["secretariat"][0].as_str().unwrap().to_string();
    repo.config()
        .unwrap()
        .open_level(git2::ConfigLevel::Local)
        .unwrap()
        .set_str("user.email", &secretariat)
        .unwrap();
    let mut lazy = app_with(dir, 0);
    let whole = app_with(dir, usize::MAX - 1);
    ch(&mut lazy, 't');
    assert!(
        screen(&lazy, W, H).contains("Reading all"),
        "{}",
        screen(&lazy, W, H)
    );
    lazy.settle();
    assert_eq!(lazy.view, consulta::tui::app::View::Triage);
    assert!(lazy.data.lazy.is_none());
    assert_eq!(lazy.data.comments.len(), whole.data.comments.len());
}

/// The diff view names the comments behind each change: read by id when their sections are
/// not read yet, so every screen is the one shown when every comment was read at load.
#[test]
fn the_diff_view_names_the_comments_behind_changes() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut whole = app_with(tmp.path(), usize::MAX - 1);
    let mut lazy = app_with(tmp.path(), 0);
    let mut named = 0;
    for app in [&mut whole, &mut lazy] {
        ch(app, 'd');
        app.settle();
    }
    for _ in 0..40 {
        let (a, b) = (screen(&whole, W, H), screen(&lazy, W, H));
        assert_eq!(b, a);
        if a.contains("applied")
            || whole
                .diff
                .section()
                .and_then(|s| s.hunks.get(whole.diff.hunk))
                .is_some_and(|h| !h.comments.is_empty())
        {
            named += 1;
        }
        ch(&mut whole, 'n');
        ch(&mut lazy, 'n');
    }
    assert!(
        named > 0,
        "the sample's diff has changes made by applied proposals"
    );
}

/// A section whose comments cannot be read says so in its panel, with what to do, and is
/// not asked for again at every key.
#[test]
fn a_section_that_cannot_be_read_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    demo(tmp.path());
    let mut lazy = app_with(tmp.path(), 0);
    // The repository goes away under the TUI.
    std::fs::rename(tmp.path().join(".git"), tmp.path().join("git-moved")).unwrap();
    key(&mut lazy, KeyCode::Down);
    lazy.settle();
    let text = screen(&lazy, W, H);
    assert!(text.contains("This section's comments could not"), "{text}");
    assert!(text.contains("Check that the folder"), "{text}");
    let round = lazy.round_name().to_string();
    let id = lazy.sections()[1].id.clone();
    assert!(lazy.data.unreadable(&round, &id).is_some());
    assert!(!lazy.data.is_loading(&round, &id));
    // Moving away and back does not read it again.
    key(&mut lazy, KeyCode::Up);
    lazy.settle();
    key(&mut lazy, KeyCode::Down);
    assert!(!lazy.is_busy());
}
