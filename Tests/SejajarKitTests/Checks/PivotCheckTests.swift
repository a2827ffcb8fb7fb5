import Foundation
import Testing
@testable import SejajarKit

/// Two translations checked against each other through their original.
struct PivotCheckTests {
    static let original = [
        "Tỉnh ủy đã họp vào sáng thứ Hai để bàn về kế hoạch năm tới.",
        "Công tác dân vận được triển khai ở tất cả các xã trong tỉnh.",
        "Hội nghị kết thúc vào buổi chiều cùng ngày.",
        "Nhiều đại biểu đã phát biểu ý kiến tại hội nghị.",
    ]
    static let spanish = [
        "El Comité Provincial del Partido se reunió el lunes por la mañana para tratar el plan del año próximo.",
        "El trabajo de servicio público se llevó a cabo en todas las comunas de la provincia.",
        "La conferencia terminó por la tarde del mismo día.",
        "Muchos delegados expresaron sus opiniones en la conferencia.",
    ]
    static let indonesian = [
        "Komite Partai Provinsi mengadakan rapat pada Senin pagi untuk membahas rencana tahun depan.",
        "Kerja mobilisasi massa dilaksanakan di semua komune di provinsi itu.",
        "Banyak delegasi menyampaikan pendapat mereka dalam konferensi itu.",
    ]

    static func check() throws -> [Finding] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let glossary = try TBXReader().read(path: root.appendingPathComponent("Glossary/political-administrative.tbx").path)
        let segmenter = DocumentSegmenter(format: .lines)
        func document(_ lines: [String], _ language: Language) -> Document {
            segmenter.document(from: lines.joined(separator: "\n") + "\n", path: "article.\(language)", language: language)
        }
        let aligner = { (source: Language, target: Language) in Aligner(lexicon: nil, glossary: glossary, source: source, target: target) }
        let pivot = PivotAligner(toFirst: aligner("vi", "es"), toSecond: aligner("vi", "id"), direct: aligner("es", "id"))
            .align(original: document(original, "vi"), first: document(spanish, "es"), second: document(indonesian, "id"))
        let checker = Checker(glossary: glossary)
        let own = [pivot.first, pivot.second].map { checker.check([$0])[0] }
        return PivotCheck(glossary: glossary).findings(pivot, first: own[0], second: own[1])
    }

    @Test("a sentence of the original rendered in one translation only is named with all three sides")
    func oneSided() throws {
        let (original, first, second) = try PivotAlignerTests.doc010Cut()
        let pivot = PivotAligner(toFirst: Aligner(), toSecond: Aligner(), direct: Aligner()).align(original: original, first: first, second: second)
        let findings = PivotCheck(glossary: nil).findings(pivot, first: [], second: [])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.code == .pivot.oneSided && finding.location.path.hasSuffix("ntrex-doc010.vi") && finding.location.line == 14)
        #expect(finding.message.contains("is rendered in es (ntrex-doc010.es:14) but missing from id"), "\(finding.message)")
    }

    @Test("a concept rendered with its term in one translation and a deprecated one in the other")
    func termDiverges() throws {
        let findings = try Self.check().filter { $0.code == .pivot.termDiverges }
        #expect(findings.count == 1, "\(findings.map(\.message))")
        let finding = try #require(findings.first)
        // Công tác dân vận, mass mobilisation work: "servicio público" is the seeds' mistranslation.
        #expect(finding.concept == "c049" && finding.severity == .error)
        #expect(finding.location.path == "article.es" && finding.location.line == 2)
        #expect(finding.message == "the original's “Công tác dân vận” (c049, line 2) is “Kerja mobilisasi massa” in id but es has the deprecated “trabajo de servicio público”")
    }
}
