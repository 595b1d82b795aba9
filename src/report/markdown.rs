//! The summary as Markdown (GitHub-flavoured tables). Stakeholder text is escaped so that it
//! shows as written and cannot break out of its table cell.

use std::fmt::Write;

use super::escape::{md, md_cell};
use super::html::who_and_where;
use super::strings as s;
use super::summary::{excerpt, OpenItem, Summary, WeekCount};
use super::table::resulting_change;
use crate::diff::{Kind, Segment};
use crate::model::Status;

/// Render the whole summary.
pub fn render(sum: &Summary) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# {}: {}\n", s::SUMMARY_OF, md(&sum.title));
    let _ = writeln!(o, "{}  ", scope_line(sum));
    let _ = writeln!(o, "Generated {}.\n", sum.generated);
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
            "\n*{} could not be read and are left out (`consulta check` lists them).*",
            s::plural(sum.skipped_files, "record file", "record files")
        );
    }
    o
}

pub(crate) fn scope_line(sum: &Summary) -> String {
    match &sum.scope.round {
        Some(r) => format!("{} {}.", s::SCOPE_ROUND, r),
        None if sum.scope.rounds.is_empty() => format!("{}.", s::SCOPE_ALL),
        None => format!("{} ({}).", s::SCOPE_ALL, sum.scope.rounds.join(", ")),
    }
}

fn participation(o: &mut String, sum: &Summary) {
    let p = &sum.participation;
    let _ = writeln!(o, "## {}\n", s::H_PARTICIPATION);
    let _ = writeln!(
        o,
        "- {}: {} ({} {}; {} {})",
        s::L_COMMENTS,
        p.comments,
        p.replies,
        s::L_REPLIES,
        p.proposals,
        s::L_PROPOSALS
    );
    let _ = writeln!(o, "- {}: {}", s::L_PARTICIPANTS, p.participants);
    let _ = writeln!(o, "- {}: {}\n", s::L_ORGANISATIONS, p.organisations);
    let _ = writeln!(
        o,
        "### {}\n\n| {} | {} | {} |\n|---|--:|--:|",
        s::H_BY_CATEGORY,
        s::L_CATEGORY,
        s::L_COMMENTS,
        s::L_ORGANISATIONS
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
        s::H_BY_COUNTRY,
        s::L_COUNTRY,
        s::L_CODE,
        s::L_COMMENTS,
        s::L_ORGANISATIONS
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
    let _ = writeln!(o, "\n### {}\n", s::H_BY_WEEK);
    week_chart(o, &p.by_week);
    o.push('\n');
}

fn sections(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "## {}\n", s::H_SECTIONS);
    let _ = writeln!(
        o,
        "| # | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        s::L_SECTION,
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
        s::L_OPEN
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
    let _ = writeln!(
        o,
        "## {}\n\n| {} | {} |\n|---|--:|",
        s::H_DECISIONS,
        s::L_STATUS,
        s::L_COMMENTS
    );
    for st in Status::ALL {
        let _ = writeln!(o, "| {} | {} |", st.label(), sum.decisions.get(st));
    }
    let _ = writeln!(o, "| {} | {} |\n", s::OPEN, sum.open);
}

/// Comments per week as a text chart: one line per week with comments, a bar of `█` and the
/// number; a run of weeks without comments is one "no comments" line, a gap, not rows of zeros.
fn week_chart(o: &mut String, weeks: &[WeekCount]) {
    if weeks.is_empty() {
        let _ = writeln!(o, "None.\n");
        return;
    }
    const BAR: usize = 40;
    let max = weeks.iter().map(|w| w.comments).max().unwrap_or(0).max(1);
    let _ = writeln!(
        o,
        "```text\n{:<8}  {:<10}  {}",
        s::L_WEEK,
        s::L_STARTING,
        s::L_COMMENTS
    );
    let mut i = 0;
    while i < weeks.len() {
        let w = &weeks[i];
        if w.comments == 0 {
            let mut j = i;
            while j + 1 < weeks.len() && weeks[j + 1].comments == 0 {
                j += 1;
            }
            let span = if i == j {
                w.week.clone()
            } else {
                format!("{} to {}", w.week, weeks[j].week)
            };
            let _ = writeln!(o, "{:<8}  {:<10}  ┆ {} {span}", "", "", s::NO_COMMENTS_IN);
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
    let Some(r) = sum.row(id) else {
        let _ = writeln!(o, "- `{id}`");
        return;
    };
    let _ = writeln!(o, "- **{}** · `{}`", md(&who_and_where(r)), r.id);
    let about = match &r.quote {
        Some(q) => format!("“{}”{}", md(q), crate::report::quote_language(r)),
        None => s::WHOLE_SECTION.to_string(),
    };
    let clause = if r.clause.is_empty() {
        String::new()
    } else {
        format!(" ({})", md(&r.clause))
    };
    let _ = writeln!(o, "  - {}: {about}{clause}", s::F_ABOUT);
    let _ = writeln!(o, "  - {}: {}", s::F_SAID, md_lines(&r.comment, "    "));
    if let Some(p) = r
        .proposed_change
        .as_deref()
        .filter(|p| !p.trim().is_empty())
    {
        let _ = writeln!(o, "  - {}: {}", s::F_PROPOSED, md_lines(p, "    "));
    }
    let _ = writeln!(o, "  - {}: {}", s::F_DECISION, r.status_label);
    if !r.observations.trim().is_empty() {
        let _ = writeln!(
            o,
            "  - {}: {}",
            s::F_OBSERVATIONS,
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
            s::F_APPLIED,
            s::APPLIED_AS_MODIFIED,
            md(w)
        );
    }
}

fn you_said(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "## {}\n", s::H_YOU_SAID);
    if sum.changes.is_empty() {
        let _ = writeln!(o, "{}\n", s::NO_CHANGE_YET);
    } else {
        let _ = writeln!(o, "{}\n", s::DIFF_LEGEND_MD);
    }
    for ch in &sum.changes {
        let to = if ch.to == "draft" {
            s::WORKING_DRAFT
        } else {
            &ch.to
        };
        let _ = writeln!(
            o,
            "### {} → {}\n\n{} changed, {} words added, {} words removed.\n",
            ch.from,
            to,
            s::plural(ch.sections_changed, "section", "sections"),
            ch.words_added,
            ch.words_removed
        );
        for x in &ch.sections {
            let title = match x.number {
                Some(n) => format!("{n} {}", md(&x.title)),
                None => md(&x.title),
            };
            let _ = writeln!(
                o,
                "#### {title} ({}, +{} −{} {})\n",
                x.status.as_str(),
                x.words_added,
                x.words_removed,
                s::L_WORDS_SHORT
            );
            if x.passages.is_empty() {
                let _ = writeln!(o, "{}\n", s::MOVED_ONLY);
            }
            for p in &x.passages {
                let _ = writeln!(
                    o,
                    "{} ({}):\n\n{}\n\n{} ({}):\n\n{}\n",
                    s::AS_IT_WAS,
                    ch.from,
                    md_side(&p.segments, Kind::Delete, "~~"),
                    s::AS_IT_IS_NOW,
                    to,
                    md_side(&p.segments, Kind::Insert, "**")
                );
            }
            let _ = writeln!(o, "{}:\n", s::BECAUSE_OF);
            if x.comments.is_empty() {
                let _ = writeln!(o, "{}\n", s::NO_COMMENT_BEHIND);
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
    let _ = writeln!(o, "## {}\n\n{}\n", s::H_CAMPAIGNS, s::campaign_rule());
    if sum.campaigns.groups.is_empty() {
        let _ = writeln!(o, "No campaign found.\n");
    }
    for (i, g) in sum.campaigns.groups.iter().enumerate() {
        let _ = writeln!(
            o,
            "### Campaign {}: {} comments (lowest similarity {:.2})\n",
            i + 1,
            g.size,
            g.min_similarity
        );
        for line in g.text.lines() {
            let _ = writeln!(o, "> {}", md(line));
        }
        let _ = writeln!(
            o,
            "\n- Sections: {}\n- Organisations: {}\n- Countries: {}\n- Comments: {}\n",
            g.sections
                .iter()
                .map(|x| md(x))
                .collect::<Vec<_>>()
                .join(", "),
            g.organisations
                .iter()
                .map(|x| md(x))
                .collect::<Vec<_>>()
                .join("; "),
            g.countries
                .iter()
                .map(|x| md(x))
                .collect::<Vec<_>>()
                .join(", "),
            g.ids.join(", ")
        );
    }
}

fn dispositions(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "## {}\n", s::H_DISPOSITIONS);
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
            let mut head: Vec<&str> = s::ISO_COLUMNS.to_vec();
            head.extend(["Decision", "Resulting change", s::L_ID]);
            let _ = writeln!(o, "| {} |", head.join(" | "));
            let _ = writeln!(o, "|{}", "---|".repeat(head.len()));
        }
        let reply = r
            .in_reply_to
            .as_deref()
            .map(|p| format!("*Reply to {p}.* "))
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
            resulting_change(r),
            r.id
        );
    }
    o.push('\n');
}

fn items(o: &mut String, list: &[OpenItem]) {
    if list.is_empty() {
        let _ = writeln!(o, "None.\n");
        return;
    }
    for i in list {
        let _ = writeln!(
            o,
            "- {} · {} · {}{}: {}",
            i.id,
            md(&i.section),
            md(&i.organisation),
            if i.reply { " (reply)" } else { "" },
            md(&excerpt(&i.excerpt, 100))
        );
    }
    o.push('\n');
}

fn remaining(o: &mut String, sum: &Summary) {
    let _ = writeln!(o, "## {}\n", s::H_OPEN);
    let _ = writeln!(
        o,
        "### {} ({})\n",
        s::H_AWAITING,
        sum.remaining.awaiting_decision.len()
    );
    items(o, &sum.remaining.awaiting_decision);
    let _ = writeln!(
        o,
        "### {} ({})\n",
        s::H_NOT_APPLIED,
        sum.remaining.not_applied.len()
    );
    items(o, &sum.remaining.not_applied);
}
