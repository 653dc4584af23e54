import PolicyModel

extension Composer {
    /// Whether the fact at `pointer`, or a fact containing it, is declared missing: the linter's rule,
    /// ``Policy/declaredMissingFact(covering:)``, wildcards included.
    ///
    /// `/controller/registration` declared missing hides `/controller/registration/number` too,
    /// but not `/controller`: the rest of the controller is still known. The pointer is only built
    /// when the policy declares a missing fact (the sections build per-row pointers from tokens,
    /// `JSONPointer(["recipients"]) / index`, which is what parsing `"/recipients"` gives, without
    /// the parse). Kept small so it inlines and the pointer's closure is never built when nothing is
    /// declared missing.
    @inline(__always)
    func isMissing(_ pointer: @autoclosure () -> JSONPointer) -> Bool {
        declaresMissingFacts && policy.declaredMissingFact(covering: pointer()) != nil
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
