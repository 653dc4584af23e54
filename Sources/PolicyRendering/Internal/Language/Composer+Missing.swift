import PolicyModel

extension Composer {
    /// Whether the fact at `pointer`, or a fact containing it, is declared missing: the rule the
    /// linter applies (``Policy/declaredMissingFact(covering:)``), wildcards included.
    ///
    /// `/controller/registration` declared missing hides `/controller/registration/number` too,
    /// but not `/controller`: the rest of the controller is still known. The pointer is only built
    /// when the policy declares a missing fact (the sections build per-row pointers from tokens,
    /// `JSONPointer(["recipients"]) / index`, which is what parsing `"/recipients"` gives, without
    /// the parse), and the declared fields are parsed once per composer:
    /// a field covers the pointer when each of its tokens is `*` or the pointer's token at that place.
    ///
    /// Kept small so it inlines and the pointer's closure is never built when nothing is declared missing.
    @inline(__always)
    func isMissing(_ pointer: @autoclosure () -> JSONPointer) -> Bool {
        declaresMissingFacts && isDeclaredMissing(pointer())
    }

    /// Whether a declared missing field covers `pointer`.
    @inline(never)
    private func isDeclaredMissing(_ pointer: JSONPointer) -> Bool {
        let tokens = pointer.tokens
        return missingFactPatterns.contains { pattern in
            pattern.count <= tokens.count && zip(pattern, tokens).allSatisfy { $0 == "*" || $0 == $1 }
        }
    }

    /// The policy's text at `pointer`, or `nil` when it is absent, empty or declared missing.
    func known(_ localized: Localized?, at pointer: @autoclosure () -> JSONPointer) -> String? {
        let value = text(localized)
        return value.isEmpty || isMissing(pointer()) ? nil : value
    }

    /// A plain string of the policy at `pointer`, or `nil` when it is absent, empty or declared missing.
    func known(_ value: String?, at pointer: @autoclosure () -> JSONPointer) -> String? {
        guard let value = value?.trimmingSpaces, !value.isEmpty, !isMissing(pointer()) else { return nil }
        return value
    }
}
