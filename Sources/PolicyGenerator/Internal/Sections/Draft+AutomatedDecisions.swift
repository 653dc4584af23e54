import PolicyModel

extension Draft {
    /// For agencies that profile (about a third), profiling that supports marketing and advertising
    /// (never a solely automated decision with legal effects).
    func drawAutomatedDecisions() -> [AutomatedDecision] {
        let targets = purposes.filter {
            ["newsletter", "property-alerts", "targeted-advertising", "customer-marketing"].contains($0.id.rawValue)
        }
        guard profiles, !targets.isEmpty else { return [] }
        return [AutomatedDecision(
            kind: .profiling, purposes: targets.map(\.id),
            logic: text(
                "Nous regroupons les personnes selon leurs recherches, les biens consultés et leurs réactions à nos courriels.",
                "We group people by their searches, the listings they view and how they respond to our e-mails."),
            significance: text(
                "Ce profilage détermine les offres et les annonces qui vous sont présentées.",
                "This profiling decides which offers and listings you are shown."),
            consequences: text(
                "Vous recevez des messages plus adaptés ; aucune décision ayant un effet juridique n’est prise automatiquement. Vous pouvez vous opposer à ce profilage à tout moment depuis le lien « Gérer les cookies » ou en écrivant à \(agency.email).",
                "You receive more relevant messages; no decision with legal effects is taken automatically. You may object to this profiling at any time from the “Manage cookies” link or by writing to \(agency.email)."))]
    }
}
