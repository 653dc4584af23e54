import PolicyModel

/// Art. 13(2)(f) and 22: automated decisions and profiling, with their logic, significance and
/// consequences; or the one sentence that there are none, or, when the policy declares them missing,
/// that this is not specified: none declared is not the same as none.
enum AutomatedDecisionsSection: SectionBuilder {
    static let kind = StatementSection.automatedDecisions

    static func blocks(_ c: Composer) -> [Block] {
        let decisions = c.policy.automatedDecisions
        guard !decisions.isEmpty else {
            return [.paragraph(c(c.isMissing("/automatedDecisions") ? .automatedDecisionsNotSpecified : .automatedDecisionsNone))]
        }
        var blocks: [Block] = []
        for (index, decision) in decisions.enumerated() {
            blocks.append(.paragraph([.strong(c.string(SentenceKey.decision[decision.kind]))]))
            var items: [[Inline]] = []
            let purposes = decision.purposes.map { c.inRunningText(c.purposeName($0)) }
            if !purposes.isEmpty {
                items.append(c(.automatedDecisionsPurposes, ("purposes", .runs(c.joined(texts: purposes, separator: "; ")))))
            }
            let facts: [(key: SentenceKey, name: String, text: Localized?)] = [
                (.automatedDecisionsLogic, "logic", decision.logic),
                (.automatedDecisionsSignificance, "significance", decision.significance),
                (.automatedDecisionsConsequences, "consequences", decision.consequences),
            ]
            for fact in facts {
                if let value = c.known(fact.text, at: JSONPointer(["automatedDecisions"]) / index / fact.name) {
                    items.append(c(fact.key, ("text", c.runningText(value))))
                }
            }
            blocks.append(.list(items))
        }
        let solely = decisions.contains { $0.kind == .solelyAutomatedDecision }
        blocks.append(.paragraph(c(solely ? .automatedDecisionsHumanIntervention : .automatedDecisionsNoSolelyAutomated)))
        return blocks
    }
}
