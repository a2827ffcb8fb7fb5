import ArgumentParser
import Foundation
import SejajarKit

/// `sejajar check`: glossary and consistency findings on an alignment, printed like a compiler.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an alignment against the glossary: missing, deprecated and inconsistent terms, doublets, numbers.",
        discussion: """
        Input: a saved alignment (JSON from 'sejajar align'), or two texts that are aligned first. \
        Findings: alignment.omission and alignment.addition (a sentence with no counterpart, with \
        the glossary terms it holds), alignment.moved, alignment.different-sources, term.missing, \
        term.deprecated, term.inconsistent, doublet, number.mismatch, number.converted, url.mismatch, untranslated, \
        length.ratio. Each is printed as path:line:column: severity: [code] message, then a summary \
        per code on stderr.

        Examples:
          sejajar check Alignments/samples/seed-000-004.alignment.json
          sejajar check a.es.txt a.id.txt --from es --to id --format json
          sejajar check a.json --fail-on warning     # non-zero exit for CI
          sejajar check a.json --format html --output review.html
          sejajar check doc.vi doc.es doc.id --from vi --to es,id --input lines   # two translations through their original
          sejajar check memory.tmx --from es --to id                               # a translation memory, unit by unit
          sejajar check project.xlf                                                # a bilingual XLIFF from a CAT tool

        Three texts (an original and two translations, '--to A,B'): each translation is checked \
        against the original, and the two against each other through it: pivot.one-sided (a \
        sentence of the original rendered in one translation only) and pivot.term-diverges (a \
        concept rendered with its accepted term in one translation and a wrong, deprecated or no \
        term in the other). Output: text, json, or html (the three texts in three columns).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html }
    enum FailOn: String, ExpressibleByArgument, CaseIterable { case error, warning, note, never }

    @Argument(help: "A saved alignment (.json), a bilingual XLIFF (.xlf), a translation memory (.tmx, checked unit by unit between --from and --to), or the source text when TARGET is given.")
    var input: String

    @Argument(help: "The target text (then INPUT is the source text and both are aligned first).")
    var target: String?

    @Argument(help: ArgumentHelp("A second translation of INPUT (with '--to A,B'): both translations are checked through INPUT.", valueName: "second"))
    var second: String?

    @OptionGroup var options: TextOptions

    @Option(help: "Output: text (compiler-style lines), json, or html (side-by-side report with the findings beside their beads).")
    var format: Format = .text

    @Option(help: "Exit with 1 when a finding of this severity or worse is found: error, warning, note (any finding) or never.")
    var failOn: FailOn = .never

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    func validate() throws {
        if second != nil {
            guard target != nil, options.targets.count == 2 else { throw ValidationError("three texts need two languages in --to, the translations' (--to es,id)") }
        }
    }

    func run() throws {
        let console = options.console
        let glossaryPath = try defaultGlossaryPath(options.glossary)
        let glossary = try GlossaryReader(limits: try limits()).read(path: glossaryPath)
        let weights = try options.weights()
        if let target, let second {
            let pivot = try options.alignThree((input, target, second), glossary: glossary, weights: weights, console: console)
            var own: [[Finding]] = []
            for alignment in [pivot.first, pivot.second] {
                let matchers = TermMatchers(glossary: glossary, source: alignment.source.language, target: alignment.target.language)
                own.append(AlignmentCheck(matchers: matchers).findings(alignment) + Checker(glossary: glossary).check([alignment], matchers: matchers)[0])
            }
            let through = PivotCheck(glossary: glossary).findings(pivot, first: own[0], second: own[1])
            if format == .html {
                try OutputFile.emit(PivotReportWriter(glossary: glossary, confidentThreshold: weights.confidentThreshold)
                    .write(pivot, first: own[0], second: own[1], through: through), to: output)
                console.note("\(own[0].count + own[1].count + through.count) findings (glossary: \(glossaryPath))")
                try failIfAsked(own[0] + own[1] + through)
            } else {
                try report(own[0] + own[1] + through, glossaryPath: glossaryPath, console: console)
            }
            return
        }
        if target == nil, (input as NSString).pathExtension.lowercased() == "tmx" {
            try checkMemory(glossary: glossary, glossaryPath: glossaryPath, console: console)
            return
        }
        let alignment: Alignment
        if let target {
            alignment = try options.alignPair(input, target, glossary: glossary, weights: weights, console: console)
        } else {
            alignment = try readAlignment(input)
        }
        // The checks and the report find terms with the same matchers.
        let matchers = TermMatchers(glossary: glossary, source: alignment.source.language, target: alignment.target.language)
        let findings = Checker(glossary: glossary).findings(alignment, matchers: matchers)
        if format == .html {
            let report = HTMLReportWriter(glossary: glossary, confidentThreshold: weights.confidentThreshold)
            try OutputFile.emit(report.write(alignment, findings: findings, matchers: matchers), to: output)
            console.note("\(findings.count) findings (glossary: \(glossaryPath))")
            try failIfAsked(findings)
        } else {
            try report(findings, glossaryPath: glossaryPath, console: console)
        }
    }

    /// Writes `findings` as text or JSON, a summary per code on standard error, and exits with 1
    /// when `--fail-on` asks.
    func report(_ findings: [Finding], glossaryPath: String, console: Console) throws {
        switch format {
        case .json:
            try OutputFile.emit(try FindingsJSONWriter().write(findings), to: output)
        case .html, .text:
            try OutputFile.emit(DiagnosticWriter().write(findings), to: output)
            let summary = Dictionary(grouping: findings, by: \.code.rawValue).mapValues(\.count)
            for (code, count) in summary.sorted(by: { $0.key < $1.key }) { console.note(String(format: "%6d  %@", count, code)) }
            console.note("\(findings.count) findings (glossary: \(glossaryPath))")
        }
        try failIfAsked(findings)
    }

    /// Exit status 1 when a finding reaches `--fail-on`.
    /// Checks a translation memory unit by unit, streaming it in batches of 1000 units (terms
    /// are checked for consistency within a batch).
    func checkMemory(glossary: Glossary, glossaryPath: String, console: Console) throws {
        guard format != .html else { throw ValidationError("a memory is checked to text or json, not html") }
        let source = Language(options.from), target = try options.target()
        let check = MemoryCheck(glossary: glossary, path: input, source: source, target: target)
        var findings: [Finding] = [], batch: [MemoryCheck.Unit] = [], first = 0, count = 0, skipped = 0
        _ = try TMXReader(limits: try limits()).forEachUnitWithLine(path: input) { unit, _, line in
            let texts = { (language: Language) in
                unit.variants.first { Language($0.language).base == language.base }?.segment.plainText
            }
            guard let s = texts(source), let t = texts(target) else { skipped += 1; return }
            batch.append(MemoryCheck.Unit(source: s, target: t, line: line))
            count += 1
            if batch.count == 1000 {
                findings += check.findings(batch, first: first)
                first += batch.count
                batch = []
            }
        }
        findings += check.findings(batch, first: first)
        if skipped > 0 { console.note("\(input): \(skipped) units without both \(source.tag) and \(target.tag) left unchecked") }
        console.note("\(input): \(count) units checked")
        try report(findings, glossaryPath: glossaryPath, console: console)
    }

    func failIfAsked(_ findings: [Finding]) throws {
        let threshold: Severity? = switch failOn { case .error: .error; case .warning: .warning; case .note: .note; case .never: nil }
        if let threshold, findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
}
