import PolicyRendering

/// Accumulated time and output bytes per ``Phase``.
struct PhaseClock {
    private(set) var seconds: [Phase: Double] = [:]
    private(set) var bytes: [Phase: Int] = [:]
    private let clock = ContinuousClock()

    /// Runs `body`, adding its time to `phase`.
    mutating func time<T: ~Copyable>(_ phase: Phase, _ body: () throws -> T) rethrows -> T {
        let start = start()
        let result = try body()
        add(phase, since: start)
        return result
    }

    /// The moment a phase timed by ``add(_:since:)`` starts.
    func start() -> ContinuousClock.Instant { clock.now }

    /// Adds the time since `start` to `phase`: for a step a closure cannot hold, such as one that
    /// gives up non-copyable values.
    mutating func add(_ phase: Phase, since start: ContinuousClock.Instant) {
        seconds[phase, default: 0] += Self.seconds(clock.now - start)
    }

    /// Runs a step that produces a document, adding its time and its size to `phase`.
    mutating func produce(_ phase: Phase, _ body: () -> RenderedDocument) -> RenderedDocument {
        let document = time(phase, body)
        bytes[phase, default: 0] += document.count
        return document
    }

    /// The time of the phases that count, lint included.
    var compilerSeconds: Double {
        Phase.allCases.filter(\.counts).reduce(0) { $0 + (seconds[$1] ?? 0) }
    }

    static func seconds(_ duration: Duration) -> Double {
        let (s, attoseconds) = duration.components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}
