// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Sejajar",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SejajarKit", targets: ["SejajarKit"]),
        .library(name: "SejajarEmbeddings", targets: ["SejajarEmbeddings"]),
        .library(name: "SejajarMemory", targets: ["SejajarMemory"]),
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
        // Hummingbird's own: the review server's HTTP/1 guards sit in its NIO pipeline.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
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
        // Loaded when the first PDF is read, not linked (its forty libraries cost every command
        // 15 ms of start-up): the header declares what is used and calls it through dlsym.
        .systemLibrary(
            name: "CPoppler",
            providers: [.apt(["libpoppler-glib8"])]
        ),
        // ICU's word break iterator, for the words of scripts written without spaces (Thai, Lao,
        // Khmer, Myanmar), which the aligner's lexicon learns from.
        // (A C target, not a system library: ICU's headers must not meet Foundation's own ICU.)
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        // cmark-gfm (CommonMark with GitHub's tables and footnotes) for Markdown input.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The library: texts, alignment, term base, checks, translation memory, and the file
        // formats they are read from and written to (docs/architecture.md maps its folders).
        // The report's templates and style are resources compiled into the binary.
        .target(
            name: "SejajarKit",
            dependencies: ["CLibXML2", "CStemmer", "CPoppler", "CICU", "CMark", .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [
                .embedInCode("Formats/Reports/Resources/report.css"),
                .embedInCode("Formats/Reports/Resources/page-start.html"),
                .embedInCode("Formats/Reports/Resources/page-end.html"),
                .embedInCode("Formats/Reports/Resources/report.mustache"),
                .embedInCode("Formats/Reports/Resources/pivot-report.mustache"),
            ]
        ),
        // Process and file plumbing of the programs: outputs written all or nothing, temporary
        // files removed on Ctrl-C, standard streams that report a full disk.
        .target(
            name: "SejajarIO",
            dependencies: ["SejajarKit"]
        ),
        // Sentence vectors from an OpenAI-compatible embeddings server (HTTP through
        // async-http-client) and their on-disk cache (SQLite through GRDB). A library of its own,
        // so that SejajarKit, and the fuzz targets built on it, stay free of networking.
        .target(
            name: "SejajarEmbeddings",
            dependencies: ["SejajarKit", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "AsyncHTTPClient", package: "async-http-client")]
        ),
        // `sejajar memory`: a translation memory store in SQLite (through GRDB) with full-text
        // indexes of words and of trigrams (FTS5). A library of its own, so that SejajarKit stays
        // free of SQLite; the scoring of fuzzy matches is pure Swift in SejajarKit/Memory.
        .target(
            name: "SejajarMemory",
            dependencies: ["SejajarKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // `sejajar review`: the alignment editor served to a browser on 127.0.0.1 (Hummingbird).
        // A library of its own, so that SejajarKit stays free of networking and the server can be
        // tested without the command line.
        // The page's script and style are resources compiled into the binary (linted by make test).
        .target(
            name: "SejajarReview",
            dependencies: ["SejajarKit", "SejajarIO", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "NIOHTTP1", package: "swift-nio"),
                           .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                           .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras")],
            resources: [
                .embedInCode("Resources/review.js"),
                .embedInCode("Resources/review.css"),
                .embedInCode("Resources/review-body.html"),
            ]
        ),
        .executableTarget(
            name: "sejajar",
            dependencies: [
                "SejajarKit",
                "SejajarIO",
                "SejajarEmbeddings",
                "SejajarMemory",
                "SejajarReview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SejajarKitTests",
            dependencies: ["SejajarKit", "SejajarIO"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SejajarIOTests",
            dependencies: ["SejajarIO"]
        ),
        .testTarget(
            name: "SejajarReviewTests",
            dependencies: ["SejajarReview"]
        ),
        .testTarget(
            name: "SejajarEmbeddingsTests",
            dependencies: ["SejajarEmbeddings"]
        ),
        .testTarget(
            name: "SejajarMemoryTests",
            dependencies: ["SejajarMemory", .product(name: "GRDB", package: "GRDB.swift")]
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
