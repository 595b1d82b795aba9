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
