# Les messages de la bibliothèque : erreurs et refus (err-), progression, avertissements et problèmes de check (lib-).

## Manifeste : libellés de catégorie

lib-label-expected = un libellé, ou une table code de langue → libellé
err-label-language-code = « { $code } » n'est pas un code de langue (comme en, es, pt-BR)
err-label-language-twice = la langue « { $code } » a deux libellés
err-label-empty = le libellé en « { $code } » est vide
err-label-no-language = la table des libellés par langue est vide
