# Les rapports publiés : la synthèse (Markdown, HTML, libellés du JSON, en-têtes CSV et xlsx),
# dans la langue du rapport. Les nombres et les dates (ISO 8601) s'écrivent de même dans toutes
# les langues.

## Mots récurrents

report-unknown-country = inconnu
report-no-category = (aucune)
report-open = ouvert
report-working-draft = projet de travail
report-none = Aucun.
report-generated = Généré le
report-reply-mark = (réponse)
report-weeks-span = { $from } à { $to }

## Les statuts du modèle ISO

report-status-accepted = accepté
report-status-modified = accepté avec modifications
report-status-rejected = non accepté
report-status-noted = pris en compte

## Titre et portée

report-summary-of = Synthèse de la consultation
report-scope-all = Tous les commentaires jusqu'au dernier cycle.
report-scope-all-rounds = Tous les commentaires jusqu'au dernier cycle ({ $rounds }).
report-scope-round = Commentaires formulés lors de { $round }.
report-skipped-md = { $count ->
    [one] { $count } fichier d'enregistrement n'a pas pu être lu et est laissé de côté
   *[other] { $count } fichiers d'enregistrement n'ont pas pu être lus et sont laissés de côté
} (`consulta check` les énumère).
report-skipped-html = { $count ->
    [one] { $count } fichier d'enregistrement n'a pas pu être lu et est laissé de côté.
   *[other] { $count } fichiers d'enregistrement n'ont pas pu être lus et sont laissés de côté.
}

## Titres

report-h-contents = Sommaire
report-h-participation = Participation
report-h-by-category = Par catégorie de partie prenante
report-h-by-country = Par pays
report-h-by-week = Dans le temps (commentaires par semaine ISO)
report-h-sections = Commentaires par section
report-h-decisions = Décisions par statut
report-h-dispositions = Tableau des décisions
report-h-you-said = Vous avez dit, nous avons fait
report-h-campaigns = Campagnes (commentaires quasi identiques)
report-h-open = Ce qui reste ouvert
report-h-awaiting = En attente de décision
report-h-not-applied = Acceptés mais pas encore appliqués au projet

## Libellés des données, tableaux et graphiques

report-l-comments = Commentaires
report-l-replies = en réponse
report-l-proposals = avec une formulation proposée
report-l-participants = Participants (adresses électroniques distinctes)
report-l-organisations = Organisations (noms distincts)
report-l-orgs-short = Organisations
report-l-category = Catégorie
report-l-country = Pays
report-l-code = Code
report-l-week = Semaine
report-l-starting = Début
report-l-section = Section
report-l-support = Pour
report-l-oppose = Contre
report-l-neutral = Neutre
report-l-no-stance = Sans position
report-l-proposals-short = Propositions
report-l-open = Ouverts
report-l-status = Statut
report-l-comments-by-country = Commentaires par pays
report-l-comments-per-week = Commentaires par semaine ISO
report-no-comments = aucun commentaire
report-no-comments-in = aucun commentaire en
report-week-from = { $week } (à partir du { $date }) : { $count }

## « Vous avez dit, nous avons fait »

report-no-change-yet = Le projet n'a pas encore changé depuis ce cycle.
report-diff-legend-html = Les mots supprimés sont barrés dans l'ancien texte ; les mots ajoutés sont soulignés dans le nouveau.
report-diff-legend-md = Les mots supprimés sont ~~barrés~~ dans l'ancien texte ; les mots ajoutés sont **en gras** dans le nouveau.
report-step-totals = { $sections ->
    [one] { $sections } section modifiée
   *[other] { $sections } sections modifiées
}, { $added } mots ajoutés, { $removed } mots supprimés.
report-words-short = mots
report-section-added = ajoutée
report-section-removed = supprimée
report-section-renamed = renommée
report-section-reordered = déplacée
report-section-changed = modifiée
report-section-unchanged = inchangée
report-as-it-was = Avant
report-as-it-is-now = Maintenant
report-because-of = À la suite de
report-no-comment-behind = Aucun commentaire n'est enregistré à l'origine de ce changement (une modification du secrétariat).
report-moved-only = La section a été déplacée ou renommée ; son texte n'a pas changé.
report-f-about = Sur
report-whole-section = toute la section
report-f-said = Commentaire
report-f-proposed = Proposition
report-f-decision = Décision
report-f-observations = Observations du secrétariat
report-f-applied = Appliqué
report-applied-as-modified = le secrétariat a appliqué sa propre formulation
report-reply-to = Réponse à

## Campagnes

report-campaign-measure = similarité de Jaccard des 3-shingles de mots du texte normalisé
report-campaign-rule = Les commentaires quasi identiques sont regroupés lorsque la { $measure } est d'au moins { $threshold } et qu'au moins { $group } commentaires sont liés ; les textes de moins de { $shingles } shingles ne sont pas regroupés.
report-no-campaign = Aucune campagne trouvée.
report-campaign-heading = Campagne { $number } : { $size } commentaires (similarité minimale { $similarity })
report-campaign-sections = Sections
report-campaign-organisations = Organisations
report-campaign-countries = Pays

## Colonnes du tableau des décisions : celles du modèle ISO/IEC, puis celles de consulta.
## `consulta import comments` les relit (voir src/report/headers.rs).

report-col-mbnc = OM/CN
report-col-line = Numéro de ligne
report-col-clause = Article/Paragraphe
report-col-paragraph = Alinéa/Figure/Tableau
report-col-type = Type de commentaire
report-col-comments = Commentaires
report-col-proposed = Modification proposée
report-col-observations = Observations du secrétariat
report-col-decision = Décision
report-col-resulting-change = Changement résultant
report-col-comment-id = ID du commentaire
report-col-round = Cycle
report-col-section = Section
report-col-quote = Passage
report-col-author-name = Nom de l'auteur
report-col-author-email = Courriel de l'auteur
report-col-organisation = Organisation
report-col-category = Catégorie
report-col-stance = Position
report-col-in-reply-to = En réponse à
report-col-created = Date
report-col-comment-short = Commentaire

## Le modèle de commentaires vierge (`consulta template`)

report-template-title = Modèle pour les commentaires et les observations du secrétariat
report-template-document = Document : { $title }
report-template-round = Cycle : { $round }
report-template-not-in-list = Absent de la liste
report-template-choose = Choisissez { $what } dans la liste déroulante.
report-template-choose-clause = un article de ce cycle (voir la feuille Clauses)
report-template-choose-category = une catégorie de partie prenante
report-template-choose-type = ge, te ou ed
report-template-choose-stance = support, oppose ou neutral
report-template-section-id = ID de la section
