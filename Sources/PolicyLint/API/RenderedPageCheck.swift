import Foundation
import PolicyCatalogue
import PolicyModel

/// Checks that a rendered statement still carries every disclosure its policy requires.
///
/// The renderer marks each disclosure with a `data-gdpr` attribute listing the items it satisfies
/// (`data-gdpr="13(1)(a) 14(1)(a)"`). Which items a page must carry follows from the model: see
/// ``requiredMarkers(for:)``. Each missing item is an error of rule `POLICYC-RENDERED` whose message
/// names the article and whose pointer is the part of the model the item comes from.
public enum RenderedPageCheck {
    public static let ruleID = "POLICYC-RENDERED"

    /// A disclosure a page must carry: its marker, the article, what it is, and its place in the model.
    public struct Marker: Sendable, Hashable {
        public var token: String
        public var article: String
        public var subject: String
        public var pointer: JSONPointer
    }

    /// The markers a rendered page of `policy` must carry, in the order of the articles.
    public static func requiredMarkers(for policy: Policy) -> [Marker] {
        let rights = Law.rights(for: policy)
        let hasDPO = policy.dpo?.status == .designated
        let hasInterests = policy.purposes.contains { $0.legalBasis == .legitimateInterests }
        let hasRecipients = !policy.recipients.isEmpty
        let hasTransfers = !policy.transfers.isEmpty
        let withdraws = rights.contains(.withdrawConsent)
        let decides = !policy.automatedDecisions.isEmpty
        var markers: [Marker] = []
        func add(_ token: String, _ subject: String, _ pointer: JSONPointer, when condition: Bool = true) {
            if condition {
                let article = token.hasPrefix("LIL-") ? "LIL art. \(token.dropFirst(4))" : "GDPR Art. \(token)"
                markers.append(Marker(token: token, article: article, subject: subject, pointer: pointer))
            }
        }
        if policy.hasDirectCollection {
            add("13(1)(a)", "the controller's identity and contact details", "/controller")
            add("13(1)(b)", "the DPO's contact details", "/dpo", when: hasDPO)
            add("13(1)(c)", "the purposes and legal bases", "/purposes")
            add("13(1)(d)", "the legitimate interests", "/purposes", when: hasInterests)
            add("13(1)(e)", "the recipients", "/recipients", when: hasRecipients)
            add("13(1)(f)", "the transfers outside the EEA", "/transfers", when: hasTransfers)
            add("13(2)(a)", "the retention periods", "/retention")
            add("13(2)(b)", "the rights", "/rights")
            add("13(2)(c)", "the right to withdraw consent", "/purposes", when: withdraws)
            add("13(2)(d)", "the right to complain to the CNIL", "/controller/country")
            add("13(2)(e)", "whether data must be provided, and the consequences", "/purposes")
            add("13(2)(f)", "automated decisions and profiling", "/automatedDecisions", when: decides)
        }
        if policy.hasIndirectSources {
            add("14(1)(a)", "the controller's identity and contact details", "/controller")
            add("14(1)(b)", "the DPO's contact details", "/dpo", when: hasDPO)
            add("14(1)(c)", "the purposes and legal bases", "/purposes")
            add("14(1)(d)", "the categories of data", "/dataCategories")
            add("14(1)(e)", "the recipients", "/recipients", when: hasRecipients)
            add("14(1)(f)", "the transfers outside the EEA", "/transfers", when: hasTransfers)
            add("14(2)(a)", "the retention periods", "/retention")
            add("14(2)(b)", "the legitimate interests", "/purposes", when: hasInterests)
            add("14(2)(c)", "the rights", "/rights")
            add("14(2)(d)", "the right to withdraw consent", "/purposes", when: withdraws)
            add("14(2)(e)", "the right to complain to the CNIL", "/controller/country")
            add("14(2)(f)", "the source of the data", "/sources")
            add("14(2)(g)", "automated decisions and profiling", "/automatedDecisions", when: decides)
        }
        add("21(4)", "the right to object, shown apart", "/rights", when: Law.objectionMustBeShownApart(in: policy))
        add("LIL-82", "the trackers and how to refuse them", "/cookies", when: !policy.cookies.isEmpty)
        add("LIL-85", "directives about one's data after death", "/rights", when: rights.contains(.postMortemDirectives))
        return markers
    }

    /// Every token of every `data-gdpr` attribute in the markup, outside comments, scripts and styles.
    public static func markers(in html: String) -> Set<String> {
        var tokens: Set<String> = []
        for value in HTMLAttributeScanner(html).values(of: "data-gdpr") {
            for token in value.split(whereSeparator: \.isWhitespace) { tokens.insert(String(token)) }
        }
        return tokens
    }

    /// Findings for the markers `html` lacks. `page` names the page in messages: `carmen/fr.html`.
    public static func check(_ policy: Policy, html: String, page: String) -> [Finding] {
        let present = markers(in: html)
        return requiredMarkers(for: policy).filter { !present.contains($0.token) }.map { marker in
            Finding(
                ruleID: ruleID, severity: .error, message: missing(marker, page: page), pointer: marker.pointer,
                notes: ["expected an element with data-gdpr containing \(marker.token)"])
        }
    }

    /// Checks `directory/<policy id>/<language>.html` for each language of the policy; a page that
    /// cannot be read is itself a finding.
    public static func check(_ policy: Policy, renderedDirectory directory: String) -> [Finding] {
        policy.languages.sorted().flatMap { language -> [Finding] in
            let page = "\(policy.id.rawValue)/\(language.code).html"
            let path = (directory as NSString).appendingPathComponent(page)
            guard let data = FileManager.default.contents(atPath: path), let html = String(data: data, encoding: .utf8)
            else {
                return [Finding(ruleID: ruleID, severity: .error, message: "the page \(page) is missing or not UTF-8", pointer: .root)]
            }
            return check(policy, html: html, page: page)
        }
    }

    static func missing(_ marker: Marker, page: String) -> String {
        "\(page) does not show \(marker.subject) (\(marker.article)): no element is marked \(marker.token)"
    }
}
