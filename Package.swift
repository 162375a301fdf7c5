// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "actionplan",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "actionplan", targets: ["actionplan"]),
        .library(name: "PlanCore", targets: ["PlanCore"]),
        // For the fuzzing package in Fuzz/ (scripts/fuzz.sh).
        .library(name: "PlanFiles", targets: ["PlanFiles"]),
        .library(name: "PlanData", targets: ["PlanData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        // The OpenAPI document is built with OpenAPIKit's types and validated by it (no
        // external-reference loading needed, which keeps its build short).
        .package(url: "https://github.com/mattpolzin/OpenAPIKit", from: "6.4.0", traits: []),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        // Pure domain: plan model of any shape, fiscal years and eras, evaluation, lint, readers.
        // Foundation (and a CSV tokenizer) only — no server, database or NIO import.
        .target(name: "PlanCore", dependencies: [.product(name: "CSV", package: "CSV.swift")]),
        // Workbooks (.xlsx) and archives: ZIPFoundation for the container, SWXMLHash for the XML.
        .target(
            name: "PlanFiles",
            dependencies: [
                "PlanCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SWXMLHash", package: "SWXMLHash"),
            ]),
        // The embedded default plan and the example plans, shipped as resources of the binary.
        .target(
            name: "PlanData",
            dependencies: ["PlanCore"],
            path: "data",
            exclude: ["README.md"],
            sources: ["PlanData.swift"],
            resources: [.copy("setagaya"), .copy("examples")]
        ),
        // Persistence: records, additive migrations and repositories on SQLite or PostgreSQL, and the
        // one way to open (migrate, seed) and close the database. No web framework.
        .target(
            name: "PlanStore",
            dependencies: [
                "PlanCore", "PlanData",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ]),
        // The service layer: every rule of the yearly cycle, the read model of each plan, imports
        // and open data. The web, the API and the command line all call it.
        .target(
            name: "PlanServices",
            dependencies: [
                "PlanCore", "PlanFiles", "PlanStore", "PlanData", "PlanMail",
                .product(name: "Metrics", package: "swift-metrics"),
                // SHA-256 of API tokens.
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Outgoing mail (reminders): a small SMTP client on SwiftNIO — plain, STARTTLS or TLS,
        // AUTH PLAIN — and UTF-8 messages (RFC 2047 headers, base64 bodies). No mail library
        // is mirrored here.
        .target(
            name: "PlanMail",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),
        // The thin web layer: typed routes, controllers by who uses them, page models and views,
        // the JSON API, middleware. Every rule is the service layer's.
        .target(
            name: "PlanWeb",
            dependencies: [
                "PlanCore", "PlanServices", "PlanStore", "PlanFiles",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]),
        .executableTarget(
            name: "actionplan",
            dependencies: [
                "PlanCore", "PlanFiles", "PlanData", "PlanStore", "PlanServices", "PlanWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Shared by the test targets: the databases tests run on (SQLite, and PostgreSQL when
        // CI gives one) and the repository's paths.
        .target(name: "PlanTestSupport", dependencies: ["PlanCore", "PlanStore", "PlanServices", "PlanWeb"], path: "Tests/PlanTestSupport"),
        .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore", "PlanFiles", "PlanData"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanCore", "PlanStore", "PlanData", "PlanTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanServicesTests", dependencies: ["PlanCore", "PlanFiles", "PlanMail", "PlanServices", "PlanStore", "PlanTestSupport"]),
        .testTarget(
            name: "PlanWebTests",
            dependencies: [
                "PlanCore", "PlanServices", "PlanStore", "PlanWeb", "PlanTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
