import Foundation
import Testing

/// `sejajar glossary usage`: the renderings actually used, from saved alignments and memories.
struct GlossaryUsageCommandTests {
    @Test func aSourcesDeprecatedTermIsCountedUnderItsConcept() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let saved = folder + "/article3.json"
        let aligned = try CLI.run(["align", "benchmarks/judged/article3.es", "benchmarks/judged/article3.id", "--input", "lines", "--output", saved, "--from", "es", "--to", "id"])
        #expect(aligned.status == 0, "\(aligned.stderr)")
        let result = try CLI.run(["glossary", "usage", saved])
        #expect(result.status == 0, "\(result.stderr)")
        // Article 3's Spanish says "trabajo de recepción" for tiếp công dân (c145), receiving
        // citizens; the Indonesian renders it with the preferred term.
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.hasPrefix("c145 tiếp công dân") })
        #expect(lines[at + 1] == "  es → id: 1 pairs; es “trabajo de recepción” (deprecated) 1")
        #expect(lines[at + 2].hasPrefix("        1  preferred “Penerimaan warga negara”   e.g. "))
        #expect(result.stderr.contains("glossary usage: ") && result.stderr.contains(" pairs, "))
    }

    @Test func threeTextsCountEachTranslationAgainstTheOriginal() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pivot = folder + "/doc.pivot.json", candidates = folder + "/candidates.csv"
        let aligned = try CLI.run(["align", CLI.sample("ntrex-doc010.vi"), CLI.sample("ntrex-doc010.es"), CLI.sample("ntrex-doc010.id"),
                                   "--from", "vi", "--to", "es,id", "--input", "lines", "--output", pivot])
        #expect(aligned.status == 0, "\(aligned.stderr)")
        let result = try CLI.run(["glossary", "usage", pivot, "--format", "json", "--candidates", candidates])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? [[String: Any]])
        #expect(Set(entries.map { "\($0["sourceLanguage"] ?? "")>\($0["targetLanguage"] ?? "")" }).isSubset(of: ["vi>es", "vi>id"]))
        #expect(try String(contentsOfFile: candidates, encoding: .utf8).hasPrefix("concept,subject,lang,term,status,pos,flags,note\n"))
    }

    @Test func aMissingFileIsOneLine() throws {
        let result = try CLI.run(["glossary", "usage", "nothere.json"])
        CommandTests.expectOneLineError(result, naming: "nothere.json")
    }
}
