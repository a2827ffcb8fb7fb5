import ArgumentParser
import Foundation
import SejajarKit

/// The shipped term base: `--glossary`, else `SEJAJAR_GLOSSARY`, else `Glossary/political-administrative.tbx`
/// in the current folder or next to the checkout the binary was built in.
func defaultGlossaryPath(_ given: String?) throws -> String {
    if let given { return given }
    if let environment = ProcessInfo.processInfo.environment["SEJAJAR_GLOSSARY"] { return environment }
    let relative = "Glossary/political-administrative.tbx"
    var candidates = [relative]
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<4 {
        candidates.append(folder.appendingPathComponent(relative).path)
        folder = folder.deletingLastPathComponent()
    }
    guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
        throw SejajarError.io(path: relative, message: "the shipped glossary was not found; pass --glossary FILE")
    }
    return found
}

/// Reads a glossary by its extension: TBX (v3 or 2008), or a term table (.tsv, .csv).
func readGlossary(_ path: String) throws -> Glossary {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "tsv", "txt": return try GlossaryTable.read(try TextDecoder.read(path: path), separator: "\t", path: path)
    case "csv": return try GlossaryTable.read(try TextDecoder.read(path: path), separator: ",", path: path)
    default: return try TBXReader(path: path).read()
    }
}

/// `sejajar glossary`: the term base's own tools.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Convert, import, look up and lint the term base.",
        discussion: """
        The term base is Glossary/political-administrative.tbx (TBX-Basic v3), the single source of truth.

        Examples:
          sejajar glossary lookup "comités del Partido"
          sejajar glossary convert --to tbx2008 --output glossary.tbx
          sejajar glossary convert --to tsv --from es --to-language id --output glossary/glossary.utf8
          sejajar glossary lint
        """,
        subcommands: [Convert.self, Import.self, Lookup.self, Lint.self]
    )

    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the term base as TBX v3, TBX 2008 (martif), OmegaT's TSV or a CSV term table.",
            discussion: """
            'tbx2008' and 'tsv' are what OmegaT and translate-toolkit read; 'csv' is one row per term \
            (what 'glossary import' reads back). 'tsv' needs the language pair.

            Example:
              sejajar glossary convert --to tsv --from es --to-language id --output omegat/glossary.utf8
            """
        )
        enum Target: String, ExpressibleByArgument, CaseIterable { case tbx, tbx2008, tsv, csv }

        @Option(help: "Output format: tbx, tbx2008, tsv or csv.")
        var to: Target

        @Option(help: "The glossary to read (default: the shipped term base).")
        var glossary: String?

        @Option(help: "Source language for --to tsv (and the first language of each tbx2008 entry).")
        var from: String = "es"

        @Option(help: "Target language for --to tsv.")
        var toLanguage: String = "id"

        @Option(name: .shortAndLong, help: "Output file (default: standard output). Written atomically.")
        var output: String?

        func run() throws {
            let glossary = try readGlossary(try defaultGlossaryPath(self.glossary))
            let text: String
            switch to {
            case .tbx: text = try TBXWriter(dialect: .basicV3).write(glossary)
            case .tbx2008: text = try TBXWriter(dialect: .martif2008, leadingLanguages: [from, toLanguage]).write(glossary)
            case .tsv: text = GlossaryTable.omegat(glossary, from: Language(from), to: Language(toLanguage))
            case .csv: text = GlossaryTable.write(glossary, separator: ",")
            }
            try emit(text, to: output)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a term table (.tsv or .csv, one row per term) and write it as TBX v3.",
            discussion: """
            Columns: concept, subject, lang, term, status (preferred|admitted|deprecated), pos, \
            flags ('exact' for acronyms), note.

            Example:
              sejajar glossary import terms.csv --output Glossary/political-administrative.tbx
            """
        )

        @Argument(help: "The term table.")
        var file: String

        @Option(name: .shortAndLong, help: "The TBX file to write (default: standard output).")
        var output: String?

        @Option(help: "Title written in the TBX header.")
        var title: String = "Vietnamese political and administrative terms: vi, es, id, en"

        func run() throws {
            var glossary = try readGlossary(file)
            glossary.title = title
            try emit(try TBXWriter().write(glossary), to: output)
            FileHandle.standardError.write(Data("glossary import: \(glossary.concepts.count) concepts, \(glossary.concepts.reduce(0) { $0 + $1.terms.count }) terms\n".utf8))
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the concepts a term belongs to, in any language and inflected form.",
            discussion: """
            Exits with 1 when nothing matches.

            Examples:
              sejajar glossary lookup "comités del Partido"
              sejajar glossary lookup mengimplementasikan --format json
            """
        )
        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @Argument(help: "A term or a phrase containing terms.")
        var term: String

        @Option(help: "The glossary (default: the shipped term base).")
        var glossary: String?

        @Option(help: "Output: text or json.")
        var format: Format = .text

        func run() throws {
            let glossary = try readGlossary(try defaultGlossaryPath(self.glossary))
            let concepts = GlossaryLookup(glossary: glossary).concepts(matching: term)
            guard !concepts.isEmpty else {
                FileHandle.standardError.write(Data("sejajar: no concept matches '\(term)'\n".utf8))
                throw ExitCode(1)
            }
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(["concepts": concepts]), as: UTF8.self))
            case .text:
                for concept in concepts {
                    print("\(concept.id) [\(concept.subjectField)]")
                    for term in concept.terms {
                        print("  \(term.language)  \(term.text)  (\(term.status.rawValue))" + (term.note.map { " — \($0)" } ?? ""))
                    }
                }
            }
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the term base: duplicates, missing languages, statuses, a term preferred twice.",
            discussion: """
            Exits with 1 when there is an error.

            Example:
              sejajar glossary lint Glossary/political-administrative.tbx
            """
        )

        @Argument(help: "The glossary (default: the shipped term base).")
        var file: String?

        func run() throws {
            let path = try defaultGlossaryPath(file)
            let glossary = try readGlossary(path)
            let findings = GlossaryLint().lint(glossary, path: path)
            for finding in findings { print(finding.diagnosticLine) }
            print("\(path): \(glossary.concepts.count) concepts, \(glossary.concepts.reduce(0) { $0 + $1.terms.count }) terms, "
                  + "\(findings.filter { $0.severity == .error }.count) errors, \(findings.filter { $0.severity == .warning }.count) warnings")
            if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }
}
