//! Drawing: plain functions over a read-only `App`. Every stakeholder string passes through
//! `crate::sanitize` here or in `doc` before it reaches the buffer.

use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::app::{App, Pane, View, GUTTER, MIN_HEIGHT, MIN_WIDTH};
use super::compose::{Field, Mode};
use super::doc::Look;
use super::keys::{self, Context, BINDINGS};
use super::strings as s;
use super::theme::Theme;
use crate::anchor::carry::CarryStatus;
use crate::diff::{self, Kind};
use crate::model::{Comment, CommentType, Stance};
use crate::repo::IdentityField;
use crate::sanitize;

/// Cut `text` to `width` columns, with an ellipsis when cut.
pub fn trunc(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Pad `text` with spaces to `width` columns (cutting it first when needed).
pub fn pad(text: &str, width: usize) -> String {
    let t = trunc(text, width);
    let w = t.width();
    format!("{t}{}", " ".repeat(width.saturating_sub(w)))
}

/// Word-wrap styled text to `width` columns. Newlines break lines; words keep their styled runs.
pub fn wrap_spans(spans: &[(String, Style)], width: usize, indent: usize) -> Vec<Line<'static>> {
    wrap_hanging(spans, width, indent, indent)
}

/// As [`wrap_spans`], with a different indent for the first line (which may be 0 when the
/// spans bring their own prefix).
pub fn wrap_hanging(
    spans: &[(String, Style)],
    width: usize,
    first: usize,
    indent: usize,
) -> Vec<Line<'static>> {
    let width = width.max(indent + 4);
    // Words as runs of (text, style); None marks a forced line break.
    let mut words: Vec<Option<Vec<(String, Style)>>> = Vec::new();
    let mut cur: Vec<(String, Style)> = Vec::new();
    let push_char = |cur: &mut Vec<(String, Style)>, c: char, st: Style| match cur.last_mut() {
        Some((t, s)) if *s == st => t.push(c),
        _ => cur.push((c.to_string(), st)),
    };
    for (text, st) in spans {
        for c in text.chars() {
            if c == '\n' {
                if !cur.is_empty() {
                    words.push(Some(std::mem::take(&mut cur)));
                }
                words.push(None);
            } else if c.is_whitespace() {
                if !cur.is_empty() {
                    words.push(Some(std::mem::take(&mut cur)));
                }
            } else {
                push_char(&mut cur, c, *st);
            }
        }
    }
    if !cur.is_empty() {
        words.push(Some(cur));
    }
    let mut lines = Vec::new();
    let mut line: Vec<Span<'static>> = vec![Span::raw(" ".repeat(first))];
    let mut col = first;
    let mut empty = true;
    let flush = |line: &mut Vec<Span<'static>>,
                 col: &mut usize,
                 empty: &mut bool,
                 lines: &mut Vec<Line<'static>>| {
        lines.push(Line::from(std::mem::replace(
            line,
            vec![Span::raw(" ".repeat(indent))],
        )));
        *col = indent;
        *empty = true;
    };
    for w in words {
        let Some(runs) = w else {
            flush(&mut line, &mut col, &mut empty, &mut lines);
            continue;
        };
        let ww: usize = runs.iter().map(|(t, _)| t.width()).sum();
        if !empty && col + 1 + ww > width {
            flush(&mut line, &mut col, &mut empty, &mut lines);
        }
        if !empty {
            line.push(Span::raw(" "));
            col += 1;
        }
        // A word too long for any line may break between its styled runs.
        let breakable = ww > width - indent && runs.len() > 1;
        for (t, st) in runs {
            if breakable && !empty && col + t.width() > width {
                flush(&mut line, &mut col, &mut empty, &mut lines);
            }
            empty = false;
            if col + t.width() <= width {
                col += t.width();
                line.push(Span::styled(t, st));
                continue;
            }
            // Too long for the line: cut by characters.
            let mut piece = String::new();
            for c in t.chars() {
                let cw = c.width().unwrap_or(0);
                if col + cw > width && !piece.is_empty() {
                    line.push(Span::styled(std::mem::take(&mut piece), st));
                    flush(&mut line, &mut col, &mut empty, &mut lines);
                    empty = false;
                }
                piece.push(c);
                col += cw;
            }
            line.push(Span::styled(piece, st));
        }
    }
    if !empty || lines.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}

pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn block<'a>(title: String, focused: bool, t: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused { t.border_focus } else { t.border })
        .title(Span::styled(
            title,
            if focused { t.title } else { t.strong },
        ))
}

/// Draw the whole screen.
pub fn draw(app: &App, f: &mut Frame) {
    let area = f.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return draw_too_small(f, &app.theme);
    }
    let a = super::app::areas(area);
    match app.view {
        View::Read => {
            draw_header(app, f, a.header);
            draw_list(app, f, a.list);
            draw_reader(app, f, a.reader);
            draw_comments(app, f, a.comments);
        }
        View::Diff => {
            let d = &app.diff;
            let what = format!(
                "{} {}",
                s::DIFF_TITLE,
                s::diff_title(&d.label(d.from), &d.label(d.to))
            );
            super::diffview::header(app, f, a.header, &what);
            super::diffview::draw(app, f, &a);
        }
        View::Triage => {
            super::diffview::header(app, f, a.header, s::CTX_TRIAGE);
            let body = Rect::new(
                area.x,
                area.y + 1,
                area.width,
                area.height.saturating_sub(3),
            );
            super::triage::draw(app, f, area, body);
        }
        View::Summary => {
            super::diffview::header(app, f, a.header, s::SUMMARY_TITLE);
            let body = Rect::new(
                area.x,
                area.y + 1,
                area.width,
                area.height.saturating_sub(3),
            );
            super::summaryview::draw(app, f, body);
        }
    }
    draw_status(app, f, a.status);
    draw_footer(app, f, a.footer);
    if app.compose.is_some() {
        draw_compose(app, f, area);
    }
    if app.help.is_some() {
        draw_help(app, f, area);
    }
    if app.filter_row.is_some() {
        draw_filters(app, f, area);
    }
    if let Some(d) = &app.restore {
        let text = s::restore_question(
            &sanitize::inline(&d.section_title),
            &trunc(&sanitize::inline(&d.body), 60),
        );
        draw_question(
            f,
            area,
            s::RESTORE_TITLE,
            &text,
            s::RESTORE_KEYS,
            &app.theme,
        );
    }
    if app.compose.is_some() && app.confirm_discard {
        draw_question(
            f,
            area,
            s::CONFIRM_TITLE,
            s::CONFIRM_DISCARD,
            "",
            &app.theme,
        );
    }
    if app.identity_form.is_some() {
        draw_identity(app, f, area);
    }
}

/// The message shown instead of the screen when the terminal is too small.
pub fn draw_too_small(f: &mut Frame, t: &Theme) {
    let area = f.area();
    let (w, h) = (area.width, area.height);
    let lines = vec![
        Line::styled(s::TOO_SMALL, t.strong),
        Line::styled(s::too_small(w, h, MIN_WIDTH, MIN_HEIGHT), t.base),
    ];
    let y = area.y + area.height.saturating_sub(2) / 2;
    let r = Rect::new(area.x, y, area.width, 2.min(area.height));
    f.render_widget(Paragraph::new(lines).alignment(Alignment::Center), r);
}

/// The loading screen: what is being read, and for how long.
pub fn draw_loading(f: &mut Frame, progress: &str, secs: f64, banner: Option<&str>, t: &Theme) {
    let area = f.area();
    let mut lines = vec![
        Line::styled(s::LOADING_TITLE, t.title),
        Line::from(vec![
            Span::styled(format!("{} ", progress), t.base),
            Span::styled(s::loading_elapsed(secs), t.muted),
        ]),
    ];
    if let Some(b) = banner {
        lines.push(Line::default());
        lines.push(Line::styled(sanitize::inline(b).into_owned(), t.muted));
    }
    let h = lines.len() as u16;
    let r = Rect::new(
        area.x,
        area.y + area.height.saturating_sub(h) / 2,
        area.width,
        h.min(area.height),
    );
    f.render_widget(Paragraph::new(lines).alignment(Alignment::Center), r);
}

fn draw_header(app: &App, f: &mut Frame, r: Rect) {
    let t = &app.theme;
    let round = if app.is_current_round() {
        format!("{} ({})", app.round_name(), s::CURRENT)
    } else {
        app.round_name().to_string()
    };
    let id = &app.data.identity;
    let who = match (id.name.is_empty(), id.organisation.is_empty()) {
        (true, _) => String::new(),
        (false, true) => format!(" · {}", id.name),
        (false, false) => format!(" · {}, {}", id.name, id.organisation),
    };
    let title = sanitize::inline(&app.data.manifest.title);
    let right = format!(" · {round}{}", sanitize::inline(&who));
    let room = (r.width as usize).saturating_sub(right.width() + 1);
    let line = Line::from(vec![
        Span::styled(format!(" {}", trunc(&title, room)), t.title),
        Span::styled(right, t.muted),
    ]);
    f.render_widget(Paragraph::new(line), r);
}

fn draw_list(app: &App, f: &mut Frame, r: Rect) {
    let t = &app.theme;
    let focused = app.focus == Pane::List && app.compose.is_none();
    let b = block(format!(" {} ", s::SECTIONS), focused, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    let Some(rt) = app.data.rounds.get(app.round) else {
        return;
    };
    if rt.sections.is_empty() {
        f.render_widget(Paragraph::new(Line::styled(s::NO_SECTIONS, t.muted)), inner);
        return;
    }
    let w = inner.width as usize;
    let mut lines = Vec::new();
    for (i, sec) in rt
        .sections
        .iter()
        .enumerate()
        .skip(app.list_top)
        .take(inner.height as usize)
    {
        let g = app.data.group(&rt.name, &sec.id);
        let count = g.map_or(0, |g| g.members.len());
        let sel = i == app.section;
        let num = format!("{:>2}", sec.order);
        let count_s = format!("{count:>3}");
        let changed = if rt.changed.get(i) == Some(&true) {
            s::CHANGED_MARK
        } else {
            " "
        };
        // Yours: made on this round, or carried here from an earlier one (when shown).
        let carried_mine = !app.filters.hide_carried
            && app
                .data
                .carried_group(&rt.name, &sec.id)
                .is_some_and(|g| g.mine);
        let mine = if g.is_some_and(|g| g.mine) || carried_mine {
            s::MINE_MARK
        } else {
            " "
        };
        let title_w = w.saturating_sub(1 + num.width() + 1 + 1 + count_s.width() + 2);
        let title = pad(&sanitize::inline(&sec.title), title_w);
        let base = if sel { t.selected } else { t.base };
        lines.push(Line::from(vec![
            Span::styled(if sel { s::SELECTED_MARK } else { " " }, base),
            Span::styled(num, if sel { base } else { t.muted }),
            Span::styled(" ", base),
            Span::styled(title, base),
            Span::styled(" ", base),
            Span::styled(count_s, if sel { base } else { t.muted }),
            Span::styled(changed, t.changed),
            Span::styled(mine, t.mine),
        ]));
    }
    f.render_widget(Paragraph::new(lines), inner);
}

fn look_style(look: Look, t: &Theme) -> Style {
    match look {
        Look::Plain => t.base,
        Look::Emphasis => t.emphasis,
        Look::Strong | Look::TableHead => t.strong,
        Look::Heading => t.heading,
        Look::Decoration => t.muted,
    }
}

fn draw_reader(app: &App, f: &mut Frame, r: Rect) {
    let t = &app.theme;
    let focused = app.focus == Pane::Reader && app.compose.is_none();
    let title = match app.current_section() {
        Some(sec) => format!(
            " {} {} · {} ",
            sec.order,
            sanitize::inline(&sec.title),
            app.round_name()
        ),
        None => " ".into(),
    };
    let b = block(
        trunc(&title, r.width.saturating_sub(4) as usize),
        focused,
        t,
    );
    let inner = b.inner(r);
    f.render_widget(b, r);
    let n = app.doc.words.len();
    // Per-frame marks for this section only.
    let mut commented = vec![false; n];
    for g in app.group().into_iter().chain(app.carried_group()) {
        for &(st, e, _) in &g.passages {
            let mut w = app.doc.word_at(st);
            while w < n && app.doc.words[w].start < e {
                if app.doc.words[w].end > st {
                    commented[w] = true;
                }
                w += 1;
            }
        }
    }
    let mut found = vec![false; n];
    let ms = &app.search.matches;
    let from = ms.partition_point(|m| m.0 < app.section);
    for &(si, st, e) in &ms[from..] {
        if si != app.section {
            break;
        }
        let mut w = app.doc.word_at(st);
        while w < n && app.doc.words[w].start < e {
            found[w] = true;
            w += 1;
        }
    }
    let sel = app.selection();
    let in_sel = |w: usize| sel.is_some_and(|(a, b)| a <= w && w <= b);
    // Paragraphs with comments get the marker on every line.
    let lines_to_draw = app.lines.iter().skip(app.top).take(inner.height as usize);
    let width = app.lines_width;
    let mut out = Vec::new();
    for l in lines_to_draw {
        let mut spans = Vec::new();
        let gutter = l.gutter.map_or(String::new(), |p| p.to_string());
        spans.push(Span::styled(format!("{gutter:>3}"), t.muted));
        let marked = l
            .frags
            .iter()
            .any(|fr| fr.word.is_some_and(|w| commented[w]));
        spans.push(Span::styled(
            if marked { s::PASSAGE_MARK } else { " " },
            t.marker,
        ));
        spans.push(Span::raw(" ".repeat((GUTTER - 4) as usize)));
        let mut col = 0u16;
        let mut prev: Option<usize> = None;
        for fr in &l.frags {
            if fr.col > col {
                let gap_sel =
                    matches!((prev, fr.word), (Some(a), Some(b)) if in_sel(a) && in_sel(b));
                spans.push(Span::styled(
                    " ".repeat((fr.col - col) as usize),
                    if gap_sel { t.selected } else { t.base },
                ));
            }
            let mut st = look_style(fr.look, t);
            if let Some(w) = fr.word {
                if commented[w] {
                    st = st.patch(t.marker);
                }
                if found[w] {
                    st = st.patch(t.search);
                }
                if in_sel(w) {
                    st = st.patch(t.selected);
                }
                if w == app.cursor && focused {
                    st = st.patch(t.cursor);
                }
            }
            spans.push(Span::styled(fr.text.clone(), st));
            col = fr.col + fr.text.width() as u16;
            prev = fr.word;
        }
        let _ = width;
        out.push(Line::from(spans));
    }
    f.render_widget(Paragraph::new(out), inner);
}

fn status_label(app: &App, c: &Comment) -> (String, bool) {
    match app.data.dispositions.get(&c.id) {
        Some(d) => (d.status.label().to_string(), true),
        None => (s::OPEN_STATUS.to_string(), false),
    }
}

/// Word-diff segments as styled text with git's markers (`[-old-]{+new+}`), sanitised.
pub fn diff_spans(segs: &[diff::Segment], t: &Theme) -> Vec<(String, Style)> {
    segs.iter()
        .map(|sg| match sg.kind {
            Kind::Equal => (sanitize::block(&sg.text).into_owned(), t.base),
            Kind::Delete => (format!("[-{}-]", sanitize::block(&sg.text)), t.removed),
            Kind::Insert => (format!("{{+{}+}}", sanitize::block(&sg.text)), t.added),
        })
        .collect()
}

/// The lines of one comment in the panel.
fn comment_lines(
    app: &App,
    c: &Comment,
    depth: u8,
    selected: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let t = &app.theme;
    let indent = (depth as usize * 2).min(8);
    let pad_l = " ".repeat(indent);
    let mut lines = Vec::new();
    let mine = app.data.is_mine(c);
    let sel_mark = if selected { s::SELECTED_MARK } else { " " };
    let who_mark = if mine { s::MINE_MARK } else { s::OTHER_MARK };
    let reply = if depth > 0 { s::REPLY_MARK } else { "" };
    let name = sanitize::inline(&c.author.name).into_owned();
    let org = sanitize::inline(&c.author.organisation).into_owned();
    let head = vec![
        (
            format!("{sel_mark}{pad_l}{reply}{who_mark} "),
            if selected {
                t.selected
            } else if mine {
                t.mine
            } else {
                t.muted
            },
        ),
        (
            name,
            if selected {
                t.selected.add_modifier(Modifier::BOLD)
            } else {
                t.strong
            },
        ),
        (
            format!(" · {org}"),
            if selected { t.selected } else { t.base },
        ),
    ];
    let inner = indent + 3;
    lines.extend(wrap_hanging(&head, width, 0, inner));
    if let Some(ci) = app.data.by_id.get(&c.id).copied() {
        if let Some(k) = app.carried_item(ci) {
            let label = match k.status {
                CarryStatus::Unchanged => s::CARRY_UNCHANGED,
                CarryStatus::Moved => s::CARRY_MOVED,
                CarryStatus::Changed => s::CARRY_CHANGED,
                CarryStatus::Resolved => s::CARRY_RESOLVED,
                CarryStatus::Orphaned => s::CARRY_ORPHANED,
            };
            let mut spans = vec![
                (label.to_string(), t.changed),
                (format!(" · {}", s::carried_from(&c.round)), t.muted),
            ];
            if k.status == CarryStatus::Changed && !k.diff.is_empty() {
                spans.push((": ".into(), t.muted));
                spans.extend(diff_spans(&k.diff, t));
            }
            lines.extend(wrap_spans(&spans, width, inner));
        }
    }
    let cat = sanitize::inline(app.data.manifest.category_label(&c.author.category)).into_owned();
    let (status, decided) = status_label(app, c);
    let place = c.anchor.as_ref().map(|a| match (&a.paragraph, &a.clause) {
        (Some(p), cl) => s::paragraph_label(*p, cl.as_deref()),
        (None, _) => String::new(),
    });
    let mut meta = format!(
        "{cat} · {} · {}",
        sanitize::inline(&c.author.country),
        c.kind
    );
    meta.push_str(&format!(
        " · {}",
        c.stance.map_or(s::NO_STANCE, |st| st.as_str())
    ));
    if let Some(p) = place.filter(|p| !p.is_empty()) {
        meta.push_str(&format!(" · {p}"));
    }
    lines.extend(wrap_spans(&[(meta, t.muted)], width, inner));
    match (&c.anchor, &c.proposed_change) {
        (Some(a), Some(p)) => {
            let segs = diff::words(&a.quote, p);
            lines.extend(wrap_spans(&diff_spans(&segs, t), width, inner));
        }
        (Some(a), None) => {
            let q = trunc(
                &sanitize::inline(&a.quote),
                (width.saturating_sub(inner)) * 2,
            );
            lines.extend(wrap_spans(
                &[(format!("“{q}”"), t.emphasis.patch(t.muted))],
                width,
                inner,
            ));
        }
        _ => {}
    }
    lines.extend(wrap_spans(
        &[(sanitize::block(&c.comment).into_owned(), t.base)],
        width,
        inner,
    ));
    let mut disp = vec![(
        format!("⚑ {status}"),
        if decided { t.strong } else { t.muted },
    )];
    if let Some(d) = app
        .data
        .dispositions
        .get(&c.id)
        .filter(|d| !d.observations.is_empty())
    {
        disp.push((format!(": {}", sanitize::block(&d.observations)), t.base));
    }
    lines.extend(wrap_spans(&disp, width, inner));
    lines.push(Line::default());
    lines
}

fn draw_comments(app: &App, f: &mut Frame, r: Rect) {
    let t = &app.theme;
    let focused = app.focus == Pane::Comments && app.compose.is_none();
    let items = app.panel_items();
    let total = app.group().map_or(0, |g| g.members.len());
    let earlier = app.carried_group().map_or(0, |g| g.members.len());
    let total_all = total + earlier;
    let mut title = if app.scope_paragraph {
        match app.cursor_paragraph() {
            Some(p) => format!(
                " {} · {} ",
                s::paragraph_label(p.number, p.clause.as_deref()),
                s::comment_count(items.len())
            ),
            None => format!(" {} · {} ", s::COMMENTS, s::comment_count(items.len())),
        }
    } else if earlier > 0 {
        format!(" {} ", s::with_earlier(total, earlier))
    } else {
        format!(" {} · {} ", s::COMMENTS, s::comment_count(total))
    };
    if app.filters.is_active() {
        title = format!("{title}· {} {} ", s::FILTERED, items.len());
    }
    let b = block(
        trunc(&title, r.width.saturating_sub(4) as usize),
        focused,
        t,
    );
    let inner = b.inner(r);
    f.render_widget(b, r);
    if items.is_empty() {
        let msg = if total_all > 0 {
            s::NO_COMMENTS_FILTERED
        } else {
            s::NO_COMMENTS_SECTION
        };
        f.render_widget(
            Paragraph::new(wrap_spans(
                &[(msg.to_string(), t.muted)],
                inner.width as usize,
                0,
            )),
            inner,
        );
        return;
    }
    let w = inner.width as usize;
    let h = inner.height as usize;
    let sel = app.comment_sel.min(items.len() - 1);
    // Start early enough to show context, late enough that the selected comment is visible.
    let sel_lines = comment_lines(app, &app.data.comments[items[sel].0], items[sel].1, true, w);
    let mut start = sel;
    let mut used = sel_lines.len();
    while start > 0 {
        let (i, d) = items[start - 1];
        let n = comment_lines(app, &app.data.comments[i], d, false, w).len();
        if used + n > h {
            break;
        }
        used += n;
        start -= 1;
    }
    let mut lines = Vec::new();
    for (k, &(i, d)) in items.iter().enumerate().skip(start) {
        if lines.len() >= h {
            break;
        }
        if k == sel {
            lines.extend(sel_lines.iter().cloned());
        } else {
            lines.extend(comment_lines(app, &app.data.comments[i], d, false, w));
        }
    }
    lines.truncate(h);
    f.render_widget(Paragraph::new(lines), inner);
}

fn draw_status(app: &App, f: &mut Frame, r: Rect) {
    let t = &app.theme;
    let line = if let Some(p) = &app.prompt {
        Line::from(vec![
            Span::styled(s::SEARCH_PROMPT, t.key),
            Span::styled(format!("{}▏", sanitize::inline(p)), t.base),
            Span::styled(format!("  {}", s::SEARCH_HINT), t.muted),
        ])
    } else if let Some(st) = &app.status {
        let (mark, style) = if st.error {
            ("✗ ", t.error)
        } else {
            ("· ", t.info)
        };
        Line::from(vec![
            Span::styled(mark, style),
            Span::styled(
                trunc(&sanitize::inline(&st.text), r.width as usize - 2),
                style,
            ),
        ])
    } else if app.is_busy() {
        Line::styled(s::SUBMITTING, t.info)
    } else if let Some(b) = &app.banner {
        Line::styled(trunc(&sanitize::inline(b), r.width as usize), t.muted)
    } else {
        Line::default()
    };
    f.render_widget(Paragraph::new(line), r);
}

fn hint_line(context: Context, width: usize, t: &Theme) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (k, h) in keys::hints(context) {
        let need = k.width() + 1 + h.width() + 2;
        if used + need > width {
            break;
        }
        used += need;
        spans.push(Span::styled(k, t.key));
        spans.push(Span::styled(format!(" {h}  "), t.muted));
    }
    Line::from(spans)
}

fn draw_footer(app: &App, f: &mut Frame, r: Rect) {
    f.render_widget(
        Paragraph::new(hint_line(app.context(), r.width as usize, &app.theme)),
        r,
    );
}

fn draw_help(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let r = centered(
        area,
        area.width.saturating_sub(8).min(76),
        area.height.saturating_sub(4),
    );
    f.render_widget(Clear, r);
    let b = block(format!(" {} ", s::HELP_TITLE), true, t)
        .title_bottom(Span::styled(format!(" {} ", s::HELP_FOOT), t.muted));
    let inner = b.inner(r);
    f.render_widget(b, r);
    let mut lines = Vec::new();
    for ctx in [
        Context::Global,
        Context::List,
        Context::Reader,
        Context::Comments,
        Context::Compose,
        Context::Diff,
        Context::Triage,
        Context::Decide,
        Context::Summary,
        Context::Export,
    ] {
        lines.push(Line::styled(ctx.label(), t.heading));
        for bnd in BINDINGS.iter().filter(|b| b.context == ctx) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {}", pad(&keys::keys_label(bnd), 16)), t.key),
                Span::styled(bnd.help, t.base),
            ]));
        }
        if ctx == Context::Reader {
            lines.push(Line::from(vec![
                Span::styled(format!("  {}", pad("mouse", 16)), t.key),
                Span::styled(s::K_SELECT_MOUSE, t.base),
            ]));
        }
        lines.push(Line::default());
    }
    let scroll = app
        .help
        .unwrap_or(0)
        .min(lines.len().saturating_sub(inner.height as usize) as u16);
    f.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
}

fn draw_filters(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let r = centered(area, 60, 9);
    f.render_widget(Clear, r);
    let b = block(format!(" {} ", s::FILTERS_TITLE), true, t)
        .title_bottom(Span::styled(format!(" {} ", s::FILTERS_KEYS), t.muted));
    let inner = b.inner(r);
    f.render_widget(b, r);
    let fl = &app.filters;
    let cat = fl
        .category
        .and_then(|i| app.data.manifest.categories.get(i))
        .map_or(s::ALL.to_string(), |c| {
            sanitize::inline(&c.label).into_owned()
        });
    let status = match fl.status {
        None => s::ALL.to_string(),
        Some(None) => s::OPEN_STATUS.to_string(),
        Some(Some(st)) => st.label().to_string(),
    };
    let rows = [
        (
            s::FILTER_TYPE,
            fl.kind.map_or(s::ALL.to_string(), |k| k.to_string()),
        ),
        (s::FILTER_CATEGORY, cat),
        (s::FILTER_STATUS, status),
        (
            s::FILTER_MINE,
            if fl.mine { s::YES } else { s::NO }.to_string(),
        ),
        (
            s::FILTER_CARRIED,
            if fl.hide_carried { s::HIDDEN } else { s::SHOWN }.to_string(),
        ),
    ];
    let row = app.filter_row.unwrap_or(0);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, (k, v))| {
            let sel = i == row;
            Line::from(vec![
                Span::styled(if sel { s::SELECTED_MARK } else { " " }, t.key),
                Span::styled(format!(" {}", pad(k, 12)), t.strong),
                Span::styled(format!("‹ {v} ›"), if sel { t.selected } else { t.base }),
            ])
        })
        .collect();
    f.render_widget(Paragraph::new(lines), inner);
}

fn draw_question(f: &mut Frame, area: Rect, title: &str, text: &str, keys_text: &str, t: &Theme) {
    let w = area.width.saturating_sub(10).min(64);
    let mut lines = wrap_spans(
        &[(text.to_string(), t.base)],
        w.saturating_sub(2) as usize,
        0,
    );
    if !keys_text.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(keys_text.to_string(), t.key));
    }
    let r = centered(area, w, lines.len() as u16 + 2);
    f.render_widget(Clear, r);
    let b = block(format!(" {title} "), true, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    f.render_widget(Paragraph::new(lines), inner);
}

fn choice<T: PartialEq + Copy>(
    items: &[T],
    current: Option<T>,
    label: impl Fn(T) -> &'static str,
    t: &Theme,
) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    for it in items {
        let on = current == Some(*it);
        out.push(Span::styled(
            format!("[{}] {}", if on { "x" } else { " " }, label(*it)),
            if on { t.selected } else { t.base },
        ));
        out.push(Span::raw("  "));
    }
    out
}

/// "In reply to Ana Pérez: “A fixed minimum excludes short…”", wrapped to `w`: what a reply
/// answers, in the compose form and the triage detail.
pub fn reply_context(app: &App, parent: &str, author: &str, w: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let excerpt = app
        .data
        .by_id
        .get(parent)
        .map(|&i| sanitize::inline(&app.data.comments[i].comment).into_owned())
        .unwrap_or_default();
    let head = format!("{}: ", s::in_reply_to(&sanitize::inline(author)));
    // Three lines at most, ending in "…" when the comment is longer (a word that wraps
    // early can still push the end onto a fourth line, which is then left out).
    let room = (w * 3).saturating_sub(head.width() + 8).clamp(20, 240);
    let mut spans = vec![(head, t.strong)];
    if !excerpt.is_empty() {
        spans.push((format!("“{}”", trunc(&excerpt, room)), t.emphasis));
    }
    let mut lines = wrap_spans(&spans, w, 0);
    lines.truncate(3);
    lines
}

fn draw_compose(app: &App, f: &mut Frame, area: Rect) {
    let Some(c) = &app.compose else { return };
    let t = &app.theme;
    let body_area = Rect::new(
        area.x,
        area.y + 1,
        area.width,
        area.height.saturating_sub(2),
    );
    let r = centered(body_area, (area.width * 9 / 10).max(56), body_area.height);
    f.render_widget(Clear, r);
    let d = &c.draft;
    let mode = match &d.mode {
        Mode::Comment => s::COMPOSE_COMMENT.to_string(),
        Mode::Propose => s::COMPOSE_PROPOSE.to_string(),
        Mode::Reply { parent_author, .. } => {
            format!("{} · {}", s::COMPOSE_REPLY, sanitize::inline(parent_author))
        }
    };
    let title = if d.place.is_empty() {
        format!(" {mode} · {} ", sanitize::inline(&d.section_title))
    } else {
        format!(
            " {mode} · {} · {} ",
            sanitize::inline(&d.section_title),
            d.place
        )
    };
    let b = block(trunc(&title, r.width.saturating_sub(4) as usize), true, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    let w = inner.width as usize;
    let mut y = inner.y;
    let put = |f: &mut Frame, lines: Vec<Line<'static>>, y: &mut u16| {
        let h = (lines.len() as u16).min(inner.bottom().saturating_sub(*y));
        f.render_widget(
            Paragraph::new(lines),
            Rect::new(inner.x, *y, inner.width, h),
        );
        *y += h;
    };
    // Where.
    let on = match &d.quote {
        Some(q) => {
            let q = trunc(&sanitize::inline(q), w.saturating_sub(12) * 2);
            wrap_spans(
                &[
                    (format!("{}: ", s::PASSAGE), t.strong),
                    (format!("“{q}”"), t.emphasis),
                ],
                w,
                0,
            )
        }
        None => match &d.mode {
            // A reply is about the comment it answers: name it, with its first words.
            Mode::Reply {
                parent,
                parent_author,
            } => reply_context(app, parent, parent_author, w),
            _ => vec![Line::from(vec![
                Span::styled(format!("{}: ", s::ON), t.strong),
                Span::styled(s::WHOLE_SECTION, t.base),
            ])],
        },
    };
    put(f, on, &mut y);
    // Type and stance, with the keys that choose them.
    let mut type_line = vec![Span::styled(format!("{}: ", s::TYPE), t.strong)];
    type_line.extend(choice(&App::kinds(), Some(d.kind), CommentType::as_str, t));
    type_line.push(Span::styled("M-g/M-t/M-e", t.key));
    let mut stance_line = vec![Span::styled(format!("{}: ", s::STANCE), t.strong)];
    stance_line.extend(choice(&App::stances(), d.stance, Stance::as_str, t));
    stance_line.push(Span::styled("M-s/M-o/M-n", t.key));
    put(
        f,
        vec![Line::from(type_line), Line::from(stance_line)],
        &mut y,
    );
    let editor_block = |title: &str, active: bool| {
        Block::default()
            .borders(Borders::ALL)
            .border_style(if active { t.border_focus } else { t.border })
            .title(Span::styled(
                format!(" {title} "),
                if active { t.title } else { t.muted },
            ))
    };
    let remaining = inner.bottom().saturating_sub(y);
    if let (Some(p), Some(q)) = (&c.proposal, &d.quote) {
        let ph = (remaining / 3).max(3);
        let pr = Rect::new(inner.x, y, inner.width, ph.min(remaining));
        let eb = editor_block(s::FIELD_PROPOSAL, c.field == Field::Proposal);
        let pin = eb.inner(pr);
        f.render_widget(eb, pr);
        f.render_widget(p, pin);
        y += pr.height;
        let new = p.lines().join("\n");
        let spans: Vec<(String, Style)> = std::iter::once((format!("{}: ", s::PREVIEW), t.strong))
            .chain(diff::words(q, &new).iter().map(|sg| match sg.kind {
                Kind::Equal => (sanitize::block(&sg.text).into_owned(), t.base),
                Kind::Delete => (format!("[-{}-]", sanitize::block(&sg.text)), t.removed),
                Kind::Insert => (format!("{{+{}+}}", sanitize::block(&sg.text)), t.added),
            }))
            .collect();
        let mut prev = wrap_spans(&spans, w, 0);
        prev.truncate((remaining / 4).max(2) as usize);
        put(f, prev, &mut y);
    }
    let br = Rect::new(inner.x, y, inner.width, inner.bottom().saturating_sub(y));
    if br.height >= 3 {
        let eb = editor_block(s::FIELD_BODY, c.field == Field::Body);
        let bin = eb.inner(br);
        f.render_widget(eb, br);
        f.render_widget(&c.body, bin);
    }
}

fn draw_identity(app: &App, f: &mut Frame, area: Rect) {
    let Some(form) = &app.identity_form else {
        return;
    };
    let t = &app.theme;
    let width = area.width.saturating_sub(6).min(72);
    let w = width.saturating_sub(2) as usize;
    // What the selected field expects, and the error, wrapped in full: the box grows to
    // hold them rather than cutting them off.
    let hint = s::identity_hint(IdentityField::ALL[form.field.min(IdentityField::ALL.len() - 1)]);
    let hint_lines = wrap_spans(&[(format!("  {hint}"), t.muted)], w, 2);
    let error_lines = form
        .error
        .as_ref()
        .map(|e| wrap_spans(&[(format!("✗ {}", sanitize::inline(e)), t.error)], w, 2))
        .unwrap_or_default();
    let height = 12 + hint_lines.len() as u16 + error_lines.len().saturating_sub(1) as u16;
    let r = centered(area, width, height.min(area.height));
    f.render_widget(Clear, r);
    let b = block(format!(" {} ", s::IDENTITY_TITLE), true, t)
        .title_bottom(Span::styled(format!(" {} ", s::IDENTITY_KEYS), t.muted));
    let inner = b.inner(r);
    f.render_widget(b, r);
    let mut lines = wrap_spans(
        &[(s::IDENTITY_INTRO.to_string(), t.muted)],
        inner.width as usize,
        0,
    );
    for (i, field) in IdentityField::ALL.iter().enumerate() {
        let sel = i == form.field;
        let value = if *field == IdentityField::Category {
            let cat = app.data.manifest.categories.get(form.category);
            format!(
                "‹ {} ›",
                cat.map_or(String::new(), |c| sanitize::inline(&c.label).into_owned())
            )
        } else {
            format!(
                "{}{}",
                sanitize::inline(&form.values[i]),
                if sel { "▏" } else { "" }
            )
        };
        lines.push(Line::from(vec![
            Span::styled(if sel { s::SELECTED_MARK } else { " " }, t.key),
            Span::styled(format!(" {}", pad(field.label(), 14)), t.strong),
            Span::styled(value, if sel { t.selected } else { t.base }),
        ]));
    }
    lines.extend(hint_lines);
    lines.extend(error_lines);
    f.render_widget(Paragraph::new(lines), inner);
}
