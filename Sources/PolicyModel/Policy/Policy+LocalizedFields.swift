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
        case cookieName, cookieDescription, cookieConsentMechanism
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
        case .cookieName: return JSONPointer(["cookies", i, "name"])
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
        // Each element is read in place by index: iterating would copy it, retaining all its fields.
        for i in history.indices { try visit(history[i].summary, .historySummary, i) }
        try visit(dpo?.reasonNotDesignated, .dpoReasonNotDesignated)
        for i in dataCategories.indices {
            try visit(dataCategories[i].label, .dataCategoryLabel, i)
            for j in dataCategories[i].examples.indices {
                try visit(dataCategories[i].examples[j], .dataCategoryExample, i, j)
            }
        }
        for i in sources.indices { try visit(sources[i].description, .sourceDescription, i) }
        for i in purposes.indices {
            try visit(purposes[i].description, .purposeDescription, i)
            try visit(purposes[i].legitimateInterest, .purposeLegitimateInterest, i)
            try visit(purposes[i].consentWithdrawal, .purposeConsentWithdrawal, i)
            try visit(purposes[i].consequencesOfNotProviding, .purposeConsequencesOfNotProviding, i)
            try visit(purposes[i].directMarketing?.optOut, .purposeDirectMarketingOptOut, i)
        }
        for i in recipients.indices {
            try visit(recipients[i].name, .recipientName, i)
            try visit(recipients[i].service, .recipientService, i)
        }
        for i in transfers.indices { try visit(transfers[i].copy, .transferCopy, i) }
        for i in retention.indices {
            try visit(retention[i].subject, .retentionSubject, i)
            try visit(retention[i].startingEvent, .retentionStartingEvent, i)
            try visit(retention[i].criteria, .retentionCriteria, i)
        }
        for i in automatedDecisions.indices {
            try visit(automatedDecisions[i].logic, .automatedDecisionLogic, i)
            try visit(automatedDecisions[i].significance, .automatedDecisionSignificance, i)
            try visit(automatedDecisions[i].consequences, .automatedDecisionConsequences, i)
        }
        for i in cookies.indices {
            try visit(cookies[i].name, .cookieName, i)
            try visit(cookies[i].description, .cookieDescription, i)
        }
        try visit(cookieConsent?.mechanism, .cookieConsentMechanism)
        for i in security.indices { try visit(security[i], .securityMeasure, i) }
    }
}
