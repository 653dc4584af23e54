import PolicyModel

/// Art. 32: the security measures the controller describes.
enum SecuritySection: SectionBuilder {
    static let kind = StatementSection.security

    static func blocks(_ c: Composer) -> [Block] {
        let measures = c.policy.security.enumerated().compactMap { index, measure in
            c.known(measure, at: JSONPointer(["security"]) / index).map { [Inline.text($0)] }
        }
        guard !measures.isEmpty else { return [] }
        return [.paragraph(c(.securityIntro)), .list(measures)]
    }
}
