// swift-tools-version: 6.1
// Coverage-guided fuzzing of the readers that take files from people, with libFuzzer:
//   scripts/fuzz.sh            (builds this package with --sanitize fuzzer --sanitize address)
// Kept out of the main package so that its executable (libFuzzer supplies `main`) never
// reaches the product.
import PackageDescription

let package = Package(
    name: "PlanFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "actionplan", path: "..")],
    targets: [
        .executableTarget(
            name: "PlanFuzz",
            dependencies: [
                .product(name: "PlanCore", package: "actionplan"),
                .product(name: "PlanFiles", package: "actionplan"),
                .product(name: "PlanData", package: "actionplan"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
