// swift-tools-version: 6.0
// libFuzzer targets for Sejajar's readers. Build and run them with `make fuzz` (or the 20-second
// smoke in `make test`); see README.md in this folder.
import PackageDescription

let targets = ["FuzzText", "FuzzTMX", "FuzzTBX", "FuzzAlignmentJSON", "FuzzLexicon", "FuzzParameters", "FuzzLadder", "FuzzTermTable", "FuzzHTML", "FuzzWordProcessor", "FuzzXLIFF", "FuzzReviewEdit", "FuzzPDF", "FuzzPairList", "FuzzMarkdown", "FuzzFlatODT", "FuzzCorpusFiles"]

let package = Package(
    name: "SejajarFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Sejajar", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
    ] + targets.map { name in
        .executableTarget(name: name, dependencies: ["FuzzSupport", .product(name: "SejajarKit", package: "Sejajar")])
    },
    swiftLanguageModes: [.v6]
)
