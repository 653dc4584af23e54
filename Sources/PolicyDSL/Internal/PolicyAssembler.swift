import PolicyCatalogue
import PolicyModel

/// Turns a declaration's items into a policy, a source map, and the problems found on the way.
struct PolicyAssembler {
    let declaration: PrivacyPolicy
    let origin: String
    private var map = SourceMap()
    private var problems: [InputError] = []

    init(declaration: PrivacyPolicy, origin: String) {
        self.declaration = declaration
        self.origin = origin
    }

    mutating func assemble() throws(DeclarationErrors) -> PolicyDocument {
        let top = declaration.site.location
        map.record(top, at: .root)
        map.record(top, at: "/id")
        map.record(top, at: "/version")
        map.record(top, at: "/effectiveDate")
        let effective = CalendarDate(iso: declaration.effective)
        if effective == nil { report("'\(declaration.effective)' is not a date (\(CalendarDate.accepted))", top) }

        var controller: Controller?
        var dpo: DataProtectionOfficer?
        var rights: RightsExercise?
        var draft = Policy(
            id: declaration.id, languages: declaration.languages, version: declaration.version,
            effectiveDate: effective ?? .placeholder, controller: Controller(legalName: "", country: "FR"),
            rights: RightsExercise(channels: [], identityCheck: .onReasonableDoubt))

        for item in declaration.items {
            switch item {
            case .controller(let controllerDraft, let site):
                if controller != nil { report("a policy declares one DataController", site.location) }
                controller = assembleController(controllerDraft, site)
            case .dpo(let officer, let site):
                if dpo != nil { report("a policy declares its DPO once", site.location) }
                dpo = officer
                map.record(site.location, at: "/dpo")
            case .dataCategory(let category, let site):
                append(category, to: \.dataCategories, "dataCategories", site, in: &draft)
            case .source(let source, let site):
                append(source, to: \.sources, "sources", site, in: &draft)
            case .purpose(let purpose, let site):
                append(purpose, to: \.purposes, "purposes", site, in: &draft)
            case .recipient(let recipient, let site):
                append(recipient, to: \.recipients, "recipients", site, in: &draft)
            case .transfer(let transfer, let site):
                append(transfer, to: \.transfers, "transfers", site, in: &draft)
            case .retention(let rule, let site):
                append(rule, to: \.retention, "retention", site, in: &draft)
            case .rights(let exercise, let site):
                if rights != nil { report("a policy declares RightsRequests once", site.location) }
                rights = exercise
                map.record(site.location, at: "/rights")
            case .automatedDecision(let decision, let site):
                append(decision, to: \.automatedDecisions, "automatedDecisions", site, in: &draft)
            case .cookie(let cookie, let site):
                append(cookie, to: \.cookies, "cookies", site, in: &draft)
            case .cookieConsent(let consent, let site):
                if draft.cookieConsent != nil { report("a policy declares TrackerConsent once", site.location) }
                map.record(site.location, at: "/cookieConsent")
                draft.cookieConsent = consent
            case .security(let text, let site):
                append(text, to: \.security, "security", site, in: &draft)
            case .revision(let revision, let site):
                append(revision, to: \.history, "history", site, in: &draft)
            case .directedAtChildren(let site):
                map.record(site.location, at: "/directedAtChildren")
                draft.directedAtChildren = true
            case .missing(let fact, let site):
                append(fact, to: \.missing, "missing", site, in: &draft)
            case .waiver(let waiver, let site):
                append(waiver, to: \.waivers, "waivers", site, in: &draft)
            case .problem(let message, let site):
                report(message, site.location)
            }
        }

        if let controller { draft.controller = controller } else { report("a policy declares a DataController", top) }
        if let rights { draft.rights = rights } else { report("a policy declares RightsRequests", top) }
        draft.dpo = dpo
        let unresolved = draft.resolveMissingFields()

        for problem in unresolved + PolicyValidator.problems(in: draft) {
            var located = problem
            if let pointer = problem.pointer { located.location = map.location(of: pointer) }
            problems.append(located)
        }
        guard problems.isEmpty else { throw DeclarationErrors(errors: problems.map(relocated)) }
        var published = SourceMap()
        for (pointer, location) in map.locations { published.record(relocated(location), at: pointer) }
        return PolicyDocument(policy: draft, sourceMap: published, origin: origin)
    }

    /// A location in the declaring file, under the path users see.
    private func relocated(_ location: SourceLocation) -> SourceLocation {
        guard location.file == declaration.location.file else { return location }
        return SourceLocation(file: origin, line: location.line, column: location.column)
    }

    private func relocated(_ error: InputError) -> InputError {
        var error = error
        error.location = error.location.map(relocated)
        return error
    }

    /// Appends a declared element to one of the policy's lists, recording where it was declared.
    private mutating func append<Element>(
        _ element: Element, to list: WritableKeyPath<Policy, [Element]>, _ field: String, _ site: DeclarationSite,
        in draft: inout Policy
    ) {
        map.record(site.location, at: JSONPointer([field, String(draft[keyPath: list].count)]))
        draft[keyPath: list].append(element)
    }

    private mutating func report(_ message: String, _ location: SourceLocation) {
        problems.append(InputError(message, location: location))
    }

    private mutating func assembleController(_ draft: ControllerDraft, _ site: DeclarationSite) -> Controller {
        map.record(site.location, at: "/controller")
        var controller = Controller(legalName: draft.legalName, country: draft.country)
        for item in draft.items {
            switch item {
            case .tradeName(let name): controller.tradeNames.append(name)
            case .website(let address): controller.websites.append(address)
            case .legalForm(let form): controller.legalForm = form
            case .registration(let registration): controller.registration = registration
            case .address(let address): controller.address = address
            case .contact(let channel, let channelSite):
                map.record(channelSite.location, at: "/controller/contact" / controller.contact.count)
                controller.contact.append(channel)
            case .representative(let representative): controller.representative = representative
            case .problem(let message, let problemSite): report(message, problemSite.location)
            }
        }
        return controller
    }
}

extension CalendarDate {
    /// Stands in for an ill-formed date while the assembler collects every problem; never published.
    static let placeholder = CalendarDate(year: 1900, month: 1, day: 1)!
}
