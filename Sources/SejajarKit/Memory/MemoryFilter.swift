/// Which units of a store an export, a removal or a listing takes: by language, date,
/// provenance, confidence, file, or a concept of the term base the source names. Every
/// condition given must hold; none given takes every unit.
public struct MemoryFilter: Sendable, Hashable {
    /// Source language: a bare tag (`es`) takes every region of it (`es-ES`).
    public var sourceLanguage: String?
    /// Target language, likewise.
    public var targetLanguage: String?
    /// Units made at or after this time (seconds since 1970, UTC).
    public var since: Int64?
    /// Units made before this time.
    public var until: Int64?
    /// Aligned or translated units only.
    public var origin: MemoryProvenance.Origin?
    /// Reviewed (locked) units only.
    public var reviewedOnly: Bool
    /// Units whose confidence is at least this (units without a confidence are taken).
    public var minimumConfidence: Double?
    /// Units added from this file (the path given to `add`, or its last component).
    public var file: String?
    /// Units whose source names this concept of the term base (its id, `c049`).
    public var concept: String?

    /// Creates a filter.
    public init(sourceLanguage: String? = nil, targetLanguage: String? = nil, since: Int64? = nil, until: Int64? = nil,
                origin: MemoryProvenance.Origin? = nil, reviewedOnly: Bool = false, minimumConfidence: Double? = nil,
                file: String? = nil, concept: String? = nil) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.since = since
        self.until = until
        self.origin = origin
        self.reviewedOnly = reviewedOnly
        self.minimumConfidence = minimumConfidence
        self.file = file
        self.concept = concept
    }

    /// Whether no condition is given (the filter takes every unit).
    public var isEmpty: Bool { self == MemoryFilter() }
}
