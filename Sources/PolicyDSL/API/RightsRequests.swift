import PolicyModel

/// How people exercise their rights: channels, identity check and the delay committed to (Arts. 12, 15–22).
///
/// Which rights apply is derived from the legal bases; it is not declared.
public struct RightsRequests: PolicyContent {
    let rights: RightsExercise
    let site: DeclarationSite

    public init(
        identityCheck: IdentityCheck, responseDelay: Period? = nil,
        fileID: StaticString = #fileID, line: UInt = #line, column: UInt = #column,
        @ContactBuilder _ channels: () -> [ContactItem]
    ) {
        let contact = channels().map { item in
            switch item {
            case .channel(let channel, _): channel
            }
        }
        rights = RightsExercise(channels: contact, identityCheck: identityCheck, responseDelay: responseDelay)
        site = DeclarationSite(fileID, line, column)
    }

    public var policyItems: [PolicyItem] { [.rights(rights, site)] }
}
