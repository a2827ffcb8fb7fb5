import Testing
@testable import SejajarKit

struct TranslationTableTests {
    /// The anchors as first written, over sets and `Character` counts and `Substring` prefixes:
    /// the definition the table's faster construction must keep, pair for pair and in order.
    static func reference(_ vocabulary: Vocabulary, sourceIDs: Set<Int32>, targetIDs: Set<Int32>) -> TranslationTable {
        var table = TranslationTable(vocabularySize: vocabulary.count)
        for id in sourceIDs.sorted() {
            let word = vocabulary.words[Int(id)]
            if vocabulary.isSign(id) { table.add(source: id, target: id); continue }
            if targetIDs.contains(id), word.count >= 4 || (vocabulary.seenCapitalised[Int(id)] && word.count >= 2) {
                table.add(source: id, target: id)
            }
        }
        for id in targetIDs.sorted() where vocabulary.isSign(id) { table.add(source: id, target: id) }
        var buckets: [Substring: [Int32]] = [:]
        for id in targetIDs where !vocabulary.isSign(id) {
            let word = vocabulary.words[Int(id)]
            if word.count >= 5 { buckets[word.prefix(4), default: []].append(id) }
        }
        for (key, ids) in buckets { buckets[key] = ids.sorted() }
        for id in sourceIDs.sorted() where !vocabulary.isSign(id) {
            let word = vocabulary.words[Int(id)]
            guard word.count >= 5, let bucket = buckets[word.prefix(4)] else { continue }
            let a = Array(word.unicodeScalars)
            for other in bucket.prefix(400) where other != id {
                let b = Array(vocabulary.words[Int(other)].unicodeScalars)
                let limit = Int(Double(max(a.count, b.count)) * 0.3)
                if abs(a.count - b.count) <= limit, TranslationTable.editDistance(a, b, limit: limit) <= limit {
                    table.add(source: id, target: other)
                }
            }
        }
        return table
    }

    /// Words that meet in the buckets in every way: ASCII words sharing four letters, words whose
    /// first four characters are ASCII but not the rest, prefixes of two-byte and three-byte
    /// letters (Vietnamese, Thai, Chinese: over seven bytes), emoji clusters of several scalars,
    /// short words, numbers and marks.
    static let stems = ["gobierno", "goberna", "govern", "provin", "provinsi", "provincia", "distrit", "caféterí", "cafét",
                        "phường", "phườngx", "thành", "thànhphố", "ประเทศไทย", "ประเทศ", "人民委员会", "人民代表", "👍🏽👍🏽ok", "👍🏽👍🏽okay",
                        "kota", "Ab", "ab", "2024", "1500", ",", "?", "ñandú", "ñandúes", "straße", "strasse", "ﬁnanzas", "finanzas"]

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func anchorsAreThoseOfTheFirstDefinition(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var vocabulary = Vocabulary()
        var sourceIDs = Set<Int32>(), targetIDs = Set<Int32>()
        for _ in 0..<400 {
            let stem = Self.stems[Int(random.next() % UInt64(Self.stems.count))]
            let suffix = ["", "s", "es", "a", "o", "an", "ía", "ến", "ี", "们"][Int(random.next() % 10)]
            let word = stem.first?.isLetter == true ? stem + suffix : stem
            let token = Token(folded: word, isNumber: word.first?.isNumber == true, isCapitalised: random.next() % 4 == 0,
                              isMark: word == "," || word == "?")
            let id = vocabulary.intern(token)
            switch random.next() % 3 {
            case 0: sourceIDs.insert(id)
            case 1: targetIDs.insert(id)
            default: sourceIDs.insert(id); targetIDs.insert(id)
            }
        }
        let inSource = (0..<vocabulary.count).map { sourceIDs.contains(Int32($0)) }
        let inTarget = (0..<vocabulary.count).map { targetIDs.contains(Int32($0)) }
        let fast = TranslationTable.anchors(vocabulary: vocabulary, inSource: inSource, inTarget: inTarget)
        let reference = Self.reference(vocabulary, sourceIDs: sourceIDs, targetIDs: targetIDs)
        #expect(fast.forward == reference.forward)
        #expect(fast.backward == reference.backward)
        #expect(reference.forward.contains { $0.count > 1 })  // near-identical words were found
    }

    @Test func aVocabularyOfDistinctWordsFindsAndAddsWordsAsAnIndexedOneDoes() {
        let words = ["gobierno", "phường", "2024", "人民"]
        var made = Vocabulary(distinct: words, isNumber: [false, false, true, false], isMark: [false, false, false, false],
                              seenCapitalised: [true, false, false, false])
        #expect(made.id(of: "phường") == 1)
        #expect(made.id(of: "nada") == nil)
        #expect(made.indexed().id(of: "人民") == 3)
        #expect(made.intern(Token(folded: "gobierno", isNumber: false, isCapitalised: false)) == 0)
        #expect(made.intern(Token(folded: "kota", isNumber: false, isCapitalised: true)) == 4)
        #expect(made.id(of: "kota") == 4)
        #expect(made.seenCapitalised == [true, false, false, false, true])
    }
}
