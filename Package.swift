// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "actionplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "actionplan", targets: ["actionplan"]),
        .library(name: "PlanCore", targets: ["PlanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Pure domain: plan model, fiscal years, indicator kinds, evaluation, lint, importers.
        // Foundation (and a CSV tokenizer) only — no server, database or NIO import.
        .target(
            name: "PlanCore",
            dependencies: [.product(name: "CSV", package: "CSV.swift")]
        ),
        // The embedded default plan (Setagaya), shipped as a resource of the binary.
        .target(
            name: "PlanData",
            dependencies: ["PlanCore"],
            path: "data",
            exclude: ["README.md"],
            sources: ["PlanData.swift"],
            resources: [.copy("setagaya")]
        ),
        // The one executable: import | show | export | lint …
        .executableTarget(
            name: "actionplan",
            dependencies: [
                "PlanCore", "PlanData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore", "PlanData"]),
        .testTarget(name: "ActionPlanCLITests", dependencies: ["PlanCore", "PlanData", "actionplan"]),
    ],
    swiftLanguageModes: [.v6]
)
