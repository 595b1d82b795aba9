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
