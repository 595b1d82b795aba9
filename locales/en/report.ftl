# The published reports: the summary (Markdown, HTML, JSON labels, CSV and xlsx headings),
# in the report's own language (`consulta summary --lang`, else the consultation's first
# language). Numbers and dates (ISO 8601) are written as they are in every language.

## Words that recur

report-unknown-country = unknown
# A comment whose author gave no stakeholder category.
report-no-category = (none)
report-open = open
report-working-draft = working draft
report-none = None.
report-generated = Generated
report-reply-mark = (reply)
# A range of ISO weeks: "2026-W17 to 2026-W23".
report-weeks-span = { $from } to { $to }

## The ISO template's status words

report-status-accepted = accepted
report-status-modified = accepted with modifications
report-status-rejected = not accepted
report-status-noted = noted

## Title and scope

report-summary-of = Consultation summary
report-scope-all = All comments up to the latest round.
report-scope-all-rounds = All comments up to the latest round ({ $rounds }).
report-scope-round = Comments made on { $round }.
report-skipped-md = { $count ->
    [one] { $count } record file
   *[other] { $count } record files
} could not be read and are left out (`consulta check` lists them).
report-skipped-html = { $count ->
    [one] { $count } record file
   *[other] { $count } record files
} could not be read and are left out.

## Headings

report-h-contents = Contents
report-h-participation = Participation
report-h-by-category = By stakeholder category
report-h-by-country = By country
report-h-by-week = Over time (comments per ISO week)
report-h-sections = Comments per section
report-h-decisions = Decisions by status
report-h-dispositions = Disposition table
report-h-you-said = You said, we did
report-h-campaigns = Campaigns (near-identical comments)
report-h-open = What remains open
report-h-awaiting = Awaiting a decision
report-h-not-applied = Accepted but not yet applied to the draft

## Labels of facts, tables and charts

report-l-comments = Comments
report-l-replies = of which replies
report-l-proposals = with proposed wording
report-l-participants = Participants (distinct e-mail addresses)
report-l-organisations = Organisations (distinct names)
# A table column of distinct organisations (the facts above it say how they are counted).
report-l-orgs-short = Organisations
report-l-category = Category
report-l-country = Country
report-l-code = Code
report-l-week = Week
report-l-starting = Starting
report-l-section = Section
report-l-support = Support
report-l-oppose = Oppose
report-l-neutral = Neutral
report-l-no-stance = No stance
report-l-proposals-short = Proposals
report-l-open = Open
report-l-status = Status
report-l-comments-by-country = Comments by country
report-l-comments-per-week = Comments per ISO week
report-no-comments = no comments
report-no-comments-in = no comments in
# A week's column in the chart: "2026-W13 (from 2026-03-23): 4".
report-week-from = { $week } (from { $date }): { $count }

## "You said, we did"

report-no-change-yet = The draft has not changed since this round yet.
report-diff-legend-html = Removed words are struck through in the old text; added words are underlined in the new.
report-diff-legend-md = Removed words are ~~struck through~~ in the old text; added words are **in bold** in the new.
# After "round-1 → round-2".
report-step-totals = { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
} changed, { $added } words added, { $removed } words removed.
report-words-short = words
report-section-added = added
report-section-removed = removed
report-section-renamed = renamed
report-section-reordered = reordered
report-section-changed = changed
report-section-unchanged = unchanged
report-as-it-was = As it was
report-as-it-is-now = As it is now
report-because-of = Because of
report-no-comment-behind = No comment is recorded behind this change (an edit by the secretariat).
report-moved-only = The section moved or was renamed; its text did not change.
report-f-about = About
report-whole-section = the whole section
report-f-said = Comment
report-f-proposed = Proposed
report-f-decision = Decision
report-f-observations = Observations of the secretariat
report-f-applied = Applied
# Before the wording the secretariat applied instead of the proposal as written.
report-applied-as-modified = the secretariat applied its own wording
report-reply-to = Reply to

## Campaigns

report-campaign-measure = Jaccard similarity of word 3-shingles of the normalised text
report-campaign-rule = Near-identical comments are grouped when the { $measure } is at least { $threshold } and at least { $group } comments are linked; texts shorter than { $shingles } shingles are not grouped.
report-no-campaign = No campaign found.
report-campaign-heading = Campaign { $number }: { $size } comments (lowest similarity { $similarity })
report-campaign-sections = Sections
report-campaign-organisations = Organisations
report-campaign-countries = Countries

## The disposition table's columns: the ISO/IEC commenting template's, then consulta's own.
## `consulta import comments` reads them back in every language: keep each one recognisable
## (see src/report/headers.rs).

report-col-mbnc = MB/NC
report-col-line = Line number
report-col-clause = Clause/Subclause
report-col-paragraph = Paragraph/Figure/Table
report-col-type = Type of comment
report-col-comments = Comments
report-col-proposed = Proposed change
report-col-observations = Observations of the secretariat
report-col-decision = Decision
report-col-resulting-change = Resulting change
report-col-comment-id = Comment id
report-col-round = Round
report-col-section = Section
report-col-quote = Quote
report-col-author-name = Author name
report-col-author-email = Author email
report-col-organisation = Organisation
report-col-category = Category
report-col-stance = Stance
report-col-in-reply-to = In reply to
report-col-created = Created
# The short column of the Markdown table that holds the comment id.
report-col-comment-short = Comment

## The blank commenting template (`consulta template`)

report-template-title = Template for comments and secretariat observations
report-template-document = Document: { $title }
report-template-round = Round: { $round }
report-template-not-in-list = Not in the list
# { $what } is one of the report-template-choose-… phrases.
report-template-choose = Choose { $what } from the drop-down list.
report-template-choose-clause = a clause of this round (see the Clauses sheet)
report-template-choose-category = a stakeholder category
# The codes stay as they are: the cell takes only these.
report-template-choose-type = ge, te or ed
report-template-choose-stance = support, oppose or neutral
report-template-section-id = Section id
