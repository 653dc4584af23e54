import PolicyModel

/// Art. 13(2)(f) and 22: automated decisions and profiling, with their logic, significance and
/// consequences; or the one sentence that there are none.
enum AutomatedDecisionsSection: SectionBuilder {
    static let kind = StatementSection.automatedDecisions

    static func blocks(_ c: Composer) -> [Block] {
        let decisions = c.policy.automatedDecisions
        guard !decisions.isEmpty else { return [.paragraph(c("automatedDecisions.none"))] }
        var blocks: [Block] = []
        for (index, decision) in decisions.enumerated() {
            let pointer = "/automatedDecisions" / index
            blocks.append(.paragraph([.strong(c.string("decision.\(decision.kind.rawValue)"))]))
            var items: [[Inline]] = []
            let purposes = decision.purposes.map { [Inline.text(c.inRunningText(c.purposeName($0)))] }
            if !purposes.isEmpty { items.append(c("automatedDecisions.purposes", ["purposes": c.joined(purposes, separator: "; ")])) }
            for (key, text) in [("logic", decision.logic), ("significance", decision.significance), ("consequences", decision.consequences)] {
                if let value = c.known(text, at: pointer / key) {
                    items.append(c("automatedDecisions.\(key)", ["text": [.text(c.inRunningText(value))]]))
                }
            }
            blocks.append(.list(items))
        }
        let solely = decisions.contains { $0.kind == .solelyAutomatedDecision }
        blocks.append(.paragraph(c(solely ? "automatedDecisions.humanIntervention" : "automatedDecisions.noSolelyAutomated")))
        return blocks
    }
}
