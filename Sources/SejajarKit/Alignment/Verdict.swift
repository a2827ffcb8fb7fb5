/// What the aligner concludes about the two documents as a whole.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// Translations of each other: nearly all of both sides aligns confidently.
    case parallel
    /// One contains a translation of much of the other, with substantial parts missing or added.
    case partial
    /// Same subject and vocabulary, but not translations of each other (two articles on one event).
    case comparable
    /// Nothing in common worth a memory.
    case unrelated

    /// Whether the documents are translations of each other, in whole or in part: only then do
    /// their pairs go into a memory and their renderings get judged.
    public var isTranslation: Bool { self == .parallel || self == .partial }
}
