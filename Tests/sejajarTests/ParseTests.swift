import ArgumentParser
import Foundation
import SejajarKit
import Testing
@testable import sejajar

/// The command line parsed in process, as swift-argument-parser's own tests do: what each
/// command accepts, and the message each mistake gets (the help and errors are documentation).
struct ParseTests {
    /// Arguments `align` refuses, and what it says.
    @Test(arguments: [
        (["a.es", "--from", "es", "--to", "id"], "give SOURCE and TARGET files, or --batch PAIRS.tsv"),
        (["a.es", "a.id"], "give the texts' languages: --from and --to"),
        (["a.es", "a.id", "--from", "spa", "--to", "id"], "--from: 'spa' is not how BCP 47 writes it: did you mean 'es'?"),
        (["a.es", "a.id", "--from", "es_ES", "--to", "id"], "--from: 'es_ES' is written with '_': did you mean 'es-ES'?"),
        (["a.es", "a.id", "--from", "xx", "--to", "id"], "--from: 'xx' is not a language code"),
        (["a.es", "a.id", "--from", "es", "--to", "iw"], "--to: 'iw' is a withdrawn language code: did you mean 'he'?"),
        (["a.es", "a.id", "--from", "es-XQ", "--to", "id"], "'XQ' in 'es-XQ' is not a region code"),
        (["--batch", "pairs.tsv", "--from", "es", "--to", "id"], "--batch needs --output-dir"),
        (["a.es", "a.id", "--batch", "pairs.tsv", "--output-dir", "out", "--from", "es", "--to", "id"], "give either SOURCE TARGET or --batch, not both"),
        (["a.es", "a.id", "--output-dir", "out", "--from", "es", "--to", "id"], "--output-dir goes with --batch"),
        (["--resume", "fixed.json", "a.es"], "--resume reads the texts from the saved alignment: give no SOURCE, TARGET or --batch"),
        (["a.vi", "a.es", "a.id", "--from", "vi", "--to", "es"], "three texts need two languages in --to, the translations' (--to es,id)"),
        (["a.es", "a.id", "--from", "vi", "--to", "es,id"], "--to es,id names two translations: give ORIGINAL FIRST SECOND"),
        (["a.es", "a.id", "--from", "es", "--to", "es,id,en"], "--to takes one language, or two for two translations of one original"),
        (["a.es", "a.id", "--from", "es_ES!", "--to", "id"], "--from: 'es_ES!' is not a language tag (BCP 47: es, id, pt-BR …)"),
        (["a.es", "a.id", "--min-confidence", "1.5", "--from", "es", "--to", "id"], "--min-confidence must be between 0 and 1"),
        (["a.es", "a.id", "--embedder-windows", "5", "--from", "es", "--to", "id"], "--embedder-windows must be between 1 and 4"),
        (["a.es", "a.id", "--embedding-cache", "cache", "--from", "es", "--to", "id"], "--embedding-cache and --no-embedding-cache go with --embedder"),
        (["a.es", "a.id", "--format", "pdf", "--from", "es", "--to", "id"], "The value 'pdf' is invalid for '--format <format>'"),
    ])
    func alignRefuses(_ arguments: [String], _ message: String) {
        #expect {
            _ = try AlignCommand.parse(arguments)
        } throws: { error in
            AlignCommand.message(for: error).contains(message)
        }
    }

    /// A mistyped option is named as one before any command checks its arguments.
    @Test(arguments: [
        (["align", "a.es", "a.id", "--fromm", "es", "--to", "id"], "unknown option '--fromm' (did you mean '--from'?)"),
        (["check", "a.json", "--formt", "json"], "unknown option '--formt' (did you mean '--format'?)"),
        (["glossary", "lookup", "x", "--glosary", "g.tbx"], "unknown option '--glosary' (did you mean '--glossary'?)"),
        (["export", "a.json", "--warp-drive"], "unknown option '--warp-drive'"),
    ])
    func unknownOptionsAreNamed(_ arguments: [String], _ message: String) {
        #expect {
            try UnknownOptions.check(arguments)
        } throws: { error in
            (error as? UnknownOptions.Unknown)?.message == message && (error as? UnknownOptions.Unknown)?.command == arguments.prefix { !$0.hasPrefix("-") && !$0.contains(".") && $0 != "x" }.joined(separator: " ")
        }
    }

    @Test(arguments: [["align", "a", "b", "--from", "es", "--to", "id", "--parameters", "p.json"], ["check", "a.json", "--", "--literal"],
                      ["align", "a", "b", "--from=es", "--to=id"]])
    func knownOptionsPass(_ arguments: [String]) throws {
        try UnknownOptions.check(arguments)
    }

    @Test func alignReadsItsOptionGroups() throws {
        let command = try AlignCommand.parse(["a.de", "a.fr", "--from", "de", "--to", "fr", "--input", "lines", "--format", "tmx",
                                              "--min-confidence", "0.7", "--keep-comparable", "--output", "a.tmx", "--quiet",
                                              "--glossary", "g.tbx", "--no-learning"])
        #expect(command.source == "a.de" && command.target == "a.fr" && command.second == nil)
        #expect(command.setup.languages.from == "de" && command.setup.languages.targets == ["fr"])
        #expect(command.setup.reading.input == .lines)
        #expect(command.format == .tmx)
        #expect(command.selection.selection == BeadSelection(minimumConfidence: 0.7, translationsOnly: false))
        #expect(command.output.output == "a.tmx" && command.output.quiet)
        #expect(command.setup.termBase.glossary == "g.tbx" && command.setup.aligner.noLearning)
    }

    @Test func threeTextsAndABatchParse() throws {
        let pivot = try AlignCommand.parse(["doc.vi", "doc.es", "doc.id", "--from", "vi", "--to", "es,id"])
        #expect(pivot.second == "doc.id" && pivot.setup.languages.targets == ["es", "id"])
        let batch = try AlignCommand.parse(["--batch", "pairs.tsv", "--output-dir", "out", "--format", "ladder", "--from", "es", "--to", "id"])
        #expect(batch.corpus.batch == "pairs.tsv" && batch.outputDir == "out")
    }

    /// The defaults a user who gives nothing gets.
    @Test func defaults() throws {
        let align = try AlignCommand.parse(["a", "b", "--from", "es", "--to", "id"])
        #expect(align.format == .json && align.selection.minConfidence == nil && align.setup.reading.input == .text)
        let export = try ExportCommand.parse(["a.json"])
        #expect(export.format == .tmx && export.selection.selection.minimumConfidence == 0.5 && export.selection.selection.translationsOnly)
        let check = try CheckCommand.parse(["a.json"])
        #expect(check.format == .text && check.failOn == .never && check.target == nil)
    }

    @Test(arguments: [
        (["check", "a.vi", "a.es", "a.id", "--from", "vi", "--to", "es"], "three texts need two languages in --to"),
        (["export", "a.json", "--format", "moses"], "--format moses needs --output PREFIX"),
        (["export", "a.json", "--min-confidence", "1.5"], "--min-confidence must be between 0 and 1"),
        (["export", "a.json", "--format", "moses", "--output", "-"], "--format moses needs --output PREFIX (two files, not standard output)"),
        (["review", "a.json", "--port", "70000"], "--port must be between 0 and 65535"),
        (["review", "a.json", "--port", "-1"], "--port must be between 0 and 65535"),
        (["tmx", "merge", "a.tmx"], "give at least two TMX files"),
        (["tmx", "merge", "a.tmx", "b.tmx"], "give the merged file with --output"),
        (["lexicon", "train", "a.es", "--from", "es", "--to", "id"], "give SOURCE and TARGET files, or --batch PAIRS.tsv"),
        (["glossary", "convert", "--format", "tsv", "--to", "es,id"], "--to takes one language here"),
        (["glossary", "usage"], "Missing expected argument '<files> ...'"),
        (["evaluate", "--gold", "g", "--test", "t1", "t2"], "--gold has 1 files but --test has 2"),
        (["memory", "add"], "Missing expected argument '<files> ...'"),
        (["memory", "add", "a.tmx", "--output", "x"], "--output does not apply: 'add' writes to the store (--memory)"),
        (["memory", "add", "a.tmx", "--since", "2024-01-01"], "--since, --until, --file and --concept select units of the store"),
        (["memory", "search"], "give the words to find, or --concept ID"),
        (["memory", "search", "x", "--limit", "0"], "--limit must be between 1 and 10000"),
        (["memory", "search", "x", "--in", "middle"], "The value 'middle' is invalid for '--in <side>'"),
        (["memory", "lookup", "x", "--min", "120"], "--min must be between 0 and 101"),
        (["memory", "lookup", "x"], "give the sentence's language: --from"),
        (["memory", "lookup", "x", "--to", "es,id"], "--to takes one language here"),
        (["memory", "export", "--since", "yesterday"], "--since 'yesterday' is not a date (YYYY-MM-DD)"),
        (["memory", "export", "--origin", "typed"], "The value 'typed' is invalid for '--origin <origin>'"),
        (["memory", "remove", "--output", "x"], "--output does not apply: 'remove' changes the store (--memory)"),
    ])
    func subcommandsRefuse(_ arguments: [String], _ message: String) {
        #expect {
            _ = try Sejajar.parseAsRoot(arguments)
        } throws: { error in
            Sejajar.message(for: error).contains(message)
        }
    }

    @Test func memoryCommandsReadTheirOptions() throws {
        let lookup = try MemoryLookupCommand.parse(["Hola.", "--from", "es", "--to", "id", "--memory", "m.sqlite", "--top", "3", "--min", "50",
                                                    "--previous", "Antes.", "--format", "json"])
        #expect(lookup.sentence == "Hola." && lookup.languages.from == "es" && lookup.languages.to == "id" && lookup.memory.path == "m.sqlite")
        #expect(lookup.top == 3 && lookup.min == 50 && lookup.previous == "Antes." && lookup.format == .json)
        let defaults = try MemoryLookupCommand.parse(["Hola.", "--from", "es"])
        #expect(defaults.memory.path == "Alignments/memory.sqlite" && defaults.min == 70 && defaults.top == 5 && defaults.languages.to == nil)
        let export = try MemoryExportCommand.parse(["--from", "vi", "--since", "2024-03-01", "--origin", "aligned", "--reviewed", "--min-confidence", "0.8"])
        let filter = try export.filters.filter(languages: export.languages, minimumConfidence: export.selection.minConfidence)
        #expect(filter == MemoryFilter(sourceLanguage: "vi", since: 1_709_251_200, origin: .aligned, reviewedOnly: true, minimumConfidence: 0.8))
        let review = try ReviewCommand.parse(["a.json"])
        #expect(review.memory.memory == nil)
    }

    /// Each option is declared once, in its group (`Sources/sejajar/Options`), and every command
    /// takes it from there: a command's own options are only those no other command has.
    @Test func eachOptionIsDeclaredOnce() throws {
        let folder = CLI.root.appendingPathComponent("Sources/sejajar")
        var declared: [String: [String]] = [:]
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 15)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (k, line) in lines.enumerated() where line.contains("@Option(") || line.contains("@Flag(") {
                // The declaration is the first `var` at or after the attribute.
                guard let declaration = lines[k...].first(where: { $0.contains(" var ") }),
                      let name = declaration.firstMatch(of: /var (\w+)/)?.1 else { continue }
                declared[String(name), default: []].append(file)
            }
        }
        // A command's own formats and its JSON switch mean different things per command.
        let twice = declared.filter { $0.value.count > 1 && !["format", "json"].contains($0.key) }
        #expect(twice.isEmpty, "declared in several places: \(twice)")
        #expect(declared["output"] == ["Options/OutputOptions.swift"])
        #expect(declared["minConfidence"] == ["Options/SelectionOptions.swift"])
    }
}

/// What `--help` shows a newcomer works from the repository root: every file an example names
/// under `Alignments/`, `Glossary/` or `benchmarks/` exists, and every example of a command that
/// reads texts says their languages.
struct HelpExampleTests {
    static func commands(_ root: any ParsableCommand.Type, path: [String] = []) -> [(String, any ParsableCommand.Type)] {
        let name = root.configuration.commandName ?? "sejajar"
        let here = path + [name]
        return [(here.joined(separator: " "), root)] + root.configuration.subcommands.flatMap { commands($0, path: here) }
    }

    @Test func examplesNameFilesThatExist() throws {
        var checked = 0
        for (name, command) in Self.commands(Sejajar.self) {
            let help = Sejajar.helpMessage(for: command, columns: 1000)
            for line in help.split(separator: "\n") where line.trimmingCharacters(in: .whitespaces).hasPrefix("sejajar ") {
                for word in line.split(separator: " ") where ["Alignments/", "Glossary/", "benchmarks/"].contains(where: word.hasPrefix) {
                    checked += 1
                    // Outputs of an example (after --output) need not exist.
                    let before = line[..<line.range(of: String(word))!.lowerBound]
                    if before.hasSuffix("--output ") || before.hasSuffix("-o ") { continue }
                    #expect(FileManager.default.fileExists(atPath: CLI.root.appendingPathComponent(String(word)).path), "\(name): \(word)")
                }
                let words = line.split(separator: " ").map(String.init)
                if words.count > 3, ["align", "check", "review"].contains(words[1]), !words.contains("--from"), !words.contains("--resume"),
                   !words.contains(where: { $0.hasSuffix(".json") || $0.hasSuffix(".xlf") || $0.hasSuffix(".tmx") }) {
                    Issue.record("\(name): an example that reads texts without their languages: \(line)")
                }
            }
        }
        #expect(checked >= 8)
    }
}
