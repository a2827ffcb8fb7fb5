/// Which token ids on one side count as renderings of a token id on the other: identical and
/// near-identical forms (names, numbers, acronyms, cognates), lexicon entries, glossary terms.
///
/// A token with no candidates is unknown and scores neutral: it neither helps nor hurts a pair.
struct TranslationTable: Sendable {
    /// Candidates on the target side for each source id.
    var forward: [[Int32]]
    /// Candidates on the source side for each target id.
    var backward: [[Int32]]

    init(vocabularySize: Int) {
        forward = Array(repeating: [], count: vocabularySize)
        backward = Array(repeating: [], count: vocabularySize)
    }

    /// Records that `target` renders `source` (both directions).
    mutating func add(source: Int32, target: Int32) {
        if !forward[Int(source)].contains(target) { forward[Int(source)].append(target) }
        if !backward[Int(target)].contains(source) { backward[Int(target)].append(source) }
    }

    /// Anchors between two vocabularies of one id space: numbers and punctuation marks always (a
    /// number or a question missing on the other side is evidence against a pair), identical
    /// words of four letters or more or written with a capital, and near-identical words (edit
    /// distance at most 30% of the longer word, same first four letters), as cognates and
    /// transliterated names are. `inSource` and `inTarget` say which ids occur on each side.
    static func anchors(vocabulary: Vocabulary, inSource: [Bool], inTarget: [Bool]) -> TranslationTable {
        var table = TranslationTable(vocabularySize: vocabulary.count)
        let ids = 0..<min(vocabulary.count, inSource.count, inTarget.count)
        // Each word's length in characters, counted without grapheme breaking for ASCII words.
        let ascii = vocabulary.words.map { word in word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        let lengths = vocabulary.words.indices.map { ascii[$0] ? vocabulary.words[$0].utf8.count : vocabulary.words[$0].count }
        for index in ids where inSource[index] {
            let id = Int32(index)
            if vocabulary.isSign(id) {
                table.add(source: id, target: id)
                continue
            }
            if inTarget[index], lengths[index] >= 4 || (vocabulary.seenCapitalised[index] && lengths[index] >= 2) {
                table.add(source: id, target: id)
            }
        }
        for index in ids where inTarget[index] && vocabulary.isSign(Int32(index)) {
            table.add(source: Int32(index), target: Int32(index))
        }
        // Near-identical words, bucketed by their first four letters (each bucket in id order).
        var buckets: [PrefixKey: [Int32]] = [:]
        buckets.reserveCapacity(ids.count / 2)
        for index in ids where inTarget[index] && lengths[index] >= 5 && !vocabulary.isSign(Int32(index)) {
            buckets[PrefixKey(vocabulary.words[index], ascii: ascii[index]), default: []].append(Int32(index))
        }
        guard !buckets.isEmpty else { return table }
        var scalars = [[Unicode.Scalar]?](repeating: nil, count: vocabulary.count)
        func scalarsOf(_ index: Int) -> [Unicode.Scalar] {
            if let known = scalars[index] { return known }
            let made = Array(vocabulary.words[index].unicodeScalars)
            scalars[index] = made
            return made
        }
        for index in ids where inSource[index] && lengths[index] >= 5 && !vocabulary.isSign(Int32(index)) {
            guard let bucket = buckets[PrefixKey(vocabulary.words[index], ascii: ascii[index])] else { continue }
            let id = Int32(index)
            let a = scalarsOf(index)
            for other in bucket.prefix(400) where other != id {
                let b = scalarsOf(Int(other))
                let limit = Int(Double(max(a.count, b.count)) * 0.3)
                if abs(a.count - b.count) <= limit, editDistance(a, b, limit: limit) <= limit {
                    table.add(source: id, target: other)
                }
            }
        }
        return table
    }

    /// A word's first four characters as a dictionary key: their bytes packed into an integer
    /// (`PackedBytes`) when they take at most seven (almost always), else the characters.
    struct PrefixKey: Hashable {
        var packed: UInt64
        var text: String?

        /// `ascii`: whether the word is ASCII without a carriage return, so that its first four
        /// characters are its first four bytes.
        init(_ word: String, ascii: Bool) {
            if let key = ascii ? PackedBytes.key(word.utf8.prefix(4)) : PackedBytes.key(word.prefix(4).utf8) {
                packed = key
                text = nil
            } else {
                packed = 0
                text = String(word.prefix(4))
            }
        }
    }

    /// Adds every pair of `other`.
    mutating func formUnion(_ other: TranslationTable) {
        for (source, targets) in other.forward.enumerated() {
            for target in targets { add(source: Int32(source), target: target) }
        }
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
