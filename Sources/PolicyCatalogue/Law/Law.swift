import PolicyModel

/// What the law derives from a policy, so no policy types it by hand.
public enum Law {
    /// The one-month delay of Art. 12(3), used when a policy commits to no shorter one.
    public static let responseDelay = Period.months(1)

    /// The rights that apply to the processing the policy describes, in the order of the GDPR.
    public static func rights(for policy: Policy) -> [DataSubjectRight] {
        // One pass over the purposes tells which bases and which purposes' features are present.
        var bases = LegalBases()
        var directMarketing = false
        var explicitConsent = false
        for purpose in policy.purposes {
            bases.insert(purpose.legalBasis)
            if purpose.directMarketing != nil { directMarketing = true }
            if purpose.specialCategoryCondition == .explicitConsent { explicitConsent = true }
        }
        var rights: [DataSubjectRight] = []
        rights.reserveCapacity(DataSubjectRight.allCases.count)
        for right in DataSubjectRight.allCases {
            let applies =
                switch right {
                case .access, .rectification, .erasure, .restriction: true
                case .portability: bases.contains(.consent) || bases.contains(.contract)
                case .objection: bases.contains(.legitimateInterests) || bases.contains(.publicTask)
                case .objectionToDirectMarketing: directMarketing
                case .withdrawConsent: bases.contains(.consent) || explicitConsent
                case .humanIntervention: policy.automatedDecisions.contains { $0.kind == .solelyAutomatedDecision }
                case .postMortemDirectives: policy.controller.country == "FR"
                }
            if applies { rights.append(right) }
        }
        return rights
    }

    /// Whether the right to object must be shown apart from other information (Art. 21(4)).
    public static func objectionMustBeShownApart(in policy: Policy) -> Bool {
        rights(for: policy).contains { $0 == .objection || $0 == .objectionToDirectMarketing }
    }

    /// The authority with which the person may lodge a complaint (Art. 77), for the controller's country.
    public static func supervisoryAuthority(for policy: Policy) -> SupervisoryAuthority? {
        Authorities.competent(for: policy.controller.country)
    }

    /// The delay the controller answers within: its own commitment, or the legal month.
    public static func responseDelay(for policy: Policy) -> Period {
        policy.rights.responseDelay ?? responseDelay
    }

    /// The third countries a recipient's data reaches, itself or through its sub-processors.
    ///
    /// Each code once (the first of equal ones), in ascending order: a recipient names a handful of
    /// countries, so they are gathered in an array, each compared with those already kept, rather than
    /// hashed into a set.
    public static func thirdCountries(of recipient: Recipient) -> [CountryCode] {
        thirdCountries(processingCountries: recipient.processingCountries, subProcessors: recipient.subProcessors)
    }

    /// ``thirdCountries(of:)`` from the two fields it reads: a caller that reads a recipient where it
    /// stands in the policy's list passes these, not a copy of the recipient (which retains each of its
    /// fields).
    public static func thirdCountries(processingCountries: [CountryCode], subProcessors: [SubProcessor]) -> [CountryCode] {
        var countries: [CountryCode] = []
        func add(_ codes: [CountryCode]) {
            for code in codes where !countries.contains(code) && Countries.treatedAsThirdCountry(code) {
                countries.append(code)
            }
        }
        add(processingCountries)
        for index in subProcessors.indices { add(subProcessors[index].processingCountries) }
        // Distinct codes: no two compare equal, so the order is the one `sorted()` gives whatever
        // the algorithm.
        countries.sort()
        return countries
    }
}
