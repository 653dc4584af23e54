import PolicyModel

/// The supervisory authorities the catalogue knows.
public enum Authorities {
    /// The Commission nationale de l'informatique et des libertés, the French authority (LIL art. 8).
    ///
    /// Postal address and pages as the CNIL publishes them on its "contact" and "plaintes" pages.
    public static let cnil = SupervisoryAuthority(
        acronym: "CNIL",
        name: Localized(
            fr: "Commission nationale de l’informatique et des libertés",
            en: "Commission nationale de l’informatique et des libertés (French data protection authority)"),
        address: PostalAddress(
            lines: ["3 place de Fontenoy", "TSA 80715"], postalCode: "75334", locality: "Paris Cedex 07",
            country: "FR"),
        website: address("https://www.cnil.fr"),
        complaintPage: address("https://www.cnil.fr/fr/plaintes"))

    /// The authority competent for a controller established in `country`, when the catalogue has it.
    public static func competent(for country: CountryCode) -> SupervisoryAuthority? {
        switch country.alpha2 {
        case "FR": cnil
        default: nil
        }
    }

    static func address(_ text: String) -> WebAddress {
        guard let address = WebAddress(text) else { preconditionFailure("bad catalogue address \(text)") }
        return address
    }
}
