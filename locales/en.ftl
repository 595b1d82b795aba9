# consulta's interface in English: the reference every other language follows.
# Fluent syntax: https://projectfluent.org/fluent/guide/ ; plurals follow CLDR's rules.

## Shared

# The language's name in itself (language pickers, `consulta whoami`).
lang-self = English
count-comments = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
cli-lang-unknown = consulta does not speak "{ $lang }"; choose one of: { $known }

# The library's messages: errors and refusals (err-), progress, warnings and check problems (lib-).
# File paths, ids, commands and option names are arguments, never translated.

## Manifest: category labels

lib-label-expected = a label, or a map from language code to label
err-label-language-code = "{ $code }" is not a language code (such as en, es, pt-BR)
err-label-language-twice = the language "{ $code }" has two labels
err-label-empty = the label in "{ $code }" is empty
err-label-no-language = the map of labels by language is empty

## Errors

err-no-consultation = no consultation found at { $path } (there is no drafts/consultation.json). To take part in one, copy it with `{ $join }` (the secretariat gives the address); to start one, `{ $init }`
err-unborn-clone = this clone has nothing checked out: its remote did not say which branch to use, and the consultation is on { $branch }. Run `{ $switch }` here, then consulta again

## Comments, responses, proposals applied

err-no-section-in-round = there is no section { $section } in { $round }; the sections are: { $sections }
err-comment-empty = the comment is empty: say what you think in { $option }
err-comment-too-long = the comment or proposal is longer than { $max } bytes; shorten it or attach a summary
err-comment-no-type = say what kind of comment this is: { $option } ge (general), te (technical) or ed (editorial)
err-not-a-comment-id = { $id } is not a comment id
err-no-comment-to-reply = there is no comment { $id } to reply to
err-reply-section-not-in-round = comment { $id } is on section { $section }, which is not in { $round }; reply without { $option }
err-occurrence-without-quote = { $occurrence } picks one occurrence of { $quote }; give the passage with { $quote }
err-range-outside-section = the selected passage is not inside the section
err-quote-not-found = the quote { $quote } does not occur in section { $section } ({ $title }) of { $round }; copy the passage exactly as `{ $command }` prints it
err-quote-ambiguous = the quote occurs { $count } times in section { $section }; add { $option } (1 to { $count }) to say which one, or quote a longer passage
err-occurrence-out-of-range = { $option } is out of range: the quote occurs { $count ->
    [one] { $count } time
   *[other] { $count } times
  } in section { $section }
err-proposal-without-quote = a proposed change replaces a passage: give the passage with { $option }
err-respond-not-secretariat = only the secretariat ({ $secretariat }) may respond to comments; you are { $you }
err-no-comment = there is no comment { $id }
err-apply-not-secretariat = only the secretariat ({ $secretariat }) may apply proposals; you are { $you }
err-apply-no-passage = comment { $id } is about the whole section, not a passage: there is nothing to replace
err-apply-no-wording = comment { $id } proposes no wording; give the new wording with { $option }
err-apply-modified-needs-text = comment { $id } was accepted with modifications: give the wording to apply with { $option }
err-apply-not-accepted = comment { $id } was { $status }; only accepted proposals are applied
err-apply-no-decision = comment { $id } has no decision yet; respond first (`{ $command }`)
err-apply-already = comment { $id } was already applied in commit { $commit }
err-apply-section-gone = section { $section } no longer exists in the working draft; the passage is orphaned
err-apply-passage-gone = the passage { $quote } of comment { $id } is no longer in section { $section }: it is orphaned, or another applied proposal changed it
err-apply-passage-ambiguous = the passage of comment { $id } now occurs { $count } times in section { $section } and nothing tells them apart; apply it by hand

## merge

err-merge-not-secretariat = only the secretariat ({ $secretariat }) may merge contributions; you are { $you }
err-merge-no-commit = the consultation has no commit yet: nothing to merge into
err-merge-detached = HEAD is not on a branch (detached): switch to the consultation's branch first (`{ $command }`)
err-merge-remote-ahead = { $remote } is ahead of your { $branch } (commits made in another clone): bring them here first with `{ $command }`, then merge again; nothing was merged
lib-merge-checking = checking { $branch }
err-merge-own-branch = { $branch } is the branch you are on: name the stakeholders' branches (or their remote) to merge into it
err-merge-unknown-source = { $source } is neither a remote (`{ $command }` lists them), a local branch, nor a repository URL or path
err-merge-bad-ref-folder = { $name } cannot name a folder of references
lib-merge-fetching = fetching the branches of { $url }
lib-nothing-merged = nothing was merged
lib-merge-no-shared-history = shares no history with this consultation: a contribution is a branch made from a clone of it
lib-merge-root-commit = is a first commit of another history
lib-merge-merge-commit = is a merge commit that does more than bring in the consultation's branch: a contribution is plain commits that add comment files; rebase it onto the consultation's branch (`{ $command }`) and push again
lib-merge-symlink = is a symbolic link: a comment is a plain file
lib-merge-not-plain-file = is not a plain file (a submodule?)
lib-merge-exists = already exists in the consultation: a contribution only adds new comments
lib-merge-too-big = is { $size } bytes, over the limit of { $max } bytes
lib-merge-not-comment = is not a comment file
lib-merge-not-own-comment = the comment claims to be by { $claimed }, but the commit's author is { $author }: a stakeholder commits only their own comments
lib-merge-reply-no-parent = replies to { $id }, which does not exist
lib-merge-reply-other-section = replies to { $id }, which is on section { $section }: a reply lives in its parent's section
lib-merge-reply-earlier-round = replies to { $id }, which is a comment on { $round }, from { $from }: a reply is made on the round in force, never on one before its parent's
lib-merge-id-twice = id { $id } is used by another comment too

## sync

err-auth-failed = authentication failed: the remote refused the credentials (store them with git's credential helper)
lib-receiving-objects = receiving objects: { $percent }% ({ $done }/{ $total }), { $kib } KiB
lib-writing-objects = writing objects: { $percent }% ({ $done }/{ $total }), { $kib } KiB
err-remote-unreachable = cannot reach the remote { $remote }: { $why }. Everything is kept here ({ $kept }); run the command again when the remote can be reached
err-no-remote-add-one = there is no remote { $remote }: add the consultation's shared repository with `{ $command }`
err-no-remote = there is no remote { $remote }; the remotes are: { $remotes }
err-sync-no-commit = the repository has no commit yet: nothing to sync
err-sync-detached = HEAD is not on a branch (detached): switch to your branch first (`{ $command }`)
lib-sync-fetching = fetching from { $remote } ({ $url })
lib-nothing-fetched-or-pushed = nothing was fetched or pushed
lib-sync-remote-ahead = { $remote_branch } is ahead of your { $branch }
lib-sync-moved-to-own-branch = your comments are now on your own branch { $branch }
err-sync-diverged = fetched from { $remote }, but not pushing: { $remote_branch } has commits that your { $branch } lacks, and the reverse. { $next }
err-sync-diverged-secretariat = Take in the remote's work with `{ $merge }` (stakeholders' comments), or `{ $pull }` for the secretariat's own commits, then sync again
err-sync-diverged-stakeholder = Your branch on the shared repository has comments this copy lacks (sent from another computer?). Nothing was lost: send the comments made here by e-mail with `{ $command }`, or ask the secretariat for help
lib-sync-round-not-pushed = round { $round } was opened by { $by }, not by the secretariat: it was not pushed
lib-sync-pushing = pushing { $refs } to { $remote }
lib-commits-safe-not-pushed = your commits are safe but not pushed
err-push-rejected-secretariat = fetch what changed and sync again
err-push-rejected-stakeholder = run `{ $sync }` again; if the shared repository still refuses, send them by e-mail with `{ $send }`
err-push-rejected = the shared repository ({ $remote }) did not accept your comments: { $why }. They are kept here; { $next }
err-sync-would-overwrite = { $why }, but bringing its files here would overwrite your uncommitted changes ({ $error }); commit or set them aside and sync again
err-sync-no-free-branch = every branch name from { $first } to { $last } is taken: make your own with `{ $command }`, then sync again
err-sync-not-sending = not sending { $branch }: the secretariat's `{ $merge }` would refuse it whole, because
err-sync-not-sending-next = Nothing was pushed. A contribution only adds your own comment files; to propose new wording for the draft, comment with a proposal (`p` in the TUI, or `{ $propose }`). To take those commits out of your branch and keep your comments, run `{ $rebase }` and delete the lines of the commits named above (or ask the secretariat for help), then `{ $sync }` again
lib-sync-new-work = { $branch } has the secretariat's new work
err-sync-conflict = your branch { $branch } and { $main } change the same files, so the secretariat's work cannot be brought in: only comment files belong on your branch. Nothing was pushed; ask the secretariat for help

## Writing and committing

err-full-disk-advice = free some space and run the command again
err-read-only-advice = consulta cannot write to this repository here: copy or clone it somewhere writable
err-disk-full = no space left on the disk that holds { $path }
err-read-only = { $path } is on a read-only file system
err-writer-busy = another consulta process has been writing to this repository for over { $seconds } s (it holds { $path }); wait for it to finish or stop it
lib-stale-lock-removed = warning: removed { $path }, left { $seconds } s ago by a process that was stopped while writing
err-commit-locked = could not commit: the branch stayed locked or kept moving ({ $why }); if no other consulta or git is running, remove { $path }
err-commit-not-written = could not write the commit to { $path } ({ $why })
err-branch-moved-while-merging = the branch moved while merging (another git process?): nothing more was merged ({ $why })
lib-index-locked = warning: { $path } stayed locked; the commit is made, but `{ $command }` may show the new files as staged until the next consulta write
lib-index-not-updated = warning: the commit is made, but git's index could not be updated ({ $why }); until the next consulta write, `{ $command }` may show the committed files as deleted and untracked
lib-nothing-written = nothing was written or committed
lib-not-put-back = nothing was committed, but { $paths } could not be put back as it was and holds the new text

## Reading the drafts and records

lib-slug-not-portable = the slug { $slug } cannot be a folder name on Windows (a device name such as CON or NUL, or a dot or space at the end); rename the file
lib-section-file-name = section files are named { $pattern } (a number, a dash, a slug of letters, digits and dashes)
lib-section-not-utf8 = not valid UTF-8 text (is it a binary file?)
lib-section-nul-bytes = contains NUL bytes (is it a binary file?)
lib-section-id-twice = section id { $id } is also used by { $file }; ids must be unique
lib-section-id-case = section id { $id } differs from { $other } ({ $file }) only in case: on Windows and macOS their comment folders would be one; rename one of them
lib-folder-unreadable = cannot read the folder: { $error }
lib-file-name-not-utf8 = the file name is not valid UTF-8; skipped
lib-symlink-replace = is a symbolic link; consulta does not follow links (replace it with the file itself)
lib-symlink = is a symbolic link; consulta does not follow links
lib-file-too-big-skipped = is { $size } bytes, over the limit of { $max } bytes; skipped
err-reading-drafts-failed = reading the drafts failed
lib-not-a-record = not a comment or disposition file ({ $folder } holds { $comment } and { $disposition })

## Records (comments and decisions)

lib-schema-zero = schema 0 is not a consulta schema (expected { $expected })
lib-schema-newer = schema { $schema } was written by a newer consulta; this one reads schema { $reads }: upgrade consulta to read it
lib-record-not-utf8 = not valid UTF-8 text: save the file as UTF-8 (it may have been written in another encoding, or be a binary file)
lib-field-empty = `{ $field }` is empty
lib-id-not-ulid = id { $id } is not a ULID (26 characters of Crockford base32)
lib-bad-section-id = section { $section } is not a valid section id
lib-bad-round-name = round { $round } is not a valid round name
lib-bad-created = created { $created } is not an RFC 3339 time
lib-anchor-end-before-start = anchor end { $end } is before start { $start }
lib-anchor-quote-empty = anchor quote is empty (leave `anchor` null to comment on the whole section)
lib-bad-in-reply-to = in_reply_to { $id } is not a comment id
lib-comment-misplaced = the file should be at { $path } (its round, section and id say so)
lib-disposition-bad-comment = comment { $id } is not a comment id
lib-disposition-misnamed = the file should be named { $name }

## JSON files

lib-json-truncated = the file ends too early ({ $error }); was it truncated?
lib-json-invalid = invalid JSON: { $error }
lib-json-too-deep = arrays or objects are nested more than { $depth } levels deep here; a consulta record is only a few levels deep, so this file is damaged or was not written by consulta

## Manifest

lib-manifest-schema-newer = schema { $schema } was written by a newer consulta; this one reads schema { $reads }: upgrade consulta
lib-manifest-no-title = the title is empty

## Addresses (IRIs) of the W3C export

lib-iri-bad-user = { $user } is not a valid user part
lib-iri-unclosed-ip = an IP literal without its closing ']'
lib-iri-bad-ip = { $ip } is not an IP address
lib-iri-bad-host = { $host } is not a valid host
lib-iri-bad-port = { $port } is not a port
lib-iri-no-scheme = it has no scheme (such as https: or urn:)
lib-iri-bad-scheme = { $scheme } is not a scheme (it has no scheme such as https: or urn:)
lib-iri-bad-path = the path { $path } holds characters a URI cannot
lib-iri-bad-query = the query { $part } holds characters a URI cannot
lib-iri-bad-fragment = the fragment { $part } holds characters a URI cannot
lib-iri-not-absolute = { $iri } is not an absolute IRI such as { $example }: { $why }

## check

lib-check-no-sections = there are no section files ({ $pattern })
lib-check-id-twice = id { $id } is used by another comment file too
lib-check-reply-to-itself = replies to itself
lib-check-answers-nothing = answers comment { $id }, which does not exist
lib-check-disposition-misplaced = should be at { $path }, beside its comment
lib-check-no-round = round { $round } does not exist (no round tag of that name)
lib-check-no-section = section { $section } does not exist in round { $round }
lib-check-quote-occurs-at = ; it occurs at { $range }
lib-check-quote-nowhere = ; it does not occur in the section at all
lib-check-quote-moved = the quote is not at { $range } of section { $section } in round { $round }{ $hint }
lib-check-context-mismatch = the anchor's prefix or suffix does not match the text around the quote

## Rounds

err-no-round-none-open = there is no round { $round }: no round has been opened yet (the secretariat opens one with `{ $command }`)
err-no-round = there is no round { $round }; the rounds are: { $rounds }
err-no-round-open = no round is open yet, so there is nothing to comment on: the secretariat opens one with `{ $command }`
err-round-name = { $name } is not a usable round name: use letters, digits, '-', '_' or '.', such as { $example }
err-round-tag-exists = a tag named { $name } already exists; choose another round name
err-round-drafts-uncommitted = the drafts have uncommitted changes ({ $files }); commit them first (`{ $command }`) so that the round is exactly what stakeholders read
err-no-commit-yet = the repository has no commit yet
err-manifest-not-committed = { $file } is not committed yet
err-round-head-already = HEAD is already round { $round }; change the drafts and commit before opening a new round
err-undo-round-not-secretariat = only the secretariat ({ $secretariat }) may take back a round; you are { $you }
err-undo-round-not-latest = { $round } is not the latest round ({ $latest } is): only the latest round can be taken back
err-undo-round-has-comments = { $round } already has comments ({ $folder }): a round that stakeholders have commented on stays; open the next one instead

## Register of participants

err-no-ssh-keygen = cannot run { $program } to read the key ({ $error }); install OpenSSH
err-not-ssh-key = this is not an SSH public key that { $program } can read
err-register-not-secretariat = only the secretariat ({ $secretariat }) may keep the register of participants; you are { $you }
err-register-bad-email = { $email } is not an e-mail address that a register line can hold (one word with an @, without , * ? ! " #)
err-register-no-key = the key file holds no SSH public key (a line such as `{ $example }`, as in a .pub file or the line `{ $command }` prints)
err-register-bad-category = { $category } is not a category of this consultation; use one of: { $categories }
err-register-already = { $email } is already registered with this key
err-revoke-no-key = { $email } has no key in the register to revoke

## Signing

err-sign-format = { $setting } is on, but gpg.format is { $format }: consulta signs with ssh or openpgp; nothing was committed
err-sign-no-key = { $setting } is on with gpg.format=ssh, but user.signingkey is not set: set it with `{ $command }`; nothing was committed
err-sign-key-missing = the signing key { $path } (user.signingkey) is not there; set another with `{ $command }`; nothing was committed
err-sign-no-signature = { $program } gave no { $kind } signature; nothing was committed
err-sign-cannot-run = cannot run { $program } to sign ({ $error }); signing is on in git config (commit.gpgsign): install it, or turn signing off; nothing was committed
err-sign-failed = { $program } could not sign ({ $why }); nothing was committed
err-bad-tag-name = { $name } cannot be a tag name

## What a contribution may do (merge and sync)

lib-rule-too-long = the comment or its proposal is longer than { $max } bytes, the limit of `{ $command }`
lib-rule-category = the author's category { $category } is not one of the consultation's: { $categories }
lib-rule-country = the author's country { $country } is not an ISO 3166-1 two-letter code
lib-rule-round-closed = comments on { $round } after { $next } opened: { $round } is closed; comment on { $next }
lib-rule-created-early = the comment says it was created at { $created }, before its round opened ({ $opened }): a comment is written while its round is open (a clock may be a day off, not more)
lib-rule-created-late = the comment says it was created at { $created }, after this merge ({ $now }): a comment cannot come from the future (a clock may be a day off, not more)
lib-at-line-column = line { $line }, column { $column }: { $message }
lib-rule-adds-to-draft = adds a file to the draft: only the secretariat changes the draft
lib-rule-adds-outside = adds a file outside { $folder }: a contribution only adds comment files
lib-rule-adds-disposition = adds a disposition: only the secretariat records decisions
lib-rule-misplaced = is not where comments go: { $pattern }
lib-rule-file-name = the file name { $name } is not { $pattern } (a comment file is named by its id)
lib-rule-edits-draft = edits the draft: only the secretariat changes the draft
lib-rule-changes-disposition = changes a disposition: only the secretariat records decisions
lib-rule-changes-comment = changes an existing comment: a submitted comment is never rewritten
lib-rule-changes-file = changes a file of the consultation: a contribution only adds comment files
lib-rule-deletes-draft = deletes a file of the draft: only the secretariat changes the draft
lib-rule-deletes-disposition = deletes a disposition: only the secretariat records decisions
lib-rule-deletes-comment = deletes a comment: submitted comments are never removed
lib-rule-deletes-file = deletes a file of the consultation: a contribution only adds comment files

## Identity

lib-identity-name = name
lib-identity-email = e-mail
lib-identity-organisation = organisation
lib-identity-category = category
lib-identity-country = country
err-identity-incomplete = { $count ->
    [one] your { $fields } is not set; set it once with `{ $command }`
   *[other] your { $fields } are not set; set them once with `{ $command }`
  }
err-identity-email = { $email } is not an e-mail address
err-identity-country = country { $country } should be an ISO 3166-1 alpha-2 code in capitals, such as UY, BR or JM
err-identity-control = your { $field } contains control characters
err-identity-unknown = git does not know who you are: set it with `{ $command }`

## import draft

err-import-drafts-uncommitted = the drafts have uncommitted changes ({ $files }); commit or discard them before importing, so that nothing is overwritten
err-import-level = { $option }: Markdown headings have levels 1 to 6
err-import-no-headings = { $file } has no Markdown headings (# Title) to split it into sections
err-import-device-name = the heading { $heading } would make the section id { $id }, a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, with any extension): its comments' folder could not be made there. Give the heading more words ("{ $title } section", say) and import again

## Opening and starting a consultation

err-not-in-repository = { $path } is not inside a consultation (nor any git repository). To take part in one, copy it with `{ $join }` (the secretariat gives the address); to start one, `{ $init }`
err-bare-repository-clone = { $path } is a bare repository: clone it first (`{ $command }`) and run consulta in the clone
err-bare-repository = { $path } is a bare repository
err-already-a-consultation = { $path } already holds a consultation ({ $file } exists)
err-path-escapes = refusing the path { $path }: it could leave its folder
err-path-not-portable = refusing the path { $path }: { $name } cannot be a file name on Windows (no device names such as CON or NUL, no { $characters }, no dot or space at the end)

## verify

lib-verify-never-committed = no commit added this file: it was never submitted (commit it with its author as the commit's author, or remove it)
lib-verify-rewritten = rewritten in commit { $later } after commit { $commit } added it: the file is not what was submitted
lib-verify-rewritten-and-changed = rewritten in commit { $later } after commit { $commit } added it, and changed again in the working tree: the file is not what was submitted
lib-verify-changed = changed in the working tree since commit { $commit } added it: the file is not what was submitted
lib-verify-no-author = cannot read the comment's author: { $why }
lib-verify-other-author = commit { $commit } that added it is by { $author }, but the comment says its author is { $claimed }

## Rounds and commits from the shared repository

lib-round-tag-differs = the remote's round { $round } names commit { $there }, yours names { $here }: yours is kept (a round, once opened, does not move)
lib-round-tag-stranger = the remote's tag { $round } looks like a round but was made by { $by }, not by the secretariat ({ $secretariat }): it was not taken
lib-commit-by = { $commit } by { $author } ({ $summary })
err-strangers-commits = { $name } has commits the secretariat did not make: { $commits }. Nothing was brought in or pushed. Look at them with `{ $log }`; once you are sure they do not belong, put the shared repository back with `{ $push }`

## join

err-join-folder-not-empty = { $path } already exists and is not empty: name another folder (`{ $command }`)
lib-join-copying = copying the consultation from { $url }
err-join-failed = could not copy the consultation from { $url }: { $why }. Check the address (the secretariat gives it), your network, and that you may read it; nothing was written
err-join-empty = { $url } holds no consultation yet (it has no main branch); ask the secretariat to publish it with `{ $command }`
err-join-not-consultation = { $url } is a git repository but not a consultation (there is no { $file }); check the address with the secretariat
err-join-bad-category = { $category } is not a stakeholder category of this consultation; the categories are: { $categories }

## What is new after a sync

lib-news-nothing = Nothing new from the consultation since your last sync.
lib-news = New here: { $parts }.
lib-news-decided = { $count } of your comments decided ({ $detail })
lib-news-status-accepted = { $count } accepted
lib-news-status-modified = { $count } accepted with modifications
lib-news-status-rejected = { $count } not accepted
lib-news-status-noted = { $count } noted
lib-news-applied = { $count } of your proposals applied to the draft
lib-news-round-opened = { $round } opened
lib-news-new-comments = { $count ->
    [one] { $count } new comment
   *[other] { $count } new comments
  } from others
lib-cannot-read = cannot read: { $error }

## send

err-send-no-commit = the repository has no commit yet: nothing to send
err-send-nothing = you have no comments to send yet: write one (`c` in the TUI, or `{ $command }`), then send
err-send-bundle-failed = could not write the bundle: { $why }

## Recovering from a stopped write

lib-recover-was-empty = warning: put back { $path } from the last commit: it was found empty after a consulta write was stopped
lib-recover-was-missing = warning: put back { $path } from the last commit: a consulta write was stopped before it wrote it to disk
lib-recover-put-back = warning: put back { $path } as last committed: a consulta write was stopped before it was committed
lib-recover-not-put-back = warning: { $path } holds a write that was stopped before it was committed, and could not be put back ({ $error }); `{ $command }` puts it back
lib-recover-left = warning: { $path } was being written by a consulta process that was stopped, and held uncommitted changes before: it is left as it is; compare it with `{ $command }`

## The git command

err-git-not-installed = this remote is reached through the `{ $program }` command, which is not on the PATH (install git: consulta hands https and ssh remotes to it)
err-git-cannot-run = cannot run git: { $error }
err-git-wait = waiting for git: { $error }
err-git-exit = git exited with { $status }

## diff

lib-diff-title-was = title was { $title }
lib-diff-text-changed = text changed
lib-diff-status-added = added
lib-diff-status-removed = removed
lib-diff-status-renamed = renamed
lib-diff-status-reordered = reordered
lib-diff-status-changed = changed
lib-diff-status-unchanged = unchanged
lib-diff-summary = diff { $from } → { $to }: { $count ->
    [one] { $count } section
   *[other] { $count } sections
  } changed, +{ $added } −{ $removed } words
lib-diff-words = +{ $added } −{ $removed } words
lib-diff-hunk-comments = comments: { $ids }
lib-diff-unchanged = { $count ->
    [one] { $count } section unchanged
   *[other] { $count } sections unchanged
  }
lib-diff-md-title = Changes from { $from } to { $to }
lib-diff-md-totals = { $count ->
    [one] { $count } section
   *[other] { $count } sections
  } changed, { $added } words added, { $removed } words removed.
lib-diff-md-section = Section
lib-diff-md-status = Status
lib-diff-md-words-added = Words added
lib-diff-md-words-removed = Words removed
lib-diff-md-lines = Lines { $old } → { $new }
lib-diff-md-comments = comments { $ids }

## Output files

err-output-is-folder = { $path } is a folder: give the name of a file to write
err-output-too-many-links = more than { $count } symbolic links in a row
lib-branch-created-meanwhile = the branch was created meanwhile

## Stakeholder categories of a new consultation

lib-category-government = Ministry or government agency
lib-category-quality-assurance = Quality-assurance agency
lib-category-higher-education = University or higher-education institution
lib-category-tvet = Technical and vocational institution
lib-category-private-provider = Private or online provider
lib-category-employer = Employer or industry body
lib-category-learner = Learner or student organisation
lib-category-international = International or regional body
lib-category-civil-society = Civil-society organisation
lib-category-individual = Individual

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
report-col-language = Language of the text
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

## Signatures and the register of participants (src/repo/signatures.rs, verify, merge)

trust-not-secretariat = { $what ->
    [tag] this round tag
   *[other] this commit
} does what only the secretariat may do, but { $email } is not a secretariat address: only a secretariat address of the manifest may change the drafts, the manifest, the register or a decision, or open a round
trust-unsigned = { $what ->
    [tag] this round tag
   *[other] this commit
} by { $email } is not signed, but { $email } has a registered key: sign with that key (`consulta whoami --signing-key KEY_FILE`) and send it again, or ask the secretariat to revoke the key (`consulta register --revoke { $email }`)
trust-not-ssh = { $what ->
    [tag] this round tag
   *[other] this commit
} by { $email } is not signed with an SSH key, but { $email } has a registered SSH key: sign with that SSH key (`consulta whoami --signing-key KEY_FILE`)
trust-unregistered = { $what ->
    [tag] this round tag
   *[other] this commit
} by { $email } must be signed by a registered secretariat key, and { $email } has none: the secretariat registers its key with `consulta register { $email } --key KEY.pub`
trust-wrong-key = the signature of { $what ->
    [tag] this round tag
   *[other] this commit
} is not made by a key registered for { $email }: sign with the registered key, or ask the secretariat to register the new one (`consulta register { $email } --key NEW.pub`)
trust-verify-counts = Signatures: { $verified } verified, { $unverified } unverified, { $bad } bad (commits and round tags; verified: signed by a key the register holds for the signer).
trust-merge-secretariat = is under the secretariat's address { $email } but not signed by a registered secretariat key: only the secretariat speaks for the secretariat; comment under your own address (`consulta whoami --email …`)
trust-merge-required = is not signed by a key registered for { $email }, and this consultation requires it ("verification": "require"): the secretariat registers a participant's key with `consulta register`
trust-join-send = Your comments are signed. To be counted as a verified participant, send this line to the secretariat (it holds your public key, never your private one):
trust-join-sign = To be counted as a verified participant, sign your comments: `consulta whoami --signing-key ~/.ssh/id_ed25519` (a key made with `ssh-keygen -t ed25519`), then send the line it prints to the secretariat.
trust-report-participants = { $verified } verified, { $unverified } unverified
trust-report-unconfirmed = { $count ->
    [one] 1 more named only by unverified participants, not counted
   *[other] { $count } more named only by unverified participants, not counted
}
trust-tui-loading = checking signatures against the register
trust-tui-verified = verified
trust-whoami-language = Language: { $name } ({ $code }), { $from ->
    [flag] from --lang
    [environment] from CONSULTA_LANG
    [git-config] from git config consulta.language (consulta whoami --language)
    [system] from the system's locale
    [consultation] the consultation's first language
   *[default] the default
}
trust-whoami-language-no-repo = not inside a git repository: use --global to store your language in your user config

# The terminal interface (consulta tui): titles, key help, status lines, progress.
# Keep lines short: the TUI must fit 80 columns.

tui-sections = Sections
tui-comments = Comments
tui-no-sections = This round has no sections.
tui-no-comments-section = No comments on this section yet. Press c to write the first.
tui-no-comments-filtered = No comment matches the filters (f changes them).
tui-loading-title = Opening the consultation
tui-loading-start = reading the repository
tui-too-small = Terminal too small
tui-help-title = Keys
tui-help-foot = ↑↓ scroll · Esc or ? closes
tui-current = current
tui-whole-section = whole section
tui-you = you
tui-no-stance = no stance
tui-open-status = open
tui-compose-comment = Comment
tui-compose-propose = Propose wording
tui-compose-reply = Reply
tui-field-body = Your comment
tui-field-proposal = Proposed wording (replaces the passage)
tui-preview = Change
tui-type = Type
tui-stance = Stance
tui-on = On
tui-passage = Passage
tui-submitting = Submitting…
tui-body-placeholder = Say what you think and why.
tui-confirm-title = Discard?
tui-confirm-discard = Throw away the comment you were writing? y discards · n goes back
tui-restore-title = Unfinished comment
tui-restore-keys = y restores it · n discards it
tui-identity-title = Who are you?
tui-identity-intro = Your comments are signed with these details (kept in this repository's git config).
tui-identity-keys = ↑↓ field · ←→ category · Enter next / save · Esc cancel
tui-filters-title = Filter comments
tui-filters-keys = ↑↓ choose · ←→ change · x clears · Esc closes
tui-filter-type = Type
tui-filter-category = Category
tui-filter-status = Status
tui-filter-mine = Only mine
tui-filter-carried = Earlier rounds
tui-shown = shown
tui-hidden = hidden
tui-carried-shown = Comments of earlier rounds are shown where their passages are now.
tui-carried-hidden = Comments of earlier rounds are hidden (e shows them).
tui-carry-unchanged = = unchanged
tui-carry-moved = ↻ moved
tui-carry-changed = Δ changed
tui-carry-resolved = ✓ resolved
tui-carry-orphaned = ⌀ orphaned (passage gone)
tui-all = all
tui-yes = yes
tui-no = no
tui-filtered = filtered
tui-search-prompt = Search:
tui-search-hint = Enter searches · Esc cancels
tui-nothing-selected-to-propose = Select a passage first (v, then move), or put the cursor in a paragraph: a proposal replaces a passage.
tui-no-comment-to-reply = Choose a comment in the comment panel (Tab, then ↑↓) to reply to it.
tui-no-more-passages = No further commented passage in this section.
tui-discarded = Comment discarded.
tui-restored = Your unfinished comment is back.
tui-identity-saved = Saved who you are in this repository's git config.
tui-empty-body = The comment is empty: say what you think before Ctrl-s.
tui-empty-search = Type something to search for.
tui-busy = Still submitting the previous comment…
tui-k-quit = quit
tui-k-help = help
tui-k-next-pane = next pane
tui-k-prev-pane = previous pane
tui-k-search = search all sections
tui-k-next-match = next match
tui-k-prev-match = previous match
tui-k-round = read another round
tui-k-filters = filter comments
tui-k-next-passage = next commented passage
tui-k-prev-passage = previous commented passage
tui-k-comment = comment
tui-k-propose = propose wording
tui-k-reply = reply
tui-k-carried = show / hide earlier rounds' comments
tui-k-scope = comments of paragraph / section
tui-k-diff = diff view: what changed between two rounds
tui-k-triage = triage view: the secretariat's queue
tui-k-section-up = previous section
tui-k-section-down = next section
tui-k-next-change = next change
tui-k-prev-change = previous change
tui-k-side-by-side = inline / side by side
tui-k-language = read another language version
tui-k-parallel = the other language version beside the text
tui-k-scroll-down = scroll the diff down
tui-k-scroll-up = scroll the diff up
tui-k-from-prev = compare from an earlier version
tui-k-from-next = compare from a later version
tui-k-to-prev = compare to an earlier version
tui-k-to-next = compare to a later version (up to the working draft)
tui-k-back = back to reading
tui-k-accept = decide: accepted
tui-k-modify = decide: accepted with modifications
tui-k-reject = decide: not accepted
tui-k-note = decide: noted
tui-k-apply = apply the accepted proposal to the draft (accepted with modifications: write the wording first)
tui-k-triage-filters = filter the queue
tui-k-save-decision = save the decision
tui-k-summary = summary view: participation, sections, decisions
tui-k-send = send my comments, bring in the secretariat's news
tui-sending = Sending your comments and fetching the consultation's news…
tui-k-summary-scroll-up = scroll the lists up
tui-k-summary-scroll-down = scroll the lists down
tui-k-export = export the summary to a file
tui-k-export-md = Markdown
tui-k-export-html = HTML (self-contained)
tui-k-export-json = JSON
tui-k-export-csv = CSV (ISO commenting template)
tui-k-up = up
tui-k-down = down
tui-k-open = open
tui-k-page-up = page up
tui-k-page-down = page down
tui-k-top = first
tui-k-bottom = last
tui-k-prev-word = previous word
tui-k-next-word = next word
tui-k-line-up = line up
tui-k-line-down = line down
tui-k-select = start / stop selecting
tui-k-select-par = select paragraph
tui-k-next-sentence = sentence forward
tui-k-prev-sentence = sentence back
tui-k-next-par = paragraph forward
tui-k-prev-par = paragraph back
tui-k-clear = clear selection
tui-k-go-passage = go to passage
tui-k-submit = submit
tui-k-cancel = cancel
tui-k-editor = open $EDITOR
tui-k-field = switch field
tui-k-general = type general
tui-k-technical = type technical
tui-k-editorial = type editorial
tui-k-support = stance support
tui-k-oppose = stance oppose
tui-k-neutral = stance neutral
tui-k-select-mouse = select with the mouse: click and drag
tui-ctx-global = Everywhere
tui-ctx-list = Section list
tui-ctx-reader = Reader
tui-ctx-comments = Comment panel
tui-ctx-compose = Writing a comment
tui-ctx-diff = Diff view
tui-ctx-triage = Triage view (secretariat)
tui-ctx-decide = Writing observations
tui-ctx-summary = Summary view
tui-ctx-export = Exporting the summary
tui-diff-title = Diff
tui-changes = Changes
tui-behind = Behind this change
tui-no-comment-behind = No applied proposal produced this change (edited by the secretariat).
tui-no-change-section = No change in this section.
tui-computing-diff = Comparing the two versions…
tui-same-version = Both sides are the same version: choose another with [ ] or {"{"} {"}"}.
tui-no-more-changes = No further change.
tui-status-new = new
tui-status-removed = removed
tui-status-renamed = renamed
tui-status-reordered = moved
tui-old = before
tui-new = after
tui-queue = Queue
tui-queue-to-apply = To apply
tui-k-to-apply = decided proposals not yet applied (again: back)
tui-showing-to-apply = Showing the accepted proposals not yet applied: `a` applies one, `A` goes back.
tui-mark-open = ○ open
tui-mark-applied-accepted = ✓ appl.
tui-mark-applied-modified = ≈ appl.
tui-mark-accepted = ✓ acc.
tui-mark-modified = ≈ mod.
tui-mark-rejected = ✗ rej.
tui-mark-noted = · noted
tui-triage-empty = No comment matches the queue's filters (f changes them).
tui-competing = Competing proposals (1 accepts the selected one, the others are not accepted)
tui-filter-section = Section
tui-filter-competing = Only competing
tui-triage-filters-title = Filter the queue
tui-observations = Observations
tui-others-observations = Observations for the other proposals (not accepted)
tui-obs-placeholder = Why: what the secretariat will do, or why not.
tui-saving = Recording the decision…
tui-applying = Applying the proposal…
tui-applied-title = Applied
tui-applied-keys = Esc or Enter closes
tui-not-a-proposal = This comment proposes no wording on a passage: there is nothing to apply.
tui-empty-observations = Write the observations before Ctrl-s: every decision says why.
tui-proposed = Proposed
tui-quote = Passage
tui-wording = Wording to apply (edit the proposal as decided; Ctrl-s applies)
tui-empty-wording = The wording is empty: write the text that replaces the passage.
tui-summary-title = Summary
tui-computing-summary = Counting comments and decisions…
tui-by-category = Comments by stakeholder category
tui-by-section = Comments per section
tui-decisions = Decisions
tui-nothing-yet = No comments yet.
tui-sum-accepted = ✓ accepted
tui-sum-modified = ≈ with modifications
tui-sum-rejected = ✗ not accepted
tui-sum-noted = · noted
tui-sum-open = ○ open
tui-sum-not-applied = accepted, not yet applied
tui-sum-campaigns = campaigns found
tui-sum-comments = comments
tui-sum-replies = replies
tui-sum-proposals = proposals
tui-sum-participants = participants
tui-sum-organisations = organisations
tui-export-title = Export the summary as
tui-exporting = Writing the summary…
tui-summary-not-ready = The summary is still being counted; export once it shows.
tui-carried-from = from { $round }
tui-with-earlier = Comments · { $n } + { $earlier } earlier
tui-later-version = The { $view } view comes in a later version.
tui-only-current-round = Comments go to the current round ({ $current }); press R to read it.
tui-submitted = Comment { $id } on { $section } submitted and committed.
tui-submit-failed = Not submitted: { $err }
tui-load-failed = Could not open the consultation: { $err }
tui-problems = { $n } file(s) could not be read and were skipped; `consulta check` lists them.
tui-matches = { $n } match(es) in { $sections } section(s) · n next · N previous
tui-no-match = Nothing matches “{ $query }”.
tui-match-pos = Match { $i } of { $n }
tui-reading-round = Reading { $round }.
tui-reading-language = Reading the { $language } version ({ $code }).
tui-one-language = This text has no other language version.
tui-parallel-unaligned = No paragraph of this version is aligned with ¶{ $number }.
tui-editor-failed = The editor did not run: { $err }
tui-crash-report = consulta stopped unexpectedly. A crash report was written to { $path }; your unfinished comment, if any, is kept and offered back next time.
tui-identity-hint-name = Your name as it will appear beside your comments.
tui-identity-hint-email = An address the secretariat can reach you at; the published summary leaves it out.
tui-identity-hint-organisation = The ministry, agency, university or company you speak for.
tui-identity-hint-category = ←/→ choose the kind of stakeholder you are.
tui-identity-hint-country = Two letters (ISO 3166-1): BR, MX, JM, HT, CL…
tui-field-name = name
tui-field-email = e-mail
tui-field-organisation = organisation
tui-field-category = category
tui-field-country = country
tui-decision-accepted = accepted
tui-decision-modified = accepted with modifications
tui-decision-rejected = not accepted
tui-decision-noted = noted
tui-interface-language = Interface: { $lang } (--lang or CONSULTA_LANG changes it)
tui-applied-in = applied in commit { $commit }
tui-already-applied = Already applied in commit { $commit }: nothing to do (the diff view shows it).
tui-in-reply-to = In reply to { $author }
tui-restore-question = You were writing a comment on { $section }: “{ $preview }”
tui-too-small-size = { $w }×{ $h }: make it at least { $min_w }×{ $min_h }
tui-sent = { $count ->
    [0] Nothing new of yours to send. { $news }
    [one] 1 comment sent to the secretariat. { $news }
   *[other] { $count } comments sent to the secretariat. { $news }
}
tui-send-failed = Not sent: { $why }
tui-hunk-head = @@ lines { $old_start }+{ $old_lines } → { $new_start }+{ $new_lines }
tui-change-pos = change { $i } of { $n }
tui-diff-failed = Could not compare: { $err }
tui-renamed-from = was “{ $old }”
tui-progress = decided { $decided }/{ $total }
tui-not-secretariat = Triage is for the secretariat ({ $list }); you are { $email }. Ask the secretariat to add your e-mail to the manifest.
tui-recorded-one = Recorded: { $status }, and committed.
tui-recorded-many = Recorded { $n } decisions ({ $status } and not accepted for the others), and committed.
tui-apply-title = Apply: the wording that replaces the passage · { $author }
tui-decide-title = Decide: { $status } · { $author }
tui-applied = Applied to { $section } in commit { $commit }
tui-failed = Not done: { $err }
tui-decided-gauge = decided { $decided } of { $total } ({ $pct }%)
tui-rows-shown = { $from }–{ $to } of { $n }
tui-summary-failed = Could not build the summary: { $err }
tui-exported = Wrote { $path }
tui-export-failed = Could not export the summary: { $err }
tui-hint-csv = CSV
tui-hint-html = HTML
tui-hint-json = JSON
tui-hint-markdown = Markdown
tui-hint-accept = accept
tui-hint-apply = apply
tui-hint-back = back
tui-hint-cancel = cancel
tui-hint-change = change
tui-hint-comment = comment
tui-hint-commented = commented
tui-hint-diff = diff
tui-hint-editor = editor
tui-hint-export = export
tui-hint-filter = filter
tui-hint-from = from
tui-hint-help = help
tui-hint-modify = modify
tui-hint-move = move
tui-hint-note = note
tui-hint-open = open
tui-hint-pane = pane
tui-hint-passage = passage
tui-hint-propose = propose
tui-hint-quit = quit
tui-hint-reject = reject
tui-hint-reply = reply
tui-hint-round = round
tui-hint-save = save
tui-hint-scroll = scroll
tui-hint-search = search
tui-hint-section = section
tui-hint-select = select
tui-hint-sentence = sentence
tui-hint-side-by-side = side by side
tui-hint-submit = submit
tui-hint-to = to
tui-hint-word = word
tui-help-mouse = mouse
tui-background-stopped = the background work stopped
tui-submission-stopped = the submission stopped
tui-loader-stopped = the loader stopped
tui-editor-unclosed = cannot read the editor command { $editor } (an unclosed quote?)
tui-editor-empty = the editor command is empty
tui-loading-opening = opening the repository
tui-loading-rounds = reading the rounds
tui-loading-text = reading the text of { $round }
tui-loading-comments = reading the comments
tui-loading-indexing = indexing { $count } comments
tui-loading-carrying = carrying { $count } comments into { $round }
tui-counting = Counting your comments in { $folders ->
    [one] one section folder
   *[other] { $folders } section folders
  }; the marks of yours appear when done…
tui-section-loading = Reading this section's comments…
tui-section-unreadable = This section's comments could not be read: { $error }. Check that the folder can be read, then open the consultation again.
tui-all-loading = Reading all { $count } comments for this view…
tui-all-loaded = All comments read.
tui-kind-general = general
tui-kind-technical = technical
tui-kind-editorial = editorial
tui-stance-support = support
tui-stance-oppose = oppose
tui-stance-neutral = neutral
tui-working-draft = working draft
tui-key-space = Space
tui-key-home = Home
tui-key-end = End

# The framework in parallel language versions (drafts/<lang>/NN-slug.md).

versions-folder-not-a-language = drafts/{ $lang }/ is not a language version: the consultation's languages are { $languages } (the first is the primary text, in drafts/)
versions-file-name = a language version's files are named as the primary text's (NN-slug.md)
versions-no-primary = no section of the primary text has this id; a language version has the primary's file names
versions-other-number = the primary text names this section drafts/{ $file }; a language version uses the same file name
versions-not-utf8 = not valid UTF-8 text (is it a binary file?)
versions-unaligned-translation = paragraph { $paragraph } has no counterpart in { $file } (the paragraph counts differ and its clause label does not match)
versions-unaligned-primary = paragraph { $paragraph } has no counterpart in { $file } (the paragraph counts differ and its clause label does not match)
versions-import-not-translation = "{ $lang }" is not a translation's language: the primary text is { $primary } and the consultation's languages are { $languages } (add the language to drafts/consultation.json first)
versions-import-dirty = the language version has uncommitted changes ({ $files }); commit or discard them before importing, so that nothing is overwritten
versions-import-no-headings = { $source } has no Markdown headings (# Title) to split it into sections
versions-import-count = the document has { $found } sections; the primary text has { $expected }
versions-import-number = section { $position } of the document is numbered { $found }; the primary's section { $position } ({ $section }) is numbered { $expected }
versions-import-mismatch = nothing imported: { $source } does not match the primary text section by section, so it cannot be its { $lang } version:
versions-comment-lang-code = lang { $lang } is not a language code (two or three lower-case letters, as es or pt)
versions-comment-lang-unknown = the language { $lang } is not one of the consultation's: { $languages }
versions-comment-no-version = section { $section } has no { $lang } version in { $round }
versions-init-bad-language = --languages: "{ $lang }" is not a language code (two or three lower-case letters, as en, es, pt or fr)
versions-init-twice = --languages: { $lang } is listed twice
versions-cli-missing = { $count ->
    [one] No { $lang } version of section { $sections }: shown in the primary text.
   *[other] No { $lang } version of { $count } sections ({ $sections }): shown in the primary text.
}
versions-state-current = current
versions-state-behind = behind
versions-state-missing = missing
versions-column-translation = translation
versions-round-behind = { $count ->
    [one] Warning: the { $lang } version is behind (another version changed, it did not) in { $count } section: { $sections }.
   *[other] Warning: the { $lang } version is behind (another version changed, it did not) in { $count } sections: { $sections }.
}
versions-imported = Imported the { $lang } version from { $source }: { $count } sections, { $changed } added or changed.
versions-imported-commit = Committed { $commit }.
versions-imported-nothing = The { $lang } version already was this document; nothing to commit.
versions-check-unaligned = { $count ->
    [one] { $count } paragraph cannot be aligned across language versions (not an error: the versions say different things there until a translation catches up).
   *[other] { $count } paragraphs cannot be aligned across language versions (not an error: the versions say different things there until a translation catches up).
}
versions-summary-behind = Translations behind the primary text

## The command line

cli-sample-preparing = Preparing the bundled sample consultation in { $dir } …
cli-sample-banner = { $why ->
    [no-round] This consultation has no round yet, so here is the bundled sample.
   *[none] No consultation here, so here is the bundled sample.
} Start your own with `consulta init DIR --title T`.

### The command line's own messages (cli-).

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

### The --help texts and clap's words (help-): keys from the command path and argument id.

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
help-consulta-arg-lang = The language of everything this command shows: messages, reports and, where the framework has several language versions, the text (en, es, fr, pt, or a language version of the consultation, such as ht)

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
