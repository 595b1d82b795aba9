# A interface do consulta em português (do Brasil).

## Shared

lang-self = português
count-comments = { $count ->
    [one] { $count } comentário
   *[other] { $count } comentários
}
cli-lang-unknown = o consulta não fala "{ $lang }"; escolha um destes: { $known }
