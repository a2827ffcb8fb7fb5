import Testing
@testable import SejajarKit

struct SuffixTableTests {
    /// Korean particles and the endings of 하다/되다 verbs come off; two syllables always stay.
    @Test(arguments: [
        ("대통령은", "대통령"), ("대통령이", "대통령"), ("대통령의", "대통령"),
        ("정부에서는", "정부"), ("발표했다", "발표"), ("러시아의", "러시아"), ("경제적인", "경제"),
        ("국가", "국가"), ("회의", "회의"), ("차이", "차이"), ("말했다", "말했다"), ("서울", "서울"),
    ])
    func koreanEndingsComeOffLeavingTwoSyllables(_ word: String, _ stem: String) throws {
        let table = try #require(SuffixTable.tables["ko"])
        #expect(table.stem(word) == stem)
    }

    @Test func theLongestEndingThatLeavesTheStemIsCut() {
        let table = SuffixTable(endings: ["s", "es", "nesses"], minimumStem: 3)
        #expect(table.stem("boxes") == "box")
        #expect(table.stem("kindnesses") == "kind")
        #expect(table.stem("bus") == "bus")   // "bu" would be too short
        #expect(table.stem("is") == "is")
    }
}
