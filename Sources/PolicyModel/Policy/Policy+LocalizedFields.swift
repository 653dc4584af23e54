extension Policy {
    /// Every localized text of the policy with its JSON pointer, in document order.
    ///
    /// Validation checks each has every language; the linter reads them for wording rules.
    public var localizedFields: [(pointer: JSONPointer, text: Localized)] {
        var fields: [(JSONPointer, Localized)] = []
        func add(_ text: Localized?, _ pointer: JSONPointer) {
            if let text { fields.append((pointer, text)) }
        }
        for (i, revision) in history.enumerated() { add(revision.summary, "/history" / i / "summary") }
        add(dpo?.reasonNotDesignated, "/dpo/reasonNotDesignated")
        for (i, category) in dataCategories.enumerated() {
            let base: JSONPointer = "/dataCategories" / i
            add(category.label, base / "label")
            for (j, example) in category.examples.enumerated() { add(example, base / "examples" / j) }
        }
        for (i, source) in sources.enumerated() { add(source.description, "/sources" / i / "description") }
        for (i, purpose) in purposes.enumerated() {
            let base: JSONPointer = "/purposes" / i
            add(purpose.description, base / "description")
            add(purpose.legitimateInterest, base / "legitimateInterest")
            add(purpose.consentWithdrawal, base / "consentWithdrawal")
            add(purpose.consequencesOfNotProviding, base / "consequencesOfNotProviding")
            add(purpose.directMarketing?.optOut, base / "directMarketing" / "optOut")
        }
        for (i, recipient) in recipients.enumerated() {
            add(recipient.name, "/recipients" / i / "name")
            add(recipient.service, "/recipients" / i / "service")
        }
        for (i, transfer) in transfers.enumerated() { add(transfer.copy, "/transfers" / i / "copy") }
        for (i, rule) in retention.enumerated() {
            let base: JSONPointer = "/retention" / i
            add(rule.subject, base / "subject")
            add(rule.startingEvent, base / "startingEvent")
            add(rule.criteria, base / "criteria")
        }
        for (i, decision) in automatedDecisions.enumerated() {
            let base: JSONPointer = "/automatedDecisions" / i
            add(decision.logic, base / "logic")
            add(decision.significance, base / "significance")
            add(decision.consequences, base / "consequences")
        }
        for (i, cookie) in cookies.enumerated() { add(cookie.description, "/cookies" / i / "description") }
        add(cookieConsent?.mechanism, "/cookieConsent/mechanism")
        for (i, measure) in security.enumerated() { add(measure, "/security" / i) }
        return fields
    }
}
