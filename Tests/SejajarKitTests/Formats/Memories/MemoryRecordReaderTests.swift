import Foundation
import Testing
@testable import SejajarKit

/// What `memory add` takes from each kind of file: TMX units against their source variant with
/// provenance, saved alignments of two and of three texts, bilingual XLIFF.
struct MemoryRecordReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="es" datatype="plaintext"/>
          <body>
            <tu creationdate="20240301T120000Z"><prop type="x-context-pre">Antes.</prop><prop type="x-reviewed">true</prop><tuv xml:lang="es"><seg>El plan de <ph x="1">&lt;b/&gt;</ph>2024.</seg></tuv><tuv xml:lang="id"><seg>Rencana tahun 2024.</seg></tuv><tuv xml:lang="vi"><seg>Kế hoạch năm 2024.</seg></tuv></tu>
            <tu srclang="vi"><prop type="x-confidence">0.812</prop><tuv xml:lang="es"><seg>Se reunió.</seg></tuv><tuv xml:lang="vi"><seg>Đã họp.</seg></tuv></tu>
          </body>
        </tmx>

        """

    @Test("a TMX unit: its source variant against each other, with date, context, reviewed and origin")
    func tmxUnits() throws {
        let records = try MemoryRecordReader().read(data: Data(Self.tmx.utf8), path: "m.tmx")
        #expect(records.map { [$0.sourceLanguage, $0.targetLanguage] } == [["es", "id"], ["es", "vi"], ["vi", "es"]])
        let first = try #require(records.first)
        #expect(first.source.hasMarkup && first.source.plainText == "El plan de 2024." && first.target.plainText == "Rencana tahun 2024.")
        #expect(first.context == "Antes." && first.provenance.reviewed && first.provenance.origin == .translated)
        #expect(first.provenance.date == MemoryDate.seconds(tmx: "20240301T120000Z") && first.provenance.file == "m.tmx")
        // x-confidence says an aligner paired it; the unit's srclang overrides the header's.
        let last = try #require(records.last)
        #expect(last.source.plainText == "Đã họp." && last.provenance.origin == .aligned && last.provenance.confidence == 0.812)
        #expect(!last.provenance.reviewed && last.context == nil && last.provenance.date == nil)
        // --origin and --reviewed decide for every unit.
        let told = try MemoryRecordReader(origin: .translated, reviewed: true).read(data: Data(Self.tmx.utf8), path: "m.tmx")
        #expect(told.allSatisfy { $0.provenance.origin == .translated && $0.provenance.reviewed })
    }

    @Test("a TMX streamed from its file gives each unit its line")
    func tmxLines() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString).tmx").path
        try Data(Self.tmx.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var records: [MemoryRecord] = []
        let summary = try MemoryRecordReader().forEach(path: path) { records.append($0) }
        #expect(summary.format == "tmx" && summary.counts.written == 3)
        #expect(records.map(\.provenance.line) == [5, 5, 6])
    }

    @Test("a saved alignment: the beads the selection keeps, the previous bead's source as context, locked beads reviewed")
    func alignment() {
        var alignment = TMXTests.sampleAlignment()
        alignment.beads[0].locked = true
        var counts = MemoryBuilder.Counts()
        let records = MemoryRecordReader(selection: BeadSelection(minimumConfidence: 0.5)).records(alignment, path: "a.json", asserted: false, counts: &counts)
        #expect(records.map(\.source.plainText) == ["El Comité Popular aprobó el plan.", "El Comité Popular aprobó el plan.", "Cifras: 3,5 %."])
        #expect(records.map(\.context) == [nil, "Se reunió el lunes.", "Texto sin traducción."])
        #expect(records.map(\.provenance.reviewed) == [true, false, false] && records.allSatisfy { $0.provenance.origin == .aligned })
        #expect(records.map(\.provenance.confidence) == [0.93, 0.9, 0.7])
        #expect(counts.written == 3 && counts.belowConfidence == 1 && counts.boilerplate == 1 && counts.unpaired == 1)
    }

    @Test("a saved alignment of three texts: the original against each translation")
    func threeTexts() throws {
        let path = Self.root.appendingPathComponent("Alignments/samples/ntrex-doc010.pivot.json").path
        var records: [MemoryRecord] = []
        let summary = try MemoryRecordReader().forEach(path: path) { records.append($0) }
        #expect(summary.format == "alignment")
        #expect(Set(records.map(\.sourceLanguage)) == ["vi"] && Set(records.map(\.targetLanguage)) == ["es", "id"])
        #expect(records.filter { $0.targetLanguage == "es" }.count > 10 && records.filter { $0.targetLanguage == "id" }.count > 10)
    }

    @Test("a bilingual XLIFF file: translated pairs, without an aligner's confidence")
    func xliff() throws {
        let text = try XLIFFWriter(version: .v2_0).write(CheckedAlignment(TMXTests.sampleAlignment())).text
        let records = try MemoryRecordReader(selection: BeadSelection(minimumConfidence: 0)).read(data: Data(text.utf8), path: "a.xlf")
        #expect(!records.isEmpty && records.allSatisfy { $0.provenance.origin == .translated && $0.provenance.confidence == nil })
        #expect(records.first?.sourceLanguage == "es-ES" && records.first?.targetLanguage == "id")
    }

    @Test("a file that is none of them is refused at its start")
    func refused() {
        #expect(throws: SejajarError.malformed(path: "x.dat", line: 1, column: 1, message: "not a TMX file, a saved alignment (.json) or a bilingual XLIFF file")) {
            try MemoryRecordReader().read(data: Data("hello".utf8), path: "x.dat")
        }
    }
}
