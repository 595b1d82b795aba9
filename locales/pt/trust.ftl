## Assinaturas e registro de participantes

trust-not-secretariat = { $what ->
    [tag] esta etiqueta de rodada
   *[other] este commit
} faz o que só a secretaria pode fazer, mas { $email } não é um endereço da secretaria
trust-unsigned = { $what ->
    [tag] esta etiqueta de rodada
   *[other] este commit
} de { $email } não está assinado, mas { $email } tem uma chave registrada
trust-not-ssh = { $what ->
    [tag] esta etiqueta de rodada
   *[other] este commit
} de { $email } não está assinado com uma chave SSH, mas { $email } tem uma chave SSH registrada
trust-unregistered = { $what ->
    [tag] esta etiqueta de rodada
   *[other] este commit
} de { $email } deve ser assinado com uma chave registrada da secretaria, e { $email } não tem nenhuma
trust-wrong-key = a assinatura { $what ->
    [tag] desta etiqueta de rodada
   *[other] deste commit
} não foi feita com uma chave registrada para { $email }
trust-verify-counts = Assinaturas: { $verified } verificadas, { $unverified } não verificadas, { $bad } inválidas (commits e etiquetas de rodada; verificada: assinada com uma chave que o registro atribui a quem assina).
trust-merge-secretariat = está em nome do endereço da secretaria { $email }, mas não está assinado com uma chave registrada da secretaria: só a secretaria fala pela secretaria
trust-merge-required = não está assinado com uma chave registrada para { $email }, e esta consulta exige isso ("verification": "require"): a secretaria registra a chave de um participante com `consulta register`
trust-join-send = Seus comentários são assinados. Para ser contado como participante verificado, envie esta linha à secretaria (ela contém sua chave pública, nunca a privada):
trust-join-sign = Para ser contado como participante verificado, assine seus comentários: `consulta whoami --signing-key ~/.ssh/id_ed25519` (uma chave criada com `ssh-keygen -t ed25519`) e envie à secretaria a linha exibida.
trust-report-participants = { $verified } verificados, { $unverified } não verificados
trust-report-unconfirmed = { $count ->
    [one] mais 1, citada só por participantes não verificados, não contada
   *[other] mais { $count }, citadas só por participantes não verificados, não contadas
}
trust-tui-loading = conferindo as assinaturas com o registro
trust-tui-verified = verificados
trust-whoami-language = Idioma: { $name } ({ $code }), { $from ->
    [flag] por --lang
    [environment] por CONSULTA_LANG
    [git-config] por git config consulta.language (consulta whoami --language)
    [system] pela configuração regional do sistema
    [consultation] o primeiro idioma da consulta
   *[default] o padrão
}
trust-whoami-language-no-repo = não está dentro de um repositório git: use --global para guardar seu idioma na sua configuração de usuário
