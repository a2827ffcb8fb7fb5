import Foundation

/// `Tokenizer.fold` of a word a scalar at a time, for the scripts whose letters fold alone: the
/// Latin, Greek and Cyrillic blocks and Vietnamese's precomposed letters. Folding lower-cases,
/// decomposes canonically and drops the diacritics; the decomposition is what costs (Foundation,
/// a string at a time), and for these letters it gives the same as folding each letter by itself
/// and joining the results. A letter is in the table when that holds: what its fold keeps has
/// no combining mark that canonical ordering could move past another letter's, and its lower
/// case does not depend on its neighbours (Σ is σ or ς by position, so it is not in the table).
/// Each entry is the slow fold of the letter alone, so the table says nothing folding does not.
enum FoldTable {
    /// The blocks looked up: Latin-1 Supplement to Cyrillic, and Latin Extended Additional.
    static let ranges: [Range<UInt32>] = [0x80..<0x530, 0x1E00..<0x1F00]

    /// Each letter's fold as UTF-8, `bytes[starts[k]..<starts[k + 1]]` for the `k`th scalar of
    /// `ranges`, where `alone[k]` says the letter folds alone.
    static let table: (bytes: [UInt8], starts: [Int32], alone: [Bool]) = {
        var bytes: [UInt8] = [], starts: [Int32] = [], alone: [Bool] = []
        for range in ranges {
            for value in range {
                starts.append(Int32(bytes.count))
                guard let scalar = Unicode.Scalar(value), value != 0x03A3, foldsAlone(scalar) else {
                    alone.append(false)
                    continue
                }
                alone.append(true)
                bytes += Array(Tokenizer.decomposingFold(String(scalar)).utf8)
            }
        }
        starts.append(Int32(bytes.count))
        return (bytes, starts, alone)
    }()

    /// Whether the lower case of `scalar`, decomposed, is letters that start a character and
    /// marks the fold drops: then nothing of it can be reordered with a neighbour's marks.
    static func foldsAlone(_ scalar: Unicode.Scalar) -> Bool {
        String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy {
            $0.properties.canonicalCombiningClass == .notReordered || Tokenizer.dropsInFolding($0)
        }
    }

    /// The fold of `word` from the table, or nil when one of its scalars is not in it.
    static func fold(_ word: String) -> String? {
        let (bytes, starts, alone) = table
        var result: [UInt8] = []
        result.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                result.append(UInt8(value >= 0x41 && value <= 0x5A ? value | 0x20 : value))
                continue
            }
            let k: Int
            if ranges[0].contains(value) {
                k = Int(value - ranges[0].lowerBound)
            } else if ranges[1].contains(value) {
                k = ranges[0].count + Int(value - ranges[1].lowerBound)
            } else {
                return nil
            }
            guard alone[k] else { return nil }
            result += bytes[Int(starts[k])..<Int(starts[k + 1])]
        }
        return String(decoding: result, as: UTF8.self)
    }
}
