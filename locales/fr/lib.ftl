# Les messages de la bibliothèque : erreurs et refus (err-), progression, avertissements et problèmes de check (lib-).

## Manifeste : libellés de catégorie

lib-label-expected = un libellé, ou une table code de langue → libellé
err-label-language-code = « { $code } » n'est pas un code de langue (comme en, es, pt-BR)
err-label-language-twice = la langue « { $code } » a deux libellés
err-label-empty = le libellé en « { $code } » est vide
err-label-no-language = la table des libellés par langue est vide

## Erreurs

err-no-consultation = aucune consultation trouvée dans { $path } (il n'y a pas de drafts/consultation.json). Pour participer à une consultation, copiez-la avec `{ $join }` (le secrétariat donne l'adresse) ; pour en lancer une, `{ $init }`
err-unborn-clone = ce clone n'a rien d'extrait : son dépôt distant n'a pas indiqué quelle branche utiliser, et la consultation est sur { $branch }. Lancez ici `{ $switch }`, puis consulta à nouveau

## Commentaires, réponses, propositions appliquées

err-no-section-in-round = il n'y a pas de section { $section } dans { $round } ; les sections sont : { $sections }
err-comment-empty = le commentaire est vide : dites ce que vous pensez dans { $option }
err-comment-too-long = le commentaire ou la proposition dépasse { $max } octets ; raccourcissez-le ou joignez un résumé
err-comment-no-type = dites de quel type de commentaire il s'agit : { $option } ge (général), te (technique) ou ed (rédactionnel)
err-not-a-comment-id = { $id } n'est pas un id de commentaire
err-no-comment-to-reply = il n'y a pas de commentaire { $id } auquel répondre
err-reply-section-not-in-round = le commentaire { $id } porte sur la section { $section }, qui n'est pas dans { $round } ; répondez sans { $option }
err-occurrence-without-quote = { $occurrence } choisit une occurrence de { $quote } ; donnez le passage avec { $quote }
err-range-outside-section = le passage sélectionné n'est pas dans la section
err-quote-not-found = la citation { $quote } ne figure pas dans la section { $section } ({ $title }) de { $round } ; copiez le passage exactement comme `{ $command }` l'affiche
err-quote-ambiguous = la citation figure { $count } fois dans la section { $section } ; ajoutez { $option } (de 1 à { $count }) pour dire laquelle, ou citez un passage plus long
err-occurrence-out-of-range = { $option } est hors limites : la citation figure { $count } fois dans la section { $section }
err-proposal-without-quote = une modification proposée remplace un passage : donnez le passage avec { $option }
err-respond-not-secretariat = seul le secrétariat ({ $secretariat }) peut répondre aux commentaires ; vous êtes { $you }
err-no-comment = il n'y a pas de commentaire { $id }
err-apply-not-secretariat = seul le secrétariat ({ $secretariat }) peut appliquer des propositions ; vous êtes { $you }
err-apply-no-passage = le commentaire { $id } porte sur toute la section, pas sur un passage : il n'y a rien à remplacer
err-apply-no-wording = le commentaire { $id } ne propose aucune formulation ; donnez la nouvelle formulation avec { $option }
err-apply-modified-needs-text = le commentaire { $id } a été accepté avec modifications : donnez la formulation à appliquer avec { $option }
err-apply-not-accepted = le commentaire { $id } est { $status } ; seules les propositions acceptées sont appliquées
err-apply-no-decision = le commentaire { $id } n'a pas encore de décision ; répondez d'abord (`{ $command }`)
err-apply-already = le commentaire { $id } a déjà été appliqué dans le commit { $commit }
err-apply-section-gone = la section { $section } n'existe plus dans le projet de travail ; le passage est orphelin
err-apply-passage-gone = le passage { $quote } du commentaire { $id } n'est plus dans la section { $section } : il est orphelin, ou une autre proposition appliquée l'a modifié
err-apply-passage-ambiguous = le passage du commentaire { $id } figure maintenant { $count } fois dans la section { $section } et rien ne les distingue ; appliquez-le à la main

## merge

err-merge-not-secretariat = seul le secrétariat ({ $secretariat }) peut intégrer des contributions ; vous êtes { $you }
err-merge-no-commit = la consultation n'a encore aucun commit : rien dans quoi intégrer
err-merge-detached = HEAD n'est pas sur une branche (détaché) : passez d'abord sur la branche de la consultation (`{ $command }`)
err-merge-remote-ahead = { $remote } est en avance sur votre { $branch } (commits faits dans un autre clone) : rapatriez-les d'abord avec `{ $command }`, puis intégrez à nouveau ; rien n'a été intégré
lib-merge-checking = vérification de { $branch }
err-merge-own-branch = { $branch } est la branche sur laquelle vous êtes : nommez les branches des parties prenantes (ou leur dépôt distant) à y intégrer
err-merge-unknown-source = { $source } n'est ni un dépôt distant (`{ $command }` les liste), ni une branche locale, ni l'URL ou le chemin d'un dépôt
err-merge-bad-ref-folder = { $name } ne peut pas nommer un dossier de références
lib-merge-fetching = récupération des branches de { $url }
lib-nothing-merged = rien n'a été intégré
lib-merge-no-shared-history = n'a aucun historique commun avec cette consultation : une contribution est une branche faite depuis un clone de celle-ci
lib-merge-root-commit = est un premier commit d'un autre historique
lib-merge-merge-commit = est un commit de fusion qui fait plus que ramener la branche de la consultation : une contribution se compose de commits simples qui ajoutent des fichiers de commentaires ; rebasez-la sur la branche de la consultation (`{ $command }`) et renvoyez-la
lib-merge-symlink = est un lien symbolique : un commentaire est un fichier ordinaire
lib-merge-not-plain-file = n'est pas un fichier ordinaire (un sous-module ?)
lib-merge-exists = existe déjà dans la consultation : une contribution ne fait qu'ajouter de nouveaux commentaires
lib-merge-too-big = fait { $size } octets, au-delà de la limite de { $max } octets
lib-merge-not-comment = n'est pas un fichier de commentaire
lib-merge-not-own-comment = le commentaire se dit de { $claimed }, mais l'auteur du commit est { $author } : une partie prenante ne commite que ses propres commentaires
lib-merge-reply-no-parent = répond à { $id }, qui n'existe pas
lib-merge-reply-other-section = répond à { $id }, qui porte sur la section { $section } : une réponse se place dans la section de son commentaire d'origine
lib-merge-reply-earlier-round = répond à { $id }, un commentaire sur { $round }, depuis { $from } : une réponse se fait dans le cycle en vigueur, jamais dans un cycle antérieur à celui de son commentaire d'origine
lib-merge-id-twice = l'id { $id } est aussi utilisé par un autre commentaire
