# La interfaz de consulta en español.

## Shared

lang-self = español
count-comments = { $count ->
    [one] { $count } comentario
   *[other] { $count } comentarios
}
cli-lang-unknown = consulta no habla «{ $lang }»; elija uno de: { $known }
