/// A bead as unit ranges on both sides, before it becomes a `Bead` with sentence indices.
struct BeadSpan: Sendable, Hashable {
    var source: Range<Int>
    var target: Range<Int>
}
