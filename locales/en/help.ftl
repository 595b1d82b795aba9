# The command line's help (`consulta --help`, `consulta <command> --help`) and clap's own words.
# Keys: help-<command path>[-arg-<argument id>][-long|-after]; help-consulta is the top level.
# Examples in -after texts are command lines: keep their commands and options as they are.

help-consulta = Run a stakeholder consultation on a draft framework stored in git
help-consulta-after =
    Examples:
      consulta                              open the TUI on the consultation here (or the bundled sample)
      consulta demo /tmp/sample             build the sample consultation as a git repository
      consulta --repo /tmp/sample sections  list its sections
      consulta whoami --name "Ana Pérez" --email ana@uni.example --organisation "Universidad X" \
                      --category higher-education --country UY
      consulta comment add --section quality-assurance --quote "at least 25 hours" --type te \
                      --body "Too rigid for short modules." --propose "a stated workload"

    Exit status: 0 success, 1 a problem you can fix (the message says what and where), 2 usage.
help-consulta-arg-repo = The consultation's folder (default: the git repository containing the current folder)
help-consulta-arg-lang = The language of everything this command shows: messages, reports and, where the framework has several language versions, the text (en, es, fr, pt)

help-init = Start a new consultation in DIR (default: here)
help-init-after =
    Example:
      consulta init framework --title "Regional framework of minimum standards for microcredentials"

    You become its secretariat (your git user.email is listed in drafts/consultation.json).
help-init-arg-dir = The folder to start it in (default: here)
help-init-arg-title = The consultation's title
help-init-arg-languages = The framework's languages, the primary (authoritative) text's first: en,es,pt,fr

help-demo = Build the bundled sample consultation (two rounds, comments, decisions) in DIR, or a large synthetic one with --sections/--comments
help-demo-after =
    Examples:
      consulta demo /tmp/sample
      consulta demo /tmp/big --sections 200 --comments 100000 --seed 7
help-demo-arg-dir = The folder to build it in
help-demo-arg-sections = Number of sections of a synthetic consultation
help-demo-arg-comments = Number of comments of a synthetic consultation
help-demo-arg-seed = Seed of a synthetic consultation (same seed, same repository)

help-whoami = Show or set who you are: git's user.name and user.email, plus consulta.organisation, consulta.category and consulta.country
help-whoami-after =
    Examples:
      consulta whoami
      consulta whoami --organisation "Universidad X" --category higher-education --country UY

    Values are stored in this repository's git config (with --global, in your user config).
help-whoami-arg-name = Your name (git user.name)
help-whoami-arg-email = Your e-mail address (git user.email)
help-whoami-arg-organisation = Your organisation (consulta.organisation)
help-whoami-arg-category = A category id of the consultation, such as higher-education or employer
help-whoami-arg-country = ISO 3166-1 alpha-2 code, such as UY or BR
help-whoami-arg-signing-key = Sign every commit consulta makes with this SSH key file (private, or public with its private half in ssh-agent): sets user.signingkey, gpg.format=ssh and commit.gpgsign
help-whoami-arg-language = The language consulta speaks to you (en, es, fr, pt): stored as git config consulta.language
help-whoami-arg-global = Store in your user-wide git config instead of this repository's

help-sections = List the sections of a round (default: the latest round)
help-sections-after =
    Examples:
      consulta sections
      consulta sections --round round-1
      consulta sections --round draft      (the working draft)
help-sections-arg-round = A round name, or `draft` for the working draft
help-sections-arg-format = Output format

help-show = Print a section's text (by id, number or unique part of the title)
help-show-after =
    Examples:
      consulta show quality-assurance
      consulta show 6 --round round-1
help-show-arg-section = The section (id, number or unique part of the title)
help-show-arg-round = A round name, or `draft` for the working draft (default: the latest round)

help-diff = Show what changed between two rounds (default: the last round against the working draft, or the last two rounds when the draft is unchanged), section by section, with the comments whose applied proposals produced each change
help-diff-after =
    Examples:
      consulta diff
      consulta diff round-1 round-2
      consulta diff round-2 draft --section quality-assurance --side-by-side
      consulta diff round-1 round-2 --format markdown > changes.md
      consulta diff round-1 round-2 --format json

    Without colour, deletions show as [-old-] and insertions as {"{"}+new+{"}"}; colour is used when
    stdout is a terminal and NO_COLOR is unset.
help-diff-arg-from = The earlier version: a round name, or `draft` for the working draft
help-diff-arg-to = The later version (default: the working draft)
help-diff-arg-section = Only this section (id, number or unique part of the title)
help-diff-arg-format = Output format
help-diff-arg-side-by-side = Two columns, old | new, of the changed lines (width from $COLUMNS, else the terminal's, else 120)

help-comment = Add a comment

help-comment-add = Comment on a section or on a passage of it, optionally proposing new wording
help-comment-add-after =
    Examples:
      consulta comment add --section assessment --type ge --body "Welcome the emphasis on integrity."
      consulta comment add --section 6 --quote "simple and affordable" --type te \
          --body "Fees should be capped." --propose "simple, affordable and time-bound" --stance support
      consulta comment add --section 6 --type ge --reply-to 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --body "We agree."
help-comment-add-arg-section = The section (id, number or unique part of the title)
help-comment-add-arg-quote = The exact passage you comment on, as `consulta show` prints it (omit for the whole section)
help-comment-add-arg-occurrence = Which occurrence of the quote, when it occurs several times (1 = first)
help-comment-add-arg-kind = ge (general), te (technical) or ed (editorial)
help-comment-add-arg-body = Your comment
help-comment-add-arg-propose = Replacement wording for the quoted passage
help-comment-add-arg-stance = support, oppose or neutral
help-comment-add-arg-reply-to = Reply to another comment (its id)

help-comments = List comments, with their authors, anchors and decisions
help-comments-after =
    Examples:
      consulta comments
      consulta comments --mine --round round-2      (your comments, as they stand in round-2)
      consulta comments --section assessment --status open
      consulta comments --round round-1 --format json > comments.json
help-comments-arg-round = Only comments made on this round
help-comments-arg-section = Only comments on this section
help-comments-arg-status = Only comments with this decision: open, accepted, modified, rejected, noted
help-comments-arg-format = Output format
help-comments-arg-mine = Only your own comments (your git user.email), with their decisions
help-comments-arg-competing = List groups of proposals on overlapping passages (same round and section) instead

help-rounds = List the rounds
help-rounds-after =
    Example:
      consulta rounds
help-rounds-arg-format = Output format

help-round = Open a round, or take back one opened too early

help-round-open = Tag the current commit as the next round put to consultation
help-round-open-after =
    Example:
      consulta round open round-2 --message "Revised draft after the first consultation"
help-round-open-arg-name = The new round's name, such as round-2
help-round-open-arg-message = The round tag's message

help-round-undo = Take back the latest round, opened too early, while nobody has commented on it: its tag is deleted; the drafts and their commits stay
help-round-undo-after =
    Examples:
      consulta round undo
      consulta round undo round-3      (refused unless round-3 is the latest round)

    Then change the drafts, commit, and open it again with `consulta round open round-3`.
help-round-undo-arg-name = The latest round's name (a check that you take back the round you mean)

help-respond = The secretariat's decision on a comment
help-respond-after =
    Example:
      consulta respond 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --status modified --observations "Agreed in substance; reworded in 5.2."
help-respond-arg-id = The comment's id
help-respond-arg-status = accepted, modified (accepted with modifications), rejected (not accepted) or noted
help-respond-arg-observations = The secretariat's observations, published in the disposition table

help-apply = Apply accepted proposals to the working draft, committing each with attribution
help-apply-after =
    Examples:
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --text "the secretariat's wording"
help-apply-arg-ids = The ids of the comments whose proposals to apply
help-apply-arg-text = The wording to apply instead of the proposal (for decisions "accepted with modifications")

help-check = Validate every file: JSON, fields, ids, anchors, replies, dispositions
help-check-after =
    Example:
      consulta check && echo valid

help-verify = Prove every comment file is what its author submitted: byte for byte what the commit that added it contained, and that commit's author is the comment's author
help-verify-after =
    Example:
      consulta verify && echo "every comment is as submitted"

help-register = Add a participant's SSH key to the register (drafts/participants), or revoke their keys (secretariat); each change is a commit
help-register-after =
    Examples:
      consulta register ana@uni.example --key ana.pub --name "Ana Pérez" \
          --organisation "Universidad X" --category higher-education --country UY
      consulta register --revoke ana@uni.example

    The register is in git's allowed-signers format: `git -c gpg.ssh.allowedSignersFile=drafts/participants log --show-signature` checks signatures against it.
help-register-arg-email = The participant's e-mail address (their git user.email)
help-register-arg-revoke = Revoke every key of EMAIL instead of adding one
help-register-arg-key = Their public key: a .pub file, or the line `consulta whoami` printed for them
help-register-arg-name = The participant's name
help-register-arg-organisation = The participant's organisation
help-register-arg-category = A category id of the consultation, such as higher-education or employer
help-register-arg-country = ISO 3166-1 alpha-2 code, such as UY or BR

help-merge = Fetch stakeholders' branches and merge the valid contributions (each may only add well-formed comment files by its commits' authors); refuse the others whole
help-merge-after =
    Examples:
      consulta merge                 (every branch of the remote origin)
      consulta merge origin upstream
      consulta merge contrib/ana      (a local branch)
      consulta merge https://git.example.org/ana/consultation.git

    Fetched branches are kept under refs/consulta/incoming/<remote>/. Exit status 1 when a
    contribution is refused; the valid ones are merged all the same.
help-merge-arg-sources = Remote names, repository URLs or paths, or local branch names (default: origin)

help-join = Take part in a consultation: copy it from URL into DIR, say who you are, and get a branch of your own for your comments; then the TUI opens on the draft
help-join-after =
    Examples:
      consulta join https://git.example.org/institute/framework.git
      consulta join /mnt/shared/framework.git framework --name "Ana Pérez" --email ana@uni.example \
          --organisation "Universidad X" --category higher-education --country UY --no-tui

    Then comment (c in the TUI, or `consulta comment add`) and send (S in the TUI, or `consulta sync`;
    `consulta send -o FILE` when you cannot push).
help-join-arg-url = The consultation's address, as the secretariat gives it (https, ssh, or a folder)
help-join-arg-dir = Where to put it (default: the last part of the address)
help-join-arg-name = Your name (git user.name)
help-join-arg-email = Your e-mail address (git user.email)
help-join-arg-organisation = Your organisation (consulta.organisation)
help-join-arg-category = A category id of the consultation, such as higher-education or employer
help-join-arg-country = ISO 3166-1 alpha-2 code, such as UY or BR
help-join-arg-no-tui = Stop after preparing the folder (also when there is no terminal)

help-send = Write your comments to a file (a git bundle) to send by e-mail, for when you cannot push; the secretariat takes it in with `consulta merge FILE`
help-send-after =
    Example:
      consulta send -o my-comments.bundle

    The file holds only your commits that the consultation lacks; they are checked first with
    the rules the secretariat's merge applies.
help-send-arg-output = The file to write

help-sync = Fetch from the remote and push: the secretariat pushes its branch and the round tags, a stakeholder their own branch
help-sync-after =
    Examples:
      consulta sync
      consulta sync upstream

    Stakeholders work on their own branch (`git switch -c contrib/ana`). https and ssh remotes
    go through the `git` command, with your credential helper, ssh agent and ~/.ssh/config.
    `git config consulta.transport git` sends every remote through `git`.
help-sync-arg-remote = The remote's name

help-summary = The consultation summary: participation, comments per section, the disposition table, "you said, we did", campaigns and what remains open
help-summary-after =
    Examples:
      consulta summary > summary.md
      consulta summary --format html -o summary.html
      consulta summary --round round-1 --format json
      consulta summary --format csv -o dispositions.csv
      consulta summary --format xlsx -o dispositions.xlsx     (the disposition table as a workbook)
help-summary-arg-round = Only the comments made on this round, and the changes from it to the next round (or the working draft). Default: every comment up to the latest round
help-summary-arg-format = Output format
help-summary-arg-format-value-xlsx = The disposition table as an Excel workbook (needs -o FILE, or a pipe)
help-summary-arg-output = Write to FILE (atomically) instead of standard output

help-export = Export the comments: the ISO disposition table (CSV or an Excel workbook), W3C Web Annotations (JSON-LD) or JSON
help-export-after =
    Examples:
      consulta export --format iso-csv -o dispositions.csv
      consulta export --format xlsx -o comments.xlsx
      consulta export --format w3c --base https://git.example.org/framework/raw/ > annotations.jsonld
      consulta export --format json > comments.json
help-export-arg-format = Output format
help-export-arg-format-value-iso-csv = The disposition table in the ISO/IEC commenting template's columns (CSV)
help-export-arg-format-value-w3c = W3C Web Annotations: one AnnotationCollection (JSON-LD)
help-export-arg-format-value-json = Every comment with its disposition (JSON)
help-export-arg-format-value-xlsx = The disposition table as an Excel workbook, to send to stakeholders as the template and import again (needs -o FILE, or a pipe)
help-export-arg-output = Write to FILE (atomically) instead of standard output
help-export-arg-base = w3c: the absolute IRI that the collection's id and the section files hang from (<IRI><round>/drafts/<file>), such as https://git.example.org/framework/raw/. Default: `base` in drafts/consultation.json, else the origin remote's raw-file address on GitHub, GitLab, Gitea, Forgejo or Bitbucket, else urn:consulta:<first commit>:

help-import = Import a revised draft (Markdown) or comments (ISO template spreadsheet)

help-import-comments = Import comments from an ISO/IEC commenting template: a workbook (.xlsx, .xls, .ods) or CSV as spreadsheet programs save it
help-import-comments-after =
    Examples:
      consulta import comments replies-uy.xlsx
      consulta import comments replies-br.csv
      consulta import comments book.ods --sheet "Comentarios"
      consulta import comments old.csv --encoding iso-8859-1
      consulta import comments sheet.csv --author-name "Comité UY" --author-email comite@unit.example \
          --organisation "Comité UY" --category government --country UY
      consulta import comments sheet.csv --partial

    A workbook's first sheet with a Comments column is read (or --sheet); CSV may be separated
    by commas, semicolons or tabs and encoded as UTF-8, UTF-16 (with a byte-order mark) or
    Windows-1252, all detected (or --encoding); lines above the header row are skipped.

    Columns: MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment,
    Comments, Proposed change (headers matched case-insensitively, also in Spanish, Portuguese
    and French), plus consulta's own: Comment id,
    Round, Section, Quote, Author name, Author email, Organisation, Category, Stance, In reply to,
    Created (as `consulta export --format iso-csv|xlsx` writes them). Rows that cannot be placed
    are listed by sheet, row and column, and nothing is imported, unless --partial. Each author's comments are
    committed as one commit by that author, with an Imported-by trailer naming you.
help-import-comments-arg-file = The spreadsheet (.xlsx, .xls, .ods or .csv)
help-import-comments-arg-partial = Import the rows that are good even when others are not
help-import-comments-arg-author-name = Author name for rows without one
help-import-comments-arg-author-email = Author e-mail for rows without one
help-import-comments-arg-organisation = Organisation for rows without one
help-import-comments-arg-category = Stakeholder category for rows without one
help-import-comments-arg-country = Country code for rows without an MB/NC
help-import-comments-arg-sheet = The workbook's sheet to read (default: the first with a Comments column)
help-import-comments-arg-encoding = A CSV file's encoding, such as utf-8, windows-1252, iso-8859-1 or utf-16le (default: detected)

help-import-draft = Import a whole Markdown document as the draft, split into sections by its headings; sections keep their ids across imports
help-import-draft-after =
    Examples:
      consulta import draft framework-v1.md --round round-1
      consulta import draft framework-v2.md --round round-2      (ids and comments carry over)
      consulta import draft standard.md --level 2

    Sections are matched to the existing ones by title, then by text similarity (word-set
    Jaccard index >= 0.5), so a renamed or renumbered section keeps its id.
help-import-draft-arg-file = The Markdown document
help-import-draft-arg-round = Open this round on the imported draft (an annotated tag)
help-import-draft-arg-level = Heading level to split at (default: the highest level that occurs more than once)

help-template = Write a blank ISO commenting template (.xlsx) for a round, to send to stakeholders: its Clause/Subclause column offers the round's clauses as a drop-down list
help-template-after =
    Examples:
      consulta template -o comments-round-2.xlsx
      consulta template --round round-1 -o comments-round-1.xlsx

    Stakeholders fill it in with Excel or LibreOffice and send it back; the secretariat imports it
    with `consulta import comments FILE.xlsx`.
help-template-arg-output = The workbook to write (.xlsx)
help-template-arg-round = The round whose sections and clauses the template offers (default: the latest round; `draft` for the working draft)

help-completions = Print shell completions
help-completions-after =
    Example:
      consulta completions bash > ~/.local/share/bash-completion/completions/consulta
help-completions-arg-shell = The shell to write completions for

## clap's own words: headings of the help page, the help and version flags, the help command.
help-heading-usage = Usage:
help-heading-commands = Commands:
help-heading-arguments = Arguments:
help-heading-options = Options:
# In the usage line: [OPTIONS], <COMMAND>.
help-usage-options = OPTIONS
help-usage-command = COMMAND
# Value names in the help and the usage line (`--output <FILE>`); the prose above names them too.
help-value-author-email = AUTHOR_EMAIL
help-value-author-name = AUTHOR_NAME
help-value-body = BODY
help-value-category = CATEGORY
help-value-comments = COMMENTS
help-value-country = COUNTRY
help-value-dir = DIR
help-value-email = EMAIL
help-value-file = FILE
help-value-format = FORMAT
help-value-from = FROM
help-value-id = ID
help-value-ids = IDS
help-value-iri = IRI
help-value-key-file = KEY_FILE
help-value-lang = LANG
help-value-langs = LANGS
help-value-message = MESSAGE
help-value-n = N
help-value-name = NAME
help-value-observations = OBSERVATIONS
help-value-occurrence = OCCURRENCE
help-value-organisation = ORGANISATION
help-value-pubkey-file = PUBKEY_FILE
help-value-quote = QUOTE
help-value-remote = REMOTE
help-value-remote-or-branch = REMOTE-OR-BRANCH
help-value-round = ROUND
help-value-section = SECTION
help-value-sections = SECTIONS
help-value-seed = SEED
help-value-shell = SHELL
help-value-stance = STANCE
help-value-status = STATUS
help-value-text = TEXT
help-value-title = TITLE
help-value-to = TO
help-value-url = URL
help-flag-help = Print help
help-flag-help-more = Print help (see more with '--help')
help-flag-help-summary = Print help (see a summary with '-h')
help-flag-version = Print version
help-subcommand-help = Print this message or the help of the given subcommand(s)
help-subcommand-help-arg = Print help for the subcommand(s)
# After an option's help: its default value, the values it takes.
help-default = [default: { $value }]
help-possible-values = [possible values: { $list }]
help-possible-values-heading = Possible values:

## Parse errors of the command line ($arg: an option as typed, such as --bogus).
help-error = error:
help-error-more = For more information, try '{ $flag }'.
help-error-unknown-argument = unexpected argument '{ $arg }' found
help-error-unknown-subcommand = unrecognized subcommand '{ $name }'
help-error-missing-arguments =
    { $count ->
        [one] the following required argument was not provided:
       *[other] the following required arguments were not provided:
    }
help-error-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
help-error-value-missing = a value is required for '{ $arg }' but none was supplied
help-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-error-repeated = the argument '{ $arg }' cannot be used multiple times
help-error-conflict = the argument '{ $arg }' cannot be used with { $other }
help-error-possible-values = possible values: { $list }
help-error-subcommands = subcommands: { $list }
help-error-tip = tip:
help-error-similar-subcommand =
    { $count ->
        [one] a similar subcommand exists: { $names }
       *[other] some similar subcommands exist: { $names }
    }
help-error-similar-argument =
    { $count ->
        [one] a similar argument exists: { $names }
       *[other] some similar arguments exist: { $names }
    }
help-error-similar-value =
    { $count ->
        [one] a similar value exists: { $names }
       *[other] some similar values exist: { $names }
    }
help-error-tip-value = to pass '{ $arg }' as a value, use '{ $usage }'
help-error-tip-dash = subcommand '{ $name }' exists; to use it, remove the '--' before it
help-error-tip-exists = '{ $what }' exists
