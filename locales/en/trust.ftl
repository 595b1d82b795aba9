## Signatures and the register of participants (src/repo/signatures.rs, verify, merge)

trust-not-secretariat = { $what ->
    [tag] this round tag
   *[other] this commit
} does what only the secretariat may do, but { $email } is not a secretariat address
trust-unsigned = { $what ->
    [tag] this round tag
   *[other] this commit
} by { $email } is not signed, but { $email } has a registered key
trust-not-ssh = { $what ->
    [tag] this round tag
   *[other] this commit
} by { $email } is not signed with an SSH key, but { $email } has a registered SSH key
trust-unregistered = { $what ->
    [tag] this round tag
   *[other] this commit
} by { $email } must be signed by a registered secretariat key, and { $email } has none
trust-wrong-key = the signature of { $what ->
    [tag] this round tag
   *[other] this commit
} is not made by a key registered for { $email }
trust-verify-counts = Signatures: { $verified } verified, { $unverified } unverified, { $bad } bad (commits and round tags; verified: signed by a key the register holds for the signer).
trust-merge-secretariat = is under the secretariat's address { $email } but not signed by a registered secretariat key: only the secretariat speaks for the secretariat
trust-merge-required = is not signed by a key registered for { $email }, and this consultation requires it ("verification": "require"): the secretariat registers a participant's key with `consulta register`
trust-join-send = Your comments are signed. To be counted as a verified participant, send this line to the secretariat (it holds your public key, never your private one):
trust-join-sign = To be counted as a verified participant, sign your comments: `consulta whoami --signing-key ~/.ssh/id_ed25519` (a key made with `ssh-keygen -t ed25519`), then send the line it prints to the secretariat.
trust-report-participants = { $verified } verified, { $unverified } unverified
trust-report-unconfirmed = { $count ->
    [one] 1 more named only by unverified participants, not counted
   *[other] { $count } more named only by unverified participants, not counted
}
trust-tui-loading = checking signatures against the register
trust-tui-verified = verified
trust-whoami-language = Language: { $name } ({ $code }), { $from ->
    [flag] from --lang
    [environment] from CONSULTA_LANG
    [git-config] from git config consulta.language (consulta whoami --language)
    [system] from the system's locale
    [consultation] the consultation's first language
   *[default] the default
}
trust-whoami-language-no-repo = not inside a git repository: use --global to store your language in your user config
