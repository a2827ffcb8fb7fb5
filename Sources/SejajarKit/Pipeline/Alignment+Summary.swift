import Foundation

extension Alignment {
    /// "a.es ↔ a.id: parallel, 20 pairs, 1 unpaired, score 0.950": what the user is told of
    /// one alignment.
    public var summary: String {
        let content = beads.filter { $0.role.isContent }
        let pairs = content.filter { !$0.isNull }.count, moved = content.filter(\.moved).count
        return "\(source.path) ↔ \(target.path): \(verdict.rawValue), "
            + "\(pairs) pairs\(moved > 0 ? " (\(moved) moved)" : ""), \(content.count - pairs) unpaired, score \(String(format: "%.3f", score))"
    }
}
