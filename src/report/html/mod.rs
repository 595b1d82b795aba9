//! The summary as one self-contained HTML file: inline CSS (with print styles), inline SVG bar
//! charts with text labels, no script, no external asset. Every stakeholder string goes through
//! [`super::escape::html`].

use std::fmt::Write;

use super::escape::{html, html_lines};
use super::markdown::scope_line;
use super::strings as s;
use super::summary::{OpenItem, Summary};
use super::table::{resulting_change, ChangeWords};
use crate::i18n::Lang;
use crate::model::Status;
use crate::t_in;

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

/// Render the whole summary as an HTML document, in its language ([`Summary::lang`]): the page
/// says which (`<html lang>`); dates and times are ISO 8601, numbers as they are.
pub fn render(sum: &Summary) -> String {
    let l = sum.lang;
    let mut o = String::with_capacity(64 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}: {}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
        l.code(),
        t_in!(l, "report-summary-of"),
        html(&sum.title),
        CSS
    );
    let _ = writeln!(o, "<h1>{}</h1>", html(&sum.title));
    let _ = writeln!(
        o,
        "<p class=\"meta\">{} · {}<br>{} <time>{}</time></p>",
        t_in!(l, "report-summary-of"),
        html(&scope_line(sum)),
        t_in!(l, "report-generated"),
        html(&sum.generated)
    );
    contents(&mut o, l);
    participation(&mut o, sum);
    sections(&mut o, sum);
    decisions(&mut o, sum);
    changes::you_said(&mut o, sum);
    campaigns(&mut o, sum);
    dispositions(&mut o, sum);
    remaining(&mut o, sum);
    translations_behind(&mut o, sum);
    if sum.skipped_files > 0 {
        let _ = writeln!(
            o,
            "<p class=\"meta\">{}</p>",
            t_in!(l, "report-skipped-html", count = sum.skipped_files)
        );
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// The parts of the report, linked.
fn contents(o: &mut String, l: Lang) {
    let _ = writeln!(
        o,
        "<nav aria-label=\"{}\"><ol>",
        t_in!(l, "report-h-contents")
    );
    for (id, h) in [
        ("participation", t_in!(l, "report-h-participation")),
        ("sections", t_in!(l, "report-h-sections")),
        ("decisions", t_in!(l, "report-h-decisions")),
        ("you-said", t_in!(l, "report-h-you-said")),
        ("campaigns", t_in!(l, "report-h-campaigns")),
        ("dispositions", t_in!(l, "report-h-dispositions")),
        ("open", t_in!(l, "report-h-open")),
    ] {
        let _ = writeln!(o, "<li><a href=\"#{id}\">{h}</a></li>");
    }
    o.push_str("</ol></nav>\n");
}

fn participation(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let p = &sum.participation;
    let _ = writeln!(
        o,
        "<section id=\"participation\">\n<h2>{}</h2>",
        t_in!(l, "report-h-participation")
    );
    let (people, orgs) = super::summary::trust_notes(p, l);
    let _ = writeln!(
        o,
        "<div class=\"pair\">\n<ul class=\"facts\"><li><strong>{}</strong>{} ({} {}; {} {})</li><li><strong>{}</strong>{}{}</li><li><strong>{}</strong>{}{}</li></ul>",
        p.comments,
        t_in!(l, "report-l-comments"),
        p.replies,
        t_in!(l, "report-l-replies"),
        p.proposals,
        t_in!(l, "report-l-proposals"),
        p.participants,
        t_in!(l, "report-l-participants"),
        html(&people),
        p.organisations,
        t_in!(l, "report-l-organisations"),
        html(&orgs)
    );
    let _ = writeln!(o, "<div>\n<h3>{}</h3>", t_in!(l, "report-h-by-week"));
    o.push_str(&charts::week_chart(
        "weeks",
        &t_in!(l, "report-l-comments-per-week"),
        &p.by_week,
        l,
    ));
    o.push_str("</div>\n</div>\n");
    let _ = writeln!(
        o,
        "<h3>{}</h3>\n<div class=\"pair\">",
        t_in!(l, "report-h-by-category")
    );
    let bars: Vec<(String, usize)> = p
        .by_category
        .iter()
        .map(|c| (c.label.clone(), c.comments))
        .collect();
    o.push_str(&bar_chart(
        "categories",
        &format!(
            "{} — {}",
            t_in!(l, "report-h-by-category"),
            t_in!(l, "report-l-comments")
        ),
        &bars,
    ));
    let _ = writeln!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
        t_in!(l, "report-l-category"),
        t_in!(l, "report-l-comments"),
        t_in!(l, "report-l-orgs-short")
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
    let _ = writeln!(
        o,
        "<h3>{}</h3>\n<div class=\"pair\">",
        t_in!(l, "report-h-by-country")
    );
    let bars: Vec<(String, usize)> = p
        .by_country
        .iter()
        .map(|c| (c.name.clone(), c.comments))
        .collect();
    o.push_str(&bar_chart(
        "countries",
        &t_in!(l, "report-l-comments-by-country"),
        &bars,
    ));
    let _ = writeln!(
        o,
        "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\" class=\"n\">{}</th></tr></thead><tbody>",
        t_in!(l, "report-l-country"),
        t_in!(l, "report-l-code"),
        t_in!(l, "report-l-comments"),
        t_in!(l, "report-l-orgs-short")
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
    let l = sum.lang;
    let _ = writeln!(
        o,
        "<section id=\"sections\">\n<h2>{}</h2>",
        t_in!(l, "report-h-sections")
    );
    let bars: Vec<(String, usize)> = sum
        .sections
        .iter()
        .map(|x| (section_label(x.number, &x.title), x.comments))
        .collect();
    o.push_str(&bar_chart(
        "per-section",
        &t_in!(l, "report-h-sections"),
        &bars,
    ));
    let labels = [
        t_in!(l, "report-l-comments"),
        s::L_GENERAL.to_string(),
        s::L_TECHNICAL.to_string(),
        s::L_EDITORIAL.to_string(),
        t_in!(l, "report-l-support"),
        t_in!(l, "report-l-oppose"),
        t_in!(l, "report-l-neutral"),
        t_in!(l, "report-l-no-stance"),
        t_in!(l, "report-l-proposals-short"),
        s::status_word(l, Some(Status::Accepted)).to_string(),
        s::status_word(l, Some(Status::Modified)).to_string(),
        s::status_word(l, Some(Status::Rejected)).to_string(),
        s::status_word(l, Some(Status::Noted)).to_string(),
        t_in!(l, "report-l-open"),
    ];
    o.push_str("<table class=\"cards compact\"><thead><tr>");
    head(o, "#", " class=\"n\"");
    head(o, &t_in!(l, "report-l-section"), "");
    for h in &labels {
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
        for (v, label) in values.iter().zip(&labels) {
            let _ = write!(o, "<td class=\"n\" data-label=\"{}\">{v}</td>", html(label));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody></table>\n</section>\n");
}

fn decisions(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(
        o,
        "<section id=\"decisions\">\n<h2>{}</h2>",
        t_in!(l, "report-h-decisions")
    );
    let mut bars: Vec<(String, usize)> = Status::ALL
        .iter()
        .map(|st| {
            (
                s::status_word(l, Some(*st)).to_string(),
                sum.decisions.get(*st),
            )
        })
        .collect();
    bars.push((s::status_word(l, None).to_string(), sum.open));
    o.push_str(&bar_chart(
        "decisions-chart",
        &t_in!(l, "report-h-decisions"),
        &bars,
    ));
    o.push_str("</section>\n");
}

fn campaigns(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(
        o,
        "<section id=\"campaigns\">\n<h2>{}</h2>\n<p>{}</p>",
        t_in!(l, "report-h-campaigns"),
        html(&s::campaign_rule(l))
    );
    if sum.campaigns.groups.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t_in!(l, "report-no-campaign"));
    }
    for (i, g) in sum.campaigns.groups.iter().enumerate() {
        let links: Vec<String> = g.ids.iter().map(|id| id_link(id)).collect();
        let _ = writeln!(
            o,
            "<h3>{}</h3>\n<blockquote>{}</blockquote>\n<ul><li>{}: {}</li><li>{}: {}</li><li>{}: {}</li><li>{}: {}</li></ul>",
            t_in!(
                l,
                "report-campaign-heading",
                number = i + 1,
                size = g.size,
                similarity = format!("{:.2}", g.min_similarity)
            ),
            html_lines(&g.text),
            t_in!(l, "report-campaign-sections"),
            html(&g.sections.join(", ")),
            t_in!(l, "report-campaign-organisations"),
            html(&g.organisations.join("; ")),
            t_in!(l, "report-campaign-countries"),
            html(&g.countries.join(", ")),
            t_in!(l, "report-l-comments"),
            links.join(", ")
        );
    }
    o.push_str("</section>\n");
}

/// The disposition table's columns: the ISO template's, then the decision, the resulting change
/// and the comment id; with each column's share of the width where the table is a table.
const DISPOSITION_WIDTHS: [u8; 11] = [4, 4, 6, 6, 4, 22, 15, 17, 8, 7, 7];

fn dispositions(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(
        o,
        "<section id=\"dispositions\">\n<h2>{}</h2>",
        t_in!(l, "report-h-dispositions")
    );
    let labels: Vec<String> = s::iso_columns(l)
        .into_iter()
        .chain([
            t_in!(l, "report-f-decision"),
            t_in!(l, "report-col-resulting-change"),
            t_in!(l, "report-col-comment-id"),
        ])
        .collect();
    let reply_to = t_in!(l, "report-reply-to");
    let words = ChangeWords::new(l);
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
            .map(|p| format!("<span class=\"reply\">{} {}.</span> ", reply_to, id_link(p)))
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
            (html(&resulting_change(r, &words)), " class=\"wide\""),
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

fn items(o: &mut String, list: &[OpenItem], l: Lang) {
    if list.is_empty() {
        let _ = writeln!(o, "<p>{}</p>", t_in!(l, "report-none"));
        return;
    }
    let reply = format!(" {}", t_in!(l, "report-reply-mark"));
    o.push_str("<ul>\n");
    for i in list {
        let _ = writeln!(
            o,
            "<li>{} · {} · {}{}: {}</li>",
            id_link(&i.id),
            html(&i.section),
            html(&i.organisation),
            if i.reply { reply.as_str() } else { "" },
            html(&i.excerpt)
        );
    }
    o.push_str("</ul>\n");
}

/// The language versions whose sections are behind the primary text.
fn translations_behind(o: &mut String, sum: &Summary) {
    if sum.translations_behind.is_empty() {
        return;
    }
    let l = sum.lang;
    let _ = writeln!(
        o,
        "<section id=\"translations\">\n<h2>{}</h2>\n<ul>",
        t_in!(l, "versions-summary-behind")
    );
    for t in &sum.translations_behind {
        let _ = writeln!(
            o,
            "<li>{} ({}): {}</li>",
            html(&crate::i18n::language_name(&t.lang, l)),
            html(&t.lang),
            html(&t.sections.join("; "))
        );
    }
    o.push_str("</ul>\n</section>\n");
}

fn remaining(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(
        o,
        "<section id=\"open\">\n<h2>{}</h2>",
        t_in!(l, "report-h-open")
    );
    let _ = writeln!(
        o,
        "<h3>{} ({})</h3>",
        t_in!(l, "report-h-awaiting"),
        sum.remaining.awaiting_decision.len()
    );
    items(o, &sum.remaining.awaiting_decision, l);
    let _ = writeln!(
        o,
        "<h3>{} ({})</h3>",
        t_in!(l, "report-h-not-applied"),
        sum.remaining.not_applied.len()
    );
    items(o, &sum.remaining.not_applied, l);
    o.push_str("</section>\n");
}
