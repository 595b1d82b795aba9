//! Frame-building times of the TUI on a large synthetic consultation (TestBackend 120×40).
//!
//! `cargo bench --bench tui_frames` builds 200 sections and 100,000 comments in a temporary
//! folder (30–60 s), then prints the time to the first frame (the loading screen), the time
//! until the Read view is ready, and the time to build a frame after each key press.
//! `CONSULTA_BENCH_COMMENTS=N` changes the number of comments; `CONSULTA_LANG=es` draws in Spanish.

use std::time::{Duration, Instant};

use consulta::tui::{app::Action, draw, view, App};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn stats(name: &str, mut d: Vec<Duration>) {
    d.sort();
    let ms = |x: Duration| x.as_secs_f64() * 1000.0;
    let pick = |q: f64| d[((d.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name:<28} n={:<5} median {:>7.3} ms   p99 {:>7.3} ms   max {:>7.3} ms",
        d.len(),
        ms(pick(0.5)),
        ms(pick(0.99)),
        ms(*d.last().unwrap_or(&Duration::ZERO))
    );
}

fn main() -> anyhow::Result<()> {
    // `CONSULTA_LANG=es` measures the frames in another interface language.
    if let Some(l) = std::env::var("CONSULTA_LANG")
        .ok()
        .as_deref()
        .and_then(consulta::i18n::Lang::parse)
    {
        consulta::i18n::set_ui(l);
        println!("interface language: {l}");
    }
    let comments: usize = std::env::var("CONSULTA_BENCH_COMMENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let tmp = tempfile::tempdir()?;
    let dir = tmp.path().join("synthetic");
    let t = Instant::now();
    consulta::sample::build_synthetic(&dir, 200, comments, 1, &mut |_| {})?;
    println!(
        "built 200 sections, {comments} comments in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let (w, h) = (120, 40);
    let mut term = Terminal::new(TestBackend::new(w, h))?;
    let theme = consulta::tui::theme::Theme::new(true);

    // As `run` does: load on another thread, draw the loading screen at once.
    let start = Instant::now();
    let load_dir = dir.clone();
    let loader = std::thread::spawn(move || consulta::tui::load(&load_dir, &mut |_| {}));
    term.draw(|f| view::draw_loading(f, "reading the repository", 0.0, None, &theme))?;
    let first_frame = start.elapsed();
    let loaded = loader
        .join()
        .map_err(|_| anyhow::anyhow!("the loader panicked"))??;
    let mut app = App::new(loaded);
    app.update(Action::Resize(w, h));
    term.draw(|f| draw(&app, f))?;
    let ready = start.elapsed();
    println!(
        "time to first frame (loading screen): {:.3} ms",
        first_frame.as_secs_f64() * 1000.0
    );
    println!(
        "time to the Read view, loaded:         {:.2} s",
        ready.as_secs_f64()
    );

    let mut all = Vec::new();
    let mut run =
        |name: &str, app: &mut App, keys: &[KeyCode], times: usize| -> anyhow::Result<()> {
            all.extend(frames(&mut term, name, app, keys, times)?);
            Ok(())
        };
    run("section list ↓ (open)", &mut app, &[KeyCode::Down], 150)?;
    run("section list ↑", &mut app, &[KeyCode::Up], 50)?;
    run(
        "enter reader, words →",
        &mut app,
        &[KeyCode::Enter, KeyCode::Right, KeyCode::Right],
        40,
    )?;
    run(
        "reader lines ↓↑",
        &mut app,
        &[KeyCode::Down, KeyCode::Down, KeyCode::Up],
        40,
    )?;
    run(
        "select v + sentence",
        &mut app,
        &[KeyCode::Char('v'), KeyCode::Char(')'), KeyCode::Esc],
        30,
    )?;
    run(
        "next commented passage ]",
        &mut app,
        &[KeyCode::Char(']')],
        100,
    )?;
    run(
        "comment panel scroll",
        &mut app,
        &[KeyCode::Tab, KeyCode::Down, KeyCode::Down, KeyCode::BackTab],
        40,
    )?;
    run(
        "scope paragraph toggle a",
        &mut app,
        &[KeyCode::Char('a')],
        40,
    )?;
    run("round R", &mut app, &[KeyCode::Char('R')], 10)?;
    run(
        "help ? open/close",
        &mut app,
        &[KeyCode::Char('?'), KeyCode::Esc],
        20,
    )?;
    run(
        "compose c + type + Esc y",
        &mut app,
        &[
            KeyCode::Char('c'),
            KeyCode::Char('x'),
            KeyCode::Esc,
            KeyCode::Char('y'),
        ],
        20,
    )?;
    // A search over all sections, then stepping through the matches.
    let t = Instant::now();
    run(
        "search / e v a l ⏎",
        &mut app,
        &[
            KeyCode::Char('/'),
            KeyCode::Char('e'),
            KeyCode::Char('v'),
            KeyCode::Char('a'),
            KeyCode::Char('l'),
            KeyCode::Enter,
        ],
        1,
    )?;
    println!(
        "search “eval” over all sections: {:.3} ms ({} matches)",
        t.elapsed().as_secs_f64() * 1000.0,
        app.search.matches.len()
    );
    run("next match n", &mut app, &[KeyCode::Char('n')], 100)?;
    // The diff view: the pair's diff is computed once in the background, then cached.
    let t = Instant::now();
    press(&mut app, KeyCode::Char('d'));
    app.settle();
    println!(
        "diff view: first diff computed in {:.1} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    run(
        "diff n / N / ↓ / v",
        &mut app,
        &[
            KeyCode::Char('n'),
            KeyCode::Char('N'),
            KeyCode::Down,
            KeyCode::Char('v'),
        ],
        40,
    )?;
    press(&mut app, KeyCode::Esc);
    // The triage view (the synthetic secretariat's identity is not configured here, so the
    // refusal path is what a stakeholder measures; with it, the queue).
    run(
        "triage t + ↓↓ + Esc",
        &mut app,
        &[
            KeyCode::Char('t'),
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Esc,
        ],
        20,
    )?;
    stats("ALL keys", all);
    language_versions(&mut term, tmp.path())?;
    Ok(())
}

/// Frames while switching the reading language and with the side-by-side view, on the bundled
/// sample (English and Spanish versions; the synthetic consultation has one language).
fn language_versions(
    term: &mut Terminal<TestBackend>,
    tmp: &std::path::Path,
) -> anyhow::Result<()> {
    let dir = tmp.join("sample");
    consulta::sample::build_demo(&dir, &mut |_| {})?;
    let mut app = App::new(consulta::tui::load(&dir, &mut |_| {})?);
    app.update(Action::Resize(120, 40));
    println!("the bundled sample, English and Spanish versions:");
    let mut run =
        |name: &str, app: &mut App, keys: &[KeyCode], times: usize| -> anyhow::Result<()> {
            frames(term, name, app, keys, times).map(|_| ())
        };
    run(
        "section list ↓ (open)",
        &mut app,
        &[KeyCode::Down, KeyCode::Up],
        50,
    )?;
    run("language L", &mut app, &[KeyCode::Char('L')], 100)?;
    press(&mut app, KeyCode::Enter);
    run(
        "side by side |, paragraphs",
        &mut app,
        &[
            KeyCode::Char('|'),
            KeyCode::Char('}'),
            KeyCode::Char('}'),
            KeyCode::Char('|'),
        ],
        50,
    )?;
    press(&mut app, KeyCode::Char('|'));
    run(
        "side by side: L, lines ↓",
        &mut app,
        &[KeyCode::Char('L'), KeyCode::Down, KeyCode::Down],
        50,
    )?;
    Ok(())
}

/// Press `keys` `times` times, drawing a frame after each; print and return the times.
fn frames(
    term: &mut Terminal<TestBackend>,
    name: &str,
    app: &mut App,
    keys: &[KeyCode],
    times: usize,
) -> anyhow::Result<Vec<Duration>> {
    let mut d = Vec::new();
    for _ in 0..times {
        for &k in keys {
            let t = Instant::now();
            press(app, k);
            term.draw(|f| draw(app, f))?;
            d.push(t.elapsed());
        }
    }
    stats(name, d.clone());
    Ok(d)
}

fn press(app: &mut App, code: KeyCode) {
    let mods = match code {
        KeyCode::Char(c) if c.is_uppercase() => KeyModifiers::SHIFT,
        _ => KeyModifiers::NONE,
    };
    app.handle_key(KeyEvent::new(code, mods));
}
