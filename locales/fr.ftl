# L'interface de consulta en français.

## Shared

lang-self = français
count-comments = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
cli-lang-unknown = consulta ne parle pas « { $lang } » ; choisissez l’une de : { $known }
