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
