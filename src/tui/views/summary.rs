//! The Summary view: participation by stakeholder category and comments per section as
//! labelled bars (the number is always written next to the bar), a gauge of the decisions
//! made, counts by decision status, what is still open and the campaigns found; and an
//! export of the same summary as Markdown, HTML, JSON or CSV through `report::write_file`.
//!
//! The [`Summary`] is built off the UI thread when the view opens and cached here; frames
//! only read it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, LineGauge, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

use crate::repo::Store;
use crate::report::Summary;
use crate::sanitize;
use crate::tui::action::{JobDone, Msg};
use crate::tui::ctx::Ctx;
use crate::tui::keys::{self, Command, Context, BINDINGS};
use crate::tui::strings as s;
use crate::tui::theme::Theme;
use crate::tui::widgets::{block, centered, pad, trunc, wrap_spans};

/// The formats the summary exports to: the report's own.
pub use crate::report::SummaryFormat as ExportFormat;

/// The file an export writes: `consulta-summary.<ext>` in the repository's folder.
pub fn export_path(format: ExportFormat, repo_dir: &Path) -> PathBuf {
    repo_dir.join(format!("{}.{}", s::EXPORT_STEM, format.ext()))
}

/// Render the summary and write it atomically to `path`.
pub fn export(sum: &Summary, format: ExportFormat, path: &Path) -> Result<PathBuf, String> {
    let text = format.render(sum).map_err(|e| e.to_string())?;
    crate::report::write_file(path, text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(path.to_path_buf())
}

/// The Summary view's state.
#[derive(Default)]
pub struct SummaryState {
    /// The summary, once built (dropped when a decision or a comment makes it stale).
    pub cached: Option<Arc<Summary>>,
    /// A build is on its way.
    pub computing: bool,
    /// Why the last build failed.
    pub error: Option<String>,
    /// The export format popup is open.
    pub choosing: bool,
    /// An export is being written.
    pub exporting: bool,
    /// First row shown of the bar lists.
    pub scroll: usize,
}

impl SummaryState {
    /// Build the summary in the background, unless it is cached or on its way.
    pub fn request(&mut self, ctx: &Ctx) -> Vec<Msg> {
        if self.cached.is_some() || self.computing {
            return Vec::new();
        }
        self.computing = true;
        self.error = None;
        let dir = ctx.data.repo_dir.clone();
        // The view is part of the interface: in its language (the job runs on another thread).
        let lang = crate::i18n::ui();
        vec![Msg::Job(Box::new(move || {
            let res = Store::open(&dir)
                .and_then(|store| Summary::build_in(&store, None, lang))
                .map(Box::new)
                .map_err(|e| e.to_string());
            JobDone::Summary(res)
        }))]
    }

    /// Comments or decisions changed: the cached summary is out of date (built again at once
    /// when the view is on screen).
    pub fn stale(&mut self, on_screen: bool, ctx: &Ctx) -> Vec<Msg> {
        self.cached = None;
        if on_screen {
            self.request(ctx)
        } else {
            Vec::new()
        }
    }

    /// A command of the summary view or of its export choice.
    pub fn command(&mut self, cmd: Command, ctx: &Ctx) -> Vec<Msg> {
        match cmd {
            Command::SummaryExport => self.choosing = true,
            Command::ExportAs(format) => return self.export(format, ctx),
            Command::Cancel => self.choosing = false,
            Command::ScrollDown => self.scroll += 1,
            Command::ScrollUp => self.scroll = self.scroll.saturating_sub(1),
            _ => {}
        }
        Vec::new()
    }

    fn export(&mut self, format: ExportFormat, ctx: &Ctx) -> Vec<Msg> {
        self.choosing = false;
        let Some(sum) = self.cached.clone() else {
            return vec![Msg::error(s::summary_not_ready())];
        };
        if self.exporting {
            return Vec::new();
        }
        self.exporting = true;
        let path = export_path(format, &ctx.data.repo_dir);
        vec![
            Msg::status(s::exporting()),
            Msg::Job(Box::new(move || {
                JobDone::Exported(export(&sum, format, &path))
            })),
        ]
    }

    /// A built summary came back.
    pub fn built(&mut self, res: Result<Box<Summary>, String>) -> Vec<Msg> {
        self.computing = false;
        match res {
            Ok(sum) => {
                self.cached = Some(Arc::from(sum));
                self.error = None;
                Vec::new()
            }
            Err(e) => {
                self.error = Some(e.clone());
                vec![Msg::error(s::summary_failed(&e))]
            }
        }
    }

    /// An export was written (or not).
    pub fn exported(&mut self, res: Result<PathBuf, String>) -> Vec<Msg> {
        self.exporting = false;
        match res {
            Ok(path) => vec![Msg::status(s::exported(&path.display().to_string()))],
            Err(e) => vec![Msg::error(s::export_failed(&e))],
        }
    }
}

/// One labelled bar per item: `label  ██████   12`. The number is always written, so the
/// bars never carry meaning by colour (or length) alone.
pub fn bar_lines(
    items: &[(String, usize)],
    width: usize,
    top: usize,
    rows: usize,
    t: &Theme,
) -> Vec<Line<'static>> {
    let max = items.iter().map(|i| i.1).max().unwrap_or(0);
    let num_w = max.to_string().len().max(1);
    let longest = items.iter().map(|i| i.0.width()).max().unwrap_or(0);
    let label_w = longest.min(width / 2).max(1);
    let bar_w = width.saturating_sub(label_w + num_w + 2);
    items
        .iter()
        .skip(top)
        .take(rows)
        .map(|(label, v)| {
            let len = (v * bar_w + max / 2).checked_div(max).unwrap_or(0);
            let bar = if len == 0 && *v > 0 {
                s::BAR_TICK.to_string()
            } else {
                s::BAR_FULL.repeat(len)
            };
            let gap = bar_w.saturating_sub(bar.width());
            Line::from(vec![
                Span::styled(format!("{} ", pad(&trunc(label, label_w), label_w)), t.base),
                Span::styled(bar, t.bar),
                Span::raw(" ".repeat(gap + 1)),
                Span::styled(format!("{v:>num_w$}"), t.strong),
            ])
        })
        .collect()
}

fn draw_bars(
    f: &mut Frame,
    r: Rect,
    title: &str,
    items: &[(String, usize)],
    scroll: usize,
    t: &Theme,
) {
    let rows = r.height.saturating_sub(2) as usize;
    let top = scroll.min(items.len().saturating_sub(rows));
    let title = if items.len() > rows && rows > 0 {
        format!(
            " {title} · {} ",
            s::rows_shown(top + 1, (top + rows).min(items.len()), items.len())
        )
    } else {
        format!(" {title} ")
    };
    let b = block(trunc(&title, r.width.saturating_sub(2) as usize), false, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    if items.is_empty() {
        f.render_widget(
            Paragraph::new(Line::styled(s::nothing_yet(), t.muted)),
            inner,
        );
        return;
    }
    f.render_widget(
        Paragraph::new(bar_lines(items, inner.width as usize, top, rows, t)),
        inner,
    );
}

/// Draw the view in `body` (between the header and the status line).
pub fn draw(st: &SummaryState, f: &mut Frame, body: Rect, ctx: &Ctx) {
    let t = ctx.theme;
    let Some(sum) = st.cached.as_deref() else {
        let b = block(format!(" {} ", s::summary_title()), true, t);
        let inner = b.inner(body);
        f.render_widget(b, body);
        let (text, style) = match &st.error {
            Some(e) => (s::summary_failed(e), t.error),
            None => (s::computing_summary(), t.muted),
        };
        f.render_widget(
            Paragraph::new(wrap_spans(&[(text, style)], inner.width as usize, 0)),
            inner,
        );
        return;
    };
    let bottom_h = 6.min(body.height / 2);
    let charts = Rect::new(body.x, body.y, body.width, body.height - bottom_h);
    let bottom = Rect::new(body.x, body.y + charts.height, body.width, bottom_h);
    let (cr, sr) = if body.width >= 70 {
        let cw = body.width / 2;
        (
            Rect::new(charts.x, charts.y, cw, charts.height),
            Rect::new(charts.x + cw, charts.y, charts.width - cw, charts.height),
        )
    } else {
        let ch = charts.height / 2;
        (
            Rect::new(charts.x, charts.y, charts.width, ch),
            Rect::new(charts.x, charts.y + ch, charts.width, charts.height - ch),
        )
    };
    let categories: Vec<(String, usize)> = sum
        .participation
        .by_category
        .iter()
        .map(|c| (sanitize::inline(&c.label).into_owned(), c.comments))
        .collect();
    let sections: Vec<(String, usize)> = sum
        .sections
        .iter()
        .map(|sec| {
            let n = sec
                .number
                .map_or(s::NO_NUMBER.to_string(), |n| n.to_string());
            (
                format!("{n} {}", sanitize::inline(&sec.title)),
                sec.comments,
            )
        })
        .collect();
    draw_bars(f, cr, &s::by_category(), &categories, st.scroll, t);
    draw_bars(f, sr, &s::by_section(), &sections, st.scroll, t);
    draw_decisions(sum, f, bottom, t);
    if st.choosing {
        draw_choice(f, body, t);
    }
}

fn draw_decisions(sum: &Summary, f: &mut Frame, r: Rect, t: &Theme) {
    let b = block(format!(" {} ", s::decisions()), false, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    if inner.height == 0 {
        return;
    }
    let decided = sum.decisions.total();
    let total = decided + sum.open;
    let ratio = if total == 0 {
        0.0
    } else {
        decided as f64 / total as f64
    };
    let gauge = LineGauge::default()
        .ratio(ratio)
        .label(Span::styled(s::decided_gauge(decided, total), t.strong))
        .filled_symbol(s::GAUGE_FILLED)
        .unfilled_symbol(s::GAUGE_EMPTY)
        .filled_style(t.bar)
        .unfilled_style(t.muted);
    f.render_widget(gauge, Rect::new(inner.x, inner.y, inner.width, 1));
    let d = &sum.decisions;
    let p = &sum.participation;
    let sep = || Span::styled(" · ", t.muted);
    let count = |label: &str, n: usize| -> Vec<Span<'static>> {
        vec![
            Span::styled(format!("{label} "), t.base),
            Span::styled(n.to_string(), t.strong),
        ]
    };
    let mut statuses = Vec::new();
    for (i, (label, n)) in [
        (s::sum_accepted(), d.accepted),
        (s::sum_modified(), d.modified),
        (s::sum_rejected(), d.rejected),
        (s::sum_noted(), d.noted),
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            statuses.push(sep());
        }
        statuses.extend(count(&label, n));
    }
    let mut open = count(&s::sum_open(), sum.open);
    open.push(sep());
    open.extend(count(
        &s::sum_not_applied(),
        sum.remaining.not_applied.len(),
    ));
    open.push(sep());
    open.extend(count(&s::sum_campaigns(), sum.campaigns.groups.len()));
    let mut people = count(&s::sum_comments(), p.comments);
    let mut figures = vec![
        (s::sum_replies(), p.replies),
        (s::sum_proposals(), p.proposals),
        (s::sum_participants(), p.participants),
    ];
    // With a register of participants: how many of them are verified (signed by their key).
    if p.register {
        figures.push((crate::t!("trust-tui-verified"), p.verified_participants));
    }
    figures.push((s::sum_organisations(), p.organisations));
    for (label, n) in figures {
        people.push(sep());
        people.extend(count(&label, n));
    }
    let lines: Vec<Line> = [statuses, open, people]
        .into_iter()
        .map(|spans| fit(spans, inner.width as usize))
        .collect();
    f.render_widget(
        Paragraph::new(lines),
        Rect::new(
            inner.x,
            inner.y + 1,
            inner.width,
            inner.height.saturating_sub(1),
        ),
    );
}

/// Keep whole spans while they fit in `width`, cutting the last one that does not.
fn fit(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for sp in spans {
        let w = sp.content.width();
        if used + w > width {
            let cut = trunc(&sp.content, width.saturating_sub(used));
            out.push(Span::styled(cut, sp.style));
            break;
        }
        used += w;
        out.push(sp);
    }
    Line::from(out)
}

/// The export popup: its keys, written from the key list.
fn draw_choice(f: &mut Frame, area: Rect, t: &Theme) {
    let lines: Vec<Line> = BINDINGS
        .iter()
        .filter(|b| b.context == Context::Export)
        .map(|b| {
            Line::from(vec![
                Span::styled(format!(" {} ", pad(&keys::keys_label(b), 4)), t.key),
                Span::styled(b.help_text(), Style::default()),
            ])
        })
        .collect();
    let h = lines.len() as u16 + 2;
    let r = centered(area, 44.min(area.width), h.min(area.height));
    f.render_widget(Clear, r);
    let b = block(format!(" {} ", s::export_title()), true, t);
    let inner = b.inner(r);
    f.render_widget(b, r);
    f.render_widget(Paragraph::new(lines), inner);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::modals::search::Search;
    use crate::tui::testing::{ctx, sample};

    #[test]
    fn the_summary_is_built_once_and_exported_only_when_ready() {
        let (_tmp, data) = sample();
        let search = Search::default();
        let c = ctx(&data, &search);
        let mut st = SummaryState::default();
        // Not built yet: an export is refused, with the reason.
        st.command(Command::SummaryExport, &c);
        assert!(st.choosing);
        let msgs = st.command(Command::ExportAs(ExportFormat::Json), &c);
        assert!(!st.choosing);
        assert!(matches!(msgs.as_slice(), [Msg::Status(_, true)]));
        // Built once, in the background.
        assert!(matches!(st.request(&c).as_slice(), [Msg::Job(_)]));
        assert!(st.request(&c).is_empty());
        let store = Store::open(&data.repo_dir).unwrap();
        st.built(
            Summary::build(&store, None)
                .map(Box::new)
                .map_err(|e| e.to_string()),
        );
        assert!(st.cached.is_some() && !st.computing);
        let msgs = st.command(Command::ExportAs(ExportFormat::Csv), &c);
        assert!(st.exporting);
        assert!(matches!(
            msgs.as_slice(),
            [Msg::Status(_, false), Msg::Job(_)]
        ));
        st.command(Command::ScrollDown, &c);
        st.command(Command::ScrollDown, &c);
        st.command(Command::ScrollUp, &c);
        assert_eq!(st.scroll, 1);
        // A new decision makes it stale; on screen, it is built again.
        assert!(matches!(st.stale(true, &c).as_slice(), [Msg::Job(_)]));
        assert!(st.cached.is_none());
    }
}
