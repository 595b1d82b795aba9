# A interface do consulta em português (do Brasil).

## Shared

lang-self = português
count-comments = { $count ->
    [one] { $count } comentário
   *[other] { $count } comentários
}
cli-lang-unknown = o consulta não fala "{ $lang }"; escolha um destes: { $known }

# As mensagens da biblioteca: erros e recusas (err-), progresso, avisos e problemas do check (lib-).

## Manifesto: rótulos de categoria

lib-label-expected = um rótulo, ou um mapa de código de idioma para rótulo
err-label-language-code = "{ $code }" não é um código de idioma (como en, es, pt-BR)
err-label-language-twice = o idioma "{ $code }" tem dois rótulos
err-label-empty = o rótulo em "{ $code }" está vazio
err-label-no-language = o mapa de rótulos por idioma está vazio

## Erros

err-no-consultation = nenhuma consulta encontrada em { $path } (não existe drafts/consultation.json). Para participar de uma, copie-a com `{ $join }` (a secretaria informa o endereço); para iniciar uma, `{ $init }`
err-unborn-clone = este clone não tem nada em uso: o remoto não disse qual ramo usar, e a consulta está em { $branch }. Execute `{ $switch }` aqui e depois o consulta novamente

## Comentários, respostas, propostas aplicadas

err-no-section-in-round = não há nenhuma seção { $section } em { $round }; as seções são: { $sections }
err-comment-empty = o comentário está vazio: diga o que pensa em { $option }
err-comment-too-long = o comentário ou a proposta passa de { $max } bytes; encurte-o ou anexe um resumo
err-comment-no-type = diga que tipo de comentário é este: { $option } ge (geral), te (técnico) ou ed (editorial)
err-not-a-comment-id = { $id } não é um id de comentário
err-no-comment-to-reply = não há nenhum comentário { $id } a responder
err-reply-section-not-in-round = o comentário { $id } está na seção { $section }, que não está em { $round }; responda sem { $option }
err-occurrence-without-quote = { $occurrence } escolhe uma ocorrência de { $quote }; informe o trecho com { $quote }
err-range-outside-section = o trecho selecionado não está dentro da seção
err-quote-not-found = a citação { $quote } não aparece na seção { $section } ({ $title }) de { $round }; copie o trecho exatamente como `{ $command }` o mostra
err-quote-ambiguous = a citação aparece { $count } vezes na seção { $section }; acrescente { $option } (de 1 a { $count }) para dizer qual, ou cite um trecho mais longo
err-occurrence-out-of-range = { $option } está fora do intervalo: a citação aparece { $count ->
    [one] { $count } vez
   *[other] { $count } vezes
  } na seção { $section }
err-proposal-without-quote = uma mudança proposta substitui um trecho: informe o trecho com { $option }
err-respond-not-secretariat = só a secretaria ({ $secretariat }) pode responder aos comentários; você é { $you }
err-no-comment = não há nenhum comentário { $id }
err-apply-not-secretariat = só a secretaria ({ $secretariat }) pode aplicar propostas; você é { $you }
err-apply-no-passage = o comentário { $id } trata da seção inteira, não de um trecho: não há nada a substituir
err-apply-no-wording = o comentário { $id } não propõe nenhuma redação; informe a nova redação com { $option }
err-apply-modified-needs-text = o comentário { $id } foi aceito com modificações: informe a redação a aplicar com { $option }
err-apply-not-accepted = o comentário { $id } ficou como { $status }; só as propostas aceitas são aplicadas
err-apply-no-decision = o comentário { $id } ainda não tem decisão; responda primeiro (`{ $command }`)
err-apply-already = o comentário { $id } já foi aplicado no commit { $commit }
err-apply-section-gone = a seção { $section } não existe mais na minuta de trabalho; o trecho ficou órfão
err-apply-passage-gone = o trecho { $quote } do comentário { $id } não está mais na seção { $section }: ficou órfão, ou outra proposta aplicada o alterou
err-apply-passage-ambiguous = o trecho do comentário { $id } aparece agora { $count } vezes na seção { $section } e nada as distingue; aplique-o à mão

## merge

err-merge-not-secretariat = só a secretaria ({ $secretariat }) pode incorporar contribuições; você é { $you }
err-merge-no-commit = a consulta ainda não tem nenhum commit: não há onde incorporar
err-merge-detached = HEAD não está em um ramo (desanexado): mude primeiro para o ramo da consulta (`{ $command }`)
err-merge-remote-ahead = { $remote } está à frente do seu { $branch } (commits feitos em outro clone): traga-os para cá primeiro com `{ $command }` e incorpore de novo; nada foi incorporado
lib-merge-checking = verificando { $branch }
err-merge-own-branch = { $branch } é o ramo em que você está: indique os ramos das partes interessadas (ou o remoto delas) para incorporá-los a ele
err-merge-unknown-source = { $source } não é um remoto (`{ $command }` os lista), nem um ramo local, nem a URL ou o caminho de um repositório
err-merge-bad-ref-folder = { $name } não pode nomear uma pasta de referências
lib-merge-fetching = baixando os ramos de { $url }
lib-nothing-merged = nada foi incorporado
lib-merge-no-shared-history = não compartilha histórico com esta consulta: uma contribuição é um ramo feito a partir de um clone dela
lib-merge-root-commit = é um primeiro commit de outro histórico
lib-merge-merge-commit = é um commit de mesclagem que faz mais do que trazer o ramo da consulta: uma contribuição são commits simples que adicionam arquivos de comentários; faça o rebase sobre o ramo da consulta (`{ $command }`) e envie de novo
lib-merge-symlink = é um link simbólico: um comentário é um arquivo comum
lib-merge-not-plain-file = não é um arquivo comum (um submódulo?)
lib-merge-exists = já existe na consulta: uma contribuição só adiciona comentários novos
lib-merge-too-big = tem { $size } bytes, acima do limite de { $max } bytes
lib-merge-not-comment = não é um arquivo de comentário
lib-merge-not-own-comment = o comentário diz ser de { $claimed }, mas o autor do commit é { $author }: uma parte interessada só faz commit dos próprios comentários
lib-merge-reply-no-parent = responde a { $id }, que não existe
lib-merge-reply-other-section = responde a { $id }, que está na seção { $section }: uma resposta fica na seção do comentário original
lib-merge-reply-earlier-round = responde a { $id }, um comentário de { $round }, a partir de { $from }: uma resposta é feita na rodada em vigor, nunca numa anterior à do comentário original
lib-merge-id-twice = o id { $id } também é usado por outro comentário

## sync

err-auth-failed = a autenticação falhou: o remoto recusou as credenciais (guarde-as com o gerenciador de credenciais do git)
lib-receiving-objects = recebendo objetos: { $percent }% ({ $done }/{ $total }), { $kib } KiB
lib-writing-objects = gravando objetos: { $percent }% ({ $done }/{ $total }), { $kib } KiB
err-remote-unreachable = não foi possível acessar o remoto { $remote }: { $why }. Tudo fica guardado aqui ({ $kept }); execute o comando de novo quando o remoto estiver acessível
err-no-remote-add-one = não há nenhum remoto { $remote }: adicione o repositório compartilhado da consulta com `{ $command }`
err-no-remote = não há nenhum remoto { $remote }; os remotos são: { $remotes }
err-sync-no-commit = o repositório ainda não tem nenhum commit: nada a sincronizar
err-sync-detached = HEAD não está em um ramo (desanexado): mude primeiro para o seu ramo (`{ $command }`)
lib-sync-fetching = baixando de { $remote } ({ $url })
lib-nothing-fetched-or-pushed = nada foi baixado nem enviado
lib-sync-remote-ahead = { $remote_branch } está à frente do seu { $branch }
lib-sync-moved-to-own-branch = seus comentários agora estão no seu próprio ramo { $branch }
err-sync-diverged = baixado de { $remote }, mas sem enviar: { $remote_branch } tem commits que faltam no seu { $branch }, e vice-versa. { $next }
err-sync-diverged-secretariat = Traga o trabalho do remoto com `{ $merge }` (comentários das partes interessadas), ou `{ $pull }` para os commits da própria secretaria, e sincronize de novo
err-sync-diverged-stakeholder = Seu ramo no repositório compartilhado tem comentários que faltam nesta cópia (enviados de outro computador?). Nada se perdeu: envie por e-mail os comentários feitos aqui com `{ $command }`, ou peça ajuda à secretaria
lib-sync-round-not-pushed = a rodada { $round } foi aberta por { $by }, não pela secretaria: não foi enviada
lib-sync-pushing = enviando { $refs } para { $remote }
lib-commits-safe-not-pushed = seus commits estão seguros, mas não foram enviados
err-push-rejected-secretariat = baixe o que mudou e sincronize de novo
err-push-rejected-stakeholder = execute `{ $sync }` de novo; se o repositório compartilhado continuar recusando, envie-os por e-mail com `{ $send }`
err-push-rejected = o repositório compartilhado ({ $remote }) não aceitou seus comentários: { $why }. Eles ficam guardados aqui; { $next }
err-sync-would-overwrite = { $why }, mas trazer os arquivos para cá sobrescreveria suas alterações sem commit ({ $error }); faça commit delas ou guarde-as à parte e sincronize de novo
err-sync-no-free-branch = todos os nomes de ramo de { $first } a { $last } estão em uso: crie o seu com `{ $command }` e sincronize de novo
err-sync-not-sending = { $branch } não será enviado: o `{ $merge }` da secretaria o recusaria inteiro, porque
err-sync-not-sending-next = Nada foi enviado. Uma contribuição só adiciona os seus próprios arquivos de comentários; para propor nova redação para a minuta, comente com uma proposta (`p` na TUI, ou `{ $propose }`). Para tirar esses commits do seu ramo e manter seus comentários, execute `{ $rebase }` e apague as linhas dos commits citados acima (ou peça ajuda à secretaria), e depois `{ $sync }` de novo
lib-sync-new-work = { $branch } tem trabalho novo da secretaria
err-sync-conflict = seu ramo { $branch } e { $main } alteram os mesmos arquivos, então o trabalho da secretaria não pode ser trazido: no seu ramo só cabem arquivos de comentários. Nada foi enviado; peça ajuda à secretaria

## Gravação e commits

err-full-disk-advice = libere espaço e execute o comando de novo
err-read-only-advice = o consulta não pode gravar neste repositório aqui: copie-o ou clone-o em um lugar onde se possa gravar
err-disk-full = não há espaço no disco que contém { $path }
err-read-only = { $path } está em um sistema de arquivos somente leitura
err-writer-busy = outro processo do consulta está gravando neste repositório há mais de { $seconds } s (ele detém { $path }); espere que termine ou interrompa-o
lib-stale-lock-removed = aviso: { $path } removido, deixado há { $seconds } s por um processo interrompido durante a gravação
err-commit-locked = não foi possível fazer o commit: o ramo continuou bloqueado ou continuou mudando ({ $why }); se nenhum outro consulta ou git estiver em execução, remova { $path }
err-commit-not-written = não foi possível gravar o commit em { $path } ({ $why })
err-branch-moved-while-merging = o ramo mudou durante a incorporação (outro processo do git?): nada mais foi incorporado ({ $why })
lib-index-locked = aviso: { $path } continuou bloqueado; o commit foi feito, mas `{ $command }` pode mostrar os novos arquivos como preparados até a próxima gravação do consulta
lib-index-not-updated = aviso: o commit foi feito, mas o índice do git não pôde ser atualizado ({ $why }); até a próxima gravação do consulta, `{ $command }` pode mostrar os arquivos do commit como apagados e não rastreados
lib-nothing-written = nada foi gravado nem incluído em commit
lib-not-put-back = nenhum commit foi feito, mas { $paths } não pôde ser restaurado como estava e contém o texto novo

## Leitura da minuta e dos registros

lib-slug-not-portable = o slug { $slug } não pode ser nome de pasta no Windows (um nome de dispositivo como CON ou NUL, ou um ponto ou espaço no final); renomeie o arquivo
lib-section-file-name = os arquivos de seção se chamam { $pattern } (um número, um hífen, um slug de letras, algarismos e hífens)
lib-section-not-utf8 = não é texto UTF-8 válido (é um arquivo binário?)
lib-section-nul-bytes = contém bytes NUL (é um arquivo binário?)
lib-section-id-twice = o id de seção { $id } também é usado por { $file }; os ids devem ser únicos
lib-section-id-case = o id de seção { $id } difere de { $other } ({ $file }) só em maiúsculas e minúsculas: no Windows e no macOS suas pastas de comentários seriam uma só; renomeie uma delas
lib-folder-unreadable = não é possível ler a pasta: { $error }
lib-file-name-not-utf8 = o nome do arquivo não é UTF-8 válido; ignorado
lib-symlink-replace = é um link simbólico; o consulta não segue links (substitua-o pelo próprio arquivo)
lib-symlink = é um link simbólico; o consulta não segue links
lib-file-too-big-skipped = tem { $size } bytes, acima do limite de { $max } bytes; ignorado
err-reading-drafts-failed = a leitura da minuta falhou
lib-not-a-record = não é um arquivo de comentário nem de decisão ({ $folder } contém { $comment } e { $disposition })

## Registros (comentários e decisões)

lib-schema-zero = o esquema 0 não é um esquema do consulta (esperado: { $expected })
lib-schema-newer = o esquema { $schema } foi gravado por um consulta mais novo; este lê o esquema { $reads }: atualize o consulta para lê-lo
lib-record-not-utf8 = não é texto UTF-8 válido: salve o arquivo como UTF-8 (pode ter sido gravado em outra codificação, ou ser um arquivo binário)
lib-field-empty = `{ $field }` está vazio
lib-id-not-ulid = o id { $id } não é um ULID (26 caracteres em base32 de Crockford)
lib-bad-section-id = a seção { $section } não é um id de seção válido
lib-bad-round-name = a rodada { $round } não é um nome de rodada válido
lib-bad-created = created { $created } não é um horário RFC 3339
lib-anchor-end-before-start = o fim da âncora { $end } vem antes do início { $start }
lib-anchor-quote-empty = a citação da âncora está vazia (deixe `anchor` como null para comentar a seção inteira)
lib-bad-in-reply-to = in_reply_to { $id } não é um id de comentário
lib-comment-misplaced = o arquivo deveria estar em { $path } (é o que dizem sua rodada, sua seção e seu id)
lib-disposition-bad-comment = o comentário { $id } não é um id de comentário
lib-disposition-misnamed = o arquivo deveria se chamar { $name }

## Arquivos JSON

lib-json-truncated = o arquivo termina cedo demais ({ $error }); foi truncado?
lib-json-invalid = JSON inválido: { $error }
lib-json-too-deep = aqui há listas ou objetos aninhados a mais de { $depth } níveis; um registro do consulta tem só alguns níveis, então este arquivo está danificado ou não foi gravado pelo consulta

## Manifesto

lib-manifest-schema-newer = o esquema { $schema } foi gravado por um consulta mais novo; este lê o esquema { $reads }: atualize o consulta
lib-manifest-no-title = o título está vazio

## Endereços (IRIs) da exportação W3C

lib-iri-bad-user = { $user } não é uma parte de usuário válida
lib-iri-unclosed-ip = um literal IP sem o ']' de fechamento
lib-iri-bad-ip = { $ip } não é um endereço IP
lib-iri-bad-host = { $host } não é um host válido
lib-iri-bad-port = { $port } não é uma porta
lib-iri-no-scheme = não tem esquema (como https: ou urn:)
lib-iri-bad-scheme = { $scheme } não é um esquema (não tem um esquema como https: ou urn:)
lib-iri-bad-path = o caminho { $path } contém caracteres que um URI não admite
lib-iri-bad-query = a query { $part } contém caracteres que um URI não admite
lib-iri-bad-fragment = o fragmento { $part } contém caracteres que um URI não admite
lib-iri-not-absolute = { $iri } não é um IRI absoluto como { $example }: { $why }

## check

lib-check-no-sections = não há arquivos de seção ({ $pattern })
lib-check-id-twice = o id { $id } também é usado por outro arquivo de comentário
lib-check-reply-to-itself = responde a si mesmo
lib-check-answers-nothing = responde ao comentário { $id }, que não existe
lib-check-disposition-misplaced = deveria estar em { $path }, ao lado do seu comentário
lib-check-no-round = a rodada { $round } não existe (nenhuma tag de rodada com esse nome)
lib-check-no-section = a seção { $section } não existe na rodada { $round }
lib-check-quote-occurs-at = ; ela aparece em { $range }
lib-check-quote-nowhere = ; ela não aparece em parte alguma da seção
lib-check-quote-moved = a citação não está em { $range } da seção { $section } na rodada { $round }{ $hint }
lib-check-context-mismatch = o prefixo ou o sufixo da âncora não corresponde ao texto em volta da citação

## Rodadas

err-no-round-none-open = não há nenhuma rodada { $round }: nenhuma rodada foi aberta ainda (a secretaria abre uma com `{ $command }`)
err-no-round = não há nenhuma rodada { $round }; as rodadas são: { $rounds }
err-no-round-open = nenhuma rodada está aberta ainda, então não há nada a comentar: a secretaria abre uma com `{ $command }`
err-round-name = { $name } não serve como nome de rodada: use letras, algarismos, '-', '_' ou '.', como { $example }
err-round-tag-exists = já existe uma tag chamada { $name }; escolha outro nome de rodada
err-round-drafts-uncommitted = a minuta tem alterações sem commit ({ $files }); faça o commit primeiro (`{ $command }`) para que a rodada seja exatamente o que as partes interessadas leem
err-no-commit-yet = o repositório ainda não tem nenhum commit
err-manifest-not-committed = { $file } ainda não tem commit
err-round-head-already = HEAD já é a rodada { $round }; altere a minuta e faça commit antes de abrir uma nova rodada
err-undo-round-not-secretariat = só a secretaria ({ $secretariat }) pode desfazer uma rodada; você é { $you }
err-undo-round-not-latest = { $round } não é a última rodada ({ $latest } é): só a última rodada pode ser desfeita
err-undo-round-has-comments = { $round } já tem comentários ({ $folder }): uma rodada comentada pelas partes interessadas permanece; abra a próxima em vez disso

## Registro de participantes

err-no-ssh-keygen = não é possível executar { $program } para ler a chave ({ $error }); instale o OpenSSH
err-not-ssh-key = esta não é uma chave pública SSH que { $program } consiga ler
err-register-not-secretariat = só a secretaria ({ $secretariat }) pode manter o registro de participantes; você é { $you }
err-register-bad-email = { $email } não é um endereço de e-mail que caiba numa linha do registro (uma só palavra com @, sem , * ? ! " #)
err-register-no-key = o arquivo de chave não contém nenhuma chave pública SSH (uma linha como `{ $example }`, como num arquivo .pub ou a linha que `{ $command }` mostra)
err-register-bad-category = { $category } não é uma categoria desta consulta; use uma de: { $categories }
err-register-already = { $email } já está registrado com esta chave
err-revoke-no-key = { $email } não tem nenhuma chave no registro a revogar

## Assinatura

err-sign-format = { $setting } está ativado, mas gpg.format é { $format }: o consulta assina com ssh ou openpgp; nenhum commit foi feito
err-sign-no-key = { $setting } está ativado com gpg.format=ssh, mas user.signingkey não está definido: defina-o com `{ $command }`; nenhum commit foi feito
err-sign-key-missing = a chave de assinatura { $path } (user.signingkey) não está lá; indique outra com `{ $command }`; nenhum commit foi feito
err-sign-no-signature = { $program } não produziu nenhuma assinatura { $kind }; nenhum commit foi feito
err-sign-cannot-run = não é possível executar { $program } para assinar ({ $error }); a assinatura está ativada na configuração do git (commit.gpgsign): instale-o ou desative a assinatura; nenhum commit foi feito
err-sign-failed = { $program } não conseguiu assinar ({ $why }); nenhum commit foi feito
err-bad-tag-name = { $name } não pode ser nome de tag

## O que uma contribuição pode fazer (merge e sync)

lib-rule-too-long = o comentário ou sua proposta passa de { $max } bytes, o limite de `{ $command }`
lib-rule-category = a categoria do autor { $category } não é uma das da consulta: { $categories }
lib-rule-country = o país do autor { $country } não é um código ISO 3166-1 de duas letras
lib-rule-round-closed = comenta { $round } depois que { $next } foi aberta: { $round } está encerrada; comente { $next }
lib-rule-created-early = o comentário diz ter sido criado em { $created }, antes de sua rodada ser aberta ({ $opened }): um comentário é escrito enquanto sua rodada está aberta (um relógio pode errar por um dia, não mais)
lib-rule-created-late = o comentário diz ter sido criado em { $created }, depois desta incorporação ({ $now }): um comentário não pode vir do futuro (um relógio pode errar por um dia, não mais)
lib-at-line-column = linha { $line }, coluna { $column }: { $message }
lib-rule-adds-to-draft = adiciona um arquivo à minuta: só a secretaria altera a minuta
lib-rule-adds-outside = adiciona um arquivo fora de { $folder }: uma contribuição só adiciona arquivos de comentários
lib-rule-adds-disposition = adiciona uma decisão: só a secretaria registra decisões
lib-rule-misplaced = não está onde ficam os comentários: { $pattern }
lib-rule-file-name = o nome de arquivo { $name } não é { $pattern } (um arquivo de comentário tem o nome do seu id)
lib-rule-edits-draft = edita a minuta: só a secretaria altera a minuta
lib-rule-changes-disposition = altera uma decisão: só a secretaria registra decisões
lib-rule-changes-comment = altera um comentário existente: um comentário enviado nunca é reescrito
lib-rule-changes-file = altera um arquivo da consulta: uma contribuição só adiciona arquivos de comentários
lib-rule-deletes-draft = apaga um arquivo da minuta: só a secretaria altera a minuta
lib-rule-deletes-disposition = apaga uma decisão: só a secretaria registra decisões
lib-rule-deletes-comment = apaga um comentário: comentários enviados nunca são removidos
lib-rule-deletes-file = apaga um arquivo da consulta: uma contribuição só adiciona arquivos de comentários

## Identidade

lib-identity-name = nome
lib-identity-email = e-mail
lib-identity-organisation = organização
lib-identity-category = categoria
lib-identity-country = país
err-identity-incomplete = { $count ->
    [one] falta o seu dado: { $fields }; defina-o uma vez com `{ $command }`
   *[other] faltam os seus dados: { $fields }; defina-os uma vez com `{ $command }`
  }
err-identity-email = { $email } não é um endereço de e-mail
err-identity-country = o país { $country } deve ser um código ISO 3166-1 alfa-2 em maiúsculas, como UY, BR ou JM
err-identity-control = seu campo { $field } contém caracteres de controle
err-identity-unknown = o git não sabe quem você é: informe com `{ $command }`

## import draft

err-import-drafts-uncommitted = a minuta tem alterações sem commit ({ $files }); faça commit delas ou descarte-as antes de importar, para que nada seja sobrescrito
err-import-level = { $option }: os títulos Markdown têm níveis de 1 a 6
err-import-no-headings = { $file } não tem títulos Markdown (# Título) para dividi-lo em seções
err-import-device-name = o título { $heading } daria o id de seção { $id }, um nome que o Windows reserva para um dispositivo (CON, PRN, AUX, NUL, COM0-COM9, LPT0-LPT9, com qualquer extensão): a pasta dos comentários não poderia ser criada ali. Dê mais palavras ao título ("Seção { $title }", por exemplo) e importe de novo

## Abrir e iniciar uma consulta

err-not-in-repository = { $path } não está dentro de uma consulta (nem de nenhum repositório git). Para participar de uma, copie-a com `{ $join }` (a secretaria informa o endereço); para iniciar uma, `{ $init }`
err-bare-repository-clone = { $path } é um repositório sem cópia de trabalho (bare): clone-o primeiro (`{ $command }`) e execute o consulta no clone
err-bare-repository = { $path } é um repositório sem cópia de trabalho (bare)
err-already-a-consultation = { $path } já contém uma consulta ({ $file } existe)
err-path-escapes = caminho { $path } recusado: ele poderia sair da sua pasta
err-path-not-portable = caminho { $path } recusado: { $name } não pode ser nome de arquivo no Windows (nada de nomes de dispositivo como CON ou NUL, nem { $characters }, nem ponto ou espaço no final)

## verify

lib-verify-never-committed = nenhum commit adicionou este arquivo: ele nunca foi enviado (faça commit dele com o autor como autor do commit, ou remova-o)
lib-verify-rewritten = reescrito no commit { $later } depois que o commit { $commit } o adicionou: o arquivo não é o que foi enviado
lib-verify-rewritten-and-changed = reescrito no commit { $later } depois que o commit { $commit } o adicionou, e alterado de novo na cópia de trabalho: o arquivo não é o que foi enviado
lib-verify-changed = alterado na cópia de trabalho desde que o commit { $commit } o adicionou: o arquivo não é o que foi enviado
lib-verify-no-author = não é possível ler o autor do comentário: { $why }
lib-verify-other-author = o commit { $commit } que o adicionou é de { $author }, mas o comentário diz que o autor é { $claimed }

## Rodadas e commits do repositório compartilhado

lib-round-tag-differs = a rodada { $round } do remoto aponta para o commit { $there }, a sua para { $here }: a sua é mantida (uma rodada, depois de aberta, não se move)
lib-round-tag-stranger = a tag { $round } do remoto parece uma rodada, mas foi feita por { $by }, não pela secretaria ({ $secretariat }): não foi aceita
lib-commit-by = { $commit } de { $author } ({ $summary })
err-strangers-commits = { $name } tem commits que a secretaria não fez: { $commits }. Nada foi trazido nem enviado. Examine-os com `{ $log }`; quando tiver certeza de que não pertencem, restaure o repositório compartilhado com `{ $push }`

## join

err-join-folder-not-empty = { $path } já existe e não está vazia: indique outra pasta (`{ $command }`)
lib-join-copying = copiando a consulta de { $url }
err-join-failed = não foi possível copiar a consulta de { $url }: { $why }. Verifique o endereço (a secretaria o informa), sua rede e se você tem permissão de leitura; nada foi gravado
err-join-empty = { $url } ainda não contém nenhuma consulta (não tem ramo main); peça à secretaria que a publique com `{ $command }`
err-join-not-consultation = { $url } é um repositório git, mas não uma consulta (não há { $file }); confira o endereço com a secretaria
err-join-bad-category = { $category } não é uma categoria de partes interessadas desta consulta; as categorias são: { $categories }

## O que há de novo depois de sincronizar

lib-news-nothing = Nada de novo na consulta desde a sua última sincronização.
lib-news = Novidades: { $parts }.
lib-news-decided = { $count ->
    [one] { $count } dos seus comentários com decisão
   *[other] { $count } dos seus comentários com decisão
  } ({ $detail })
lib-news-status-accepted = { $count ->
    [one] { $count } aceito
   *[other] { $count } aceitos
  }
lib-news-status-modified = { $count ->
    [one] { $count } aceito com modificações
   *[other] { $count } aceitos com modificações
  }
lib-news-status-rejected = { $count ->
    [one] { $count } não aceito
   *[other] { $count } não aceitos
  }
lib-news-status-noted = { $count ->
    [one] { $count } registrado
   *[other] { $count } registrados
  }
lib-news-applied = { $count ->
    [one] { $count } das suas propostas aplicada à minuta
   *[other] { $count } das suas propostas aplicadas à minuta
  }
lib-news-round-opened = { $round } aberta
lib-news-new-comments = { $count ->
    [one] { $count } comentário novo
   *[other] { $count } comentários novos
  } de outras pessoas
lib-cannot-read = não é possível ler: { $error }

## send

err-send-no-commit = o repositório ainda não tem nenhum commit: nada a enviar
err-send-nothing = você ainda não tem comentários a enviar: escreva um (`c` na TUI, ou `{ $command }`) e depois envie
err-send-bundle-failed = não foi possível gravar o pacote: { $why }

## Recuperação de uma gravação interrompida

lib-recover-was-empty = aviso: { $path } restaurado a partir do último commit: estava vazio depois que uma gravação do consulta foi interrompida
lib-recover-was-missing = aviso: { $path } restaurado a partir do último commit: uma gravação do consulta foi interrompida antes de gravá-lo em disco
lib-recover-put-back = aviso: { $path } restaurado como no último commit: uma gravação do consulta foi interrompida antes do commit
lib-recover-not-put-back = aviso: { $path } contém uma gravação interrompida antes do commit e não pôde ser restaurado ({ $error }); `{ $command }` o restaura
lib-recover-left = aviso: { $path } estava sendo gravado por um processo do consulta que foi interrompido, e já tinha alterações sem commit: fica como está; compare-o com `{ $command }`

## O comando git

err-git-not-installed = este remoto é acessado pelo comando `{ $program }`, que não está no PATH (instale o git: o consulta repassa a ele os remotos https e ssh)
err-git-cannot-run = não é possível executar o git: { $error }
err-git-wait = esperando o git: { $error }
err-git-exit = o git terminou com { $status }

## diff

lib-diff-title-was = o título era { $title }
lib-diff-text-changed = texto alterado
lib-diff-status-added = adicionada
lib-diff-status-removed = removida
lib-diff-status-renamed = renomeada
lib-diff-status-reordered = reordenada
lib-diff-status-changed = alterada
lib-diff-status-unchanged = sem mudanças
lib-diff-summary = diff { $from } → { $to }: { $count ->
    [one] { $count } seção alterada
   *[other] { $count } seções alteradas
  }, +{ $added } −{ $removed } palavras
lib-diff-words = +{ $added } −{ $removed } palavras
lib-diff-hunk-comments = comentários: { $ids }
lib-diff-unchanged = { $count ->
    [one] { $count } seção sem mudanças
   *[other] { $count } seções sem mudanças
  }
lib-diff-md-title = Mudanças de { $from } para { $to }
lib-diff-md-totals = { $count ->
    [one] { $count } seção alterada
   *[other] { $count } seções alteradas
  }, { $added } palavras adicionadas, { $removed } palavras removidas.
lib-diff-md-section = Seção
lib-diff-md-status = Situação
lib-diff-md-words-added = Palavras adicionadas
lib-diff-md-words-removed = Palavras removidas
lib-diff-md-lines = Linhas { $old } → { $new }
lib-diff-md-comments = comentários { $ids }

## Arquivos de saída

err-output-is-folder = { $path } é uma pasta: indique o nome de um arquivo a gravar
err-output-too-many-links = mais de { $count } links simbólicos seguidos
lib-branch-created-meanwhile = o ramo foi criado nesse meio-tempo

## Categorias de partes interessadas de uma consulta nova

lib-category-government = Ministério ou órgão público
lib-category-quality-assurance = Agência de garantia da qualidade
lib-category-higher-education = Universidade ou instituição de educação superior
lib-category-tvet = Instituição de educação profissional e tecnológica
lib-category-private-provider = Provedor privado ou on-line
lib-category-employer = Empregador ou entidade setorial
lib-category-learner = Estudante ou organização estudantil
lib-category-international = Organismo internacional ou regional
lib-category-civil-society = Organização da sociedade civil
lib-category-individual = Pessoa física

# Os relatórios publicados: o resumo (Markdown, HTML, rótulos do JSON, cabeçalhos de CSV e
# xlsx), no idioma do relatório. Números e datas (ISO 8601) são escritos igualmente em todos
# os idiomas.

## Palavras recorrentes

report-unknown-country = desconhecido
report-no-category = (nenhuma)
report-open = aberto
report-working-draft = minuta de trabalho
report-none = Nenhum.
report-generated = Gerado em
report-reply-mark = (resposta)
report-weeks-span = { $from } a { $to }

## Os status do modelo ISO

report-status-accepted = aceito
report-status-modified = aceito com modificações
report-status-rejected = não aceito
report-status-noted = registrado

## Título e escopo

report-summary-of = Resumo da consulta
report-scope-all = Todos os comentários até a última rodada.
report-scope-all-rounds = Todos os comentários até a última rodada ({ $rounds }).
report-scope-round = Comentários feitos em { $round }.
report-skipped-md = { $count ->
    [one] { $count } arquivo de registro não pôde ser lido e ficou de fora
   *[other] { $count } arquivos de registro não puderam ser lidos e ficaram de fora
} (`consulta check` os lista).
report-skipped-html = { $count ->
    [one] { $count } arquivo de registro não pôde ser lido e ficou de fora.
   *[other] { $count } arquivos de registro não puderam ser lidos e ficaram de fora.
}

## Títulos

report-h-contents = Sumário
report-h-participation = Participação
report-h-by-category = Por categoria de parte interessada
report-h-by-country = Por país
report-h-by-week = Ao longo do tempo (comentários por semana ISO)
report-h-sections = Comentários por seção
report-h-decisions = Decisões por status
report-h-dispositions = Tabela de decisões
report-h-you-said = Vocês disseram, nós fizemos
report-h-campaigns = Campanhas (comentários quase idênticos)
report-h-open = O que continua em aberto
report-h-awaiting = Aguardando decisão
report-h-not-applied = Aceitos, mas ainda não aplicados à minuta

## Rótulos de dados, tabelas e gráficos

report-l-comments = Comentários
report-l-replies = são respostas
report-l-proposals = com redação proposta
report-l-participants = Participantes (endereços de e-mail distintos)
report-l-organisations = Organizações (nomes distintos)
report-l-orgs-short = Organizações
report-l-category = Categoria
report-l-country = País
report-l-code = Código
report-l-week = Semana
report-l-starting = Início
report-l-section = Seção
report-l-support = A favor
report-l-oppose = Contra
report-l-neutral = Neutro
report-l-no-stance = Sem posição
report-l-proposals-short = Propostas
report-l-open = Em aberto
report-l-status = Status
report-l-comments-by-country = Comentários por país
report-l-comments-per-week = Comentários por semana ISO
report-no-comments = sem comentários
report-no-comments-in = sem comentários em
report-week-from = { $week } (a partir de { $date }): { $count }

## "Vocês disseram, nós fizemos"

report-no-change-yet = A minuta ainda não mudou desde esta rodada.
report-diff-legend-html = As palavras removidas aparecem riscadas no texto anterior; as acrescentadas, sublinhadas no novo.
report-diff-legend-md = As palavras removidas aparecem ~~riscadas~~ no texto anterior; as acrescentadas, **em negrito** no novo.
report-step-totals = { $sections ->
    [one] { $sections } seção alterada
   *[other] { $sections } seções alteradas
}, { $added } palavras acrescentadas, { $removed } palavras removidas.
report-words-short = palavras
report-section-added = acrescentada
report-section-removed = removida
report-section-renamed = renomeada
report-section-reordered = reposicionada
report-section-changed = alterada
report-section-unchanged = sem alteração
report-as-it-was = Como era
report-as-it-is-now = Como ficou
report-because-of = Em razão de
report-no-comment-behind = Nenhum comentário consta como origem desta alteração (uma edição da secretaria).
report-moved-only = A seção mudou de lugar ou de nome; seu texto não mudou.
report-f-about = Sobre
report-whole-section = a seção inteira
report-f-said = Comentário
report-f-proposed = Proposta
report-f-decision = Decisão
report-f-observations = Observações da secretaria
report-f-applied = Aplicado
report-applied-as-modified = a secretaria aplicou sua própria redação
report-reply-to = Resposta a

## Campanhas

report-campaign-measure = similaridade de Jaccard dos 3-shingles de palavras do texto normalizado
report-campaign-rule = Comentários quase idênticos são agrupados quando a { $measure } é de pelo menos { $threshold } e há pelo menos { $group } comentários ligados; textos com menos de { $shingles } shingles não são agrupados.
report-no-campaign = Nenhuma campanha encontrada.
report-campaign-heading = Campanha { $number }: { $size } comentários (similaridade mínima { $similarity })
report-campaign-sections = Seções
report-campaign-organisations = Organizações
report-campaign-countries = Países

## Colunas da tabela de decisões: as do modelo ISO/IEC, depois as do consulta.
## `consulta import comments` as lê de volta (ver src/report/headers.rs).

report-col-mbnc = OM/CN
report-col-line = Número da linha
report-col-clause = Cláusula/Subcláusula
report-col-paragraph = Parágrafo/Figura/Tabela
report-col-type = Tipo de comentário
report-col-comments = Comentários
report-col-proposed = Alteração proposta
report-col-observations = Observações da secretaria
report-col-decision = Decisão
report-col-resulting-change = Alteração resultante
report-col-comment-id = ID do comentário
report-col-round = Rodada
report-col-section = Seção
report-col-quote = Trecho
report-col-author-name = Nome do autor
report-col-author-email = E-mail do autor
report-col-organisation = Organização
report-col-category = Categoria
report-col-stance = Posição
report-col-in-reply-to = Em resposta a
report-col-created = Data
report-col-language = Idioma do texto
report-col-comment-short = Comentário

## O modelo de comentários em branco (`consulta template`)

report-template-title = Modelo para comentários e observações da secretaria
report-template-document = Documento: { $title }
report-template-round = Rodada: { $round }
report-template-not-in-list = Fora da lista
report-template-choose = Escolha { $what } na lista suspensa.
report-template-choose-clause = uma cláusula desta rodada (ver a planilha Clauses)
report-template-choose-category = uma categoria de parte interessada
report-template-choose-type = ge, te ou ed
report-template-choose-stance = support, oppose ou neutral
report-template-section-id = ID da seção

## Assinaturas e registro de participantes

trust-not-secretariat = { $what ->
    [tag] esta etiqueta de rodada
   *[other] este commit
} faz o que só a secretaria pode fazer, mas { $email } não é um endereço da secretaria: só um endereço da secretaria do manifesto pode alterar as minutas, o manifesto, o registro ou uma decisão, ou abrir uma rodada
trust-unsigned = { $what ->
    [tag] esta etiqueta de rodada
   *[other] este commit
} de { $email } não está assinado, mas { $email } tem uma chave registrada: assine com essa chave (`consulta whoami --signing-key ARQUIVO_DA_CHAVE`) e envie de novo, ou peça à secretaria que revogue a chave (`consulta register --revoke { $email }`)
trust-not-ssh = { $what ->
    [tag] esta etiqueta de rodada
   *[other] este commit
} de { $email } não está assinado com uma chave SSH, mas { $email } tem uma chave SSH registrada: assine com essa chave SSH (`consulta whoami --signing-key ARQUIVO_DA_CHAVE`)
trust-unregistered = { $what ->
    [tag] esta etiqueta de rodada
   *[other] este commit
} de { $email } deve ser assinado com uma chave registrada da secretaria, e { $email } não tem nenhuma: a secretaria registra a chave com `consulta register { $email } --key CHAVE.pub`
trust-wrong-key = a assinatura { $what ->
    [tag] desta etiqueta de rodada
   *[other] deste commit
} não foi feita com uma chave registrada para { $email }: assine com a chave registrada, ou peça à secretaria que registre a nova (`consulta register { $email } --key NOVA.pub`)
trust-verify-counts = Assinaturas: { $verified } verificadas, { $unverified } não verificadas, { $bad } inválidas (commits e etiquetas de rodada; verificada: assinada com uma chave que o registro atribui a quem assina).
trust-merge-secretariat = está em nome do endereço da secretaria { $email }, mas não está assinado com uma chave registrada da secretaria: só a secretaria fala pela secretaria; comente com o seu próprio endereço (`consulta whoami --email …`)
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

# A interface de terminal (consulta tui): títulos, ajuda de teclas, status, progresso.
# Linhas curtas: a TUI deve caber em 80 colunas.

tui-sections = Seções
tui-comments = Comentários
tui-no-sections = Esta rodada não tem seções.
tui-no-comments-section = Ainda não há comentários nesta seção. Tecle c para escrever o primeiro.
tui-no-comments-filtered = Nenhum comentário atende aos filtros (f os altera).
tui-loading-title = Abrindo a consulta
tui-loading-start = lendo o repositório
tui-too-small = Terminal pequeno demais
tui-help-title = Teclas
tui-help-foot = ↑↓ rolar · Esc ou ? fecha
tui-current = atual
tui-whole-section = seção inteira
tui-you = você
tui-no-stance = sem posição
tui-open-status = aberto
tui-compose-comment = Comentário
tui-compose-propose = Propor redação
tui-compose-reply = Resposta
tui-field-body = Seu comentário
tui-field-proposal = Redação proposta (substitui o trecho)
tui-preview = Mudança
tui-type = Tipo
tui-stance = Posição
tui-on = Sobre
tui-passage = Trecho
tui-submitting = Enviando…
tui-body-placeholder = Diga o que pensa e por quê.
tui-confirm-title = Descartar?
tui-confirm-discard = Descartar o comentário que você estava escrevendo? y descarta · n volta
tui-restore-title = Comentário inacabado
tui-restore-keys = y o recupera · n o descarta
tui-identity-title = Quem é você?
tui-identity-intro = Seus comentários são assinados com estes dados (guardados na configuração git deste repositório).
tui-identity-keys = ↑↓ campo · ←→ categoria · Enter segue / salva · Esc cancela
tui-filters-title = Filtrar comentários
tui-filters-keys = ↑↓ escolher · ←→ mudar · x limpa · Esc fecha
tui-filter-type = Tipo
tui-filter-category = Categoria
tui-filter-status = Status
tui-filter-mine = Só os meus
tui-filter-carried = Rodadas anteriores
tui-shown = visíveis
tui-hidden = ocultos
tui-carried-shown = Os comentários de rodadas anteriores aparecem onde seus trechos estão agora.
tui-carried-hidden = Os comentários de rodadas anteriores estão ocultos (e os mostra).
tui-carry-unchanged = = sem mudança
tui-carry-moved = ↻ movido
tui-carry-changed = Δ alterado
tui-carry-resolved = ✓ resolvido
tui-carry-orphaned = ⌀ órfão (o trecho sumiu)
tui-all = todos
tui-yes = sim
tui-no = não
tui-filtered = filtrados
tui-search-prompt = Buscar:
tui-search-hint = Enter busca · Esc cancela
tui-nothing-selected-to-propose = Selecione um trecho (v e mova o cursor) ou ponha o cursor num parágrafo: uma proposta substitui um trecho.
tui-no-comment-to-reply = Escolha um comentário no painel de comentários (Tab, depois ↑↓) para respondê-lo.
tui-no-more-passages = Não há mais trechos comentados nesta seção.
tui-discarded = Comentário descartado.
tui-restored = Seu comentário inacabado está de volta.
tui-identity-saved = Seus dados foram salvos na configuração git deste repositório.
tui-empty-body = O comentário está vazio: diga o que pensa antes de Ctrl-s.
tui-empty-search = Digite algo para buscar.
tui-busy = Ainda enviando o comentário anterior…
tui-k-quit = sair
tui-k-help = ajuda
tui-k-next-pane = próximo painel
tui-k-prev-pane = painel anterior
tui-k-search = buscar em todas as seções
tui-k-next-match = próximo resultado
tui-k-prev-match = resultado anterior
tui-k-round = ler outra rodada
tui-k-filters = filtrar comentários
tui-k-next-passage = próximo trecho comentado
tui-k-prev-passage = trecho comentado anterior
tui-k-comment = comentar
tui-k-propose = propor redação
tui-k-reply = responder
tui-k-carried = mostrar / ocultar comentários de rodadas anteriores
tui-k-scope = comentários do parágrafo / da seção
tui-k-diff = vista de diferenças: o que mudou entre duas rodadas
tui-k-triage = vista de triagem: a fila da secretaria
tui-k-section-up = seção anterior
tui-k-section-down = próxima seção
tui-k-next-change = próxima mudança
tui-k-prev-change = mudança anterior
tui-k-side-by-side = em linha / lado a lado
tui-k-language = ler a versão em outro idioma
tui-k-parallel = a versão em outro idioma ao lado do texto
tui-k-scroll-down = rolar as diferenças para baixo
tui-k-scroll-up = rolar as diferenças para cima
tui-k-from-prev = comparar a partir de uma versão anterior
tui-k-from-next = comparar a partir de uma versão posterior
tui-k-to-prev = comparar com uma versão anterior
tui-k-to-next = comparar com uma versão posterior (até a minuta de trabalho)
tui-k-back = voltar à leitura
tui-k-accept = decidir: aceito
tui-k-modify = decidir: aceito com modificações
tui-k-reject = decidir: não aceito
tui-k-note = decidir: registrado
tui-k-apply = aplicar a proposta aceita à minuta (com modificações: escreva antes a redação)
tui-k-triage-filters = filtrar a fila
tui-k-save-decision = salvar a decisão
tui-k-summary = vista de resumo: participação, seções, decisões
tui-k-send = enviar meus comentários, trazer as novidades da secretaria
tui-sending = Enviando seus comentários e trazendo as novidades da consulta…
tui-k-summary-scroll-up = rolar as listas para cima
tui-k-summary-scroll-down = rolar as listas para baixo
tui-k-export = exportar o resumo para um arquivo
tui-k-export-md = Markdown
tui-k-export-html = HTML (autônomo)
tui-k-export-json = JSON
tui-k-export-csv = CSV (modelo de comentários ISO)
tui-k-up = para cima
tui-k-down = para baixo
tui-k-open = abrir
tui-k-page-up = página acima
tui-k-page-down = página abaixo
tui-k-top = primeira
tui-k-bottom = última
tui-k-prev-word = palavra anterior
tui-k-next-word = próxima palavra
tui-k-line-up = linha acima
tui-k-line-down = linha abaixo
tui-k-select = iniciar / encerrar a seleção
tui-k-select-par = selecionar o parágrafo
tui-k-next-sentence = próxima frase
tui-k-prev-sentence = frase anterior
tui-k-next-par = próximo parágrafo
tui-k-prev-par = parágrafo anterior
tui-k-clear = limpar a seleção
tui-k-go-passage = ir ao trecho
tui-k-submit = enviar
tui-k-cancel = cancelar
tui-k-editor = abrir $EDITOR
tui-k-field = trocar de campo
tui-k-general = tipo geral
tui-k-technical = tipo técnico
tui-k-editorial = tipo editorial
tui-k-support = posição a favor
tui-k-oppose = posição contra
tui-k-neutral = posição neutra
tui-k-select-mouse = selecionar com o mouse: clicar e arrastar
tui-ctx-global = Em todo lugar
tui-ctx-list = Lista de seções
tui-ctx-reader = Leitura
tui-ctx-comments = Painel de comentários
tui-ctx-compose = Escrevendo um comentário
tui-ctx-diff = Vista de diferenças
tui-ctx-triage = Triagem (secretaria)
tui-ctx-decide = Escrevendo observações
tui-ctx-summary = Vista de resumo
tui-ctx-export = Exportando o resumo
tui-diff-title = Diferenças
tui-changes = Mudanças
tui-behind = Origem desta mudança
tui-no-comment-behind = Nenhuma proposta aplicada produziu esta mudança (editada pela secretaria).
tui-no-change-section = Nenhuma mudança nesta seção.
tui-computing-diff = Comparando as duas versões…
tui-same-version = Os dois lados são a mesma versão: escolha outra com [ ] ou {"{"} {"}"}.
tui-no-more-changes = Não há mais mudanças.
tui-status-new = nova
tui-status-removed = removida
tui-status-renamed = renomeada
tui-status-reordered = movida
tui-old = antes
tui-new = depois
tui-queue = Fila
tui-queue-to-apply = A aplicar
tui-k-to-apply = propostas decididas ainda não aplicadas (de novo: voltar)
tui-showing-to-apply = Propostas aceitas ainda não aplicadas: `a` aplica uma, `A` volta.
tui-mark-open = ○ aberto
tui-mark-applied-accepted = ✓ aplic.
tui-mark-applied-modified = ≈ aplic.
tui-mark-accepted = ✓ aceito
tui-mark-modified = ≈ modif.
tui-mark-rejected = ✗ não ac.
tui-mark-noted = · regist.
tui-triage-empty = Nenhum comentário atende aos filtros da fila (f os altera).
tui-competing = Propostas concorrentes (1 aceita a selecionada, as outras não são aceitas)
tui-filter-section = Seção
tui-filter-competing = Só concorrentes
tui-triage-filters-title = Filtrar a fila
tui-observations = Observações
tui-others-observations = Observações para as outras propostas (não aceitas)
tui-obs-placeholder = Por quê: o que a secretaria fará, ou por que não.
tui-saving = Registrando a decisão…
tui-applying = Aplicando a proposta…
tui-applied-title = Aplicada
tui-applied-keys = Esc ou Enter fecha
tui-not-a-proposal = Este comentário não propõe redação para um trecho: não há nada a aplicar.
tui-empty-observations = Escreva as observações antes de Ctrl-s: toda decisão diz por quê.
tui-proposed = Proposta
tui-quote = Trecho
tui-wording = Redação a aplicar (ajuste a proposta conforme decidido; Ctrl-s aplica)
tui-empty-wording = A redação está vazia: escreva o texto que substitui o trecho.
tui-summary-title = Resumo
tui-computing-summary = Contando comentários e decisões…
tui-by-category = Comentários por categoria
tui-by-section = Comentários por seção
tui-decisions = Decisões
tui-nothing-yet = Ainda não há comentários.
tui-sum-accepted = ✓ aceitos
tui-sum-modified = ≈ com modificações
tui-sum-rejected = ✗ não aceitos
tui-sum-noted = · registrados
tui-sum-open = ○ abertos
tui-sum-not-applied = aceitos, ainda não aplicados
tui-sum-campaigns = campanhas detectadas
tui-sum-comments = comentários
tui-sum-replies = respostas
tui-sum-proposals = propostas
tui-sum-participants = pessoas
tui-sum-organisations = organizações
tui-export-title = Exportar o resumo como
tui-exporting = Escrevendo o resumo…
tui-summary-not-ready = O resumo ainda está sendo contado; exporte quando ele aparecer.
tui-carried-from = de { $round }
tui-with-earlier = Comentários · { $n } + { $earlier } anteriores
tui-later-version = A vista { $view } virá numa versão posterior.
tui-only-current-round = Os comentários vão para a rodada atual ({ $current }); tecle R para lê-la.
tui-submitted = Comentário { $id } sobre { $section } enviado e gravado (commit).
tui-submit-failed = Não enviado: { $err }
tui-load-failed = Não foi possível abrir a consulta: { $err }
tui-problems = { $n ->
    [one] 1 arquivo não pôde ser lido e foi ignorado; `consulta check` o indica.
   *[other] { $n } arquivos não puderam ser lidos e foram ignorados; `consulta check` os lista.
}
tui-matches = { $n ->
    [one] 1 resultado
   *[other] { $n } resultados
} em { $sections ->
    [one] 1 seção
   *[other] { $sections } seções
} · n próximo · N anterior
tui-no-match = Nada corresponde a “{ $query }”.
tui-match-pos = Resultado { $i } de { $n }
tui-reading-round = Lendo { $round }.
tui-reading-language = Lendo a versão em { $language } ({ $code }).
tui-one-language = Este texto não tem versão em outro idioma.
tui-parallel-unaligned = Nenhum parágrafo desta versão está alinhado com o ¶{ $number }.
tui-editor-failed = O editor não foi executado: { $err }
tui-crash-report = consulta parou inesperadamente. Um relatório da falha foi gravado em { $path }; seu comentário inacabado, se houver, foi guardado e será oferecido na próxima vez.
tui-identity-hint-name = Seu nome como aparecerá ao lado dos seus comentários.
tui-identity-hint-email = Um endereço onde a secretaria possa contatá-lo; o resumo publicado não o inclui.
tui-identity-hint-organisation = O ministério, agência, universidade ou empresa que você representa.
tui-identity-hint-category = ←/→ escolha o tipo de parte interessada que você é.
tui-identity-hint-country = Duas letras (ISO 3166-1): BR, MX, JM, HT, CL…
tui-field-name = nome
tui-field-email = e-mail
tui-field-organisation = organização
tui-field-category = categoria
tui-field-country = país
tui-decision-accepted = aceito
tui-decision-modified = aceito com modificações
tui-decision-rejected = não aceito
tui-decision-noted = registrado
tui-interface-language = Idioma: { $lang } (--lang ou CONSULTA_LANG o altera)
tui-applied-in = aplicado no commit { $commit }
tui-already-applied = Já aplicado no commit { $commit }: nada a fazer (a vista de diferenças o mostra).
tui-in-reply-to = Em resposta a { $author }
tui-restore-question = Você estava escrevendo um comentário sobre { $section }: “{ $preview }”
tui-too-small-size = { $w }×{ $h }: aumente para pelo menos { $min_w }×{ $min_h }
tui-sent = { $count ->
    [0] Nada novo seu para enviar. { $news }
    [one] 1 comentário enviado à secretaria. { $news }
   *[other] { $count } comentários enviados à secretaria. { $news }
}
tui-send-failed = Não enviado: { $why }
tui-hunk-head = @@ linhas { $old_start }+{ $old_lines } → { $new_start }+{ $new_lines }
tui-change-pos = mudança { $i } de { $n }
tui-diff-failed = Não foi possível comparar: { $err }
tui-renamed-from = antes “{ $old }”
tui-progress = decididos { $decided }/{ $total }
tui-not-secretariat = A triagem é para a secretaria ({ $list }); você é { $email }. Peça à secretaria que inclua seu e-mail no manifesto.
tui-recorded-one = Registrado: { $status }, e gravado (commit).
tui-recorded-many = { $n } decisões registradas ({ $status } e não aceito para as outras), e gravadas (commit).
tui-apply-title = Aplicar: a redação que substitui o trecho · { $author }
tui-decide-title = Decidir: { $status } · { $author }
tui-applied = Aplicado a { $section } no commit { $commit }
tui-failed = Não feito: { $err }
tui-decided-gauge = decididos { $decided } de { $total } ({ $pct }%)
tui-rows-shown = { $from }–{ $to } de { $n }
tui-summary-failed = Não foi possível montar o resumo: { $err }
tui-exported = Gravado { $path }
tui-export-failed = Não foi possível exportar o resumo: { $err }
tui-hint-csv = CSV
tui-hint-html = HTML
tui-hint-json = JSON
tui-hint-markdown = Markdown
tui-hint-accept = aceitar
tui-hint-apply = aplicar
tui-hint-back = voltar
tui-hint-cancel = cancelar
tui-hint-change = mudança
tui-hint-comment = comentar
tui-hint-commented = comentado
tui-hint-diff = dif.
tui-hint-editor = editor
tui-hint-export = exportar
tui-hint-filter = filtrar
tui-hint-from = de
tui-hint-help = ajuda
tui-hint-modify = modif.
tui-hint-move = mover
tui-hint-note = anotar
tui-hint-open = abrir
tui-hint-pane = painel
tui-hint-passage = trecho
tui-hint-propose = propor
tui-hint-quit = sair
tui-hint-reject = recusar
tui-hint-reply = responder
tui-hint-round = rodada
tui-hint-save = salvar
tui-hint-scroll = rolar
tui-hint-search = buscar
tui-hint-section = seção
tui-hint-select = marcar
tui-hint-sentence = frase
tui-hint-side-by-side = lado a lado
tui-hint-submit = enviar
tui-hint-to = até
tui-hint-word = palavra
tui-help-mouse = mouse
tui-background-stopped = o trabalho em segundo plano parou
tui-submission-stopped = o envio parou
tui-loader-stopped = o carregamento parou
tui-editor-unclosed = não é possível ler o comando do editor { $editor } (aspas não fechadas?)
tui-editor-empty = o comando do editor está vazio
tui-loading-opening = abrindo o repositório
tui-loading-rounds = lendo as rodadas
tui-loading-text = lendo o texto de { $round }
tui-loading-comments = lendo os comentários
tui-loading-indexing = indexando { $count } comentários
tui-loading-carrying = levando { $count } comentários para { $round }
tui-kind-general = geral
tui-kind-technical = técnico
tui-kind-editorial = editorial
tui-stance-support = a favor
tui-stance-oppose = contra
tui-stance-neutral = neutro
tui-working-draft = minuta de trabalho
tui-key-space = Espaço
tui-key-home = Home
tui-key-end = End

# O marco em versões linguísticas paralelas (drafts/<lang>/NN-slug.md).

versions-folder-not-a-language = drafts/{ $lang }/ não é uma versão linguística: os idiomas da consulta são { $languages } (o primeiro é o texto principal, em drafts/)
versions-file-name = os arquivos de uma versão linguística têm os nomes dos do texto principal (NN-slug.md)
versions-no-primary = nenhuma seção do texto principal tem este id; uma versão linguística usa os nomes de arquivo do texto principal
versions-other-number = o texto principal chama esta seção de drafts/{ $file }; uma versão linguística usa o mesmo nome de arquivo
versions-not-utf8 = não é texto UTF-8 válido (é um arquivo binário?)
versions-unaligned-translation = o parágrafo { $paragraph } não tem correspondente em { $file } (o número de parágrafos difere e sua numeração não coincide)
versions-unaligned-primary = o parágrafo { $paragraph } não tem correspondente em { $file } (o número de parágrafos difere e sua numeração não coincide)
versions-import-not-translation = "{ $lang }" não é o idioma de uma tradução: o texto principal está em { $primary } e os idiomas da consulta são { $languages } (acrescente antes o idioma a drafts/consultation.json)
versions-import-dirty = a versão linguística tem alterações não registradas ({ $files }); registre-as ou descarte-as antes de importar, para que nada seja sobrescrito
versions-import-no-headings = { $source } não tem títulos Markdown (# Título) para dividi-lo em seções
versions-import-count = o documento tem { $found } seções; o texto principal tem { $expected }
versions-import-number = a seção { $position } do documento tem o número { $found }; a seção { $position } do texto principal ({ $section }) tem o { $expected }
versions-import-mismatch = nada foi importado: { $source } não corresponde seção por seção ao texto principal, então não pode ser sua versão { $lang }:
versions-comment-lang-code = lang { $lang } não é um código de idioma (duas ou três letras minúsculas, como es ou pt)
versions-comment-lang-unknown = o idioma { $lang } não é um dos da consulta: { $languages }
versions-comment-no-version = a seção { $section } não tem versão { $lang } em { $round }
versions-init-bad-language = --languages: "{ $lang }" não é um código de idioma (duas ou três letras minúsculas, como en, es, pt ou fr)
versions-init-twice = --languages: { $lang } aparece duas vezes
versions-cli-missing = { $count ->
    [one] A seção { $sections } não tem versão { $lang }: é mostrado o texto principal.
   *[other] { $count } seções não têm versão { $lang } ({ $sections }): é mostrado o texto principal.
}
versions-state-current = em dia
versions-state-behind = desatualizada
versions-state-missing = ausente
versions-column-translation = tradução
versions-round-behind = { $count ->
    [one] Atenção: a versão { $lang } está desatualizada (outra versão mudou e ela não) em { $count } seção: { $sections }.
   *[other] Atenção: a versão { $lang } está desatualizada (outra versão mudou e ela não) em { $count } seções: { $sections }.
}
versions-imported = Versão { $lang } importada de { $source }: { $count } seções, { $changed } acrescentadas ou alteradas.
versions-imported-commit = Commit { $commit } criado.
versions-imported-nothing = A versão { $lang } já era este documento; nada a registrar.
versions-check-unaligned = { $count ->
    [one] { $count } parágrafo não pode ser alinhado entre as versões linguísticas (não é um erro: as versões diferem aí até a tradução ser atualizada).
   *[other] { $count } parágrafos não podem ser alinhados entre as versões linguísticas (não é um erro: as versões diferem aí até a tradução ser atualizada).
}
versions-summary-behind = Traduções desatualizadas em relação ao texto principal

## A linha de comando

cli-sample-preparing = Preparando a consulta de exemplo incluída em { $dir } …
cli-sample-banner = { $why ->
    [no-round] Esta consulta ainda não tem nenhuma rodada; eis o exemplo incluído.
   *[none] Não há nenhuma consulta aqui; eis o exemplo incluído.
} Comece a sua com `consulta init DIR --title T`.
