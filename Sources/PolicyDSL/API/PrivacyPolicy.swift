import PolicyModel

/// A privacy statement declared in the DSL.
///
/// ```swift
/// PrivacyPolicy("carmen-immobilier", version: "2018-04-20", effective: "2018-04-20") {
///     DataController("PLUS IMMOBILIER SARL", establishedIn: "FR") { ContactForm("https://…") }
///     PersonalData("identity", .identity, fr: "Nom et prénom", en: "First and last name")
///     ProcessingPurpose("requests", basis: .contract, fr: "…", en: "…") { Uses("identity") }
///     RightsRequests(identityCheck: .onReasonableDoubt) { ContactForm("https://…") }
/// }
/// ```
public struct PrivacyPolicy: Sendable {
    let id: PolicyID
    let version: String
    let effective: String
    let languages: [Language]
    let items: [PolicyItem]
    let site: DeclarationSite

    public init(
        _ id: PolicyID, version: String, effective: String, languages: [Language] = Language.required,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column,
        @PolicyBuilder _ content: () -> [PolicyItem]
    ) {
        self.id = id
        self.version = version
        self.effective = effective
        self.languages = languages
        self.items = content()
        self.site = DeclarationSite(fileID, line, column)
    }

    /// The policy's identifier, known before it is assembled.
    public var identifier: PolicyID { id }

    /// Where the declaration starts, as `#fileID` gives it: `Policies/CarmenImmobilier.swift`.
    public var location: SourceLocation { site.location }

    /// Assembles and validates the policy. Every problem is reported with the line that declared it.
    ///
    /// - Parameter origin: the path of the declaring file as users see it (`policies/X.swift`); locations
    ///   in that file are reported under this path instead of the `#fileID`.
    public func document(origin: String) throws(DeclarationErrors) -> PolicyDocument {
        var assembler = PolicyAssembler(declaration: self, origin: origin)
        return try assembler.assemble()
    }
}

/// Everything wrong with a declaration, each at its line.
public struct DeclarationErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [InputError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
