/// Something that finds fuzzy matches for a sentence: a translation memory store. The review
/// editor asks it for the current bead's source without knowing where the memory is kept.
public protocol MemoryLookup: Sendable {
    /// The best `top` matches for `text` in `from` (rendered in `to`, any language when nil),
    /// scoring at least `minimum`; `previous`, the segment before it, makes an exact match a
    /// context match when the unit had the same one before it.
    func lookup(_ text: String, from: Language, to: Language?, previous: String?, minimum: Int, top: Int) throws(SejajarError) -> [MemoryMatch]
}
