# The command line's own messages (src/cli): confirmations, refusals, warnings, table headings.
# Commands, option names, paths and ids are arguments or stay as they are.

## Shared: warnings, table headings and cells

cli-warn-skipped = warning: skipped { $problem }
cli-warn-skipped-count = warning: { $count ->
    [one] { $count } file
   *[other] { $count } files
  } skipped; `consulta check` lists every problem
cli-col-title = title
cli-col-words = words
cli-col-comments = comments
cli-col-change = change
cli-col-round = round
cli-col-section = section
cli-col-clause = clause
cli-col-type = type
cli-col-author = author
cli-col-country = country
cli-col-status = status
cli-col-comment = comment
cli-col-in-round = in { $round }
cli-col-lang = lang
cli-col-opened = opened
cli-col-by = by
cli-col-message = message
# A section's change since the previous round (`consulta sections`).
cli-change = { $change ->
    [new] new
   *[changed] changed
  }
# A comment's status in a table; $status is open, accepted, modified, rejected or noted.
cli-status = { $status ->
    [accepted] accepted
    [modified] modified
    [rejected] rejected
    [noted] noted
   *[open] open
  }
cli-status-applied = { $status ->
    [accepted] accepted
    [modified] modified
    [rejected] rejected
   *[noted] noted
  } (applied)
cli-clause-reply = reply
# Where a comment's passage stands in a later round (`consulta comments --round R`).
cli-carry = { $status ->
    [unchanged] unchanged
    [moved] moved
    [changed] changed
    [resolved] resolved
   *[orphaned] orphaned
  }

## init, demo

cli-init-no-title = the title is empty: give the consultation's title with --title
cli-init-no-identity = git does not know who you are; set it first: `git config --global user.name "Your Name"` and `git config --global user.email you@example.org`
cli-init-started = Started the consultation { $title } in { $dir }
cli-init-secretariat = You ({ $email }) are its secretariat.
cli-init-next = Next: write the sections as drafts/NN-slug.md, commit them, then `consulta round open round-1`.
cli-demo-no-sections = --sections must be at least 1
cli-demo-built = Built the { $kind ->
    [synthetic] synthetic
   *[sample] sample
  } consultation in { $dir } ({ $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
  }) in { $seconds }s.
cli-demo-open = Open it with: consulta --repo { $dir }

## whoami

cli-whoami-empty = { $option } cannot be empty
cli-whoami-key-no-repo = not inside a git repository: use --global to sign in every repository
cli-whoami-not-category = { $category } is not a category of this consultation; choose one of: { $categories }
cli-whoami-no-repo = not inside a git repository: use --global to store your identity in your user config
cli-whoami-not-set = (not set)
cli-whoami-missing = To comment you also need: consulta whoami { $options }
cli-key-unreadable = cannot read the signing key { $path }: { $error }
cli-key-not-ssh = { $path } is not an SSH key file (for OpenPGP, set git's own user.signingkey, gpg.format=openpgp and commit.gpgsign=true: consulta follows them)
cli-key-not-utf8 = the key's path { $path } is not UTF-8

## show, comment add, comments

cli-show-no-section = there is no section { $section } in { $version }; the sections are: { $sections }
cli-comment-bad-type = --type { $value } is not a comment type: use ge (general), te (technical) or ed (editorial)
cli-comment-bad-stance = --stance { $value } is not a stance: use support, oppose or neutral
cli-comment-saved = Saved comment { $id } on { $section } ({ $round }) and committed it as { $name } <{ $email }>.
cli-comment-file = File: { $path }
cli-comments-bad-status = --status { $value } is not a status: use open, accepted, modified, rejected or noted
cli-comments-mine-who = --mine needs to know who you are: set it with `consulta whoami --email you@example.org`
cli-comments-no-section = there is no section { $section }; the sections are: { $sections }

## rounds, round open, round undo

cli-rounds-none = No round yet. The secretariat opens the first with `consulta round open round-1`.
cli-round-not-secretariat = only the secretariat ({ $secretariat }) may open a round; you are { $you }
cli-round-opened = Opened round { $name } ({ $number }) at commit { $commit }.
cli-round-share = Share it with `git push --tags` (or `consulta sync`).
cli-round-undone = Took back round { $name }: its tag is deleted; commit { $commit } and the drafts are as they were.
cli-round-undone-next = Change the drafts, commit, then `consulta round open { $name }` again. If you had already synced it, remove it from the shared repository too: `git push origin :refs/tags/{ $name }`.

## respond, apply, check

cli-respond-bad-status = --status { $value } is not a decision: use accepted, modified, rejected or noted
cli-respond-recorded = Recorded: comment { $id } { $status ->
    [accepted] accepted
    [modified] accepted with modifications
    [rejected] not accepted
   *[noted] noted
  }.
cli-apply-applied = Applied comment { $id } to { $section } in commit { $commit }.
cli-check-counts = { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
  }, { $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
  }, { $dispositions ->
    [one] { $dispositions } disposition
   *[other] { $dispositions } dispositions
  }, { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
  }: { $problems ->
    [0] no problems
    [one] { $problems } problem
   *[other] { $problems } problems
  }
cli-check-shallow = note: this repository is a shallow clone (git clone --depth), so round tags and older history may be missing; fetch them with `git fetch --unshallow --tags` and check again

## verify, register

cli-verify-ok = { $comments ->
    [one] { $comments } comment file
   *[other] { $comments } comment files
  } checked against { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } in { $seconds }s: every one is what its author submitted.
cli-verify-problems = { $comments ->
    [one] { $comments } comment file
   *[other] { $comments } comment files
  } checked against { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } in { $seconds }s: { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
  }.
cli-verify-failed = { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
  }: the comment files listed above are not what was submitted, or cannot be checked
cli-register-revoked = revoked { $count ->
    [one] { $count } key
   *[other] { $count } keys
  } of { $email }: signatures made from now on no longer count
cli-register-no-key = --key PUBKEY_FILE is needed to register a participant
cli-register-unreadable = cannot read { $path }: { $error }
cli-register-done = registered { $email } with key { $fingerprint } in { $file }

## merge, sync

cli-merge-merged = merged  { $name }: { $count ->
    [one] { $count } comment
   *[other] { $count } comments
  } from { $authors } in commit { $commit }
cli-merge-refused = refused { $name }: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
  } (nothing of it was merged)
cli-merge-totals = { $merged ->
    [one] { $merged } contribution
   *[other] { $merged } contributions
  } merged, { $refused } refused, { $added ->
    [one] { $added } comment
   *[other] { $added } comments
  } added{ $up_to_date ->
    [0] {""}
    [one] ; { $up_to_date } branch already merged
   *[other] ; { $up_to_date } branches already merged
  }.
cli-merge-refused-all = { $count ->
    [one] { $count } contribution was
   *[other] { $count } contributions were
  } refused: each problem is listed above with its commit and file
cli-sync-warning = warning: { $problem }
cli-sync-moved = Your comments are now on your own branch { $branch }, which the secretariat takes in; the next `consulta sync` works from there.
cli-sync-fast-forward = Brought { $branch } up to date with { $remote }/{ $branch }.
cli-sync-caught-up = Brought the consultation's latest state ({ $remote }/main) into { $branch }.
cli-sync-sent = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
  } sent to the secretariat.
cli-sync-nothing = Synced with { $remote } ({ $url }): fetched; you have no comments waiting to be sent.
cli-sync-pushed = Synced with { $remote } ({ $url }): fetched, and pushed { $names }.
cli-sync-merge-next = The secretariat takes in your branch with `consulta merge`; your comments are in it.

## comments --competing

cli-competing-none = No competing proposals: no two proposals change overlapping passages.
cli-competing-group = { $section } · { $round } · { $count ->
    [one] { $count } proposal
   *[other] { $count } proposals
  } on overlapping passages
cli-col-at = at
cli-col-passage = passage
cli-col-proposed = proposed
cli-competing-groups = { $count ->
    [one] { $count } group of competing proposals
   *[other] { $count } groups of competing proposals
  }

## join, send

cli-join-joined = Joined «{ $title }» in { $dir }.
cli-join-branch = Your comments go on your own branch { $branch }; `consulta sync` (S in the TUI) sends them to the secretariat.
cli-join-who = Before you comment, say who you are: `consulta whoami { $options }` in { $dir } (or the TUI asks you).
cli-send-moved = Your comments are now on your own branch { $branch }.
cli-send-wrote = Wrote { $path } with { $count ->
    [one] { $count } comment
   *[other] { $count } comments
  } from { $branch }. Send it to the secretariat (by e-mail, say); it takes it in with `consulta merge { $file }`.

## summary, export, import comments, template

cli-report-wrote = Wrote { $path }.
cli-report-workbook-terminal = a workbook is not text for the terminal: write it to a file with -o FILE.xlsx
cli-report-skipped = warning: { $count ->
    [one] { $count } record file could not be read and is left out
   *[other] { $count } record files could not be read and are left out
  }; `consulta check` lists them
cli-import-unreadable = cannot read { $path }
cli-import-refused = { $count ->
    [one] { $count } row of { $file } cannot be imported, so nothing was imported; fix it or import the good rows with --partial
   *[other] { $count } rows of { $file } cannot be imported, so nothing was imported; fix them or import the good rows with --partial
  }
cli-import-done = Imported { $comments ->
    [one] { $comments } comment
   *[other] { $comments } comments
  } in { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } (one per author).
cli-import-skipped = Skipped { $count ->
    [one] { $count } row
   *[other] { $count } rows
  } (listed above).
cli-template-no-round = there is no round { $round } (the rounds are: { $rounds })
cli-template-working-draft = working draft
cli-template-wrote = Wrote { $path }: the commenting template for { $version } ({ $count ->
    [one] { $count } section
   *[other] { $count } sections
  }).

## import draft

cli-import-draft-not-secretariat = only the secretariat ({ $secretariat }) may import the draft; you are { $you }
cli-import-draft-not-utf8 = { $file }:{ $line }:{ $column }: not valid UTF-8 text; save the document as UTF-8
cli-import-draft-done = Imported { $name } at heading level { $level }: { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
  } ({ $added } added, { $changed } changed, { $removed } removed, { $renamed } renumbered).
# One line per section, after cli-import-draft-done; the words are padded to line up the ids.
cli-import-draft-added = added    { $id }
cli-import-draft-removed = removed  { $id }
cli-import-draft-renamed = renamed  { $old } -> { $new }
cli-import-draft-unchanged = The draft already was this document; nothing to commit.
cli-import-draft-committed = Committed { $commit }.
cli-import-draft-round = Opened round { $name } ({ $number }).

## diff

cli-diff-no-round = no round has been opened yet, so there is nothing to compare: the secretariat opens one with `consulta round open round-1`
cli-diff-no-section = there is no section { $section } in { $from } or { $to }; `consulta sections --round { $round }` lists them

## crash reports (the report file itself stays in English)

cli-crash-report = consulta stopped unexpectedly. A crash report was written to { $path }; please attach it when you report the problem. What was committed before is safe: `consulta check` tells whether the repository is intact.
cli-crash-no-report = consulta stopped unexpectedly, and no crash report could be written ({ $why }); here it is:
