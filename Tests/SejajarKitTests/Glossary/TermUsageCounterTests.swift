import Foundation
import Testing
@testable import SejajarKit

/// How concepts are really rendered, counted pair by pair.
struct TermUsageCounterTests {
    static let glossary = Glossary(concepts: [
        Concept(id: "c051", subjectField: "policies and slogans", terms: [
            Term(language: "vi", text: "dân vận", status: .preferred),
            Term(language: "es", text: "movilización de masas", status: .preferred),
            Term(language: "es", text: "servicio público", status: .deprecated),
            Term(language: "id", text: "mobilisasi massa", status: .preferred),
        ]),
    ])

    static func usage() -> TermUsage {
        var counter = TermUsageCounter(glossary: glossary)
        let pairs = [
            ("Công tác dân vận được triển khai ở các xã.", "La movilización de masas se llevó a cabo en las comunas."),
            ("Ban dân vận tỉnh họp sáng nay.", "El comité de servicio público provincial se reunió esta mañana."),
            ("Cán bộ dân vận đến từng thôn.", "Los cuadros del trabajo de masas visitaron cada aldea."),
            ("Mô hình dân vận khéo được nhân rộng.", "El modelo hábil de trabajo de masas se extendió."),
            ("Phong trào dân vận đạt kết quả tốt.", "El movimiento de trabajo de masas logró buenos resultados."),
            ("Trời mưa to cả ngày.", "Llovió mucho todo el día."),
        ]
        for (k, (vi, es)) in pairs.enumerated() {
            counter.add(source: vi, target: es, sourceLanguage: "vi", targetLanguage: "es", location: "doc.vi:\(k + 1)")
        }
        return counter.usage()
    }

    @Test("each rendering is counted with its status in the term base and its first example")
    func renderings() throws {
        let entry = try #require(Self.usage().entries.first)
        #expect(entry.concept == "c051" && entry.pairs == 5)
        #expect(entry.sourceTerms == [TermUsage.Count(text: "dân vận", count: 5, status: .preferred)])
        #expect(entry.renderings.map(\.count) == [3, 1, 1])
        #expect(entry.renderings.map(\.status) == [nil, .preferred, .deprecated])
        #expect(entry.renderings.map(\.text) == [nil, "movilización de masas", "servicio público"])
        #expect(entry.renderings[2].example.location == "doc.vi:2")
    }

    @Test("a phrase that recurs where the concept had no known rendering is proposed, status left open")
    func candidate() throws {
        let usage = Self.usage()
        let candidate = try #require(usage.candidates.first)
        #expect(usage.candidates.count == 1)
        #expect(candidate.concept == "c051" && candidate.language == "es" && candidate.text == "trabajo de masas")
        #expect(candidate.count == 3 && candidate.unrendered == 3 && candidate.example.location == "doc.vi:3")
        let table = try TermUsageWriter(glossary: Self.glossary, form: .candidates).write(usage).text
        #expect(table.hasPrefix("concept,subject,lang,term,status,pos,flags,note\nc051,policies and slogans,es,trabajo de masas,,,,"))
        // The table reads back only once a person has decided the status.
        #expect(throws: SejajarError.self) { try GlossaryTableReader(separator: ",").read(data: Data((table).utf8), path: "candidates.csv") }
        let decided = table.replacingOccurrences(of: "trabajo de masas,,", with: "trabajo de masas,admitted,")
        let read = try GlossaryTableReader(separator: ",").read(data: Data((decided).utf8), path: "candidates.csv")
        #expect(read.concepts.first?.terms.first?.text == "trabajo de masas" && read.concepts.first?.terms.first?.status == .admitted)
    }
}

/// Source terms the term base lacks, found through the lexicon learned from the pairs counted.
struct SourceCandidateTests {
    @Test("a source phrase the lexicon pairs with a concept's target term, where the source has none of its terms, is proposed")
    func sourceCandidate() throws {
        var counter = TermUsageCounter(glossary: TermUsageCounterTests.glossary)
        let pairs = [
            ("El trabajo de masas avanza en la provincia.", "Mobilisasi massa berjalan di provinsi."),
            ("El comité aprobó el trabajo de masas ayer.", "Komite menyetujui mobilisasi massa kemarin."),
            ("Los cuadros del trabajo de masas visitaron las aldeas.", "Kader mobilisasi massa mengunjungi desa."),
            ("El trabajo de masas mejora la vida rural.", "Mobilisasi massa memperbaiki kehidupan desa."),
            ("La lluvia cayó todo el día en la provincia.", "Hujan turun sepanjang hari di provinsi."),
            ("El comité aprobó el plan ayer.", "Komite menyetujui rencana kemarin."),
            ("Los cuadros visitaron la provincia.", "Kader mengunjungi provinsi."),
        ]
        for (k, (es, id)) in pairs.enumerated() {
            counter.add(source: es, target: id, sourceLanguage: "es", targetLanguage: "id", location: "doc.es:\(k + 1)")
        }
        let usage = counter.usage()
        let candidate = try #require(usage.sourceCandidates.first)
        #expect(usage.sourceCandidates.count == 1)
        #expect(candidate.concept == "c051" && candidate.language == "es" && candidate.text == "trabajo de masas")
        #expect(candidate.pairedWith.lowercased() == "mobilisasi massa" && candidate.count == 4 && candidate.unnamed == 4)
        let table = try TermUsageWriter(glossary: TermUsageCounterTests.glossary, form: .candidates).write(usage).text
        #expect(table.contains("\nc051,policies and slogans,es,trabajo de masas,,,,"))
    }

    @Test("a concept the source names with its own term gives no source candidate")
    func noCandidateWhereTheSourceHasTheTerm() {
        var counter = TermUsageCounter(glossary: TermUsageCounterTests.glossary)
        for k in 0..<4 {
            counter.add(source: "La movilización de masas avanza \(k).", target: "Mobilisasi massa berjalan \(k).", sourceLanguage: "es",
                        targetLanguage: "id", location: "doc.es:\(k + 1)")
        }
        #expect(counter.usage().sourceCandidates.isEmpty)
    }
}
