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

mod changes;
mod charts;

pub(crate) use changes::who_and_where;
use charts::bar_chart;

/// The page's style sheet: screen, narrow screens and print.
const CSS: &str = include_str!("style.css");

/// The fragment id of a comment's row in the disposition table.
pub(crate) fn row_anchor(id: &str) -> String {
    format!("c-{}", html(id))
}

/// A comment id as a small link to its row of the disposition table.
pub(crate) fn id_link(id: &str) -> String {
    format!(
        "<a class=\"id\" href=\"#{}\">{}</a>",
        row_anchor(id),
        html(id)
    )
}

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
    contents(&mut o);
    participation(&mut o, sum);
    sections(&mut o, sum);
    decisions(&mut o, sum);
    changes::you_said(&mut o, sum);
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

/// The parts of the report, linked.
fn contents(o: &mut String) {
    let _ = writeln!(o, "<nav aria-label=\"{}\"><ol>", s::H_CONTENTS);
    for (id, h) in [
        ("participation", s::H_PARTICIPATION),
        ("sections", s::H_SECTIONS),
        ("decisions", s::H_DECISIONS),
        ("you-said", s::H_YOU_SAID),
        ("campaigns", s::H_CAMPAIGNS),
        ("dispositions", s::H_DISPOSITIONS),
        ("open", s::H_OPEN),
    ] {
        let _ = writeln!(o, "<li><a href=\"#{id}\">{h}</a></li>");
    }
    o.push_str("</ol></nav>\n");
}

fn participation(o: &mut String, sum: &Summary) {
    let p = &sum.participation;
    let _ = writeln!(
        o,
        "<section id=\"participation\">\n<h2>{}</h2>",
        s::H_PARTICIPATION
    );
    let _ = writeln!(
        o,
        "<div class=\"pair\">\n<ul class=\"facts\"><li><strong>{}</strong>{} ({} {}; {} {})</li><li><strong>{}</strong>{}</li><li><strong>{}</strong>{}</li></ul>",
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
    let _ = writeln!(o, "<div>\n<h3>{}</h3>", s::H_BY_WEEK);
    o.push_str(&charts::week_chart(
        "weeks",
        s::L_COMMENTS_PER_WEEK,
        &p.by_week,
    ));
    o.push_str("</div>\n</div>\n");
    let _ = writeln!(o, "<h3>{}</h3>\n<div class=\"pair\">", s::H_BY_CATEGORY);
    let bars: Vec<(String, usize)> = p
        .by_category
        .iter()
        .map(|c| (c.label.clone(), c.comments))
        .collect();
    o.push_str(&bar_chart(
        "categories",
        &format!("{} — {}", s::H_BY_CATEGORY, s::L_COMMENTS),
        &bars,
    ));
    let _ = writeln!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
        s::L_CATEGORY,
        s::L_COMMENTS,
        s::L_ORGS_SHORT
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
    o.push_str("</tbody></table>\n</div>\n");
    let _ = writeln!(o, "<h3>{}</h3>\n<div class=\"pair\">", s::H_BY_COUNTRY);
    let bars: Vec<(String, usize)> = p
        .by_country
        .iter()
        .map(|c| (c.name.clone(), c.comments))
        .collect();
    o.push_str(&bar_chart("countries", s::L_COMMENTS_BY_COUNTRY, &bars));
    let _ = writeln!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
        s::L_COUNTRY,
        s::L_CODE,
        s::L_COMMENTS,
        s::L_ORGS_SHORT
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
    o.push_str("</tbody></table>\n</div>\n</section>\n");
}

pub(crate) fn section_label(number: Option<u32>, title: &str) -> String {
    match number {
        Some(n) => format!("{n} {title}"),
        None => title.to_string(),
    }
}

/// A header cell and the label its data cells repeat when the table becomes cards.
fn head(o: &mut String, label: &str, class: &str) {
    // A break opportunity after each slash lets "Clause/Subclause" wrap in a narrow column.
    let label = html(label).replace('/', "/<wbr>");
    let _ = write!(o, "<th scope=\"col\"{class}>{label}</th>");
}

fn sections(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "<section id=\"sections\">\n<h2>{}</h2>", s::H_SECTIONS);
    let bars: Vec<(String, usize)> = sum
        .sections
        .iter()
        .map(|x| (section_label(x.number, &x.title), x.comments))
        .collect();
    o.push_str(&bar_chart("per-section", s::H_SECTIONS, &bars));
    let labels = [
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
    ];
    o.push_str("<table class=\"cards compact\"><thead><tr>");
    head(o, "#", " class=\"n\"");
    head(o, s::L_SECTION, "");
    for h in labels {
        head(o, h, " class=\"n\"");
    }
    o.push_str("</tr></thead><tbody>\n");
    for x in &sum.sections {
        let _ = write!(
            o,
            "<tr><td class=\"n plain\">{}</td><td class=\"title\">{}</td>",
            x.number.map(|n| n.to_string()).unwrap_or_default(),
            html(&x.title)
        );
        let values = [
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
        ];
        for (v, label) in values.iter().zip(labels) {
            let _ = write!(o, "<td class=\"n\" data-label=\"{}\">{v}</td>", html(label));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody></table>\n</section>\n");
}

fn decisions(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "<section id=\"decisions\">\n<h2>{}</h2>", s::H_DECISIONS);
    let mut bars: Vec<(String, usize)> = Status::ALL
        .iter()
        .map(|st| (st.label().to_string(), sum.decisions.get(*st)))
        .collect();
    bars.push((s::OPEN.to_string(), sum.open));
    o.push_str(&bar_chart("decisions-chart", s::H_DECISIONS, &bars));
    o.push_str("</section>\n");
}

fn campaigns(o: &mut String, sum: &Summary) {
    let _ = writeln!(
        o,
        "<section id=\"campaigns\">\n<h2>{}</h2>\n<p>{}</p>",
        s::H_CAMPAIGNS,
        html(&s::campaign_rule())
    );
    if sum.campaigns.groups.is_empty() {
        o.push_str("<p>No campaign found.</p>\n");
    }
    for (i, g) in sum.campaigns.groups.iter().enumerate() {
        let links: Vec<String> = g.ids.iter().map(|id| id_link(id)).collect();
        let _ = writeln!(
            o,
            "<h3>Campaign {}: {} comments (lowest similarity {:.2})</h3>\n<blockquote>{}</blockquote>\n<ul><li>Sections: {}</li><li>Organisations: {}</li><li>Countries: {}</li><li>Comments: {}</li></ul>",
            i + 1,
            g.size,
            g.min_similarity,
            html_lines(&g.text),
            html(&g.sections.join(", ")),
            html(&g.organisations.join("; ")),
            html(&g.countries.join(", ")),
            links.join(", ")
        );
    }
    o.push_str("</section>\n");
}

/// The disposition table's columns: the ISO template's, then the decision, the resulting change
/// and the comment id; with each column's share of the width where the table is a table.
const DISPOSITION_WIDTHS: [u8; 11] = [4, 4, 6, 6, 4, 22, 15, 17, 8, 7, 7];

fn dispositions(o: &mut String, sum: &Summary) {
    let _ = writeln!(
        o,
        "<section id=\"dispositions\">\n<h2>{}</h2>",
        s::H_DISPOSITIONS
    );
    let labels: Vec<&str> = s::ISO_COLUMNS
        .iter()
        .copied()
        .chain([s::F_DECISION, "Resulting change", s::L_COMMENT_ID])
        .collect();
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
            let _ = write!(
                o,
                "<h3>{}</h3>\n<table class=\"cards disposition\"><colgroup>",
                html(&title)
            );
            for w in DISPOSITION_WIDTHS {
                let _ = write!(o, "<col style=\"width:{w}%\">");
            }
            o.push_str("</colgroup><thead><tr>");
            for h in &labels {
                head(o, h, "");
            }
            o.push_str("</tr></thead><tbody>\n");
        }
        let reply = r
            .in_reply_to
            .as_deref()
            .map(|p| {
                format!(
                    "<span class=\"reply\">{} {}.</span> ",
                    s::REPLY_TO,
                    id_link(p)
                )
            })
            .unwrap_or_default();
        let by = if r.author.organisation.is_empty() {
            r.author.name.clone()
        } else {
            format!("{}, {}", r.author.name, r.author.organisation)
        };
        let cells = [
            (html(&r.country), ""),
            (r.line.map(|l| l.to_string()).unwrap_or_default(), ""),
            (html(&r.clause), ""),
            (
                r.paragraph.map(|p| format!("¶ {p}")).unwrap_or_default(),
                "",
            ),
            (r.kind.abbrev().to_string(), ""),
            (
                format!(
                    "{reply}{}<br><span class=\"by\">— {}</span>",
                    html_lines(&r.comment),
                    html(&by)
                ),
                " class=\"wide\"",
            ),
            (
                html_lines(r.proposed_change.as_deref().unwrap_or("")),
                " class=\"wide\"",
            ),
            (html_lines(&r.observations), " class=\"wide\""),
            (html(r.status_label), ""),
            (html(&resulting_change(r)), " class=\"wide\""),
            (html(&r.id), " class=\"id\""),
        ];
        let _ = write!(o, "<tr id=\"{}\">", row_anchor(&r.id));
        for ((cell, class), label) in cells.iter().zip(&labels) {
            // A zero-width space after each slash lets a long label wrap in a narrow card; written
            // as a character reference, since the output holds no invisible character as such.
            let label = html(label).replace('/', "/&#8203;");
            let _ = write!(o, "<td{class} data-label=\"{label}\">{cell}</td>");
        }
        o.push_str("</tr>\n");
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
            "<li>{} · {} · {}{}: {}</li>",
            id_link(&i.id),
            html(&i.section),
            html(&i.organisation),
            if i.reply { " (reply)" } else { "" },
            html(&i.excerpt)
        );
    }
    o.push_str("</ul>\n");
}

fn remaining(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "<section id=\"open\">\n<h2>{}</h2>", s::H_OPEN);
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
