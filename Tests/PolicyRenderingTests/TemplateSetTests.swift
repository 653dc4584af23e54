import Foundation
import PolicyModel
import PolicyRendering
import Testing

@Suite struct TemplateSetTests {
    @Test func shippedTemplatesHaveNoProblems() {
        #expect(TemplateSet.problems(directory: Templates.directory) == [])
        #expect(Templates.shipped.languages == [.en, .fr])
    }

    @Test func editingAFrenchSentenceChangesOnlyTheFrenchOutput() throws {
        let copy = try Templates.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try Templates.edit(copy, "fr/rights.txt", replacing: "rights.heading = Vos droits",
                           with: "rights.heading = Les droits dont vous disposez")
        let renderer = PolicyRenderer(templates: try TemplateSet.load(directory: copy))
        let french = renderer.render(SampleModel.policy, language: .fr, format: .html)
        #expect(french.contains("<h2 id=\"rights-heading\">Les droits dont vous disposez</h2>"))
        #expect(renderer.render(SampleModel.policy, language: .en, format: .html)
            == Templates.renderer.render(SampleModel.policy, language: .en, format: .html))
    }

    @Test func unknownPlaceholderNamesFileAndLine() throws {
        let copy = try Templates.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try Templates.edit(copy, "en/rights.txt", replacing: "rights.free = Exercising your rights is free of charge.",
                           with: "rights.free = Exercising your rights is free of charge, {{name}}.")
        let problems = TemplateSet.problems(directory: copy)
        #expect(problems.count == 1)
        #expect(problems.first?.file == copy + "/en/rights.txt")
        #expect(problems.first?.line == 7)
        #expect(problems.first?.message.contains("unknown placeholder {{name}}") == true)
        #expect(throws: TemplateError.self) { try TemplateSet.load(directory: copy) }
    }

    @Test func keyMissingInOneLanguage() throws {
        let copy = try Templates.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try Templates.edit(copy, "fr/rights.txt", replacing: "rights.free = L’exercice de vos droits est gratuit.\n", with: "")
        let problems = TemplateSet.problems(directory: copy)
        #expect(problems == [TemplateError(
            file: copy + "/en/rights.txt", line: 7,
            message: "'rights.free' has no 'fr' text (expected in \(copy)/fr)")])
    }

    @Test func placeholderInOneLanguageOnly() throws {
        let copy = try Templates.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try Templates.edit(copy, "fr/rights.txt", replacing: "rights.delay = Nous vous répondons au plus tard {{delay}}",
                           with: "rights.delay = Nous vous répondons rapidement")
        let problems = TemplateSet.problems(directory: copy)
        #expect(problems.count == 1)
        #expect(problems.first?.file == copy + "/fr/rights.txt")
        #expect(problems.first?.message.contains("does not use {{delay}}") == true)
    }

    @Test func malformedLinesAndUnknownKeys() throws {
        let copy = try Templates.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try "# extra\nno equals sign\nrights.typo = x\nglance.who = **open {{controller}}\n"
            .write(toFile: copy + "/en/extra.txt", atomically: true, encoding: .utf8)
        let problems = TemplateSet.problems(directory: copy).filter { $0.file.hasSuffix("extra.txt") }
        // Each file's own problems (line 2: no `=`; line 4: unclosed bold) come before the checks across
        // languages and keys (line 3: a key the renderer does not read).
        #expect(problems.map(\.line) == [2, 4, 3])
        #expect(problems.first?.description == "\(copy)/en/extra.txt:2: error: expected 'key = text'")
    }

    @Test func layoutPlaceholdersAreChecked() throws {
        let copy = try Templates.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try Templates.edit(copy, "layout.html", replacing: "<title>{{title}}</title>", with: "<title>{{heading}}</title>")
        let problems = TemplateSet.problems(directory: copy)
        #expect(problems.count == 1)
        #expect(problems.first?.file == copy + "/layout.html")
        #expect(problems.first?.line == 7)
    }

    @Test func missingLanguageFolder() throws {
        let copy = try Templates.copy()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.removeItem(atPath: copy + "/fr")
        let problems = TemplateSet.problems(directory: copy)
        #expect(problems.contains(TemplateError(file: copy + "/fr", line: 1, message: "the 'fr' templates folder is missing")))
    }
}
