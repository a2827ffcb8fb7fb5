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
    /// transliterated names are.
    static func anchors(vocabulary: Vocabulary, sourceIDs: Set<Int32>, targetIDs: Set<Int32>) -> TranslationTable {
        var table = TranslationTable(vocabularySize: vocabulary.count)
        for id in sourceIDs.sorted() {
            let word = vocabulary.words[Int(id)]
            let index = Int(id)
            if vocabulary.isSign(id) {
                table.add(source: id, target: id)
                continue
            }
            if targetIDs.contains(id), word.count >= 4 || (vocabulary.seenCapitalised[index] && word.count >= 2) {
                table.add(source: id, target: id)
            }
        }
        for id in targetIDs.sorted() where vocabulary.isSign(id) {
            table.add(source: id, target: id)
        }
        // Near-identical words, bucketed by their first four letters.
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
                if abs(a.count - b.count) <= limit, editDistance(a, b, limit: limit) <= limit {
                    table.add(source: id, target: other)
                }
            }
        }
        return table
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
