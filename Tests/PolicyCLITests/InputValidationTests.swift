import Foundation
import PolicyCLI
import PolicyModel
import Testing

/// Bad input found by review: each is refused with exit 2 and a message naming the field and where.
@Suite struct InputValidationTests {
    /// The carmen-immobilier export, changed.
    static func carmen(_ change: (inout Policy) -> Void = { _ in }) throws -> String {
        let exported = CLI.run("export", "carmen-immobilier").output
        var policy = try PolicyJSON.decode(Data(exported.utf8), file: "c.json").0
        change(&policy)
        return String(decoding: PolicyJSON.encode(policy), as: UTF8.self)
    }

    /// `<stdin>:line:col` of the first occurrence of `needle`.
    static func stdinPosition(of needle: String, in text: String) throws -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains(needle) })
        let line = lines[index]
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: needle)).lowerBound) + 1
        return "<stdin>:\(index + 1):\(column)"
    }

    /// `lint` and `build` of a file whose period's day count overflows used to trap (exit 132).
    @Test(arguments: ["lint", "build"], [Period.Unit.years, .months, .workingDays, .days])
    func aHugePeriodIsBadInputNamingItsField(command: String, unit: Period.Unit) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (pointer, change) in [
            ("/retention/2/period/amount", { (policy: inout Policy) in policy.retention[2].period = Period(Int.max, unit) }),
            ("/cookies/0/lifetime/amount", { (policy: inout Policy) in policy.cookies[0].lifetime = Period(Int.max, unit) }),
            ("/rights/responseDelay/amount", { (policy: inout Policy) in policy.rights.responseDelay = Period(Int.max, unit) }),
        ] {
            let json = try Self.carmen(change)
            let result = CLI.run([command, "--file", "-", "--out", "out"].filter { command == "build" || $0 != "--out" && $0 != "out" },
                                 stdin: Data(json.utf8), in: folder)
            #expect(result.code == .badInput, "\(pointer)")
            let position = try Self.stdinPosition(of: "9223372036854775807", in: json)
            #expect(result.errors == """
                \(position): error: 9223372036854775807 is out of range: expected an integer from 1 to 100000 (at \(pointer))

                """)
            #expect(result.output.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    /// One past `Int.max` is not "invalid JSON at 1:1": it is out of range where it is written.
    @Test func anIntegerPastIntNamesItsLineAndPointer() throws {
        let json = try Self.carmen { $0.retention[0].period = .years(987_654) }
            .replacingOccurrences(of: "987654", with: "9223372036854775808")
        let result = CLI.run("lint", "--file", "-", stdin: json)
        #expect(result.code == .badInput)
        let position = try Self.stdinPosition(of: "9223372036854775808", in: json)
        #expect(result.errors.hasPrefix("\(position): error: 9223372036854775808 is out of range"))
        #expect(result.errors.contains("(at /retention/0/period/amount)"))
    }

    @Test func datesOutsideTheAcceptedYearsSayTheRange() throws {
        let exported = try Self.carmen()
        let effective = try PolicyJSON.decode(Data(exported.utf8), file: "c.json").0.effectiveDate.iso
        let json = exported.replacingOccurrences(of: "\"effectiveDate\" : \"\(effective)\"", with: "\"effectiveDate\" : \"3000-01-01\"")
        let result = CLI.run("export", "--file", "-", stdin: json)
        #expect(result.code == .badInput)
        #expect(result.errors.contains(
            "error: '3000-01-01' is not a date (YYYY-MM-DD, a day that exists, from 1900-01-01 to 2999-12-31) (at /effectiveDate)"))

        let date = CLI.run("lint", "carmen-immobilier", "--date", "9999-12-31")
        #expect(date.code == .badInput)
        #expect(date.errors.hasPrefix(
            "policyc lint: --date takes a date (YYYY-MM-DD, a day that exists, from 1900-01-01 to 2999-12-31), not '9999-12-31'"))
    }

    @Test(arguments: [
        ["build", "--out", ""], ["build", "--out="], ["lint", "--file", ""], ["render", "carmen-immobilier", "--lang", "fr",
        "--format", "html", "--templates", ""], ["lint", "--date", ""],
    ])
    func anEmptyOptionIsBadUsage(arguments: [String]) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = CLI.run(arguments, stdin: Data(), in: folder)
        #expect(result.code == .badInput)
        let name = arguments.first { $0.hasPrefix("--") && $0 != "--lang" && $0 != "--format" }?.split(separator: "=")[0] ?? ""
        #expect(result.errors.hasPrefix("policyc \(arguments[0]): \(name) needs a value, not an empty one\nusage:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    /// `POLICYC_TEMPLATES=` is unset, as in the shell: the templates folder is found as usual.
    @Test func anEmptyTemplatesVariableCountsAsUnset() {
        var terminal = Terminal(environment: ["POLICYC_TEMPLATES": ""], currentDirectory: CLI.root.path)
        let code = CommandLineTool.run(["render", "carmen-immobilier", "--lang", "fr", "--format", "md"], terminal: &terminal)
        #expect(code == .success, "\(terminal.errors)")
        #expect(!terminal.output.isEmpty)
    }

    @Test func anEmptyFileSaysItIsEmpty() {
        let device = CLI.run("export", "--file", "/dev/null")
        #expect(device.code == .badInput)
        #expect(device.errors == "/dev/null:1:1: error: the input is empty: a policy is a JSON object\n")
        let stdin = CLI.run("lint", "--file", "-", stdin: "\n")
        #expect(stdin.errors == "<stdin>:1:1: error: the input is empty: a policy is a JSON object\n")
        let folder = CLI.run("export", "--file", "/")
        #expect(folder.code == .badInput)
        #expect(folder.errors == "/:1:1: error: this is a folder, not a policy file\n")
        let absent = CLI.run("export", "--file", "no/such/file.json")
        #expect(absent.errors == "no/such/file.json:1:1: error: no such file\n")
    }

    /// A missing entry may name its element, as in the Swift policies: the same policy, the same lint.
    @Test func aNamedMissingFieldMeansItsIndex() throws {
        let exported = try Self.carmen()
        let policy = try PolicyJSON.decode(Data(exported.utf8), file: "c.json").0
        let index = try #require(policy.missing.firstIndex { $0.field.hasPrefix("/recipients/") && $0.field.split(separator: "/").count == 3 })
        let field = policy.missing[index].field
        let position = try #require(Int(field.split(separator: "/")[1]))
        let named = field.replacingOccurrences(of: "/recipients/\(position)/", with: "/recipients/\(policy.recipients[position].id)/")
        let json = exported.replacingOccurrences(of: "\"field\" : \"\(field)\"", with: "\"field\" : \"\(named)\"")
        #expect(json != exported)

        let export = CLI.run("export", "--file", "-", stdin: json)
        #expect(export.code == .success, "\(export.errors)")
        #expect(export.output == exported)
        let lintNamed = CLI.run("lint", "--file", "-", stdin: json)
        let lintIndexed = CLI.run("lint", "--file", "-", stdin: exported)
        #expect(lintNamed.code == lintIndexed.code)
        #expect(lintNamed.output == lintIndexed.output)

        for wrong in ["/recipients/nobody/processingCountries", "/nonexistent/field"] {
            let broken = exported.replacingOccurrences(of: "\"field\" : \"\(field)\"", with: "\"field\" : \"\(wrong)\"")
            let result = CLI.run("export", "--file", "-", stdin: broken)
            #expect(result.code == .badInput)
            let at = try Self.stdinPosition(of: "\"\(wrong)\"", in: broken)
            #expect(result.errors.hasPrefix("\(at): error: '\(wrong)' names no "))
            #expect(result.errors.hasSuffix("(at /missing/\(index)/field)\n"))
        }
    }
}
