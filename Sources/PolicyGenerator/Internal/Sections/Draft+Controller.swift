import PolicyModel

extension Draft {
    /// An agency in a French town: legal name and form, register entry, address and contacts.
    mutating func drawAgency() -> Agency {
        let sector = rng.pick(Sector.all)
        let stem = rng.pick(Places.stems)
        let tradeName = "\(stem) \(sector.tradeWord)"
        let town = rng.pick(Places.towns)
        let domain = "\(slug(tradeName))-\(index).fr"
        let form = rng.pick(Places.legalForms)
        let legalName = rng.chance(0.5) ? tradeName.uppercased() : "\(stem) \(rng.pick(["Groupe", "Holding", "Partenaires", "& Associés"]))"
        let address = PostalAddress(
            lines: ["\(rng.int(1...180)) \(rng.pick(Places.streets))"], postalCode: town.postalCode,
            locality: town.locality, country: "FR")
        let email = "contact@\(domain)"
        let phone = "+33 \(rng.int(1...5)) \(twoDigits()) \(twoDigits()) \(twoDigits()) \(twoDigits())"
        var websites = [web("https://www.\(domain)")]
        if rng.chance(0.3) { websites.append(web("https://blog.\(domain)")) }
        let controller = Controller(
            legalName: legalName, tradeNames: legalName == tradeName.uppercased() ? [] : [tradeName],
            websites: websites, legalForm: form,
            registration: Registration(register: "RCS \(town.register)", number: sirenNumber()),
            address: address, country: "FR",
            contact: [.email(email), .phone(phone)])
        return Agency(
            controller: controller, tradeName: tradeName, domain: domain, sector: sector, address: address,
            email: email)
    }

    /// Nine digits in groups of three: `512 345 678`.
    mutating func sirenNumber() -> String {
        "\(rng.int(300...999)) \(threeDigits()) \(threeDigits())"
    }

    mutating func twoDigits() -> String {
        let n = rng.below(100)
        return n < 10 ? "0\(n)" : "\(n)"
    }

    mutating func threeDigits() -> String {
        let n = rng.below(1000)
        return String(repeating: "0", count: 3 - String(n).count) + String(n)
    }
}

/// A link the generator builds from safe parts.
func web(_ address: String) -> WebAddress {
    guard let link = WebAddress(address) else { preconditionFailure("bad generated link \(address)") }
    return link
}
