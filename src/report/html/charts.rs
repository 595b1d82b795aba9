//! Inline SVG charts: each bar carries its number as text, each chart has a `<title>` and a
//! `<desc>` listing every value (its text alternative), and the drawing scales to the width of
//! the screen (a `viewBox`, no fixed size).

use std::fmt::Write;

use super::super::escape::html;
use super::super::strings as s;
use super::super::summary::WeekCount;
use crate::i18n::Lang;
use crate::t_in;

/// The drawing's width in SVG units; CSS scales it to the column (11–16 px text).
const W: usize = 360;
/// Labels up to this many characters go beside their bars; longer ones above them.
const SIDE_LABEL: usize = 20;

/// Shorten a label for the chart (the full text is in the row's tooltip and the description).
fn clip(label: &str, n: usize) -> String {
    let mut out: String = label.chars().take(n).collect();
    if out.chars().count() < label.chars().count() {
        out.pop();
        out.push('…');
    }
    out
}

/// `<svg>` opening with its title and description, labelled by both.
fn open(o: &mut String, id: &str, h: usize, title: &str, desc: &str) {
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {W} {h}\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        html(title),
        html(desc)
    );
}

/// A horizontal bar chart with a text label and the value on every bar. `id` makes the
/// chart's element ids unique in the page.
pub fn bar_chart(id: &str, title: &str, items: &[(String, usize)]) -> String {
    let max = items.iter().map(|i| i.1).max().unwrap_or(0).max(1);
    let side = items.iter().all(|i| i.0.chars().count() <= SIDE_LABEL);
    // Beside: label | bar value. Above: label, then bar value on the next line.
    let (label_w, row) = if side { (132, 22) } else { (0, 36) };
    let bar_max = W - label_w - 36;
    let h = row * items.len() + 6;
    let desc: Vec<String> = items.iter().map(|(l, v)| format!("{l}: {v}")).collect();
    let mut o = String::from("<figure>\n");
    open(&mut o, id, h, title, &desc.join("; "));
    for (i, (label, v)) in items.iter().enumerate() {
        let y = i * row + 4;
        let len = if *v == 0 {
            0
        } else {
            (v * bar_max / max).max(2)
        };
        let (label_at, bar_y) = if side {
            (
                format!("x=\"{}\" y=\"{}\" text-anchor=\"end\"", label_w - 6, y + 13),
                y + 2,
            )
        } else {
            (format!("x=\"0\" y=\"{}\"", y + 11), y + 16)
        };
        let shown = clip(label, if side { SIDE_LABEL } else { 56 });
        let _ = writeln!(
            o,
            "<g><title>{}: {v}</title><text {label_at}>{}</text><rect class=\"bar\" x=\"{label_w}\" y=\"{bar_y}\" width=\"{len}\" height=\"14\"></rect><text class=\"v\" x=\"{}\" y=\"{}\">{v}</text></g>",
            html(label),
            html(&shown),
            label_w + len + 5,
            bar_y + 11
        );
    }
    let _ = writeln!(
        o,
        "</svg>\n<figcaption>{}</figcaption>\n</figure>",
        html(title)
    );
    o
}

/// "2026-W13 (from 2026-03-23): 4".
fn week_from(l: Lang, w: &WeekCount) -> String {
    t_in!(
        l,
        "report-week-from",
        week = w.week.as_str(),
        date = w.starts.as_str(),
        count = w.comments
    )
}

/// Runs of consecutive weeks without a comment, as (first index, last index).
fn empty_runs(weeks: &[WeekCount]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, w) in weeks.iter().enumerate() {
        match (w.comments == 0, start) {
            (true, None) => start = Some(i),
            (false, Some(s0)) => {
                out.push((s0, i - 1));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s0) = start {
        out.push((s0, weeks.len() - 1));
    }
    out
}

/// The sentence that says which weeks had no comment: "none in 2026-W17 to 2026-W23".
pub fn empty_weeks_sentence(weeks: &[WeekCount], l: Lang) -> Option<String> {
    let runs: Vec<String> = empty_runs(weeks)
        .into_iter()
        .map(|(a, b)| s::weeks_span(l, &weeks[a].week, &weeks[b].week))
        .collect();
    (!runs.is_empty()).then(|| format!("{} {}", t_in!(l, "report-no-comments-in"), runs.join(", ")))
}

/// Comments per ISO week as columns on a time axis: a week without comments is a gap (a dotted
/// stretch of the axis), not a zero-height column; each column carries its number, and the
/// first week of each month its date.
pub fn week_chart(id: &str, title: &str, weeks: &[WeekCount], l: Lang) -> String {
    const TOP: usize = 16;
    const PLOT: usize = 110;
    let h = TOP + PLOT + 34;
    let n = weeks.len().max(1);
    let slot = W as f64 / n as f64;
    let max = weeks.iter().map(|w| w.comments).max().unwrap_or(0).max(1);
    let base = TOP + PLOT;
    let mut desc: Vec<String> = weeks
        .iter()
        .filter(|w| w.comments > 0)
        .map(|w| week_from(l, w))
        .collect();
    if let Some(none) = empty_weeks_sentence(weeks, l) {
        desc.push(none);
    }
    let mut o = String::from("<figure class=\"wide\">\n");
    open(&mut o, id, h, title, &desc.join("; "));
    let bar_w = (slot * 0.7).max(1.0);
    let show_values = slot >= 14.0;
    for (i, w) in weeks.iter().enumerate() {
        let x = i as f64 * slot;
        if w.comments > 0 {
            let len = (w.comments * PLOT / max).max(2);
            let _ = write!(
                o,
                "<g><title>{}</title><rect class=\"bar\" x=\"{:.1}\" y=\"{}\" width=\"{:.1}\" height=\"{len}\"></rect>",
                html(&week_from(l, w)),
                x + (slot - bar_w) / 2.0,
                base - len,
                bar_w
            );
            if show_values {
                let _ = write!(
                    o,
                    "<text class=\"v\" x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                    x + slot / 2.0,
                    base - len - 4,
                    w.comments
                );
            }
            o.push_str("</g>\n");
        }
        // The month under its first week.
        let new_month = i == 0 || weeks[i - 1].starts.get(..7) != w.starts.get(..7);
        if new_month {
            let _ = writeln!(
                o,
                "<line class=\"axis\" x1=\"{x:.1}\" y1=\"{base}\" x2=\"{x:.1}\" y2=\"{}\"></line><text class=\"s\" x=\"{x:.1}\" y=\"{}\">{}</text>",
                base + 5,
                base + 16,
                html(w.starts.get(..7).unwrap_or(&w.starts))
            );
        }
    }
    // The axis: solid under weeks with comments, dotted across the gaps.
    let runs = empty_runs(weeks);
    let _ = writeln!(
        o,
        "<line class=\"axis\" x1=\"0\" y1=\"{base}\" x2=\"{W}\" y2=\"{base}\"></line>"
    );
    for (a, b) in &runs {
        let x1 = *a as f64 * slot;
        let x2 = (*b + 1) as f64 * slot;
        let _ = writeln!(
            o,
            "<rect x=\"{x1:.1}\" y=\"{}\" width=\"{:.1}\" height=\"2\" fill=\"#fff\"></rect><line class=\"gap\" x1=\"{x1:.1}\" y1=\"{base}\" x2=\"{x2:.1}\" y2=\"{base}\"></line>",
            base - 1,
            x2 - x1
        );
        if x2 - x1 >= 60.0 {
            let _ = writeln!(
                o,
                "<text class=\"s\" x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                (x1 + x2) / 2.0,
                base - 6,
                t_in!(l, "report-no-comments")
            );
        }
    }
    let (first, last) = match (weeks.first(), weeks.last()) {
        (Some(f), Some(l)) => (f.week.as_str(), l.week.as_str()),
        _ => ("", ""),
    };
    let _ = writeln!(
        o,
        "<text class=\"s\" x=\"0\" y=\"{}\">{}</text><text class=\"s\" x=\"{W}\" y=\"{}\" text-anchor=\"end\">{}</text>",
        base + 30,
        html(first),
        base + 30,
        html(last)
    );
    let mut caption = title.to_string();
    if let Some(none) = empty_weeks_sentence(weeks, l) {
        caption.push_str(&format!(" ({none})."));
    }
    let _ = writeln!(
        o,
        "</svg>\n<figcaption>{}</figcaption>\n</figure>",
        html(&caption)
    );
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(w: &str, n: usize) -> WeekCount {
        WeekCount {
            week: w.into(),
            starts: "2026-03-02".into(),
            comments: n,
        }
    }

    #[test]
    fn chart_labels_are_text_and_escaped() {
        let svg = bar_chart("c", "T <x>", &[("a<b>".into(), 3), ("c".into(), 0)]);
        assert!(svg.contains("a&lt;b&gt;"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains(">3</text>"));
        assert!(svg.contains("width=\"0\""));
        assert!(svg.contains("<desc id=\"c-d\">a&lt;b&gt;: 3; c: 0</desc>"));
    }

    #[test]
    fn empty_weeks_are_gaps_not_columns() {
        let weeks = [
            week("2026-W10", 4),
            week("2026-W11", 0),
            week("2026-W12", 0),
            week("2026-W13", 2),
            week("2026-W14", 0),
        ];
        assert_eq!(empty_runs(&weeks), [(1, 2), (4, 4)]);
        assert_eq!(
            empty_weeks_sentence(&weeks, Lang::EN).unwrap(),
            "no comments in 2026-W11 to 2026-W12, 2026-W14"
        );
        let es = Lang::parse("es").unwrap();
        assert!(empty_weeks_sentence(&weeks, es)
            .unwrap()
            .ends_with(" 2026-W11 a 2026-W12, 2026-W14"));
        let svg = week_chart("w", "T", &weeks, Lang::EN);
        assert_eq!(svg.matches("class=\"bar\"").count(), 2, "{svg}");
        assert_eq!(svg.matches("class=\"gap\"").count(), 2);
        assert!(svg.contains(">4</text>") && svg.contains(">2</text>"));
        assert!(svg.contains("2026-W13 (from 2026-03-02): 2"));
    }
}
