//! The summary as one self-contained HTML file: inline CSS (with print styles), inline SVG bar
//! charts with text labels, no script, no external asset. Every stakeholder string goes through
//! [`super::escape::html`].

use std::fmt::Write;

use super::escape::{html, html_lines};
use super::markdown::scope_line;
use super::strings as s;
use super::summary::{OpenItem, Summary};
use super::table::resulting_change;
use crate::model::Status;

const CSS: &str = r#"
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5a5a5a; --line: #c8c8c8; --bar: #2f6f9f; --head: #eef2f5; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
p.meta { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
th { background: var(--head); }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .78rem; word-break: break-all; }
ul.facts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
ul.facts li strong { font-size: 1.3rem; display: block; }
figure { margin: .5rem 0 1.25rem; }
figcaption { color: var(--muted); font-size: .85rem; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg rect.bar { fill: var(--bar); }
blockquote { margin: .5rem 0; padding: .3rem .8rem; border-left: 4px solid var(--line); color: #333; }
.reply { color: var(--muted); font-style: italic; }
.by { color: var(--muted); font-size: .85rem; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  svg rect.bar { fill: #555; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { size: A4 landscape; margin: 12mm; }
}
"#;

/// Render the whole summary as an HTML document.
pub fn render(sum: &Summary) -> String {
    let mut o = String::with_capacity(64 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}: {}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
        s::SUMMARY_OF,
        html(&sum.title),
        CSS
    );
    let _ = writeln!(o, "<h1>{}</h1>", html(&sum.title));
    let _ = writeln!(
        o,
        "<p class=\"meta\">{} · {}<br>Generated <time>{}</time></p>",
        s::SUMMARY_OF,
        html(&scope_line(sum)),
        html(&sum.generated)
    );
    participation(&mut o, sum);
    sections(&mut o, sum);
    decisions(&mut o, sum);
    you_said(&mut o, sum);
    campaigns(&mut o, sum);
    dispositions(&mut o, sum);
    remaining(&mut o, sum);
    if sum.skipped_files > 0 {
        let _ = writeln!(
            o,
            "<p class=\"meta\">{} could not be read and are left out.</p>",
            s::plural(sum.skipped_files, "record file", "record files")
        );
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// Shorten a label for the chart (the full text is in the row's tooltip).
fn clip(label: &str, n: usize) -> String {
    let mut out: String = label.chars().take(n).collect();
    if out.chars().count() < label.chars().count() {
        out.pop();
        out.push('…');
    }
    out
}

/// A horizontal bar chart with a text label and the value on every bar.
pub fn bar_chart(title: &str, items: &[(String, usize)]) -> String {
    const W: usize = 760;
    const LABEL: usize = 300;
    const ROW: usize = 22;
    const BAR_MAX: usize = W - LABEL - 60;
    let max = items.iter().map(|i| i.1).max().unwrap_or(0).max(1);
    let h = ROW * items.len() + 8;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{W}\" height=\"{h}\" viewBox=\"0 0 {W} {h}\"><title>{}</title>",
        html(title)
    );
    for (i, (label, v)) in items.iter().enumerate() {
        let y = i * ROW + 4;
        let len = if *v == 0 {
            0
        } else {
            (v * BAR_MAX / max).max(2)
        };
        let _ = writeln!(
            o,
            "<g><title>{}: {v}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{len}\" height=\"{}\"></rect><text x=\"{}\" y=\"{}\">{v}</text></g>",
            html(label),
            LABEL - 8,
            y + 15,
            html(&clip(label, 46)),
            LABEL,
            y + 3,
            ROW - 6,
            LABEL + len + 6,
            y + 15
        );
    }
    let _ = writeln!(
        o,
        "</svg>\n<figcaption>{}</figcaption>\n</figure>",
        html(title)
    );
    o
}

fn participation(o: &mut String, sum: &Summary) {
    let p = &sum.participation;
    let _ = writeln!(o, "<section>\n<h2>{}</h2>", s::H_PARTICIPATION);
    let _ = writeln!(
        o,
        "<ul class=\"facts\"><li><strong>{}</strong>{} ({} {}; {} {})</li><li><strong>{}</strong>{}</li><li><strong>{}</strong>{}</li></ul>",
        p.comments,
        s::L_COMMENTS,
        p.replies,
        s::L_REPLIES,
        p.proposals,
        s::L_PROPOSALS,
        p.participants,
        s::L_PARTICIPANTS,
        p.organisations,
        s::L_ORGANISATIONS
    );
    let _ = writeln!(o, "<h3>{}</h3>", s::H_BY_CATEGORY);
    let bars: Vec<(String, usize)> = p
        .by_category
        .iter()
        .map(|c| (c.label.clone(), c.comments))
        .collect();
    o.push_str(&bar_chart(
        &format!("{} — {}", s::H_BY_CATEGORY, s::L_COMMENTS),
        &bars,
    ));
    let _ = writeln!(
        o,
        "<table><thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        s::L_CATEGORY,
        s::L_COMMENTS,
        s::L_ORGANISATIONS
    );
    for c in &p.by_category {
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            html(&c.label),
            c.comments,
            c.organisations
        );
    }
    o.push_str("</tbody></table>\n");
    let _ = writeln!(
        o,
        "<h3>{}</h3>\n<table><thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        s::H_BY_COUNTRY,
        s::L_COUNTRY,
        s::L_CODE,
        s::L_COMMENTS,
        s::L_ORGANISATIONS
    );
    for c in &p.by_country {
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            html(&c.name),
            html(&c.code),
            c.comments,
            c.organisations
        );
    }
    o.push_str("</tbody></table>\n");
    let _ = writeln!(
        o,
        "<h3>{}</h3>\n<table><thead><tr><th>{}</th><th>{}</th><th class=\"n\">{}</th></tr></thead><tbody>",
        s::H_BY_WEEK,
        s::L_WEEK,
        s::L_STARTING,
        s::L_COMMENTS
    );
    for w in &p.by_week {
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
            w.week, w.starts, w.comments
        );
    }
    o.push_str("</tbody></table>\n</section>\n");
}

fn section_label(number: Option<u32>, title: &str) -> String {
    match number {
        Some(n) => format!("{n} {title}"),
        None => title.to_string(),
    }
}

fn sections(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "<section>\n<h2>{}</h2>", s::H_SECTIONS);
    let bars: Vec<(String, usize)> = sum
        .sections
        .iter()
        .map(|x| (section_label(x.number, &x.title), x.comments))
        .collect();
    o.push_str(&bar_chart(s::H_SECTIONS, &bars));
    let _ = write!(
        o,
        "<table><thead><tr><th class=\"n\">#</th><th>{}</th>",
        s::L_SECTION
    );
    for h in [
        s::L_COMMENTS,
        s::L_GENERAL,
        s::L_TECHNICAL,
        s::L_EDITORIAL,
        s::L_SUPPORT,
        s::L_OPPOSE,
        s::L_NEUTRAL,
        s::L_NO_STANCE,
        s::L_PROPOSALS_SHORT,
        Status::Accepted.label(),
        Status::Modified.label(),
        Status::Rejected.label(),
        Status::Noted.label(),
        s::L_OPEN,
    ] {
        let _ = write!(o, "<th class=\"n\">{h}</th>");
    }
    o.push_str("</tr></thead><tbody>\n");
    for x in &sum.sections {
        let _ = write!(
            o,
            "<tr><td class=\"n\">{}</td><td>{}</td>",
            x.number.map(|n| n.to_string()).unwrap_or_default(),
            html(&x.title)
        );
        for v in [
            x.comments,
            x.by_type.general,
            x.by_type.technical,
            x.by_type.editorial,
            x.by_stance.support,
            x.by_stance.oppose,
            x.by_stance.neutral,
            x.by_stance.none,
            x.proposals,
            x.decisions.accepted,
            x.decisions.modified,
            x.decisions.rejected,
            x.decisions.noted,
            x.open,
        ] {
            let _ = write!(o, "<td class=\"n\">{v}</td>");
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody></table>\n</section>\n");
}

fn decisions(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "<section>\n<h2>{}</h2>", s::H_DECISIONS);
    let mut bars: Vec<(String, usize)> = Status::ALL
        .iter()
        .map(|st| (st.label().to_string(), sum.decisions.get(*st)))
        .collect();
    bars.push((s::OPEN.to_string(), sum.open));
    o.push_str(&bar_chart(s::H_DECISIONS, &bars));
    o.push_str("</section>\n");
}

fn who(sum: &Summary, id: &str) -> String {
    match sum.row(id) {
        Some(r) if !r.author.organisation.is_empty() => format!(
            "<span class=\"id\">{}</span> <span class=\"by\">{}, {}</span>",
            html(id),
            html(&r.author.organisation),
            html(&r.country)
        ),
        Some(r) => format!(
            "<span class=\"id\">{}</span> <span class=\"by\">{}</span>",
            html(id),
            html(&r.author.name)
        ),
        None => html(id),
    }
}

fn you_said(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "<section>\n<h2>{}</h2>", s::H_YOU_SAID);
    if sum.changes.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", s::NO_CHANGE_YET);
    }
    for ch in &sum.changes {
        let to = if ch.to == "draft" {
            s::WORKING_DRAFT
        } else {
            &ch.to
        };
        let _ = writeln!(
            o,
            "<h3>{} → {}</h3>\n<p>{} changed, {} words added, {} words removed.</p>",
            html(&ch.from),
            html(to),
            s::plural(ch.sections_changed, "section", "sections"),
            ch.words_added,
            ch.words_removed
        );
        if ch.sections.is_empty() {
            continue;
        }
        let _ = writeln!(
            o,
            "<table><thead><tr><th class=\"n\">#</th><th>{}</th><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th>{}</th></tr></thead><tbody>",
            s::L_SECTION,
            s::L_STATUS,
            s::L_WORDS_ADDED,
            s::L_WORDS_REMOVED,
            s::L_DRIVEN_BY
        );
        for x in &ch.sections {
            let ids: Vec<String> = x.comments.iter().map(|id| who(sum, id)).collect();
            let _ = writeln!(
                o,
                "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td class=\"n\">+{}</td><td class=\"n\">−{}</td><td>{}</td></tr>",
                x.number.map(|n| n.to_string()).unwrap_or_default(),
                html(&x.title),
                x.status.as_str(),
                x.words_added,
                x.words_removed,
                if ids.is_empty() { "—".to_string() } else { ids.join("<br>") }
            );
        }
        o.push_str("</tbody></table>\n");
    }
    o.push_str("</section>\n");
}

fn campaigns(o: &mut String, sum: &Summary) {
    let _ = writeln!(
        o,
        "<section>\n<h2>{}</h2>\n<p>{}</p>",
        s::H_CAMPAIGNS,
        html(&s::campaign_rule())
    );
    if sum.campaigns.groups.is_empty() {
        o.push_str("<p>No campaign found.</p>\n");
    }
    for (i, g) in sum.campaigns.groups.iter().enumerate() {
        let _ = writeln!(
            o,
            "<h3>Campaign {}: {} comments (lowest similarity {:.2})</h3>\n<blockquote>{}</blockquote>\n<ul><li>Sections: {}</li><li>Organisations: {}</li><li>Countries: {}</li><li>Comments: <span class=\"id\">{}</span></li></ul>",
            i + 1,
            g.size,
            g.min_similarity,
            html_lines(&g.text),
            html(&g.sections.join(", ")),
            html(&g.organisations.join("; ")),
            html(&g.countries.join(", ")),
            html(&g.ids.join(", "))
        );
    }
    o.push_str("</section>\n");
}

fn dispositions(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "<section>\n<h2>{}</h2>", s::H_DISPOSITIONS);
    let mut current: Option<&str> = None;
    for r in &sum.dispositions {
        if current != Some(r.section.as_str()) {
            if current.is_some() {
                o.push_str("</tbody></table>\n");
            }
            current = Some(r.section.as_str());
            let title = sum
                .sections
                .iter()
                .find(|x| x.id == r.section)
                .map_or_else(|| r.section.clone(), |x| section_label(x.number, &x.title));
            let _ = write!(o, "<h3>{}</h3>\n<table><thead><tr>", html(&title));
            for h in s::ISO_COLUMNS
                .iter()
                .chain(["Decision", "Resulting change", s::L_ID].iter())
            {
                let _ = write!(o, "<th>{}</th>", html(h));
            }
            o.push_str("</tr></thead><tbody>\n");
        }
        let reply = r
            .in_reply_to
            .as_deref()
            .map(|p| format!("<span class=\"reply\">Reply to {}.</span> ", html(p)))
            .unwrap_or_default();
        let by = if r.author.organisation.is_empty() {
            r.author.name.clone()
        } else {
            format!("{}, {}", r.author.name, r.author.organisation)
        };
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}{}<br><span class=\"by\">— {}</span></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"id\">{}</td></tr>",
            html(&r.country),
            r.line.map(|l| l.to_string()).unwrap_or_default(),
            html(&r.clause),
            r.paragraph.map(|p| format!("¶ {p}")).unwrap_or_default(),
            r.kind.abbrev(),
            reply,
            html_lines(&r.comment),
            html(&by),
            html_lines(r.proposed_change.as_deref().unwrap_or("")),
            html_lines(&r.observations),
            html(r.status_label),
            html(&resulting_change(r)),
            html(&r.id)
        );
    }
    if current.is_some() {
        o.push_str("</tbody></table>\n");
    }
    o.push_str("</section>\n");
}

fn items(o: &mut String, list: &[OpenItem]) {
    if list.is_empty() {
        o.push_str("<p>None.</p>\n");
        return;
    }
    o.push_str("<ul>\n");
    for i in list {
        let _ = writeln!(
            o,
            "<li><span class=\"id\">{}</span> · {} · {}{}: {}</li>",
            html(&i.id),
            html(&i.section),
            html(&i.organisation),
            if i.reply { " (reply)" } else { "" },
            html(&i.excerpt)
        );
    }
    o.push_str("</ul>\n");
}

fn remaining(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "<section>\n<h2>{}</h2>", s::H_OPEN);
    let _ = writeln!(
        o,
        "<h3>{} ({})</h3>",
        s::H_AWAITING,
        sum.remaining.awaiting_decision.len()
    );
    items(o, &sum.remaining.awaiting_decision);
    let _ = writeln!(
        o,
        "<h3>{} ({})</h3>",
        s::H_NOT_APPLIED,
        sum.remaining.not_applied.len()
    );
    items(o, &sum.remaining.not_applied);
    o.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_labels_are_text_and_escaped() {
        let svg = bar_chart("T <x>", &[("a<b>".into(), 3), ("c".into(), 0)]);
        assert!(svg.contains("a&lt;b&gt;"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains(">3</text>"));
        assert!(svg.contains("width=\"0\""));
    }
}
