/// An alignment with what the checks found in it: what every writer of alignments writes (the
/// saved JSON, XLIFF, the HTML report …), so that no writer runs a check or re-reads a text.
public struct CheckedAlignment {
    /// The alignment.
    public var alignment: Alignment
    /// The findings on it (their `bead` indexes `alignment.beads`).
    public var findings: [Finding]
    /// The term matchers the findings were made with (for the alignment's languages), when a
    /// term base was applied: a report highlights the same terms.
    public var matchers: TermMatchers?

    /// Creates a checked alignment.
    public init(_ alignment: Alignment, findings: [Finding] = [], matchers: TermMatchers? = nil) {
        self.alignment = alignment
        self.findings = findings
        self.matchers = matchers
    }
}
