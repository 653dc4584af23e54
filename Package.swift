// swift-tools-version: 6.0
import PackageDescription

/// policyc: a privacy-policy compiler. No package dependencies: only the toolchain.
let package = Package(
    name: "policyc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "policyc", targets: ["policyc"]),
        .library(name: "PolicyModel", targets: ["PolicyModel"]),
        .library(name: "PolicyDSL", targets: ["PolicyDSL"]),
    ],
    targets: [
        // The typed model of a privacy statement: plain values, no text, no output.
        .target(name: "PolicyModel"),
        // Facts the law and the market fix: countries, adequacy decisions, authorities, processors, rights.
        .target(name: "PolicyCatalogue", dependencies: ["PolicyModel"]),
        // The result-builder DSL in which policies are written.
        .target(name: "PolicyDSL", dependencies: ["PolicyModel", "PolicyCatalogue"]),
        // The agencies' policies, written in the DSL.
        .target(name: "Policies", dependencies: ["PolicyDSL", "PolicyCatalogue"], path: "policies"),
        // Model + templates -> outline -> HTML / Markdown.
        .target(name: "PolicyRendering", dependencies: ["PolicyModel", "PolicyCatalogue"]),
        // The rule catalogue: GDPR and French law.
        .target(name: "PolicyLint", dependencies: ["PolicyModel", "PolicyCatalogue"]),
        // The command line as a testable library.
        .target(
            name: "PolicyCLI",
            dependencies: ["PolicyModel", "PolicyCatalogue", "PolicyRendering", "PolicyLint", "Policies"]
        ),
        .executableTarget(name: "policyc", dependencies: ["PolicyCLI"]),
        // A seeded generator of realistic policies, for property tests, CI checks and the benchmark.
        .target(name: "PolicyGenerator", dependencies: ["PolicyModel", "PolicyCatalogue"]),
        // The benchmark and the generator's command line (`policyc-bench`), built in release.
        .executableTarget(
            name: "policyc-bench",
            dependencies: ["PolicyGenerator", "PolicyLint", "PolicyRendering", "PolicyModel"]
        ),

        .testTarget(name: "PolicyModelTests", dependencies: ["PolicyModel"]),
        .testTarget(name: "PolicyCatalogueTests", dependencies: ["PolicyCatalogue"]),
        .testTarget(name: "PolicyDSLTests", dependencies: ["PolicyDSL", "Policies"]),
        .testTarget(
            name: "PolicyRenderingTests",
            dependencies: ["PolicyRendering", "Policies", "PolicyDSL", "PolicyGenerator"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "PolicyLintTests", dependencies: ["PolicyLint", "PolicyDSL", "Policies", "PolicyGenerator"]),
        .testTarget(name: "PolicyCLITests", dependencies: ["PolicyCLI"]),
        .testTarget(
            name: "PolicyGeneratorTests",
            dependencies: ["PolicyGenerator", "PolicyCatalogue", "PolicyLint", "PolicyRendering"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
