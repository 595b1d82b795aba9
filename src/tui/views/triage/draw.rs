//! Drawing the triage view: the queue, the selected comment (or the competing proposals side
//! by side), and the filter, decision and applied-change popups.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use ratatui::Frame;

use super::{AppliedView, Triage};
use crate::model::Status;
use crate::sanitize;
use crate::tui::ctx::Ctx;
use crate::tui::strings as s;
use crate::tui::widgets::{block, centered, diff_spans, pad, reply_context, trunc, wrap_spans};

fn status_mark(st: Option<Status>, applied: bool) -> String {
    match st {
        Some(Status::Accepted) if applied => s::mark_applied_accepted(),
        Some(Status::Modified) if applied => s::mark_applied_modified(),
        None => s::mark_open(),
        Some(Status::Accepted) => s::mark_accepted(),
        Some(Status::Modified) => s::mark_modified(),
        Some(Status::Rejected) => s::mark_rejected(),
        Some(Status::Noted) => s::mark_noted(),
    }
}

/// Draw the triage view's panes.
pub fn draw(tr: &Triage, f: &mut Frame, area: Rect, body: Rect, ctx: &Ctx) {
    let t = ctx.theme;
    let data = ctx.data;
    let qw = if body.width >= 100 {
        body.width * 2 / 5
    } else {
        body.width / 2
    };
    let qr = Rect::new(body.x, body.y, qw, body.height);
    let dr = Rect::new(body.x + qw, body.y, body.width - qw, body.height);
    let total = data.comments.len();
    let title = format!(
        " {} · {} · {} ",
        if tr.filters.to_apply {
            s::queue_to_apply()
        } else {
            s::queue()
        },
        tr.queue.len(),
        s::progress(tr.decided, total)
    );
    let qb = block(trunc(&title, qw.saturating_sub(4) as usize), true, t);
    let qi = qb.inner(qr);
    f.render_widget(qb, qr);
    if tr.queue.is_empty() {
        f.render_widget(
            Paragraph::new(wrap_spans(
                &[(s::triage_empty(), t.muted)],
                qi.width as usize,
                0,
            )),
            qi,
        );
    }
    let h = qi.height as usize;
    let top = tr.sel.saturating_sub(h.saturating_sub(1));
    let w = qi.width as usize;
    // The status column fits the widest mark of the interface language (7 in English).
    let mark_w = [
        None,
        Some(Status::Accepted),
        Some(Status::Modified),
        Some(Status::Rejected),
        Some(Status::Noted),
    ]
    .into_iter()
    .flat_map(|st| [status_mark(st, false), status_mark(st, true)])
    .map(|m| unicode_width::UnicodeWidthStr::width(m.as_str()))
    .max()
    .unwrap_or(0)
    .max(7);
    let mut lines = Vec::new();
    for (k, &i) in tr.queue.iter().enumerate().skip(top).take(h) {
        let c = &data.comments[i];
        let sel = k == tr.sel;
        let base = if sel { t.selected } else { t.base };
        let st = status_mark(
            data.dispositions.get(&c.id).map(|d| d.status),
            data.applied.contains_key(&c.id),
        );
        let comp = if tr.group_of.contains_key(&c.id) {
            s::COMPETING_MARK
        } else {
            " "
        };
        let head = format!(
            "{}{comp} {} {} {} ",
            if sel { s::SELECTED_MARK } else { " " },
            pad(&st, mark_w),
            c.kind.abbrev(),
            pad(&sanitize::inline(&c.section), 12),
        );
        let rest = w.saturating_sub(unicode_width::UnicodeWidthStr::width(head.as_str()));
        lines.push(Line::from(vec![
            Span::styled(head, base),
            Span::styled(trunc(&sanitize::inline(&c.author.name), rest), base),
        ]));
    }
    f.render_widget(Paragraph::new(lines), qi);
    // Detail: the comment, or the competing proposals side by side.
    let db = block(String::new(), false, t);
    let di = db.inner(dr);
    f.render_widget(db, dr);
    if let Some(i) = tr.selected() {
        let group = tr.competitors(data, i);
        if group.len() > 1 {
            draw_competing(ctx, f, di, &group, i);
        } else {
            let lines = detail_lines(ctx, i, di.width as usize);
            f.render_widget(Paragraph::new(lines), di);
        }
    }
    if tr.filter_row.is_some() {
        draw_filters(tr, ctx, f, area);
    }
    if tr.decide.is_some() {
        draw_decide(tr, ctx, f, area);
    }
    if let Some(av) = &tr.applied {
        draw_applied(ctx, f, area, av);
    }
}

fn detail_lines(ctx: &Ctx, i: usize, w: usize) -> Vec<Line<'static>> {
    let t = ctx.theme;
    let c = &ctx.data.comments[i];
    let mut lines = Vec::new();
    lines.extend(wrap_spans(
        &[
            (
                format!(
                    "{}{}",
                    sanitize::inline(&c.author.name),
                    if ctx.data.verified.contains(&c.id) {
                        s::VERIFIED_MARK
                    } else {
                        ""
                    }
                ),
                t.strong,
            ),
            (
                format!(" · {}", sanitize::inline(&c.author.organisation)),
                t.base,
            ),
        ],
        w,
        0,
    ));
    let cat = sanitize::inline(ctx.data.manifest.category_label(&c.author.category));
    let clause = c
        .anchor
        .as_ref()
        .and_then(|a| a.clause.clone())
        .unwrap_or_default();
    lines.extend(wrap_spans(
        &[(
            format!(
                "{cat} · {} · {} · {} · {} · {} {}",
                sanitize::inline(&crate::i18n::country_name(
                    &c.author.country,
                    crate::i18n::ui()
                )),
                s::kind_label(c.kind),
                c.stance.map_or(s::no_stance(), s::stance_label),
                c.round,
                sanitize::inline(&c.section),
                sanitize::inline(&clause)
            ),
            t.muted,
        )],
        w,
        0,
    ));
    match (&c.anchor, &c.proposed_change) {
        (Some(a), Some(p)) => {
            let segs = crate::diff::words(&a.quote, p);
            let mut spans = vec![(format!("{}: ", s::proposed()), t.strong)];
            spans.extend(diff_spans(&segs, t));
            lines.extend(wrap_spans(&spans, w, 0));
        }
        (Some(a), None) => lines.extend(wrap_spans(
            &[
                (format!("{}: ", s::quote()), t.strong),
                (format!("“{}”", sanitize::inline(&a.quote)), t.emphasis),
            ],
            w,
            0,
        )),
        _ => {}
    }
    if let Some(parent) = &c.in_reply_to {
        let author = ctx
            .data
            .by_id
            .get(parent)
            .map(|&p| ctx.data.comments[p].author.name.clone())
            .unwrap_or_else(|| parent.clone());
        lines.extend(reply_context(ctx.data, t, parent, &author, w));
    }
    lines.push(Line::default());
    lines.extend(wrap_spans(
        &[(sanitize::block(&c.comment).into_owned(), t.base)],
        w,
        0,
    ));
    lines.push(Line::default());
    let d = ctx.data.dispositions.get(&c.id);
    let mut spans = vec![(
        format!(
            "⚑ {}",
            d.map_or(s::open_status(), |d| s::decision(d.status))
        ),
        t.strong,
    )];
    if let Some(commit) = ctx.data.applied.get(&c.id) {
        spans.push((format!(" · {}", s::applied_in(commit)), t.strong));
    }
    if let Some(d) = d.filter(|d| !d.observations.is_empty()) {
        spans.push((format!(": {}", sanitize::block(&d.observations)), t.base));
    }
    lines.extend(wrap_spans(&spans, w, 0));
    lines
}

fn draw_competing(ctx: &Ctx, f: &mut Frame, r: Rect, group: &[usize], sel: usize) {
    let t = ctx.theme;
    let head = wrap_spans(&[(s::competing(), t.heading)], r.width as usize, 0);
    let hh = (head.len() as u16).min(r.height);
    f.render_widget(Paragraph::new(head), Rect::new(r.x, r.y, r.width, hh));
    let n = group.len() as u16;
    let cw = r.width / n.max(1);
    for (k, &i) in group.iter().enumerate() {
        let x = r.x + cw * k as u16;
        let col = Rect::new(x, r.y + hh, cw, r.height.saturating_sub(hh));
        let b = Block::default()
            .borders(Borders::ALL)
            .border_style(if i == sel { t.border_focus } else { t.border })
            .title(Span::styled(
                format!("{} ", if i == sel { s::SELECTED_MARK } else { " " }),
                t.key,
            ));
        let inner = b.inner(col);
        f.render_widget(b, col);
        let lines = detail_lines(ctx, i, inner.width as usize);
        f.render_widget(Paragraph::new(lines), inner);
    }
}

fn draw_filters(tr: &Triage, ctx: &Ctx, f: &mut Frame, area: Rect) {
    let t = ctx.theme;
    let r = centered(area, 60, 9);
    f.render_widget(Clear, r);
    let b = block(format!(" {} ", s::triage_filters_title()), true, t)
        .title_bottom(Span::styled(format!(" {} ", s::filters_keys()), t.muted));
    let inner = b.inner(r);
    f.render_widget(b, r);
    let fl = &tr.filters;
    let cat = fl
        .category
        .and_then(|i| ctx.data.manifest.categories.get(i))
        .map_or(s::all(), |c| {
            sanitize::inline(c.label_in(crate::i18n::ui())).into_owned()
        });
    let status = match fl.status {
        None => s::all(),
        Some(None) => s::open_status(),
        Some(Some(st)) => s::decision(st),
    };
    let rows = [
        (
            s::filter_section(),
            fl.section
                .as_deref()
                .map_or(s::all(), |x| sanitize::inline(x).into_owned()),
        ),
        (s::filter_type(), fl.kind.map_or(s::all(), s::kind_label)),
        (s::filter_category(), cat),
        (s::filter_status(), status),
        (
            s::filter_competing(),
            if fl.competing { s::yes() } else { s::no() },
        ),
    ];
    let row = tr.filter_row.unwrap_or(0);
    // The labels' column fits the longest label of the interface language.
    let label_w = rows
        .iter()
        .map(|(k, _)| unicode_width::UnicodeWidthStr::width(k.as_str()) + 1)
        .max()
        .unwrap_or(0)
        .max(15);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, (k, v))| {
            let sel = i == row;
            Line::from(vec![
                Span::styled(if sel { s::SELECTED_MARK } else { " " }, t.key),
                Span::styled(format!(" {}", pad(k, label_w)), t.strong),
                Span::styled(format!("‹ {v} ›"), if sel { t.selected } else { t.base }),
            ])
        })
        .collect();
    f.render_widget(Paragraph::new(lines), inner);
}

fn draw_decide(tr: &Triage, ctx: &Ctx, f: &mut Frame, area: Rect) {
    let t = ctx.theme;
    let Some(d) = tr.decide.as_ref() else {
        return;
    };
    let c = &ctx.data.comments[d.comment];
    let r = centered(
        area,
        area.width.saturating_sub(6).min(90),
        area.height.saturating_sub(4).min(16),
    );
    f.render_widget(Clear, r);
    let title = format!(
        " {} ",
        if d.apply {
            s::apply_title(&sanitize::inline(&c.author.name))
        } else {
            s::decide_title(&s::decision(d.status), &sanitize::inline(&c.author.name))
        }
    );
    let b = block(trunc(&title, r.width.saturating_sub(4) as usize), true, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    let field = |title: &str, active: bool| {
        Block::default()
            .borders(Borders::ALL)
            .border_style(if active { t.border_focus } else { t.border })
            .title(Span::styled(
                format!(" {title} "),
                if active { t.title } else { t.muted },
            ))
    };
    let half = if d.others_obs.is_some() {
        inner.height / 2
    } else {
        inner.height
    };
    let r1 = Rect::new(inner.x, inner.y, inner.width, half);
    let b1 = field(
        &if d.apply {
            s::wording()
        } else {
            s::observations()
        },
        d.field == 0,
    );
    let i1 = b1.inner(r1);
    f.render_widget(b1, r1);
    f.render_widget(&d.obs, i1);
    if let Some(o) = &d.others_obs {
        let r2 = Rect::new(inner.x, inner.y + half, inner.width, inner.height - half);
        let b2 = field(&s::others_observations(), d.field == 1);
        let i2 = b2.inner(r2);
        f.render_widget(b2, r2);
        f.render_widget(o, i2);
    }
}

fn draw_applied(ctx: &Ctx, f: &mut Frame, area: Rect, av: &AppliedView) {
    let t = ctx.theme;
    let r = centered(
        area,
        area.width.saturating_sub(6).min(100),
        area.height.saturating_sub(4),
    );
    f.render_widget(Clear, r);
    let title = format!(
        " {} · {} ",
        s::applied_title(),
        s::applied(&sanitize::inline(&av.section), &av.commit)
    );
    let b = block(trunc(&title, r.width.saturating_sub(4) as usize), true, t)
        .title_bottom(Span::styled(format!(" {} ", s::applied_keys()), t.muted));
    let inner = b.inner(r);
    f.render_widget(b, r);
    let mut lines = Vec::new();
    for h in &av.hunks {
        lines.push(Line::styled(
            format!(
                "{}  {}",
                s::hunk_head(h.old_start, h.old_lines, h.new_start, h.new_lines),
                s::word_counts(h.words_added, h.words_removed)
            ),
            t.heading,
        ));
        lines.extend(wrap_spans(
            &diff_spans(&h.segments, t),
            inner.width as usize,
            0,
        ));
    }
    f.render_widget(Paragraph::new(lines), inner);
}
