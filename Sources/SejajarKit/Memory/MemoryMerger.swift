/// Keeps the first occurrence of each distinct unit of memories merged in order: units are the
/// same when their segments in every language are (languages compared without case). What
/// `tmx merge` streams its files through; it holds the distinct segments, not the units.
public struct MemoryMerger: Sendable {
    private var seen = Set<[TranslationUnit.Variant]>()
    /// Units kept so far.
    public private(set) var kept = 0
    /// Units dropped as duplicates so far.
    public private(set) var duplicates = 0

    /// An empty merger.
    public init() {}

    /// Whether `unit` is new (kept) rather than a duplicate of one before it.
    public mutating func add(_ unit: TranslationUnit) -> Bool {
        let key = unit.variants.map { TranslationUnit.Variant(language: $0.language.lowercased(), segment: $0.segment) }
        if seen.insert(key).inserted {
            kept += 1
            return true
        }
        duplicates += 1
        return false
    }
}
