import PolicyDSL
import PolicyModel

/// The policies this repository publishes.
public enum Policies {
    /// The folder the declarations live in, relative to the package root.
    public static let directory = "policies"

    /// Every declaration, in publication order. Add a new policy here.
    public static let declarations: [PrivacyPolicy] = [carmenImmobilier, leggettImmobilier]

    /// The path users see for a declaration's file: `policies/CarmenImmobilier.swift`.
    public static func origin(of declaration: PrivacyPolicy) -> String {
        let file = declaration.location.file
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return "\(directory)/\(name)"
    }

    /// The declaration with this identifier.
    public static func declaration(_ id: PolicyID) -> PrivacyPolicy? {
        declarations.first { $0.identifier == id }
    }

    /// Every policy, assembled. A declaration that does not assemble stops the program with its
    /// errors: the CLI reports them properly through ``declarations`` instead.
    public static var all: [PolicyDocument] {
        declarations.map { declaration in
            do {
                return try declaration.document(origin: origin(of: declaration))
            } catch {
                preconditionFailure("\(error)")
            }
        }
    }
}
