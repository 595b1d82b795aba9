//! Drawing the Read view. Every stakeholder string passes through `crate::sanitize` here or
//! in `doc` before it reaches the buffer.

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use super::{Pane, Reader};
use crate::anchor::carry::CarryStatus;
use crate::diff;
use crate::model::Comment;
use crate::sanitize;
use crate::tui::ctx::Ctx;
use crate::tui::doc::Look;
use crate::tui::layout::{Areas, GUTTER};
use crate::tui::strings as s;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block, diff_spans, pad, trunc, wrap_hanging, wrap_spans};

/// Draw the Read view: its header line, the section list, the text and the comment panel.
pub fn draw(rd: &Reader, ctx: &Ctx, f: &mut Frame, a: &Areas) {
    draw_header(rd, ctx, f, a.header);
    draw_list(rd, ctx, f, a.list);
    draw_reader(rd, ctx, f, a.reader);
    if rd.parallel {
        draw_parallel(rd, ctx, f, a.comments);
    } else {
        draw_comments(rd, ctx, f, a.comments);
    }
}

pub fn draw_header(rd: &Reader, ctx: &Ctx, f: &mut Frame, r: Rect) {
    let t = ctx.theme;
    let round = if rd.is_current_round(ctx.data) {
        format!("{} ({})", rd.round_name(ctx.data), s::current())
    } else {
        rd.round_name(ctx.data).to_string()
    };
    let id = &ctx.data.identity;
    let who = match (id.name.is_empty(), id.organisation.is_empty()) {
        (true, _) => String::new(),
        (false, true) => format!(" · {}", id.name),
        (false, false) => format!(" · {}, {}", id.name, id.organisation),
    };
    let title = sanitize::inline(&ctx.data.manifest.title);
    let right = format!(" · {round}{}", sanitize::inline(&who));
    let room = (r.width as usize).saturating_sub(right.width() + 1);
    let line = Line::from(vec![
        Span::styled(format!(" {}", trunc(&title, room)), t.title),
        Span::styled(right, t.muted),
    ]);
    f.render_widget(Paragraph::new(line), r);
}

fn draw_list(rd: &Reader, ctx: &Ctx, f: &mut Frame, r: Rect) {
    let t = ctx.theme;
    let focused = rd.focus == Pane::List && !ctx.composing;
    let b = block(format!(" {} ", s::sections()), focused, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    let Some(rt) = ctx.data.rounds.get(rd.round) else {
        return;
    };
    if rt.sections.is_empty() {
        f.render_widget(
            Paragraph::new(Line::styled(s::no_sections(), t.muted)),
            inner,
        );
        return;
    }
    let w = inner.width as usize;
    // Reading a translation: a column says which of its sections are behind or missing.
    let reading = rd.lang.as_deref();
    let states = reading.map(|l| {
        rt.sections
            .iter()
            .map(|sec| {
                if rt.section_in(Some(l), &sec.id).is_none() {
                    return s::MISSING_MARK;
                }
                match ctx.data.translation.get(&sec.id).and_then(|m| m.get(l)) {
                    Some(crate::repo::TranslationState::Behind)
                        if rd.is_current_round(ctx.data) =>
                    {
                        s::BEHIND_MARK
                    }
                    _ => " ",
                }
            })
            .collect::<Vec<_>>()
    });
    let mut lines = Vec::new();
    for (i, sec) in rt
        .sections
        .iter()
        .enumerate()
        .skip(rd.list_top)
        .take(inner.height as usize)
    {
        let (count, mine_here) = ctx.data.section_count(&rt.name, &sec.id);
        let sel = i == rd.section;
        let num = format!("{:>2}", sec.order);
        let count_s = format!("{count:>3}");
        let changed = if rt.changed.get(i) == Some(&true) {
            s::CHANGED_MARK
        } else {
            " "
        };
        // Yours: made on this round, or carried here from an earlier one (when shown).
        let carried_mine = !rd.filters.hide_carried
            && ctx
                .data
                .carried_group(&rt.name, &sec.id)
                .is_some_and(|g| g.mine);
        let mine = if mine_here || carried_mine {
            s::MINE_MARK
        } else {
            " "
        };
        let state = states.as_ref().map(|v| v[i]);
        let title_w = w.saturating_sub(
            1 + num.width() + 1 + 1 + count_s.width() + 2 + usize::from(state.is_some()),
        );
        let shown = reading
            .and_then(|l| rt.section_in(Some(l), &sec.id))
            .unwrap_or(sec);
        let title = pad(&sanitize::inline(&shown.title), title_w);
        let base = if sel { t.selected } else { t.base };
        let mut row = vec![
            Span::styled(if sel { s::SELECTED_MARK } else { " " }, base),
            Span::styled(num, if sel { base } else { t.muted }),
            Span::styled(" ", base),
            Span::styled(title, base),
            Span::styled(" ", base),
            Span::styled(count_s, if sel { base } else { t.muted }),
            Span::styled(changed, t.changed),
            Span::styled(mine, t.mine),
        ];
        if let Some(m) = state {
            row.push(Span::styled(m, t.changed));
        }
        lines.push(Line::from(row));
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

fn draw_reader(rd: &Reader, ctx: &Ctx, f: &mut Frame, r: Rect) {
    let t = ctx.theme;
    let focused = rd.focus == Pane::Reader && !ctx.composing;
    let title = match rd.current_section(ctx.data) {
        Some(sec) => format!(
            " {} {} · {}{} ",
            sec.order,
            sanitize::inline(&sec.title),
            rd.round_name(ctx.data),
            version_tag(rd, ctx)
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
    let n = rd.doc.words.len();
    // Per-frame marks for this section only.
    let mut commented = vec![false; n];
    for g in rd
        .group(ctx.data)
        .into_iter()
        .chain(rd.carried_group(ctx.data))
    {
        for &(st, e, _) in g.passages_in(rd.reading_lang(ctx.data)) {
            let mut w = rd.doc.word_at(st);
            while w < n && rd.doc.words[w].start < e {
                if rd.doc.words[w].end > st {
                    commented[w] = true;
                }
                w += 1;
            }
        }
    }
    let mut found = vec![false; n];
    let ms = &ctx.search.matches;
    let from = ms.partition_point(|m| m.0 < rd.section);
    for &(si, st, e) in &ms[from..] {
        if si != rd.section {
            break;
        }
        let mut w = rd.doc.word_at(st);
        while w < n && rd.doc.words[w].start < e {
            found[w] = true;
            w += 1;
        }
    }
    let sel = rd.selection();
    let in_sel = |w: usize| sel.is_some_and(|(a, b)| a <= w && w <= b);
    // Paragraphs with comments get the marker on every line.
    let lines_to_draw = rd.lines.iter().skip(rd.top).take(inner.height as usize);
    let width = rd.lines_width;
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
                if w == rd.cursor && focused {
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

fn status_label(ctx: &Ctx, c: &Comment) -> (String, bool) {
    match ctx.data.dispositions.get(&c.id) {
        Some(d) => (s::decision(d.status), true),
        None => (s::open_status(), false),
    }
}

/// The lines of one comment in the panel.
fn comment_lines(
    rd: &Reader,
    ctx: &Ctx,
    c: &Comment,
    depth: u8,
    selected: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let indent = (depth as usize * 2).min(8);
    let pad_l = " ".repeat(indent);
    let mut lines = Vec::new();
    let mine = ctx.data.is_mine(c);
    let sel_mark = if selected { s::SELECTED_MARK } else { " " };
    let who_mark = if mine { s::MINE_MARK } else { s::OTHER_MARK };
    let reply = if depth > 0 { s::REPLY_MARK } else { "" };
    let mut name = sanitize::inline(&c.author.name).into_owned();
    if ctx.data.verified.contains(&c.id) {
        name.push_str(s::VERIFIED_MARK);
    }
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
    if let Some(ci) = ctx.data.by_id.get(&c.id).copied() {
        if let Some(k) = rd.carried_item(ctx.data, ci) {
            let label = match k.status {
                CarryStatus::Unchanged => s::carry_unchanged(),
                CarryStatus::Moved => s::carry_moved(),
                CarryStatus::Changed => s::carry_changed(),
                CarryStatus::Resolved => s::carry_resolved(),
                CarryStatus::Orphaned => s::carry_orphaned(),
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
    let cat = sanitize::inline(ctx.data.manifest.category_label(&c.author.category)).into_owned();
    let (status, decided) = status_label(ctx, c);
    let place = c.anchor.as_ref().map(|a| match (&a.paragraph, &a.clause) {
        (Some(p), cl) => s::paragraph_label(*p, cl.as_deref()),
        (None, _) => String::new(),
    });
    // With several language versions, the one the comment was made on.
    let lang_tag = if ctx.data.manifest.languages.len() > 1 {
        let code = c
            .lang
            .as_deref()
            .unwrap_or(ctx.data.manifest.primary_language());
        format!("{} · ", sanitize::inline(code))
    } else {
        String::new()
    };
    let mut meta = format!(
        "{lang_tag}{cat} · {} · {}",
        sanitize::inline(&crate::i18n::country_name(
            &c.author.country,
            crate::i18n::ui()
        )),
        s::kind_label(c.kind)
    );
    meta.push_str(&format!(
        " · {}",
        c.stance.map_or(s::no_stance(), s::stance_label)
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
    if let Some(d) = ctx
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

/// ` · es` after the round's name while a language version other than the primary is read,
/// and the primary's code when the consultation has several.
fn version_tag(rd: &Reader, ctx: &Ctx) -> String {
    let m = &ctx.data.manifest;
    if m.languages.len() < 2 {
        return String::new();
    }
    let code = rd.reading_lang(ctx.data).unwrap_or(m.primary_language());
    format!(" · {}", sanitize::inline(code))
}

/// The side-by-side pane: the section's other language version, scrolled to the paragraph
/// aligned with the cursor's, which is marked.
fn draw_parallel(rd: &Reader, ctx: &Ctx, f: &mut Frame, r: Rect) {
    let t = ctx.theme;
    let Some((code, sec)) = rd.other_version(ctx.data) else {
        draw_comments(rd, ctx, f, r);
        return;
    };
    let title = format!(
        " {} {} · {} ",
        sec.order,
        sanitize::inline(&sec.title),
        sanitize::inline(&code)
    );
    let b = block(trunc(&title, r.width.saturating_sub(4) as usize), false, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    let doc = crate::tui::doc::Doc::new(&sec.text);
    let lines = doc.layout(inner.width.saturating_sub(1));
    let rt = &ctx.data.rounds[rd.round];
    let here = rd.cursor_paragraph();
    let aligned = match (here, rd.current_section(ctx.data)) {
        (Some(p), Some(cur)) => {
            let to = (code != ctx.data.manifest.primary_language()).then_some(code.as_str());
            rt.aligned(&cur.id, rd.reading_lang(ctx.data), p.start, to)
        }
        _ => None,
    };
    let in_aligned = |w: usize| {
        aligned.is_some_and(|(a, b)| doc.words.get(w).is_some_and(|x| x.start >= a && x.end <= b))
    };
    // The first display line of the aligned paragraph, one line of context above it.
    let first = aligned
        .and_then(|(a, _)| {
            lines.iter().position(|l| {
                l.frags
                    .iter()
                    .any(|fr| fr.word.is_some_and(|w| doc.words[w].start >= a))
            })
        })
        .unwrap_or(0);
    let mut out = Vec::new();
    if let (Some(p), None) = (here, aligned) {
        out.push(Line::styled(s::parallel_unaligned(p.number), t.muted));
    }
    let room = (inner.height as usize).saturating_sub(out.len());
    for l in lines.iter().skip(first.saturating_sub(1)).take(room) {
        let mut spans = vec![Span::raw(" ")];
        let mut col = 0u16;
        for fr in &l.frags {
            if fr.col > col {
                spans.push(Span::raw(" ".repeat((fr.col - col) as usize)));
            }
            let mut st = look_style(fr.look, t);
            if fr.word.is_some_and(in_aligned) {
                st = st.patch(t.marker);
            }
            spans.push(Span::styled(fr.text.clone(), st));
            col = fr.col + fr.text.width() as u16;
        }
        out.push(Line::from(spans));
    }
    f.render_widget(Paragraph::new(out), inner);
}

fn draw_comments(rd: &Reader, ctx: &Ctx, f: &mut Frame, r: Rect) {
    let t = ctx.theme;
    let focused = rd.focus == Pane::Comments && !ctx.composing;
    let items = rd.panel_items(ctx.data);
    // A large consultation's section whose comments are still being read: its count.
    let round = rd.round_name(ctx.data);
    let loading = rd
        .current_section(ctx.data)
        .filter(|sec| ctx.data.is_loading(round, &sec.id));
    let total = match loading {
        Some(sec) => ctx.data.section_count(round, &sec.id).0,
        None => rd.group(ctx.data).map_or(0, |g| g.members.len()),
    };
    let earlier = rd.carried_group(ctx.data).map_or(0, |g| g.members.len());
    let total_all = total + earlier;
    let mut title = if rd.scope_paragraph {
        match rd.cursor_paragraph() {
            Some(p) => format!(
                " {} · {} ",
                s::paragraph_label(p.number, p.clause.as_deref()),
                s::comment_count(items.len())
            ),
            None => format!(" {} · {} ", s::comments(), s::comment_count(items.len())),
        }
    } else if earlier > 0 {
        format!(" {} ", s::with_earlier(total, earlier))
    } else {
        format!(" {} · {} ", s::comments(), s::comment_count(total))
    };
    if rd.filters.is_active() {
        title = format!("{title}· {} {} ", s::filtered(), items.len());
    }
    let b = block(
        trunc(&title, r.width.saturating_sub(4) as usize),
        focused,
        t,
    );
    let inner = b.inner(r);
    f.render_widget(b, r);
    let unreadable = rd
        .current_section(ctx.data)
        .and_then(|sec| ctx.data.unreadable(round, &sec.id));
    if items.is_empty() {
        let msg = if let Some(why) = unreadable {
            s::section_unreadable(&sanitize::inline(why))
        } else if loading.is_some() {
            s::section_loading()
        } else if total_all > 0 {
            s::no_comments_filtered()
        } else {
            s::no_comments_section()
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
    let sel = rd.comment_sel.min(items.len() - 1);
    // Start early enough to show context, late enough that the selected comment is visible.
    let sel_lines = comment_lines(
        rd,
        ctx,
        &ctx.data.comments[items[sel].0],
        items[sel].1,
        true,
        w,
    );
    let mut start = sel;
    let mut used = sel_lines.len();
    while start > 0 {
        let (i, d) = items[start - 1];
        let n = comment_lines(rd, ctx, &ctx.data.comments[i], d, false, w).len();
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
            lines.extend(comment_lines(rd, ctx, &ctx.data.comments[i], d, false, w));
        }
    }
    lines.truncate(h);
    f.render_widget(Paragraph::new(lines), inner);
}
