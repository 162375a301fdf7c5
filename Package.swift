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
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // Persistence: records, migrations and the repository, on SQLite or PostgreSQL.
        .target(
            name: "PlanStore",
            dependencies: [
                "PlanCore",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
        // The thin web layer: routes, page models and views, API DTOs, and the composition root.
        .target(
            name: "PlanWeb",
            dependencies: [
                "PlanCore", "PlanStore", "PlanData",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOExtras", package: "swift-nio-extras"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Benchmark tools: the synthetic national corpus and its dumps for sqlite3 and psql.
        .target(name: "PlanBench", dependencies: ["PlanCore", "PlanStore"]),
        // The one executable: serve | import | show | export | lint …
        .executableTarget(
            name: "actionplan",
            dependencies: [
                "PlanCore", "PlanData", "PlanStore", "PlanWeb", "PlanBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore", "PlanData"]),
        .testTarget(name: "PlanStoreTests", dependencies: [
            "PlanStore", "PlanCore", "PlanData", "PlanWeb",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
        ]),
        .testTarget(name: "PlanWebTests", dependencies: [
            "PlanWeb", "PlanStore", "PlanCore", "PlanData",
            .product(name: "VaporTesting", package: "vapor"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .testTarget(name: "PlanBenchTests", dependencies: [
            "PlanBench", "PlanCore", "PlanData", "PlanStore", "PlanWeb",
        ]),
        .testTarget(name: "ActionPlanCLITests", dependencies: ["PlanCore", "PlanData", "actionplan"]),
    ],
    swiftLanguageModes: [.v6]
)
