# The library's messages: errors and refusals (err-), progress, warnings and check problems (lib-).
# File paths, ids, commands and option names are arguments, never translated.

## Manifest: category labels

lib-label-expected = a label, or a map from language code to label
err-label-language-code = "{ $code }" is not a language code (such as en, es, pt-BR)
err-label-language-twice = the language "{ $code }" has two labels
err-label-empty = the label in "{ $code }" is empty
err-label-no-language = the map of labels by language is empty
