//! The summary as Markdown (GitHub-flavoured tables). Stakeholder text is escaped so that it
//! shows as written and cannot break out of its table cell.

use std::fmt::Write;

use super::escape::{md, md_cell};
use super::html::who_and_where;
use super::strings as s;
use super::summary::{excerpt, OpenItem, Summary, WeekCount};
use super::table::{resulting_change, ChangeWords};
use crate::diff::{Kind, Segment};
use crate::i18n::Lang;
use crate::model::Status;
use crate::t_in;

/// Render the whole summary, in its language ([`Summary::lang`]).
pub fn render(sum: &Summary) -> String {
    let l = sum.lang;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "# {}: {}\n",
        t_in!(l, "report-summary-of"),
        md(&sum.title)
    );
    let _ = writeln!(o, "{}  ", scope_line(sum));
    let _ = writeln!(o, "{} {}.\n", t_in!(l, "report-generated"), sum.generated);
    participation(&mut o, sum);
    sections(&mut o, sum);
    decisions(&mut o, sum);
    you_said(&mut o, sum);
    campaigns(&mut o, sum);
    dispositions(&mut o, sum);
    remaining(&mut o, sum);
    translations_behind(&mut o, sum);
    if sum.skipped_files > 0 {
        let _ = writeln!(
            o,
            "\n*{}*",
            t_in!(l, "report-skipped-md", count = sum.skipped_files)
        );
    }
    o
}

/// The language versions whose sections are behind the primary text.
fn translations_behind(o: &mut String, sum: &Summary) {
    if sum.translations_behind.is_empty() {
        return;
    }
    let l = sum.lang;
    let _ = writeln!(o, "\n## {}\n", t_in!(l, "versions-summary-behind"));
    for t in &sum.translations_behind {
        let _ = writeln!(
            o,
            "- {} ({}): {}",
            md(&crate::i18n::language_name(&t.lang, l)),
            md(&t.lang),
            md(&t.sections.join("; "))
        );
    }
}

pub(crate) fn scope_line(sum: &Summary) -> String {
    let l = sum.lang;
    match &sum.scope.round {
        Some(r) => t_in!(l, "report-scope-round", round = r.as_str()),
        None if sum.scope.rounds.is_empty() => t_in!(l, "report-scope-all"),
        None => t_in!(
            l,
            "report-scope-all-rounds",
            rounds = sum.scope.rounds.join(", ")
        ),
    }
}

fn participation(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let p = &sum.participation;
    let _ = writeln!(o, "## {}\n", t_in!(l, "report-h-participation"));
    let _ = writeln!(
        o,
        "- {}: {} ({} {}; {} {})",
        t_in!(l, "report-l-comments"),
        p.comments,
        p.replies,
        t_in!(l, "report-l-replies"),
        p.proposals,
        t_in!(l, "report-l-proposals")
    );
    let (people, orgs) = super::summary::trust_notes(p, l);
    let _ = writeln!(
        o,
        "- {}: {}{people}",
        t_in!(l, "report-l-participants"),
        p.participants
    );
    let _ = writeln!(
        o,
        "- {}: {}{orgs}\n",
        t_in!(l, "report-l-organisations"),
        p.organisations
    );
    let _ = writeln!(
        o,
        "### {}\n\n| {} | {} | {} |\n|---|--:|--:|",
        t_in!(l, "report-h-by-category"),
        t_in!(l, "report-l-category"),
        t_in!(l, "report-l-comments"),
        t_in!(l, "report-l-organisations")
    );
    for c in &p.by_category {
        let _ = writeln!(
            o,
            "| {} | {} | {} |",
            md_cell(&c.label),
            c.comments,
            c.organisations
        );
    }
    let _ = writeln!(
        o,
        "\n### {}\n\n| {} | {} | {} | {} |\n|---|---|--:|--:|",
        t_in!(l, "report-h-by-country"),
        t_in!(l, "report-l-country"),
        t_in!(l, "report-l-code"),
        t_in!(l, "report-l-comments"),
        t_in!(l, "report-l-organisations")
    );
    for c in &p.by_country {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} |",
            md_cell(&c.name),
            md_cell(&c.code),
            c.comments,
            c.organisations
        );
    }
    let _ = writeln!(o, "\n### {}\n", t_in!(l, "report-h-by-week"));
    week_chart(o, &p.by_week, l);
    o.push('\n');
}

fn sections(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(o, "## {}\n", t_in!(l, "report-h-sections"));
    let _ = writeln!(
        o,
        "| # | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        t_in!(l, "report-l-section"),
        t_in!(l, "report-l-comments"),
        s::L_GENERAL,
        s::L_TECHNICAL,
        s::L_EDITORIAL,
        t_in!(l, "report-l-support"),
        t_in!(l, "report-l-oppose"),
        t_in!(l, "report-l-neutral"),
        t_in!(l, "report-l-no-stance"),
        t_in!(l, "report-l-proposals-short"),
        s::status_word(l, Some(Status::Accepted)),
        s::status_word(l, Some(Status::Modified)),
        s::status_word(l, Some(Status::Rejected)),
        s::status_word(l, Some(Status::Noted)),
        t_in!(l, "report-l-open")
    );
    let _ = writeln!(
        o,
        "|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    );
    for x in &sum.sections {
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            x.number.map(|n| n.to_string()).unwrap_or_default(),
            md_cell(&x.title),
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
            x.open
        );
    }
    o.push('\n');
}

fn decisions(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(
        o,
        "## {}\n\n| {} | {} |\n|---|--:|",
        t_in!(l, "report-h-decisions"),
        t_in!(l, "report-l-status"),
        t_in!(l, "report-l-comments")
    );
    for st in Status::ALL {
        let _ = writeln!(
            o,
            "| {} | {} |",
            s::status_word(l, Some(st)),
            sum.decisions.get(st)
        );
    }
    let _ = writeln!(o, "| {} | {} |\n", t_in!(l, "report-open"), sum.open);
}

/// Comments per week as a text chart: one line per week with comments, a bar of `█` and the
/// number; a run of weeks without comments is one "no comments" line, a gap, not rows of zeros.
fn week_chart(o: &mut String, weeks: &[WeekCount], l: Lang) {
    if weeks.is_empty() {
        let _ = writeln!(o, "{}\n", t_in!(l, "report-none"));
        return;
    }
    const BAR: usize = 40;
    let max = weeks.iter().map(|w| w.comments).max().unwrap_or(0).max(1);
    let _ = writeln!(
        o,
        "```text\n{:<8}  {:<10}  {}",
        t_in!(l, "report-l-week"),
        t_in!(l, "report-l-starting"),
        t_in!(l, "report-l-comments")
    );
    let mut i = 0;
    while i < weeks.len() {
        let w = &weeks[i];
        if w.comments == 0 {
            let mut j = i;
            while j + 1 < weeks.len() && weeks[j + 1].comments == 0 {
                j += 1;
            }
            let span = s::weeks_span(l, &w.week, &weeks[j].week);
            let _ = writeln!(
                o,
                "{:<8}  {:<10}  ┆ {} {span}",
                "",
                "",
                t_in!(l, "report-no-comments-in")
            );
            i = j + 1;
            continue;
        }
        let len = (w.comments * BAR / max).max(1);
        let _ = writeln!(
            o,
            "{:<8}  {:<10}  {} {}",
            w.week,
            w.starts,
            "█".repeat(len),
            w.comments
        );
        i += 1;
    }
    let _ = writeln!(o, "```\n");
}

/// Text over several lines, kept as lines inside a list item indented by `indent`.
fn md_lines(text: &str, indent: &str) -> String {
    text.trim()
        .lines()
        .map(|l| md(l.trim_end()))
        .collect::<Vec<_>>()
        .join(&format!("  \n{indent}"))
}

/// One side of a word diff as a Markdown block quote: equal text as is, the `marked` segments
/// wrapped in `mark` (`~~` or `**`), white space kept outside the marks so that they hold.
fn md_side(segments: &[Segment], marked: Kind, mark: &str) -> String {
    let mut text = String::new();
    for g in segments
        .iter()
        .filter(|g| g.kind == Kind::Equal || g.kind == marked)
    {
        for (k, piece) in g.text.split('\n').enumerate() {
            if k > 0 {
                text.push('\n');
            }
            let t = piece.trim();
            if g.kind == Kind::Equal || t.is_empty() {
                text.push_str(&md(piece));
                continue;
            }
            let lead = &piece[..piece.len() - piece.trim_start().len()];
            let trail = &piece[piece.trim_end().len()..];
            let _ = write!(text, "{lead}{mark}{}{mark}{trail}", md(t));
        }
    }
    text.trim_end()
        .lines()
        .map(|l| {
            let l = l.trim_end();
            if l.is_empty() {
                ">".to_string()
            } else {
                format!("> {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn comment_item(o: &mut String, sum: &Summary, id: &str) {
    let l = sum.lang;
    let Some(r) = sum.row(id) else {
        let _ = writeln!(o, "- `{id}`");
        return;
    };
    let _ = writeln!(o, "- **{}** · `{}`", md(&who_and_where(r, l)), r.id);
    let about = match &r.quote {
        Some(q) => format!("“{}”{}", md(q), crate::report::quote_language(r)),
        None => t_in!(l, "report-whole-section").to_string(),
    };
    let clause = if r.clause.is_empty() {
        String::new()
    } else {
        format!(" ({})", md(&r.clause))
    };
    let _ = writeln!(o, "  - {}: {about}{clause}", t_in!(l, "report-f-about"));
    let _ = writeln!(
        o,
        "  - {}: {}",
        t_in!(l, "report-f-said"),
        md_lines(&r.comment, "    ")
    );
    if let Some(p) = r
        .proposed_change
        .as_deref()
        .filter(|p| !p.trim().is_empty())
    {
        let _ = writeln!(
            o,
            "  - {}: {}",
            t_in!(l, "report-f-proposed"),
            md_lines(p, "    ")
        );
    }
    let _ = writeln!(
        o,
        "  - {}: {}",
        t_in!(l, "report-f-decision"),
        r.status_label
    );
    if !r.observations.trim().is_empty() {
        let _ = writeln!(
            o,
            "  - {}: {}",
            t_in!(l, "report-f-observations"),
            md_lines(&r.observations, "    ")
        );
    }
    if let Some(w) = r
        .resulting_change
        .as_ref()
        .and_then(|c| c.applied_wording.as_deref())
    {
        let _ = writeln!(
            o,
            "  - {}: {}: “{}”",
            t_in!(l, "report-f-applied"),
            t_in!(l, "report-applied-as-modified"),
            md(w)
        );
    }
}

fn you_said(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(o, "## {}\n", t_in!(l, "report-h-you-said"));
    if sum.changes.is_empty() {
        let _ = writeln!(o, "{}\n", t_in!(l, "report-no-change-yet"));
    } else {
        let _ = writeln!(o, "{}\n", t_in!(l, "report-diff-legend-md"));
    }
    let working_draft = t_in!(l, "report-working-draft");
    for ch in &sum.changes {
        let to = if ch.to == "draft" {
            &working_draft
        } else {
            &ch.to
        };
        let _ = writeln!(
            o,
            "### {} → {}\n\n{}\n",
            ch.from,
            to,
            t_in!(
                l,
                "report-step-totals",
                sections = ch.sections_changed,
                added = ch.words_added,
                removed = ch.words_removed
            )
        );
        for x in &ch.sections {
            let title = match x.number {
                Some(n) => format!("{n} {}", md(&x.title)),
                None => md(&x.title),
            };
            let _ = writeln!(
                o,
                "#### {title} ({}, +{} −{} {})\n",
                s::section_status(l, x.status),
                x.words_added,
                x.words_removed,
                t_in!(l, "report-words-short")
            );
            if x.passages.is_empty() {
                let _ = writeln!(o, "{}\n", t_in!(l, "report-moved-only"));
            }
            for p in &x.passages {
                let _ = writeln!(
                    o,
                    "{} ({}):\n\n{}\n\n{} ({}):\n\n{}\n",
                    t_in!(l, "report-as-it-was"),
                    ch.from,
                    md_side(&p.segments, Kind::Delete, "~~"),
                    t_in!(l, "report-as-it-is-now"),
                    to,
                    md_side(&p.segments, Kind::Insert, "**")
                );
            }
            let _ = writeln!(o, "{}:\n", t_in!(l, "report-because-of"));
            if x.comments.is_empty() {
                let _ = writeln!(o, "{}\n", t_in!(l, "report-no-comment-behind"));
                continue;
            }
            for id in &x.comments {
                comment_item(o, sum, id);
            }
            o.push('\n');
        }
    }
}

fn campaigns(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(
        o,
        "## {}\n\n{}\n",
        t_in!(l, "report-h-campaigns"),
        s::campaign_rule(l)
    );
    if sum.campaigns.groups.is_empty() {
        let _ = writeln!(o, "{}\n", t_in!(l, "report-no-campaign"));
    }
    for (i, g) in sum.campaigns.groups.iter().enumerate() {
        let _ = writeln!(
            o,
            "### {}\n",
            t_in!(
                l,
                "report-campaign-heading",
                number = i + 1,
                size = g.size,
                similarity = format!("{:.2}", g.min_similarity)
            )
        );
        for line in g.text.lines() {
            let _ = writeln!(o, "> {}", md(line));
        }
        let _ = writeln!(
            o,
            "\n- {}: {}\n- {}: {}\n- {}: {}\n- {}: {}\n",
            t_in!(l, "report-campaign-sections"),
            g.sections
                .iter()
                .map(|x| md(x))
                .collect::<Vec<_>>()
                .join(", "),
            t_in!(l, "report-campaign-organisations"),
            g.organisations
                .iter()
                .map(|x| md(x))
                .collect::<Vec<_>>()
                .join("; "),
            t_in!(l, "report-campaign-countries"),
            g.countries
                .iter()
                .map(|x| md(x))
                .collect::<Vec<_>>()
                .join(", "),
            t_in!(l, "report-l-comments"),
            g.ids.join(", ")
        );
    }
}

fn dispositions(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(o, "## {}\n", t_in!(l, "report-h-dispositions"));
    let mut head: Vec<String> = s::iso_columns(l).to_vec();
    head.extend([
        t_in!(l, "report-col-decision"),
        t_in!(l, "report-col-resulting-change"),
        t_in!(l, "report-col-comment-short"),
    ]);
    let reply_to = t_in!(l, "report-reply-to");
    let words = ChangeWords::new(l);
    let mut current: Option<&str> = None;
    for r in &sum.dispositions {
        if current != Some(r.section.as_str()) {
            current = Some(r.section.as_str());
            let title = sum
                .sections
                .iter()
                .find(|x| x.id == r.section)
                .map(|x| {
                    format!(
                        "{} {}",
                        x.number.map(|n| n.to_string()).unwrap_or_default(),
                        md(&x.title)
                    )
                })
                .unwrap_or_else(|| md(&r.section));
            let _ = writeln!(o, "\n### {}\n", title.trim());
            let _ = writeln!(o, "| {} |", head.join(" | "));
            let _ = writeln!(o, "|{}", "---|".repeat(head.len()));
        }
        let reply = r
            .in_reply_to
            .as_deref()
            .map(|p| format!("*{reply_to} {p}.* "))
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "| {} | {} | {} | {} | {} | {}{}<br>— {} | {} | {} | {} | {} | {} |",
            md_cell(&r.country),
            r.line.map(|l| l.to_string()).unwrap_or_default(),
            md_cell(&r.clause),
            r.paragraph.map(|p| format!("¶ {p}")).unwrap_or_default(),
            r.kind.abbrev(),
            reply,
            md_cell(&r.comment),
            md_cell(&if r.author.organisation.is_empty() {
                r.author.name.clone()
            } else {
                format!("{}, {}", r.author.name, r.author.organisation)
            }),
            md_cell(r.proposed_change.as_deref().unwrap_or("")),
            md_cell(&r.observations),
            r.status_label,
            resulting_change(r, &words),
            r.id
        );
    }
    o.push('\n');
}

fn items(o: &mut String, list: &[OpenItem], l: Lang) {
    if list.is_empty() {
        let _ = writeln!(o, "{}\n", t_in!(l, "report-none"));
        return;
    }
    let reply = format!(" {}", t_in!(l, "report-reply-mark"));
    for i in list {
        let _ = writeln!(
            o,
            "- {} · {} · {}{}: {}",
            i.id,
            md(&i.section),
            md(&i.organisation),
            if i.reply { reply.as_str() } else { "" },
            md(&excerpt(&i.excerpt, 100))
        );
    }
    o.push('\n');
}

fn remaining(o: &mut String, sum: &Summary) {
    let l = sum.lang;
    let _ = writeln!(o, "## {}\n", t_in!(l, "report-h-open"));
    let _ = writeln!(
        o,
        "### {} ({})\n",
        t_in!(l, "report-h-awaiting"),
        sum.remaining.awaiting_decision.len()
    );
    items(o, &sum.remaining.awaiting_decision, l);
    let _ = writeln!(
        o,
        "### {} ({})\n",
        t_in!(l, "report-h-not-applied"),
        sum.remaining.not_applied.len()
    );
    items(o, &sum.remaining.not_applied, l);
}
