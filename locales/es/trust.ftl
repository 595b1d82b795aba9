## Firmas y registro de participantes

trust-not-secretariat = { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} hace lo que solo la secretaría puede hacer, pero { $email } no es una dirección de la secretaría
trust-unsigned = { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} de { $email } no está firmado, pero { $email } tiene una clave registrada
trust-not-ssh = { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} de { $email } no está firmado con una clave SSH, pero { $email } tiene una clave SSH registrada
trust-unregistered = { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} de { $email } debe estar firmado con una clave registrada de la secretaría, y { $email } no tiene ninguna
trust-wrong-key = la firma de { $what ->
    [tag] esta etiqueta de ronda
   *[other] este commit
} no está hecha con una clave registrada para { $email }
trust-verify-counts = Firmas: { $verified } verificadas, { $unverified } sin verificar, { $bad } inválidas (commits y etiquetas de ronda; verificada: firmada con una clave que el registro asigna al firmante).
trust-merge-secretariat = está a nombre de la dirección de la secretaría { $email } pero no está firmado con una clave registrada de la secretaría: solo la secretaría habla por la secretaría
trust-merge-required = no está firmado con una clave registrada para { $email }, y esta consulta lo exige ("verification": "require"): la secretaría registra la clave de un participante con `consulta register`
trust-join-send = Sus comentarios van firmados. Para contar como participante verificado, envíe esta línea a la secretaría (contiene su clave pública, nunca la privada):
trust-join-sign = Para contar como participante verificado, firme sus comentarios: `consulta whoami --signing-key ~/.ssh/id_ed25519` (una clave creada con `ssh-keygen -t ed25519`) y envíe a la secretaría la línea que se muestra.
trust-report-participants = { $verified } verificados, { $unverified } sin verificar
trust-report-unconfirmed = { $count ->
    [one] 1 más, nombrada solo por participantes sin verificar, no contada
   *[other] { $count } más, nombradas solo por participantes sin verificar, no contadas
}
trust-tui-loading = comprobando las firmas con el registro
trust-tui-verified = verificados
trust-whoami-language = Idioma: { $name } ({ $code }), { $from ->
    [flag] por --lang
    [environment] por CONSULTA_LANG
    [git-config] por git config consulta.language (consulta whoami --language)
    [system] por la configuración regional del sistema
    [consultation] el primer idioma de la consulta
   *[default] el predeterminado
}
trust-whoami-language-no-repo = no está dentro de un repositorio git: use --global para guardar su idioma en su configuración de usuario
