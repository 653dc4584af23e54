import PolicyModel

extension Draft {
    /// Requests by e-mail (the DPO's when there is one), by post, sometimes through a web form.
    mutating func drawRightsExercise() -> RightsExercise {
        var channels: [ContactChannel] = [.email(agency.email), .post(agency.address)]
        if rng.chance(0.3) { channels.append(.webForm("https://www.\(agency.domain)/contact")) }
        return RightsExercise(
            channels: channels, identityCheck: .onReasonableDoubt,
            responseDelay: rng.chance(0.2) ? .days(15) : nil)
    }

    /// Two to four measures.
    mutating func drawSecurity() -> [Localized] {
        rng.sample(Self.securityMeasures, count: rng.int(2...4))
    }

    static let securityMeasures: [Localized] = [
        text("Accès aux données réservé au personnel habilité, avec des mots de passe individuels.", "Access to data restricted to authorised staff, with individual passwords."),
        text("Chiffrement des échanges avec nos sites (HTTPS).", "Encryption of exchanges with our websites (HTTPS)."),
        text("Sauvegardes quotidiennes chiffrées.", "Daily encrypted back-ups."),
        text("Engagements de confidentialité de nos prestataires.", "Confidentiality undertakings from our providers."),
        text("Journalisation des accès aux dossiers clients.", "Logging of access to customer files."),
        text("Authentification à deux facteurs pour nos outils.", "Two-factor authentication for our tools."),
    ]
}
