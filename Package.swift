// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Sejajar",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SejajarKit", targets: ["SejajarKit"]),
        .library(name: "SejajarEmbeddings", targets: ["SejajarEmbeddings"]),
        .executable(name: "sejajar", targets: ["sejajar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The review editor's local web server; without swift-configuration (not used here).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
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
        // poppler's GLib interface for PDF input: text with character positions, page by page.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .target(
            name: "SejajarKit",
            dependencies: ["CLibXML2", "CStemmer", "CPoppler", .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Sentence vectors from an OpenAI-compatible embeddings server (HTTP through
        // async-http-client) and their on-disk cache (SQLite through GRDB). A library of its own,
        // so that SejajarKit, and the fuzz targets built on it, stay free of networking.
        .target(
            name: "SejajarEmbeddings",
            dependencies: ["SejajarKit", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        // `sejajar review`: the alignment editor served to a browser on 127.0.0.1 (Hummingbird).
        // A library of its own, so that SejajarKit stays free of networking and the server can be
        // tested without the command line.
        .target(
            name: "SejajarReview",
            dependencies: ["SejajarKit", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Mustache", package: "swift-mustache")]
        ),
        .executableTarget(
            name: "sejajar",
            dependencies: [
                "SejajarKit",
                "SejajarEmbeddings",
                "SejajarReview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SejajarKitTests",
            dependencies: ["SejajarKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SejajarReviewTests",
            dependencies: ["SejajarReview"]
        ),
        .testTarget(
            name: "SejajarEmbeddingsTests",
            dependencies: ["SejajarEmbeddings"]
        ),
        // Runs the built `sejajar` binary through each subcommand (it must be built first).
        .testTarget(
            name: "sejajarTests",
            dependencies: ["sejajar"],
            exclude: ["Fixtures", "Browser"]  // read from the repository by path, not bundled
        ),
    ],
    swiftLanguageModes: [.v6]
)
