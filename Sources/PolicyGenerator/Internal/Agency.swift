import PolicyModel

/// The generated controller, with the names and addresses its statement repeats.
struct Agency {
    var controller: Controller
    /// The name the public knows: `Horizon Immobilier`.
    var tradeName: String
    /// `horizon-immobilier-42.fr`, unique per policy.
    var domain: String
    var sector: Sector
    var address: PostalAddress
    var email: String

    static let placeholder = Agency(
        controller: Controller(legalName: "-", country: "FR"), tradeName: "-", domain: "example.fr",
        sector: Sector.all[0], address: PostalAddress(lines: [], country: "FR"), email: "contact@example.fr")
}

/// Lowercase ASCII letters and digits joined by `-`: for domains and identifiers.
func slug(_ name: String) -> String {
    let folded = name.lowercased().map { character -> String in
        switch character {
        case "à", "â", "ä": "a"
        case "é", "è", "ê", "ë": "e"
        case "î", "ï": "i"
        case "ô", "ö": "o"
        case "ù", "û", "ü": "u"
        case "ç": "c"
        default: character.isASCII && (character.isLetter || character.isNumber) ? String(character) : "-"
        }
    }.joined()
    return folded.split(separator: "-").joined(separator: "-")
}
