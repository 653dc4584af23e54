/// How a person exercises the rights of Arts. 15–22: channels, identity check, response delay.
///
/// Which rights apply follows from the legal bases; the catalogue derives them, so a policy never
/// lists them by hand.
public struct RightsExercise: Hashable, Sendable, Codable {
    public var channels: [ContactChannel]
    public var identityCheck: IdentityCheck
    /// The delay the controller commits to; `nil` means the legal one month (Art. 12(3)).
    public var responseDelay: Period?

    public init(channels: [ContactChannel], identityCheck: IdentityCheck, responseDelay: Period? = nil) {
        self.channels = channels
        self.identityCheck = identityCheck
        self.responseDelay = responseDelay
    }
}

/// When the controller asks for proof of identity (Art. 12(6)).
public enum IdentityCheck: String, Hashable, Sendable, Codable, CaseIterable {
    /// Only when there is reasonable doubt about who is asking.
    case onReasonableDoubt
    /// For every request: more than Art. 12(6) allows.
    case everyRequest
}
