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
