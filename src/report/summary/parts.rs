//! The pieces of a summary: participation, per-section statistics, "you said, we did",
//! campaigns, what remains open, and the disposition table's sort key.

use super::*;

pub(super) fn org_key(org: &str) -> String {
    org.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What the register of participants says about the authors of comments.
pub(super) struct Trust {
    /// Whether there is a register at all.
    pub register: bool,
    /// Comment ids whose adding commit is signed by the author's registered key.
    pub verified: HashSet<String>,
    /// Registered e-mail (lower case) → the organisations the register gives them (keys).
    pub registered: HashMap<String, HashSet<String>>,
}

impl Trust {
    pub fn of(store: &Store) -> Result<Trust> {
        // "verification": "off": nobody is counted as verified, and organisations as stated.
        let off = store
            .manifest_only()
            .is_ok_and(|m| m.verification() == crate::model::Verification::Off);
        let entries = if off {
            Vec::new()
        } else {
            store.participants(&Version::WorkTree)?
        };
        let mut registered: HashMap<String, HashSet<String>> = HashMap::new();
        for p in &entries {
            registered
                .entry(p.email.trim().to_lowercase())
                .or_default()
                .insert(org_key(&p.details.organisation));
        }
        Ok(Trust {
            register: !entries.is_empty(),
            verified: store.verified_comment_ids()?,
            registered,
        })
    }
}

pub(super) fn participation<'a>(
    drafts: &Drafts,
    selected: &[&'a Comment],
    lang: Lang,
    trust: &Trust,
) -> Participation {
    let mut p = Participation {
        comments: selected.len(),
        replies: selected.iter().filter(|c| c.in_reply_to.is_some()).count(),
        proposals: selected
            .iter()
            .filter(|c| c.proposed_change.is_some())
            .count(),
        ..Participation::default()
    };
    // Names as written repeat from comment to comment: each is normalised once.
    let mut emails: FastMap<&'a str, String> = FastMap::default();
    let mut org_ids: FastMap<&'a str, usize> = FastMap::default();
    let mut org_keys: FastMap<String, usize> = FastMap::default();
    // Each country as written → its place in `country_list` (one per normalised code).
    let mut country_of: FastMap<&str, usize> = FastMap::default();
    let mut country_index: FastMap<String, usize> = FastMap::default();
    let mut country_list: Vec<(String, (usize, HashSet<usize>))> = Vec::new();
    let mut dates: FastMap<&str, Option<(i16, i8)>> = FastMap::default();
    // Organisation ids; 0 is "none given".
    let mut org_of = |raw: &'a str| -> usize {
        if let Some(&id) = org_ids.get(raw) {
            return id;
        }
        let key = org_key(raw);
        let next = org_keys.len() + 1;
        let id = if key.is_empty() {
            0
        } else {
            *org_keys.entry(key).or_insert(next)
        };
        org_ids.insert(raw, id);
        id
    };

    let mut cats: FastMap<&str, (usize, HashSet<usize>)> = FastMap::default();
    let mut weeks: HashMap<(i16, i8), usize> = HashMap::new();
    // Organisations vouched for (a verified comment, or the register's entry), and the
    // participants with a verified comment.
    let mut confirmed: HashSet<usize> = HashSet::new();
    let mut verified_people: HashSet<String> = HashSet::new();
    for c in selected {
        let email: &str = emails
            .entry(c.author.email.as_str())
            .or_insert_with(|| c.author.email.trim().to_lowercase());
        let org = org_of(&c.author.organisation);
        let verified = trust.verified.contains(&c.id);
        if verified {
            verified_people.insert(email.to_string());
        }
        if !trust.register
            || verified
            || trust
                .registered
                .get(email)
                .is_some_and(|orgs| orgs.contains(&org_key(&c.author.organisation)))
        {
            confirmed.insert(org);
        }
        let e = cats.entry(c.author.category.as_str()).or_default();
        e.0 += 1;
        e.1.insert(org);
        let at = *country_of
            .entry(c.author.country.as_str())
            .or_insert_with(|| {
                let code = c.author.country.trim().to_ascii_uppercase();
                let next = country_list.len();
                *country_index.entry(code.clone()).or_insert_with(|| {
                    country_list.push((code, (0, HashSet::new())));
                    next
                })
            });
        let e = &mut country_list[at].1;
        e.0 += 1;
        e.1.insert(org);
        let week = *dates.entry(c.created.as_str()).or_insert_with(|| {
            c.created.parse::<jiff::Timestamp>().ok().map(|t| {
                let w = t
                    .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                    .date()
                    .iso_week_date();
                (w.year(), w.week())
            })
        });
        if let Some(w) = week {
            *weeks.entry(w).or_default() += 1;
        }
    }
    p.participants = emails.values().collect::<HashSet<_>>().len();
    p.verified_participants = verified_people.len();
    p.unverified_participants = p.participants - p.verified_participants;
    p.register = trust.register;
    let named = org_keys.len();
    p.organisations = confirmed.iter().filter(|&&o| o != 0).count();
    p.unconfirmed_organisations = named - p.organisations;
    let orgs_in = |s: &HashSet<usize>| {
        s.iter()
            .filter(|&&o| o != 0 && confirmed.contains(&o))
            .count()
    };
    for cat in &drafts.manifest.categories {
        if let Some((n, o)) = cats.remove(cat.id.as_str()) {
            p.by_category.push(CategoryCount {
                id: cat.id.clone(),
                label: cat.label_in(lang).to_string(),
                comments: n,
                organisations: orgs_in(&o),
            });
        }
    }
    let mut rest: Vec<_> = cats.into_iter().collect();
    rest.sort_by(|a, b| a.0.cmp(b.0));
    for (id, (n, o)) in rest {
        p.by_category.push(CategoryCount {
            id: id.to_string(),
            label: if id.is_empty() {
                crate::t_in!(lang, "report-no-category")
            } else {
                id.to_string()
            },
            comments: n,
            organisations: orgs_in(&o),
        });
    }
    let mut cs = country_list;
    cs.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(&b.0)));
    p.by_country = cs
        .into_iter()
        .map(|(code, (n, o))| CountryCount {
            name: country_name(&code, lang),
            code,
            comments: n,
            organisations: orgs_in(&o),
        })
        .collect();
    p.by_week = fill_weeks(&weeks);
    p
}

/// Every ISO week from the first to the last with a comment, empty ones included.
pub(super) fn fill_weeks(weeks: &HashMap<(i16, i8), usize>) -> Vec<WeekCount> {
    let (Some(first), Some(last)) = (weeks.keys().min(), weeks.keys().max()) else {
        return Vec::new();
    };
    let monday = |(y, w): (i16, i8)| {
        jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday)
            .ok()
            .map(|d| d.date())
    };
    let (Some(mut d), Some(end)) = (monday(*first), monday(*last)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // At most ten years of weeks: a stray date must not make the list enormous.
    while d <= end && out.len() < 520 {
        let w = d.iso_week_date();
        out.push(WeekCount {
            week: format!("{}-W{:02}", w.year(), w.week()),
            starts: d.strftime("%Y-%m-%d").to_string(),
            comments: weeks.get(&(w.year(), w.week())).copied().unwrap_or(0),
        });
        let Ok(next) = d.checked_add(jiff::Span::new().days(7)) else {
            break;
        };
        d = next;
    }
    out
}

pub(super) fn section_stats(
    drafts: &Drafts,
    selected: &[&Comment],
    records: &Records,
) -> (Vec<SectionStats>, StatusCounts, usize) {
    let mut out: Vec<SectionStats> = drafts
        .sections
        .iter()
        .map(|s| SectionStats {
            id: s.id.clone(),
            number: Some(s.order),
            title: s.title.clone(),
            comments: 0,
            by_type: TypeCounts::default(),
            by_stance: StanceCounts::default(),
            proposals: 0,
            decisions: StatusCounts::default(),
            open: 0,
        })
        .collect();
    let mut pos: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), i))
        .collect();
    let mut gone: BTreeSet<&str> = BTreeSet::new();
    for c in selected {
        if !pos.contains_key(&c.section) {
            gone.insert(c.section.as_str());
        }
    }
    for id in gone {
        pos.insert(id.to_string(), out.len());
        out.push(SectionStats {
            id: id.to_string(),
            number: None,
            title: id.to_string(),
            comments: 0,
            by_type: TypeCounts::default(),
            by_stance: StanceCounts::default(),
            proposals: 0,
            decisions: StatusCounts::default(),
            open: 0,
        });
    }
    let mut totals = StatusCounts::default();
    let mut open = 0;
    for c in selected {
        let Some(&i) = pos.get(&c.section) else {
            continue;
        };
        let s = &mut out[i];
        s.comments += 1;
        match c.kind {
            CommentType::General => s.by_type.general += 1,
            CommentType::Technical => s.by_type.technical += 1,
            CommentType::Editorial => s.by_type.editorial += 1,
        }
        match c.stance {
            Some(Stance::Support) => s.by_stance.support += 1,
            Some(Stance::Oppose) => s.by_stance.oppose += 1,
            Some(Stance::Neutral) => s.by_stance.neutral += 1,
            None => s.by_stance.none += 1,
        }
        if c.proposed_change.is_some() {
            s.proposals += 1;
        }
        match records.disposition(&c.id) {
            Some(d) => {
                s.decisions.add(d.status);
                totals.add(d.status);
            }
            None => {
                s.open += 1;
                open += 1;
            }
        }
    }
    (out, totals, open)
}

pub(super) fn changes(
    store: &Store,
    records: &Records,
    steps: &[(Version, Version)],
) -> Result<Vec<Change>> {
    let mut out = Vec::new();
    for (from, to) in steps {
        let (old, _) = store.drafts(from)?;
        let (new, _) = store.drafts(to)?;
        let mut d = diff_drafts(&old, &new);
        if d.totals.sections_changed == 0 && *to == Version::WorkTree {
            continue;
        }
        if let Some(end) = trace::version_commit(store, to)? {
            let start = trace::version_commit(store, from)?;
            if start != Some(end) {
                let applied = trace::applied_between(store, start, end)?;
                trace::attribute(&mut d, &applied, records);
            }
        }
        let sections = d
            .changed()
            .map(|s| {
                let mut ids: Vec<String> = Vec::new();
                for h in &s.hunks {
                    for id in &h.comments {
                        if !ids.contains(id) {
                            ids.push(id.clone());
                        }
                    }
                }
                ChangedSection {
                    id: s.id.clone(),
                    number: s.new_order.or(s.old_order),
                    title: s.title.clone(),
                    status: s.status,
                    words_added: s.words_added,
                    words_removed: s.words_removed,
                    comments: ids,
                    passages: s
                        .hunks
                        .iter()
                        .map(|h| Passage {
                            segments: h.segments.clone(),
                            comments: h.comments.clone(),
                        })
                        .collect(),
                }
            })
            .collect();
        out.push(Change {
            from: d.from.clone(),
            to: d.to.clone(),
            sections_changed: d.totals.sections_changed,
            words_added: d.totals.words_added,
            words_removed: d.totals.words_removed,
            sections,
        });
    }
    Ok(out)
}

pub(super) fn campaigns(selected: &[&Comment]) -> Campaigns {
    let texts: Vec<&str> = selected.iter().map(|c| c.comment.as_str()).collect();
    let groups = campaign::group(&texts)
        .into_iter()
        .map(|g| {
            let members: Vec<&Comment> = g.members.iter().map(|&i| selected[i]).collect();
            // Distinct values in the order first met.
            let uniq = |f: &dyn Fn(&Comment) -> &str| {
                let mut seen: HashSet<&str> = HashSet::new();
                let mut v: Vec<String> = Vec::new();
                for c in &members {
                    let x = f(c);
                    if !x.is_empty() && seen.insert(x) {
                        v.push(x.to_string());
                    }
                }
                v
            };
            Campaign {
                size: members.len(),
                min_similarity: g.min_similarity,
                text: members[0].comment.clone(),
                ids: members.iter().map(|c| c.id.clone()).collect(),
                sections: uniq(&|c| c.section.as_str()),
                organisations: uniq(&|c| c.author.organisation.as_str()),
                countries: uniq(&|c| c.author.country.as_str()),
            }
        })
        .collect();
    Campaigns {
        measure: campaign::MEASURE,
        threshold: campaign::THRESHOLD,
        min_group: campaign::MIN_GROUP,
        min_shingles: campaign::MIN_SHINGLES,
        groups,
    }
}

/// The first `n` characters of `text` with its white space runs made single spaces, and an
/// ellipsis when cut.
pub fn excerpt(text: &str, n: usize) -> String {
    // Words joined by single spaces, up to `n` characters; only as much text as that is read.
    let mut out = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > 0 {
            if chars == n {
                out.push('…');
                return out;
            }
            out.push(' ');
            chars += 1;
        }
        for c in word.chars() {
            if chars == n {
                out.push('…');
                return out;
            }
            out.push(c);
            chars += 1;
        }
    }
    out
}

/// Where a comment's row goes in the table: its section's rank, its position in the section
/// (0 for the whole section), and its place in the list of comments, which is sorted by id.
pub(super) type RowKey = (u32, u32, u32);

pub(super) fn row_key(section_rank: &FastMap<String, u32>, c: &Comment, at: usize) -> RowKey {
    (
        section_rank
            .get(c.section.as_str())
            .copied()
            .unwrap_or(u32::MAX),
        c.anchor
            .as_ref()
            .map_or(0, |a| u32::try_from(a.start + 1).unwrap_or(u32::MAX)),
        u32::try_from(at).unwrap_or(u32::MAX),
    )
}

/// The comments still awaiting a decision, and the accepted proposals not yet applied, in the
/// disposition table's order (see the sort of its rows in [`Summary::build_with`]).
pub(super) fn remaining(
    comments: &[Comment],
    round: Option<&str>,
    section_rank: &FastMap<String, u32>,
    dispositions: &HashMap<String, crate::model::Disposition>,
    applied: &HashMap<String, git2::Oid>,
) -> Remaining {
    let mut sorted: Vec<(RowKey, &Comment)> = comments
        .iter()
        .enumerate()
        .filter(|(_, c)| round.is_none_or(|r| c.round == r))
        .map(|(at, c)| (row_key(section_rank, c, at), c))
        .collect();
    sorted.sort_unstable_by_key(|&(k, _)| k);
    let item = |c: &Comment| OpenItem {
        id: c.id.clone(),
        round: c.round.clone(),
        section: c.section.clone(),
        organisation: c.author.organisation.clone(),
        reply: c.in_reply_to.is_some(),
        excerpt: excerpt(&c.comment, 100),
    };
    let mut out = Remaining::default();
    for &(_, c) in &sorted {
        match dispositions.get(&c.id).map(|d| d.status) {
            None => out.awaiting_decision.push(item(c)),
            Some(Status::Accepted | Status::Modified)
                if c.proposed_change.is_some()
                    && c.anchor.is_some()
                    && !applied.contains_key(&c.id) =>
            {
                out.not_applied.push(item(c))
            }
            Some(_) => {}
        }
    }
    out
}
