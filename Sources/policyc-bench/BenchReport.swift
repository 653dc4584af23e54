import Foundation

/// The benchmark's printed result: one line per phase, then the totals `bench/compare.sh` reads.
struct BenchReport {
    var count: Int
    var seed: UInt64
    var sizeName: String
    var templates: String
    var clock: PhaseClock
    var lint: LintTally
    var memoryAtTenth: Double?
    var peakMemory: Double?

    var text: String {
        var lines = ["policyc-bench run: \(count) policies, seed \(seed), size \(sizeName), templates \(templates)"]
        lines.append(row("phase", "seconds", "µs/policy", "MB out", "MB/s"))
        for phase in Phase.allCases {
            guard let seconds = clock.seconds[phase] else { continue }
            let mb = Double(clock.bytes[phase] ?? 0) / 1e6
            lines.append(row(
                phase.rawValue + (phase.counts ? "" : " (excluded)"), fixed(seconds, 3),
                fixed(seconds / Double(count) * 1e6, 1), mb > 0 ? fixed(mb, 1) : "", mb > 0 ? fixed(mb / seconds, 1) : ""))
        }
        let total = clock.compilerSeconds
        let outMB = Double(Phase.allCases.reduce(0) { $0 + (clock.bytes[$1] ?? 0) }) / 1e6
        let htmlMB = Double(Phase.allCases.filter(\.isHTML).reduce(0) { $0 + (clock.bytes[$1] ?? 0) }) / 1e6
        let htmlSeconds = Phase.htmlFromModel.reduce(0) { $0 + (clock.seconds[$1] ?? 0) }
        lines.append(row("total (lint+render+write)", fixed(total, 3), fixed(total / Double(count) * 1e6, 1), fixed(outMB, 1), fixed(outMB / total, 1)))
        lines.append("")
        lines.append("lint clean: \(lint.clean)/\(lint.policies)" + (lint.summary.isEmpty ? "" : "; failing rules: \(lint.summary)"))
        lines.append("policies/s: \(fixed(Double(count) / total, 2))")
        lines.append("output MB/s: \(fixed(outMB / total, 3))")
        lines.append("html MB: \(fixed(htmlMB, 3))")
        lines.append("html seconds (lint + outline fr, en + html fr, en + free outlines): \(fixed(htmlSeconds, 3))")
        lines.append("html MB/s (lint included): \(fixed(htmlMB / htmlSeconds, 3))")
        lines.append("peak memory (VmHWM) at 10%: \(memoryAtTenth.map { fixed($0, 1) + " MB" } ?? "n/a")")
        lines.append("peak memory (VmHWM): \(peakMemory.map { fixed($0, 1) + " MB" } ?? "n/a")")
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> String {
        a.padding(toLength: 28, withPad: " ", startingAt: 0) + [b, c, d, e].map { leftPad($0, 11) }.joined()
    }

    private func leftPad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }

    private func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}
