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
        (["a.es"], "give SOURCE and TARGET files, or --batch PAIRS.tsv"),
        (["--batch", "pairs.tsv"], "--batch needs --output-dir"),
        (["a.es", "a.id", "--batch", "pairs.tsv", "--output-dir", "out"], "give either SOURCE TARGET or --batch, not both"),
        (["a.es", "a.id", "--output-dir", "out"], "--output-dir goes with --batch"),
        (["--resume", "fixed.json", "a.es"], "--resume reads the texts from the saved alignment: give no SOURCE, TARGET or --batch"),
        (["a.vi", "a.es", "a.id", "--to", "es"], "three texts need two languages in --to, the translations' (--to es,id)"),
        (["a.es", "a.id", "--to", "es,id"], "--to es,id names two translations: give ORIGINAL FIRST SECOND"),
        (["a.es", "a.id", "--to", "es,id,en"], "--to takes one language, or two for two translations of one original"),
        (["a.es", "a.id", "--from", "es_ES!"], "--from 'es_ES!' is not a language tag (BCP 47: es, id, pt-BR …)"),
        (["a.es", "a.id", "--min-confidence", "1.5"], "--min-confidence must be between 0 and 1"),
        (["a.es", "a.id", "--embedder-windows", "5"], "--embedder-windows must be between 1 and 4"),
        (["a.es", "a.id", "--embedding-cache", "cache"], "--embedding-cache and --no-embedding-cache go with --embedder"),
        (["a.es", "a.id", "--format", "pdf"], "The value 'pdf' is invalid for '--format <format>'"),
    ])
    func alignRefuses(_ arguments: [String], _ message: String) {
        #expect {
            _ = try AlignCommand.parse(arguments)
        } throws: { error in
            AlignCommand.message(for: error).contains(message)
        }
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
        let batch = try AlignCommand.parse(["--batch", "pairs.tsv", "--output-dir", "out", "--format", "ladder"])
        #expect(batch.corpus.batch == "pairs.tsv" && batch.outputDir == "out")
    }

    /// The defaults a user who gives nothing gets.
    @Test func defaults() throws {
        let align = try AlignCommand.parse(["a", "b"])
        #expect(align.format == .json && align.selection.minConfidence == nil && align.setup.reading.input == .text)
        let export = try ExportCommand.parse(["a.json"])
        #expect(export.format == .tmx && export.selection.selection.minimumConfidence == 0.5 && export.selection.selection.translationsOnly)
        let check = try CheckCommand.parse(["a.json"])
        #expect(check.format == .text && check.failOn == .never && check.target == nil)
    }

    @Test(arguments: [
        (["check", "a.vi", "a.es", "a.id", "--to", "es"], "three texts need two languages in --to"),
        (["export", "a.json", "--format", "moses"], "--format moses needs --output PREFIX"),
        (["export", "a.json", "--min-confidence", "1.5"], "--min-confidence must be between 0 and 1"),
        (["review", "a.json", "--port", "70000"], "--port must be between 0 and 65535"),
        (["tmx", "merge", "a.tmx"], "give at least two TMX files"),
        (["tmx", "merge", "a.tmx", "b.tmx"], "give the merged file with --output"),
        (["lexicon", "train", "a.es"], "give SOURCE and TARGET files, or --batch PAIRS.tsv"),
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
        #expect(lookup.sentence == "Hola." && lookup.languages.source == "es" && lookup.languages.to == "id" && lookup.memory.path == "m.sqlite")
        #expect(lookup.top == 3 && lookup.min == 50 && lookup.previous == "Antes." && lookup.format == .json)
        let defaults = try MemoryLookupCommand.parse(["Hola."])
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
