import ArgumentParser
import SejajarIO
import SejajarKit

/// `sejajar glossary lint`: what makes the term base unreliable.
struct GlossaryLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the term base: duplicates, missing languages, statuses, a term preferred twice.",
        discussion: """
        Exits with 1 when there is an error.

        Example:
          sejajar glossary lint Glossary/political-administrative.tbx
        """
    )

    @Argument(help: "The glossary (default: the shipped term base).")
    var file: String?

    func run() throws {
        let path = try TermBaseLocation.path(file)
        let glossary = try GlossaryReader(limits: try userLimits()).read(path: path)
        let findings = GlossaryLint().lint(glossary, path: path)
        let errors = findings.filter { $0.severity == .error }.count, warnings = findings.filter { $0.severity == .warning }.count
        try StandardStream.output.write(DiagnosticWriter().write(findings).text
            + "\(path): \(glossary.concepts.count) concepts, \(glossary.concepts.reduce(0) { $0 + $1.terms.count }) terms, "
            + "\(errors) errors, \(warnings) warnings\n")
        if errors > 0 { throw ExitCode(1) }
    }
}
