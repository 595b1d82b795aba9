# Le cadre en versions linguistiques parallèles (drafts/<lang>/NN-slug.md).

versions-folder-not-a-language = drafts/{ $lang }/ n'est pas une version linguistique : les langues de la consultation sont { $languages } (la première est le texte de référence, dans drafts/)
versions-file-name = les fichiers d'une version linguistique portent les noms de ceux du texte de référence (NN-slug.md)
versions-no-primary = aucune section du texte de référence n'a cet identifiant ; une version linguistique reprend les noms de fichier du texte de référence
versions-other-number = le texte de référence nomme cette section drafts/{ $file } ; une version linguistique garde le même nom de fichier
versions-not-utf8 = ce n'est pas du texte UTF-8 valide (est-ce un fichier binaire ?)
versions-unaligned-translation = le paragraphe { $paragraph } n'a pas d'équivalent dans { $file } (le nombre de paragraphes diffère et sa numérotation ne correspond pas)
versions-unaligned-primary = le paragraphe { $paragraph } n'a pas d'équivalent dans { $file } (le nombre de paragraphes diffère et sa numérotation ne correspond pas)
versions-import-not-translation = « { $lang } » n'est pas la langue d'une traduction : le texte de référence est en { $primary } et les langues de la consultation sont { $languages } (ajoutez d'abord la langue à drafts/consultation.json)
versions-import-dirty = la version linguistique a des modifications non validées ({ $files }) ; validez-les ou abandonnez-les avant d'importer, pour ne rien écraser
versions-import-no-headings = { $source } n'a pas de titres Markdown (# Titre) pour le découper en sections
versions-import-count = le document a { $found } sections ; le texte de référence en a { $expected }
versions-import-number = la section { $position } du document porte le numéro { $found } ; la section { $position } du texte de référence ({ $section }) porte le { $expected }
versions-import-mismatch = rien n'a été importé : { $source } ne correspond pas section par section au texte de référence, il ne peut donc pas en être la version { $lang } :
versions-comment-lang-code = lang { $lang } n'est pas un code de langue (deux ou trois lettres minuscules, comme es ou pt)
versions-comment-lang-unknown = la langue { $lang } ne fait pas partie de celles de la consultation : { $languages }
versions-comment-no-version = la section { $section } n'a pas de version { $lang } dans { $round }
versions-init-bad-language = --languages : « { $lang } » n'est pas un code de langue (deux ou trois lettres minuscules, comme en, es, pt ou fr)
versions-init-twice = --languages : { $lang } figure deux fois
versions-cli-missing = { $count ->
    [one] La section { $sections } n'a pas de version { $lang } : le texte de référence est affiché.
   *[other] { $count } sections n'ont pas de version { $lang } ({ $sections }) : le texte de référence est affiché.
}
versions-state-current = à jour
versions-state-behind = en retard
versions-state-missing = manquante
versions-column-translation = traduction
versions-round-behind = { $count ->
    [one] Attention : la version { $lang } est en retard (une autre version a changé, pas elle) dans { $count } section : { $sections }.
   *[other] Attention : la version { $lang } est en retard (une autre version a changé, pas elle) dans { $count } sections : { $sections }.
}
versions-imported = Version { $lang } importée depuis { $source } : { $count } sections, { $changed } ajoutées ou modifiées.
versions-imported-commit = Commit { $commit } créé.
versions-imported-nothing = La version { $lang } était déjà ce document ; rien à valider.
versions-check-unaligned = { $count ->
    [one] { $count } paragraphe ne peut pas être aligné entre les versions linguistiques (ce n'est pas une erreur : les versions diffèrent à cet endroit jusqu'à la mise à jour de la traduction).
   *[other] { $count } paragraphes ne peuvent pas être alignés entre les versions linguistiques (ce n'est pas une erreur : les versions diffèrent à cet endroit jusqu'à la mise à jour de la traduction).
}
versions-summary-behind = Traductions en retard sur le texte de référence
