import PolicyModel

extension Draft {
    /// The person, the person's browsing, and for some agencies a third party (portals, partners).
    mutating func drawSources() -> [DataSource] {
        let observedKinds: Set<DataKind> = [.browsing, .device, .location]
        let observed = categories.filter { observedKinds.contains($0.kind) }.map(\.id)
        let given = categories.filter { !observedKinds.contains($0.kind) }.map(\.id)
        var sources = [
            DataSource(
                id: "you", kind: .dataSubject,
                description: text("Vous-même, lorsque vous remplissez nos formulaires, nous écrivez ou nous appelez",
                                  "You, when you fill in our forms, write to us or call us"),
                dataCategories: given),
            DataSource(
                id: "website-visits", kind: .observed,
                description: text("Votre navigation sur nos sites", "Your use of our websites"), dataCategories: observed),
        ]
        if rng.chance(0.3) {
            let third = rng.pick(Self.thirdPartySources)
            let provided = given.filter { ["identity", "email", "phone", "request", "property", "social-profile"].contains($0.rawValue) }
            sources.append(DataSource(
                id: SourceID(third.id), kind: .thirdParty, description: text(third.fr, third.en),
                publiclyAccessible: third.isPublic, dataCategories: provided))
        }
        return sources
    }

    static let thirdPartySources: [(id: String, fr: String, en: String, isPublic: Bool)] = [
        ("listing-portals", "Les portails d’annonces sur lesquels vous nous avez contactés", "The listing portals through which you contacted us", false),
        ("partner-agencies", "Les agences de notre réseau auxquelles vous vous êtes adressé", "The agencies of our network you approached", false),
        ("public-registers", "Les registres publics (cadastre, registre du commerce)", "Public registers (land registry, trade register)", true),
        ("professional-networks", "Les réseaux sociaux professionnels, pour les pages rendues publiques", "Professional social networks, for pages made public", true),
    ]
}
