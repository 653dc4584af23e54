/// Where a localized text of a policy lies, without building its JSON pointer: the linter visits
/// every text of every policy and needs the pointer only for the few it reports.
public struct LocalizedFieldLocation: Hashable, Sendable {
    /// The field, in the order ``Policy/localizedFields`` visits them.
    public enum Field: UInt8, Hashable, Sendable {
        case historySummary, dpoReasonNotDesignated
        case dataCategoryLabel, dataCategoryExample
        case sourceDescription
        case purposeDescription, purposeLegitimateInterest, purposeConsentWithdrawal,
            purposeConsequencesOfNotProviding, purposeDirectMarketingOptOut
        case recipientName, recipientService
        case transferCopy
        case retentionSubject, retentionStartingEvent, retentionCriteria
        case automatedDecisionLogic, automatedDecisionSignificance, automatedDecisionConsequences
        case cookieDescription, cookieConsentMechanism
        case securityMeasure
    }

    public var field: Field
    /// The index in the field's list (`/purposes/3/…`: 3); 0 for a field outside any list.
    public var index: Int
    /// The index in a nested list (`/dataCategories/1/examples/2`: 2); 0 otherwise.
    public var subindex: Int

    public init(_ field: Field, _ index: Int = 0, _ subindex: Int = 0) {
        self.field = field
        self.index = index
        self.subindex = subindex
    }

    /// The JSON pointer of the text.
    public var pointer: JSONPointer {
        let i = String(index)
        switch field {
        case .historySummary: return JSONPointer(["history", i, "summary"])
        case .dpoReasonNotDesignated: return JSONPointer(["dpo", "reasonNotDesignated"])
        case .dataCategoryLabel: return JSONPointer(["dataCategories", i, "label"])
        case .dataCategoryExample: return JSONPointer(["dataCategories", i, "examples", String(subindex)])
        case .sourceDescription: return JSONPointer(["sources", i, "description"])
        case .purposeDescription: return JSONPointer(["purposes", i, "description"])
        case .purposeLegitimateInterest: return JSONPointer(["purposes", i, "legitimateInterest"])
        case .purposeConsentWithdrawal: return JSONPointer(["purposes", i, "consentWithdrawal"])
        case .purposeConsequencesOfNotProviding: return JSONPointer(["purposes", i, "consequencesOfNotProviding"])
        case .purposeDirectMarketingOptOut: return JSONPointer(["purposes", i, "directMarketing", "optOut"])
        case .recipientName: return JSONPointer(["recipients", i, "name"])
        case .recipientService: return JSONPointer(["recipients", i, "service"])
        case .transferCopy: return JSONPointer(["transfers", i, "copy"])
        case .retentionSubject: return JSONPointer(["retention", i, "subject"])
        case .retentionStartingEvent: return JSONPointer(["retention", i, "startingEvent"])
        case .retentionCriteria: return JSONPointer(["retention", i, "criteria"])
        case .automatedDecisionLogic: return JSONPointer(["automatedDecisions", i, "logic"])
        case .automatedDecisionSignificance: return JSONPointer(["automatedDecisions", i, "significance"])
        case .automatedDecisionConsequences: return JSONPointer(["automatedDecisions", i, "consequences"])
        case .cookieDescription: return JSONPointer(["cookies", i, "description"])
        case .cookieConsentMechanism: return JSONPointer(["cookieConsent", "mechanism"])
        case .securityMeasure: return JSONPointer(["security", i])
        }
    }
}

extension Policy {
    /// Every localized text of the policy with its JSON pointer, in document order.
    ///
    /// Validation checks each has every language; the linter reads them for wording rules.
    public var localizedFields: [(pointer: JSONPointer, text: Localized)] {
        var fields: [(pointer: JSONPointer, text: Localized)] = []
        forEachLocalizedField { location, text in fields.append((location.pointer, text)) }
        return fields
    }

    /// Calls `body` with every localized text of the policy and where it lies, in the order of
    /// ``localizedFields``.
    public func forEachLocalizedField(_ body: (LocalizedFieldLocation, Localized) throws -> Void) rethrows {
        typealias L = LocalizedFieldLocation
        func visit(_ text: Localized?, _ field: L.Field, _ index: Int = 0, _ subindex: Int = 0) throws {
            if let text { try body(L(field, index, subindex), text) }
        }
        for (i, revision) in history.enumerated() { try visit(revision.summary, .historySummary, i) }
        try visit(dpo?.reasonNotDesignated, .dpoReasonNotDesignated)
        for (i, category) in dataCategories.enumerated() {
            try visit(category.label, .dataCategoryLabel, i)
            for (j, example) in category.examples.enumerated() { try visit(example, .dataCategoryExample, i, j) }
        }
        for (i, source) in sources.enumerated() { try visit(source.description, .sourceDescription, i) }
        for (i, purpose) in purposes.enumerated() {
            try visit(purpose.description, .purposeDescription, i)
            try visit(purpose.legitimateInterest, .purposeLegitimateInterest, i)
            try visit(purpose.consentWithdrawal, .purposeConsentWithdrawal, i)
            try visit(purpose.consequencesOfNotProviding, .purposeConsequencesOfNotProviding, i)
            try visit(purpose.directMarketing?.optOut, .purposeDirectMarketingOptOut, i)
        }
        for (i, recipient) in recipients.enumerated() {
            try visit(recipient.name, .recipientName, i)
            try visit(recipient.service, .recipientService, i)
        }
        for (i, transfer) in transfers.enumerated() { try visit(transfer.copy, .transferCopy, i) }
        for (i, rule) in retention.enumerated() {
            try visit(rule.subject, .retentionSubject, i)
            try visit(rule.startingEvent, .retentionStartingEvent, i)
            try visit(rule.criteria, .retentionCriteria, i)
        }
        for (i, decision) in automatedDecisions.enumerated() {
            try visit(decision.logic, .automatedDecisionLogic, i)
            try visit(decision.significance, .automatedDecisionSignificance, i)
            try visit(decision.consequences, .automatedDecisionConsequences, i)
        }
        for (i, cookie) in cookies.enumerated() { try visit(cookie.description, .cookieDescription, i) }
        try visit(cookieConsent?.mechanism, .cookieConsentMechanism)
        for (i, measure) in security.enumerated() { try visit(measure, .securityMeasure, i) }
    }
}
