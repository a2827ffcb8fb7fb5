/// Writes findings the way compilers print diagnostics, one per line:
/// `path:line:column: severity: [code] message`. Editors and CI logs link them to the place.
public struct DiagnosticWriter: FormatWriter {
    /// Creates a writer.
    public init() {}

    /// One line per finding, each ending with a newline.
    public func write(_ findings: [Finding]) -> FormatOutput {
        FormatOutput(findings.map { Self.line($0) + "\n" }.joined())
    }

    /// The line for one finding, without a newline.
    public static func line(_ finding: Finding) -> String {
        let location = finding.location
        return "\(location.path):\(location.line):\(location.column): \(finding.severity.rawValue): [\(finding.code)] \(finding.message)"
    }
}
