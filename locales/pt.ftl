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
tui-counting = Contando seus comentários em { $folders ->
    [one] uma pasta de seção
   *[other] { $folders } pastas de seção
  }; suas marcas aparecem ao terminar…
tui-section-loading = Lendo os comentários desta seção…
tui-section-unreadable = Não foi possível ler os comentários desta seção: { $error }. Verifique se a pasta pode ser lida e abra a consulta de novo.
tui-all-loading = Lendo os { $count } comentários para esta visão…
tui-all-loaded = Todos os comentários lidos.
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

### The command line's own messages (cli-).

# As mensagens próprias da linha de comando (src/cli). Veja locales/en/cli.ftl.

## Shared: warnings, table headings and cells

cli-warn-skipped = aviso: ignorado: { $problem }
cli-warn-skipped-count = aviso: { $count ->
    [one] { $count } arquivo ignorado
   *[other] { $count } arquivos ignorados
  }; `consulta check` lista todos os problemas
cli-col-title = título
cli-col-words = palavras
cli-col-comments = comentários
cli-col-change = mudança
cli-col-round = rodada
cli-col-section = seção
cli-col-clause = cláusula
cli-col-type = tipo
cli-col-author = autor
cli-col-country = país
cli-col-status = situação
cli-col-comment = comentário
cli-col-in-round = em { $round }
cli-col-lang = idioma
cli-col-opened = abertura
cli-col-by = por
cli-col-message = mensagem
cli-change = { $change ->
    [new] nova
   *[changed] alterada
  }
cli-status = { $status ->
    [accepted] aceito
    [modified] com modificações
    [rejected] não aceito
    [noted] registrado
   *[open] aberto
  }
cli-status-applied = { $status ->
    [accepted] aceito
    [modified] com modificações
    [rejected] não aceito
   *[noted] registrado
  } (aplicado)
cli-clause-reply = resposta
cli-carry = { $status ->
    [unchanged] inalterado
    [moved] movido
    [changed] alterado
    [resolved] resolvido
   *[orphaned] órfão
  }

## init, demo

cli-init-no-title = o título está vazio: informe o título da consulta com --title
cli-init-no-identity = o git não sabe quem você é; configure primeiro: `git config --global user.name "Seu Nome"` e `git config --global user.email voce@example.org`
cli-init-started = Consulta { $title } iniciada em { $dir }
cli-init-secretariat = Você ({ $email }) é a secretaria dela.
cli-init-next = Próximo passo: escreva as seções como drafts/NN-slug.md, faça commit delas e depois rode `consulta round open round-1`.
cli-demo-no-sections = --sections deve ser pelo menos 1
cli-demo-built = Consulta { $kind ->
    [synthetic] sintética
   *[sample] de exemplo
  } criada em { $dir } ({ $rounds ->
    [one] { $rounds } rodada
   *[other] { $rounds } rodadas
  }) em { $seconds } s.
cli-demo-open = Abra-a com: consulta --repo { $dir }

## whoami

cli-whoami-empty = { $option } não pode ficar vazio
cli-whoami-key-no-repo = fora de um repositório git: use --global para assinar em todos os repositórios
cli-whoami-not-category = { $category } não é uma categoria desta consulta; escolha uma destas: { $categories }
cli-whoami-no-repo = fora de um repositório git: use --global para guardar sua identidade na sua configuração de usuário
cli-whoami-not-set = (não definido)
cli-whoami-missing = Para comentar você também precisa de: consulta whoami { $options }
cli-key-unreadable = não foi possível ler a chave de assinatura { $path }: { $error }
cli-key-not-ssh = { $path } não é um arquivo de chave SSH (para OpenPGP, configure no git user.signingkey, gpg.format=openpgp e commit.gpgsign=true: o consulta segue essas opções)
cli-key-not-utf8 = o caminho da chave { $path } não está em UTF-8

## show, comment add, comments

cli-show-no-section = não há nenhuma seção { $section } em { $version }; as seções são: { $sections }
cli-comment-bad-type = --type { $value } não é um tipo de comentário: use ge (geral), te (técnico) ou ed (editorial)
cli-comment-bad-stance = --stance { $value } não é uma posição: use support (a favor), oppose (contra) ou neutral (neutro)
cli-comment-saved = Comentário { $id } salvo em { $section } ({ $round }) e registrado em commit como { $name } <{ $email }>.
cli-comment-file = Arquivo: { $path }
cli-comments-bad-status = --status { $value } não é uma situação: use open, accepted, modified, rejected ou noted
cli-comments-mine-who = --mine precisa saber quem você é: informe com `consulta whoami --email voce@example.org`
cli-comments-no-section = não há nenhuma seção { $section }; as seções são: { $sections }

## rounds, round open, round undo

cli-rounds-none = Nenhuma rodada ainda. A secretaria abre a primeira com `consulta round open round-1`.
cli-round-not-secretariat = só a secretaria ({ $secretariat }) pode abrir uma rodada; você é { $you }
cli-round-opened = Rodada { $name } ({ $number }) aberta no commit { $commit }.
cli-round-share = Compartilhe-a com `git push --tags` (ou `consulta sync`).
cli-round-undone = Rodada { $name } desfeita: a tag foi apagada; o commit { $commit } e as minutas estão como estavam.
cli-round-undone-next = Altere as minutas, faça commit e rode `consulta round open { $name }` de novo. Se você já a tinha sincronizado, remova-a também do repositório compartilhado: `git push origin :refs/tags/{ $name }`.

## respond, apply, check

cli-respond-bad-status = --status { $value } não é uma decisão: use accepted, modified, rejected ou noted
cli-respond-recorded = Registrado: comentário { $id } { $status ->
    [accepted] aceito
    [modified] aceito com modificações
    [rejected] não aceito
   *[noted] registrado
  }.
cli-apply-applied = Comentário { $id } aplicado em { $section } no commit { $commit }.
cli-check-counts = { $sections ->
    [one] { $sections } seção
   *[other] { $sections } seções
  }, { $comments ->
    [one] { $comments } comentário
   *[other] { $comments } comentários
  }, { $dispositions ->
    [one] { $dispositions } decisão
   *[other] { $dispositions } decisões
  }, { $rounds ->
    [one] { $rounds } rodada
   *[other] { $rounds } rodadas
  }: { $problems ->
    [0] nenhum problema
    [one] { $problems } problema
   *[other] { $problems } problemas
  }
cli-check-shallow = nota: este repositório é um clone raso (git clone --depth), então podem faltar tags de rodada e histórico antigo; busque-os com `git fetch --unshallow --tags` e rode check de novo

## verify, register

cli-verify-ok = { $comments ->
    [one] { $comments } arquivo de comentário conferido
   *[other] { $comments } arquivos de comentários conferidos
  } com { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } em { $seconds } s: cada um é o que seu autor enviou.
cli-verify-problems = { $comments ->
    [one] { $comments } arquivo de comentário conferido
   *[other] { $comments } arquivos de comentários conferidos
  } com { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } em { $seconds } s: { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
  }.
cli-verify-failed = { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
  }: os arquivos de comentários listados acima não são o que foi enviado, ou não podem ser conferidos
cli-register-revoked = { $count ->
    [one] { $count } chave revogada
   *[other] { $count } chaves revogadas
  } de { $email }: as assinaturas feitas de agora em diante não contam mais
cli-register-no-key = é preciso --key PUBKEY_FILE para registrar um participante
cli-register-unreadable = não foi possível ler { $path }: { $error }
cli-register-done = { $email } registrado com a chave { $fingerprint } em { $file }

## merge, sync

cli-merge-merged = incorporada { $name }: { $count ->
    [one] { $count } comentário
   *[other] { $count } comentários
  } de { $authors } no commit { $commit }
cli-merge-refused = recusada   { $name }: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
  } (nada dela foi incorporado)
cli-merge-totals = { $merged ->
    [one] { $merged } contribuição incorporada
   *[other] { $merged } contribuições incorporadas
  }, { $refused ->
    [one] { $refused } recusada
   *[other] { $refused } recusadas
  }, { $added ->
    [one] { $added } comentário adicionado
   *[other] { $added } comentários adicionados
  }{ $up_to_date ->
    [0] {""}
    [one] ; { $up_to_date } ramo já incorporado
   *[other] ; { $up_to_date } ramos já incorporados
  }.
cli-merge-refused-all = { $count ->
    [one] { $count } contribuição foi recusada
   *[other] { $count } contribuições foram recusadas
  }: cada problema está listado acima com seu commit e arquivo
cli-sync-warning = aviso: { $problem }
cli-sync-moved = Seus comentários agora estão no seu próprio ramo { $branch }, que a secretaria incorpora; o próximo `consulta sync` parte dele.
cli-sync-fast-forward = { $branch } atualizado com { $remote }/{ $branch }.
cli-sync-caught-up = O estado mais recente da consulta ({ $remote }/main) foi trazido para { $branch }.
cli-sync-sent = { $count ->
    [one] { $count } comentário enviado
   *[other] { $count } comentários enviados
  } à secretaria.
cli-sync-nothing = Sincronizado com { $remote } ({ $url }): dados buscados; você não tem comentários esperando envio.
cli-sync-pushed = Sincronizado com { $remote } ({ $url }): dados buscados e enviado: { $names }.
cli-sync-merge-next = A secretaria incorpora seu ramo com `consulta merge`; seus comentários estão nele.

## comments --competing

cli-competing-none = Nenhuma proposta concorrente: não há duas propostas que alterem trechos sobrepostos.
cli-competing-group = { $section } · { $round } · { $count ->
    [one] { $count } proposta
   *[other] { $count } propostas
  } sobre trechos sobrepostos
cli-col-at = posição
cli-col-passage = trecho
cli-col-proposed = proposta
cli-competing-groups = { $count ->
    [one] { $count } grupo de propostas concorrentes
   *[other] { $count } grupos de propostas concorrentes
  }

## join, send

cli-join-joined = Você entrou em «{ $title }» em { $dir }.
cli-join-branch = Seus comentários vão para o seu próprio ramo { $branch }; `consulta sync` (S na TUI) os envia à secretaria.
cli-join-who = Antes de comentar, diga quem você é: `consulta whoami { $options }` em { $dir } (ou a TUI pergunta).
cli-send-moved = Seus comentários agora estão no seu próprio ramo { $branch }.
cli-send-wrote = { $path } gravado com { $count ->
    [one] { $count } comentário
   *[other] { $count } comentários
  } de { $branch }. Envie-o à secretaria (por e-mail, por exemplo); ela o incorpora com `consulta merge { $file }`.

## summary, export, import comments, template

cli-report-wrote = { $path } gravado.
cli-report-workbook-terminal = uma planilha não é texto para o terminal: grave-a em um arquivo com -o ARQUIVO.xlsx
cli-report-skipped = aviso: { $count ->
    [one] { $count } arquivo de registro não pôde ser lido e ficou de fora
   *[other] { $count } arquivos de registro não puderam ser lidos e ficaram de fora
  }; `consulta check` os lista
cli-import-unreadable = não foi possível ler { $path }
cli-import-refused = { $count ->
    [one] { $count } linha de { $file } não pode ser importada, então nada foi importado; corrija-a ou importe as linhas válidas com --partial
   *[other] { $count } linhas de { $file } não podem ser importadas, então nada foi importado; corrija-as ou importe as linhas válidas com --partial
  }
cli-import-done = { $comments ->
    [one] { $comments } comentário importado
   *[other] { $comments } comentários importados
  } em { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
  } (um por autor).
cli-import-skipped = { $count ->
    [one] { $count } linha ignorada
   *[other] { $count } linhas ignoradas
  } (listadas acima).
cli-template-no-round = não há nenhuma rodada { $round } (as rodadas são: { $rounds })
cli-template-working-draft = minuta de trabalho
cli-template-wrote = { $path } gravado: o modelo de comentários para { $version } ({ $count ->
    [one] { $count } seção
   *[other] { $count } seções
  }).

## import draft

cli-import-draft-not-secretariat = só a secretaria ({ $secretariat }) pode importar a minuta; você é { $you }
cli-import-draft-not-utf8 = { $file }:{ $line }:{ $column }: não é texto UTF-8 válido; salve o documento como UTF-8
cli-import-draft-done = { $name } importado no nível de título { $level }: { $sections ->
    [one] { $sections } seção
   *[other] { $sections } seções
  } ({ $added ->
    [one] { $added } adicionada
   *[other] { $added } adicionadas
  }, { $changed ->
    [one] { $changed } alterada
   *[other] { $changed } alteradas
  }, { $removed ->
    [one] { $removed } removida
   *[other] { $removed } removidas
  }, { $renamed ->
    [one] { $renamed } renumerada
   *[other] { $renamed } renumeradas
  }).
cli-import-draft-added = adicionada   { $id }
cli-import-draft-removed = removida     { $id }
cli-import-draft-renamed = renumerada   { $old } -> { $new }
cli-import-draft-unchanged = A minuta já era este documento; não há nada para commit.
cli-import-draft-committed = Commit { $commit } criado.
cli-import-draft-round = Rodada { $name } ({ $number }) aberta.

## diff

cli-diff-no-round = nenhuma rodada foi aberta ainda, então não há nada a comparar: a secretaria abre uma com `consulta round open round-1`
cli-diff-no-section = não há nenhuma seção { $section } em { $from } nem em { $to }; `consulta sections --round { $round }` as lista

## crash reports (the report file itself stays in English)

cli-crash-report = O consulta parou inesperadamente. Um relatório de falha foi gravado em { $path }; anexe-o ao relatar o problema. O que já estava em commits está seguro: `consulta check` diz se o repositório está íntegro.
cli-crash-no-report = O consulta parou inesperadamente e nenhum relatório de falha pôde ser gravado ({ $why }); segue o relatório:

### The --help texts and clap's words (help-): keys from the command path and argument id.

# A ajuda da linha de comando (`consulta --help`, `consulta <comando> --help`) e as palavras
# próprias do clap. Chaves: help-<caminho do comando>[-arg-<argumento>][-long|-after].
# Os exemplos são linhas de comando: seus comandos e opções ficam como estão.

help-consulta = Conduzir uma consulta às partes interessadas sobre uma minuta de marco guardada no git
help-consulta-after =
    Exemplos:
      consulta                              abrir a TUI na consulta daqui (ou na de exemplo)
      consulta demo /tmp/sample             criar a consulta de exemplo como repositório git
      consulta --repo /tmp/sample sections  listar suas seções
      consulta whoami --name "Ana Pérez" --email ana@uni.example --organisation "Universidad X" \
                      --category higher-education --country UY
      consulta comment add --section quality-assurance --quote "at least 25 hours" --type te \
                      --body "Rígido demais para módulos curtos." --propose "uma carga horária declarada"

    Código de saída: 0 sucesso, 1 um problema que você pode corrigir (a mensagem diz qual e onde), 2 uso.
help-consulta-arg-repo = A pasta da consulta (padrão: o repositório git que contém a pasta atual)
help-consulta-arg-lang = O idioma de tudo o que este comando mostra: mensagens, relatórios e, quando o marco tem várias versões linguísticas, o texto (en, es, fr, pt, ou uma versão linguística da consulta, como ht)

help-init = Iniciar uma consulta nova em PASTA (padrão: aqui)
help-init-after =
    Exemplo:
      consulta init marco --title "Marco regional de padrões mínimos para microcredenciais"

    Você se torna a secretaria dela (seu user.email do git fica em drafts/consultation.json).
help-init-arg-dir = A pasta onde iniciá-la (padrão: aqui)
help-init-arg-title = O título da consulta
help-init-arg-languages = Os idiomas do marco, primeiro o do texto principal: en,es,pt,fr

help-demo = Criar em PASTA a consulta de exemplo (duas rodadas, comentários, decisões), ou uma sintética grande com --sections/--comments
help-demo-after =
    Exemplos:
      consulta demo /tmp/sample
      consulta demo /tmp/big --sections 200 --comments 100000 --seed 7
help-demo-arg-dir = A pasta onde criá-la
help-demo-arg-sections = Número de seções de uma consulta sintética
help-demo-arg-comments = Número de comentários de uma consulta sintética
help-demo-arg-seed = Semente de uma consulta sintética (mesma semente, mesmo repositório)

help-whoami = Mostrar ou definir quem você é: user.name e user.email do git, mais consulta.organisation, consulta.category e consulta.country
help-whoami-after =
    Exemplos:
      consulta whoami
      consulta whoami --organisation "Universidad X" --category higher-education --country UY

    Os valores ficam na configuração git deste repositório (com --global, na sua configuração de usuário).
help-whoami-arg-name = Seu nome (user.name do git)
help-whoami-arg-email = Seu endereço de e-mail (user.email do git)
help-whoami-arg-organisation = Sua organização (consulta.organisation)
help-whoami-arg-category = Um id de categoria da consulta, como higher-education ou employer
help-whoami-arg-country = Código ISO 3166-1 alfa-2, como UY ou BR
help-whoami-arg-signing-key = Assinar cada commit do consulta com este arquivo de chave SSH (privada, ou pública com a metade privada no ssh-agent): define user.signingkey, gpg.format=ssh e commit.gpgsign
help-whoami-arg-language = O idioma em que o consulta fala com você (en, es, fr, pt): guardado como consulta.language na configuração git
help-whoami-arg-global = Guardar na sua configuração git de usuário em vez da deste repositório

help-sections = Listar as seções de uma rodada (padrão: a última rodada)
help-sections-after =
    Exemplos:
      consulta sections
      consulta sections --round round-1
      consulta sections --round draft      (a minuta de trabalho)
help-sections-arg-round = Um nome de rodada, ou `draft` para a minuta de trabalho
help-sections-arg-format = Formato de saída

help-show = Mostrar o texto de uma seção (por id, número ou parte única do título)
help-show-after =
    Exemplos:
      consulta show quality-assurance
      consulta show 6 --round round-1
help-show-arg-section = A seção (id, número ou parte única do título)
help-show-arg-round = Um nome de rodada, ou `draft` para a minuta de trabalho (padrão: a última rodada)

help-diff = Mostrar o que mudou entre duas rodadas (padrão: a última rodada contra a minuta de trabalho, ou as duas últimas rodadas se a minuta não mudou), seção por seção, com os comentários cujas propostas aplicadas produziram cada mudança
help-diff-after =
    Exemplos:
      consulta diff
      consulta diff round-1 round-2
      consulta diff round-2 draft --section quality-assurance --side-by-side
      consulta diff round-1 round-2 --format markdown > mudancas.md
      consulta diff round-1 round-2 --format json

    Sem cor, o que foi removido aparece como [-antes-] e o que foi inserido como {"{"}+novo+{"}"}; usa-se cor quando
    a saída padrão é um terminal e NO_COLOR não está definida.
help-diff-arg-from = A versão anterior: um nome de rodada, ou `draft` para a minuta de trabalho
help-diff-arg-to = A versão posterior (padrão: a minuta de trabalho)
help-diff-arg-section = Só esta seção (id, número ou parte única do título)
help-diff-arg-format = Formato de saída
help-diff-arg-side-by-side = Duas colunas, antes | depois, das linhas alteradas (largura de $COLUMNS, senão a do terminal, senão 120)

help-comment = Adicionar um comentário

help-comment-add = Comentar uma seção ou um trecho dela, propondo uma nova redação se quiser
help-comment-add-after =
    Exemplos:
      consulta comment add --section assessment --type ge --body "Apoiamos a ênfase na integridade."
      consulta comment add --section 6 --quote "simple and affordable" --type te \
          --body "As taxas deveriam ter um teto." --propose "simple, affordable and time-bound" --stance support
      consulta comment add --section 6 --type ge --reply-to 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --body "Concordamos."
help-comment-add-arg-section = A seção (id, número ou parte única do título)
help-comment-add-arg-quote = O trecho exato que você comenta, como `consulta show` o mostra (omita para a seção inteira)
help-comment-add-arg-occurrence = Qual ocorrência da citação, quando ela aparece várias vezes (1 = a primeira)
help-comment-add-arg-kind = ge (geral), te (técnico) ou ed (editorial)
help-comment-add-arg-body = Seu comentário
help-comment-add-arg-propose = Redação proposta para o trecho citado
help-comment-add-arg-stance = support (a favor), oppose (contra) ou neutral (neutro)
help-comment-add-arg-reply-to = Responder a outro comentário (o id dele)

help-comments = Listar os comentários, com seus autores, âncoras e decisões
help-comments-after =
    Exemplos:
      consulta comments
      consulta comments --mine --round round-2      (seus comentários, como estão na round-2)
      consulta comments --section assessment --status open
      consulta comments --round round-1 --format json > comentarios.json
help-comments-arg-round = Só os comentários feitos nesta rodada
help-comments-arg-section = Só os comentários sobre esta seção
help-comments-arg-status = Só os comentários com esta decisão: open, accepted, modified, rejected, noted
help-comments-arg-format = Formato de saída
help-comments-arg-mine = Só os seus próprios comentários (seu user.email do git), com as decisões
help-comments-arg-competing = Listar em vez disso os grupos de propostas sobre trechos sobrepostos (mesma rodada e seção)

help-rounds = Listar as rodadas
help-rounds-after =
    Exemplo:
      consulta rounds
help-rounds-arg-format = Formato de saída

help-round = Abrir uma rodada, ou desfazer uma aberta cedo demais

help-round-open = Marcar o commit atual como a próxima rodada submetida à consulta
help-round-open-after =
    Exemplo:
      consulta round open round-2 --message "Minuta revisada após a primeira consulta"
help-round-open-arg-name = O nome da nova rodada, como round-2
help-round-open-arg-message = A mensagem da tag da rodada

help-round-undo = Desfazer a última rodada, aberta cedo demais, enquanto ninguém a comentou: a tag dela é apagada; as minutas e seus commits ficam
help-round-undo-after =
    Exemplos:
      consulta round undo
      consulta round undo round-3      (recusado a menos que round-3 seja a última rodada)

    Depois altere as minutas, faça commit e abra-a de novo com `consulta round open round-3`.
help-round-undo-arg-name = O nome da última rodada (para conferir que você desfaz a rodada certa)

help-respond = A decisão da secretaria sobre um comentário
help-respond-after =
    Exemplo:
      consulta respond 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --status modified --observations "De acordo no mérito; reescrito em 5.2."
help-respond-arg-id = O id do comentário
help-respond-arg-status = accepted (aceito), modified (aceito com modificações), rejected (não aceito) ou noted (registrado)
help-respond-arg-observations = As observações da secretaria, publicadas na tabela de decisões

help-apply = Aplicar propostas aceitas à minuta de trabalho, com um commit para cada uma indicando a autoria
help-apply-after =
    Exemplos:
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D
      consulta apply 01JX3Q8Z6K2W3X4Y5Z6A7B8C9D --text "a redação da secretaria"
help-apply-arg-ids = Os ids dos comentários cujas propostas aplicar
help-apply-arg-text = A redação a aplicar em vez da proposta (para decisões "aceito com modificações")

help-check = Validar cada arquivo: JSON, campos, ids, âncoras, respostas, decisões
help-check-after =
    Exemplo:
      consulta check && echo válido

help-verify = Provar que cada arquivo de comentário é o que o autor enviou: byte a byte o que continha o commit que o adicionou, e que o autor desse commit é o do comentário
help-verify-after =
    Exemplo:
      consulta verify && echo "cada comentário está como foi enviado"

help-register = Adicionar a chave SSH de um participante ao registro (drafts/participants), ou revogar as chaves dele (secretaria); cada mudança é um commit
help-register-after =
    Exemplos:
      consulta register ana@uni.example --key ana.pub --name "Ana Pérez" \
          --organisation "Universidad X" --category higher-education --country UY
      consulta register --revoke ana@uni.example

    O registro está no formato allowed-signers do git: `git -c gpg.ssh.allowedSignersFile=drafts/participants log --show-signature` confere as assinaturas com ele.
help-register-arg-email = O endereço de e-mail do participante (o user.email do git dele)
help-register-arg-revoke = Revogar todas as chaves de EMAIL em vez de adicionar uma
help-register-arg-key = A chave pública: um arquivo .pub, ou a linha que `consulta whoami` mostrou ao participante
help-register-arg-name = O nome do participante
help-register-arg-organisation = A organização do participante
help-register-arg-category = Um id de categoria da consulta, como higher-education ou employer
help-register-arg-country = Código ISO 3166-1 alfa-2, como UY ou BR

help-merge = Buscar os ramos das partes interessadas e incorporar as contribuições válidas (cada uma só pode adicionar arquivos de comentário bem formados dos autores dos seus commits); recusar as outras inteiras
help-merge-after =
    Exemplos:
      consulta merge                 (todos os ramos do remoto origin)
      consulta merge origin upstream
      consulta merge contrib/ana      (um ramo local)
      consulta merge https://git.example.org/ana/consultation.git

    Os ramos buscados ficam em refs/consulta/incoming/<remoto>/. Código de saída 1 quando uma
    contribuição é recusada; as válidas são incorporadas mesmo assim.
help-merge-arg-sources = Nomes de remotos, URLs ou caminhos de repositórios, ou nomes de ramos locais (padrão: origin)

help-join = Participar de uma consulta: copiá-la de URL para PASTA, dizer quem você é e ter um ramo próprio para os seus comentários; depois a TUI abre na minuta
help-join-after =
    Exemplos:
      consulta join https://git.example.org/institute/framework.git
      consulta join /mnt/shared/framework.git marco --name "Ana Pérez" --email ana@uni.example \
          --organisation "Universidad X" --category higher-education --country UY --no-tui

    Depois comente (c na TUI, ou `consulta comment add`) e envie (S na TUI, ou `consulta sync`;
    `consulta send -o ARQUIVO` quando não puder fazer push).
help-join-arg-url = O endereço da consulta, como a secretaria o informa (https, ssh ou uma pasta)
help-join-arg-dir = Onde colocá-la (padrão: a última parte do endereço)
help-join-arg-name = Seu nome (user.name do git)
help-join-arg-email = Seu endereço de e-mail (user.email do git)
help-join-arg-organisation = Sua organização (consulta.organisation)
help-join-arg-category = Um id de categoria da consulta, como higher-education ou employer
help-join-arg-country = Código ISO 3166-1 alfa-2, como UY ou BR
help-join-arg-no-tui = Parar depois de preparar a pasta (também quando não há terminal)

help-send = Gravar seus comentários num arquivo (um pacote do git) para enviar por e-mail, quando você não pode fazer push; a secretaria o incorpora com `consulta merge ARQUIVO`
help-send-after =
    Exemplo:
      consulta send -o meus-comentarios.bundle

    O arquivo contém só os seus commits que faltam na consulta; eles são conferidos antes com
    as regras que a incorporação da secretaria aplica.
help-send-arg-output = O arquivo a gravar

help-sync = Buscar do remoto e fazer push: a secretaria envia seu ramo e as tags das rodadas, uma parte interessada o seu próprio ramo
help-sync-after =
    Exemplos:
      consulta sync
      consulta sync upstream

    As partes interessadas trabalham no próprio ramo (`git switch -c contrib/ana`). Remotos https e ssh
    passam pelo comando `git`, com seu gerenciador de credenciais, seu agente ssh e ~/.ssh/config.
    `git config consulta.transport git` faz todos os remotos passarem pelo `git`.
help-sync-arg-remote = O nome do remoto

help-summary = O resumo da consulta: participação, comentários por seção, a tabela de decisões, "vocês disseram, nós fizemos", campanhas e o que continua aberto
help-summary-after =
    Exemplos:
      consulta summary > resumo.md
      consulta summary --format html -o resumo.html
      consulta summary --round round-1 --format json
      consulta summary --format csv -o decisoes.csv
      consulta summary --format xlsx -o decisoes.xlsx     (a tabela de decisões como pasta de trabalho do Excel)
help-summary-arg-round = Só os comentários feitos nesta rodada, e as mudanças dela para a rodada seguinte (ou para a minuta de trabalho). Padrão: todos os comentários até a última rodada
help-summary-arg-format = Formato de saída
help-summary-arg-format-value-xlsx = A tabela de decisões como pasta de trabalho do Excel (requer -o ARQUIVO, ou um pipe)
help-summary-arg-output = Gravar em ARQUIVO (de forma atômica) em vez da saída padrão

help-export = Exportar os comentários: a tabela de decisões ISO (CSV ou uma pasta de trabalho do Excel), anotações web do W3C (JSON-LD) ou JSON
help-export-after =
    Exemplos:
      consulta export --format iso-csv -o decisoes.csv
      consulta export --format xlsx -o comentarios.xlsx
      consulta export --format w3c --base https://git.example.org/framework/raw/ > anotacoes.jsonld
      consulta export --format json > comentarios.json
help-export-arg-format = Formato de saída
help-export-arg-format-value-iso-csv = A tabela de decisões nas colunas do modelo de comentários ISO/IEC (CSV)
help-export-arg-format-value-w3c = Anotações web do W3C: uma AnnotationCollection (JSON-LD)
help-export-arg-format-value-json = Cada comentário com sua decisão (JSON)
help-export-arg-format-value-xlsx = A tabela de decisões como pasta de trabalho do Excel, para enviar às partes interessadas como modelo e importar de novo (requer -o ARQUIVO, ou um pipe)
help-export-arg-output = Gravar em ARQUIVO (de forma atômica) em vez da saída padrão
help-export-arg-base = w3c: o IRI absoluto do qual pendem o id da coleção e os arquivos de seção (<IRI><rodada>/drafts/<arquivo>), como https://git.example.org/framework/raw/. Padrão: `base` em drafts/consultation.json, senão o endereço de arquivos brutos do remoto origin no GitHub, GitLab, Gitea, Forgejo ou Bitbucket, senão urn:consulta:<primeiro commit>:

help-import = Importar uma minuta revisada (Markdown) ou comentários (planilha do modelo ISO)

help-import-comments = Importar comentários de um modelo de comentários ISO/IEC: uma pasta de trabalho (.xlsx, .xls, .ods) ou CSV como os programas de planilha o salvam
help-import-comments-after =
    Exemplos:
      consulta import comments respostas-uy.xlsx
      consulta import comments respostas-br.csv
      consulta import comments livro.ods --sheet "Comentarios"
      consulta import comments antigo.csv --encoding iso-8859-1
      consulta import comments planilha.csv --author-name "Comité UY" --author-email comite@unit.example \
          --organisation "Comité UY" --category government --country UY
      consulta import comments planilha.csv --partial

    Lê-se a primeira planilha da pasta de trabalho com uma coluna Comments (ou --sheet); o CSV pode ser separado
    por vírgulas, ponto e vírgula ou tabulações e codificado em UTF-8, UTF-16 (com marca de ordem de bytes) ou
    Windows-1252, tudo detectado (ou --encoding); as linhas acima da linha de cabeçalhos são ignoradas.

    Colunas: MB/NC, Line number, Clause/Subclause, Paragraph/Figure/Table, Type of comment,
    Comments, Proposed change (cabeçalhos sem diferenciar maiúsculas, também em espanhol, português
    e francês), mais as próprias do consulta: Comment id,
    Round, Section, Quote, Author name, Author email, Organisation, Category, Stance, In reply to,
    Created (como `consulta export --format iso-csv|xlsx` as grava). As linhas que não podem ser situadas
    são listadas por planilha, linha e coluna, e nada é importado, a não ser com --partial. Os comentários de
    cada autor entram num commit desse autor, com um trailer Imported-by que nomeia você.
help-import-comments-arg-file = A planilha (.xlsx, .xls, .ods ou .csv)
help-import-comments-arg-partial = Importar as linhas corretas mesmo quando outras não estão
help-import-comments-arg-author-name = Nome do autor para as linhas sem um
help-import-comments-arg-author-email = E-mail do autor para as linhas sem um
help-import-comments-arg-organisation = Organização para as linhas sem uma
help-import-comments-arg-category = Categoria de parte interessada para as linhas sem uma
help-import-comments-arg-country = Código de país para as linhas sem MB/NC
help-import-comments-arg-sheet = A planilha da pasta de trabalho a ler (padrão: a primeira com uma coluna Comments)
help-import-comments-arg-encoding = A codificação de um arquivo CSV, como utf-8, windows-1252, iso-8859-1 ou utf-16le (padrão: detectada)

help-import-draft = Importar um documento Markdown inteiro como minuta, dividido em seções pelos seus títulos; as seções mantêm seus ids entre importações
help-import-draft-after =
    Exemplos:
      consulta import draft marco-v1.md --round round-1
      consulta import draft marco-v2.md --round round-2      (ids e comentários são mantidos)
      consulta import draft norma.md --level 2

    As seções são associadas às existentes pelo título, depois pela semelhança do texto (índice
    de Jaccard dos conjuntos de palavras >= 0,5), assim uma seção renomeada ou renumerada mantém seu id.
help-import-draft-arg-file = O documento Markdown
help-import-draft-arg-round = Abrir esta rodada sobre a minuta importada (uma tag anotada)
help-import-draft-arg-level = Nível de título em que dividir (padrão: o mais alto que aparece mais de uma vez)

help-template = Gravar um modelo ISO de comentários em branco (.xlsx) para uma rodada, para enviar às partes interessadas: sua coluna Clause/Subclause oferece as cláusulas da rodada numa lista suspensa
help-template-after =
    Exemplos:
      consulta template -o comentarios-round-2.xlsx
      consulta template --round round-1 -o comentarios-round-1.xlsx

    As partes interessadas o preenchem no Excel ou no LibreOffice e o devolvem; a secretaria o importa
    com `consulta import comments ARQUIVO.xlsx`.
help-template-arg-output = A pasta de trabalho a gravar (.xlsx)
help-template-arg-round = A rodada cujas seções e cláusulas o modelo oferece (padrão: a última rodada; `draft` para a minuta de trabalho)

help-completions = Mostrar os autocompletar do shell
help-completions-after =
    Exemplo:
      consulta completions bash > ~/.local/share/bash-completion/completions/consulta
help-completions-arg-shell = O shell para o qual gravá-los

## As palavras próprias do clap: títulos da ajuda, as opções de ajuda e versão, o comando help.
help-heading-usage = Uso:
help-heading-commands = Comandos:
help-heading-arguments = Argumentos:
help-heading-options = Opções:
# Na linha de uso: [OPÇÕES], <COMANDO>.
help-usage-options = OPÇÕES
help-usage-command = COMANDO
# Nomes dos valores na ajuda e na linha de uso (`--output <ARQUIVO>`); os textos acima também os citam.
help-value-author-email = EMAIL_AUTOR
help-value-author-name = NOME_AUTOR
help-value-body = COMENTÁRIO
help-value-category = CATEGORIA
help-value-comments = COMENTÁRIOS
help-value-country = PAÍS
help-value-dir = PASTA
help-value-email = EMAIL
help-value-file = ARQUIVO
help-value-format = FORMATO
help-value-from = DE
help-value-id = ID
help-value-ids = IDS
help-value-iri = IRI
help-value-key-file = ARQUIVO_CHAVE
help-value-lang = IDIOMA
help-value-langs = IDIOMAS
help-value-message = MENSAGEM
help-value-n = N
help-value-name = NOME
help-value-observations = OBSERVAÇÕES
help-value-occurrence = OCORRÊNCIA
help-value-organisation = ORGANIZAÇÃO
help-value-pubkey-file = ARQUIVO_CHAVE_PUB
help-value-quote = CITAÇÃO
help-value-remote = REMOTO
help-value-remote-or-branch = REMOTO-OU-RAMO
help-value-round = RODADA
help-value-section = SEÇÃO
help-value-sections = SEÇÕES
help-value-seed = SEMENTE
help-value-shell = SHELL
help-value-stance = POSIÇÃO
help-value-status = DECISÃO
help-value-text = TEXTO
help-value-title = TÍTULO
help-value-to = ATÉ
help-value-url = URL
help-flag-help = Mostrar a ajuda
help-flag-help-more = Mostrar a ajuda (mais detalhes com '--help')
help-flag-help-summary = Mostrar a ajuda (um resumo com '-h')
help-flag-version = Mostrar a versão
help-subcommand-help = Mostrar esta mensagem ou a ajuda dos comandos indicados
help-subcommand-help-arg = Mostrar a ajuda dos comandos
help-default = [padrão: { $value }]
help-possible-values = [valores possíveis: { $list }]
help-possible-values-heading = Valores possíveis:

## Erros da linha de comando.
help-error = erro:
help-error-more = Para mais informações, tente '{ $flag }'.
help-error-unknown-argument = argumento inesperado '{ $arg }'
help-error-unknown-subcommand = comando desconhecido '{ $name }'
help-error-missing-arguments =
    { $count ->
        [one] falta o seguinte argumento obrigatório:
       *[other] faltam os seguintes argumentos obrigatórios:
    }
help-error-missing-subcommand = '{ $name }' precisa de um comando, mas nenhum foi dado
help-error-value-missing = '{ $arg }' precisa de um valor, mas nenhum foi dado
help-error-invalid-value = valor inválido '{ $value }' para '{ $arg }'
help-error-repeated = o argumento '{ $arg }' não pode ser usado mais de uma vez
help-error-conflict = o argumento '{ $arg }' não pode ser usado com { $other }
help-error-possible-values = valores possíveis: { $list }
help-error-subcommands = comandos: { $list }
help-error-tip = dica:
help-error-similar-subcommand =
    { $count ->
        [one] existe um comando parecido: { $names }
       *[other] existem comandos parecidos: { $names }
    }
help-error-similar-argument =
    { $count ->
        [one] existe um argumento parecido: { $names }
       *[other] existem argumentos parecidos: { $names }
    }
help-error-similar-value =
    { $count ->
        [one] existe um valor parecido: { $names }
       *[other] existem valores parecidos: { $names }
    }
help-error-tip-value = para passar '{ $arg }' como valor, use '{ $usage }'
help-error-tip-dash = o comando '{ $name }' existe; para usá-lo, tire o '--' antes dele
help-error-tip-exists = '{ $what }' existe
