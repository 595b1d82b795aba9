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
