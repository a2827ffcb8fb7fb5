// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Sejajar",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SejajarKit", targets: ["SejajarKit"]),
        .executable(name: "sejajar", targets: ["sejajar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libxml2 for every XML format (TMX, TBX); see Sources/CLibXML2/shim.h for the ICU fix.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Snowball stemmers (Spanish, Indonesian …) for glossary matching; no pkg-config file.
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .target(
            name: "SejajarKit",
            dependencies: ["CLibXML2", "CStemmer", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "sejajar",
            dependencies: [
                "SejajarKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SejajarKitTests",
            dependencies: ["SejajarKit"],
            resources: [.copy("Fixtures")]
        ),
        // Runs the built `sejajar` binary through each subcommand (it must be built first).
        .testTarget(
            name: "sejajarTests",
            dependencies: ["sejajar"],
            exclude: ["Fixtures"]  // read from the repository by path, not bundled
        ),
    ],
    swiftLanguageModes: [.v6]
)
