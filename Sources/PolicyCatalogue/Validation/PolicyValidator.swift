import PolicyModel

/// Checks that a policy is well formed before anything reads it: identifiers, references, languages,
/// countries and links. A failure is bad input (exit 2), not a lint finding.
public enum PolicyValidator {
    /// Every problem found, in document order; empty when the policy is well formed.
    public static func problems(in policy: Policy) -> [InputError] {
        var problems: [InputError] = []
        func fail(_ message: String, _ pointer: JSONPointer) {
            problems.append(InputError(message, pointer: pointer))
        }

        if !policy.id.isWellFormed { fail("'\(policy.id)' is not a policy identifier", "/id") }
        for language in Language.required where !policy.languages.contains(language) {
            fail("the statement must be published in '\(language)'", "/languages")
        }
        if policy.controller.legalName.isBlank { fail("the controller's legal name is empty", "/controller/legalName") }
        if policy.version.isBlank { fail("the version is empty", "/version") }

        for (pointer, text) in policy.localizedFields {
            for language in policy.languages {
                guard let value = text[language] else {
                    fail("missing the '\(language)' text", pointer)
                    continue
                }
                if value.isBlank { fail("the '\(language)' text is empty", pointer / language.code) }
            }
        }

        let categories = checkUnique(policy.dataCategories.map(\.id), "/dataCategories", &problems)
        let purposes = checkUnique(policy.purposes.map(\.id), "/purposes", &problems)
        let recipients = checkUnique(policy.recipients.map(\.id), "/recipients", &problems)
        _ = checkUnique(policy.sources.map(\.id), "/sources", &problems)

        func refs<T>(_ ids: [Identifier<T>], _ known: Set<Identifier<T>>, _ what: String, _ pointer: JSONPointer) {
            for (i, id) in ids.enumerated() where !known.contains(id) {
                fail("unknown \(what) '\(id)'", pointer / i)
            }
        }
        for (i, purpose) in policy.purposes.enumerated() {
            refs(purpose.dataCategories, categories, "data category", "/purposes" / i / "dataCategories")
        }
        for (i, source) in policy.sources.enumerated() {
            refs(source.dataCategories, categories, "data category", "/sources" / i / "dataCategories")
        }
        for (i, recipient) in policy.recipients.enumerated() {
            let base: JSONPointer = "/recipients" / i
            refs(recipient.purposes, purposes, "purpose", base / "purposes")
            refs(recipient.dataCategories, categories, "data category", base / "dataCategories")
            checkCountries(recipient.processingCountries, base / "processingCountries", &problems)
            for (j, sub) in recipient.subProcessors.enumerated() {
                checkCountries(sub.processingCountries, base / "subProcessors" / j / "processingCountries", &problems)
            }
        }
        for (i, transfer) in policy.transfers.enumerated() {
            let base: JSONPointer = "/transfers" / i
            if !recipients.contains(transfer.recipient) { fail("unknown recipient '\(transfer.recipient)'", base / "recipient") }
            checkCountries([transfer.country], base / "country", &problems, single: true)
        }
        for (i, rule) in policy.retention.enumerated() {
            let base: JSONPointer = "/retention" / i
            refs(rule.purposes, purposes, "purpose", base / "purposes")
            refs(rule.dataCategories, categories, "data category", base / "dataCategories")
            checkPeriod(rule.period, base / "period", &problems)
        }
        for (i, decision) in policy.automatedDecisions.enumerated() {
            refs(decision.purposes, purposes, "purpose", "/automatedDecisions" / i / "purposes")
        }
        checkPeriod(policy.rights.responseDelay, "/rights/responseDelay", &problems)
        for (i, cookie) in policy.cookies.enumerated() {
            checkPeriod(cookie.lifetime, "/cookies" / i / "lifetime", &problems)
        }

        checkCountries([policy.controller.country], "/controller/country", &problems, single: true)
        if let address = policy.controller.address {
            checkCountries([address.country], "/controller/address/country", &problems, single: true)
        }
        checkChannels(policy.controller.contact, "/controller/contact", &problems)
        checkChannels(policy.dpo?.contact ?? [], "/dpo/contact", &problems)
        checkChannels(policy.rights.channels, "/rights/channels", &problems)
        for (i, fact) in policy.missing.enumerated() where !fact.field.hasPrefix("/") {
            fail("'\(fact.field)' is not a JSON pointer", "/missing" / i / "field")
        }
        return problems
    }

    private static func checkUnique<T>(_ ids: [Identifier<T>], _ pointer: JSONPointer, _ problems: inout [InputError])
        -> Set<Identifier<T>>
    {
        var seen: Set<Identifier<T>> = []
        for (i, id) in ids.enumerated() {
            if !id.isWellFormed {
                problems.append(InputError("'\(id)' is not an identifier (lowercase letters, digits and '-')", pointer: pointer / i / "id"))
            }
            if !seen.insert(id).inserted {
                problems.append(InputError("duplicate identifier '\(id)'", pointer: pointer / i / "id"))
            }
        }
        return seen
    }

    /// A period's amount is positive and at most ``Period/maximumAmount``, as the schema says.
    private static func checkPeriod(_ period: Period?, _ pointer: JSONPointer, _ problems: inout [InputError]) {
        guard let period else { return }
        if period.amount <= 0 {
            problems.append(InputError("a period must be positive", pointer: pointer / "amount"))
        } else if period.amount > Period.maximumAmount {
            problems.append(InputError(
                "a period of \(period.amount) \(period.unit.rawValue) is too long: the amount is at most \(Period.maximumAmount)",
                pointer: pointer / "amount"))
        }
    }

    private static func checkCountries(
        _ codes: [CountryCode], _ pointer: JSONPointer, _ problems: inout [InputError], single: Bool = false
    ) {
        for (i, code) in codes.enumerated() where !Countries.isKnown(code) {
            problems.append(InputError("unknown country code '\(code)'", pointer: single ? pointer : pointer / i))
        }
    }

    private static func checkChannels(_ channels: [ContactChannel], _ pointer: JSONPointer, _ problems: inout [InputError]) {
        for (i, channel) in channels.enumerated() {
            let at = pointer / i
            switch channel.kind {
            case .post:
                if channel.address == nil { problems.append(InputError("a postal channel needs an address", pointer: at / "address")) }
            case .email, .phone, .webForm:
                guard let value = channel.value, !value.isBlank else {
                    problems.append(InputError("a \(channel.kind.rawValue) channel needs a value", pointer: at / "value"))
                    continue
                }
                if channel.link == nil || !isPlausible(channel.kind, value) {
                    problems.append(InputError("'\(value.prefix(80))' is not a valid \(channel.kind.rawValue)", pointer: at / "value"))
                }
            }
        }
    }

    private static func isPlausible(_ kind: ContactChannel.Kind, _ value: String) -> Bool {
        switch kind {
        case .email:
            let parts = value.split(separator: "@", omittingEmptySubsequences: false)
            return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
                && value.allSatisfy { $0.isASCII && !$0.isWhitespace }
        case .phone:
            return value.first == "+" && value.dropFirst().allSatisfy { $0.isNumber || $0 == " " || $0 == "." || $0 == "-" }
                && value.filter(\.isNumber).count >= 6
        case .webForm:
            let scheme = WebAddress(value)?.scheme
            return scheme == "https" || scheme == "http"
        case .post:
            return true
        }
    }
}

extension String {
    /// Whether the text says nothing once white space, control and format characters (which the
    /// writers remove) and combining marks are set aside.
    var isBlank: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .nonspacingMark, .spacingMark, .enclosingMark: true
            default: scalar.properties.isWhitespace
            }
        }
    }
}
