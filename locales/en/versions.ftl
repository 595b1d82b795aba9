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
