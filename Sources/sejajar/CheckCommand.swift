import ArgumentParser
import Foundation
import SejajarIO
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

    @Argument(help: ArgumentHelp("A saved alignment (.json), a bilingual XLIFF (.xlf), a translation memory (.tmx, checked unit by unit between --from and --to), or the source text when TARGET is given.",
                                 valueName: "input"))
    var file: String

    @Argument(help: "The target text (then INPUT is the source text and both are aligned first).")
    var target: String?

    @Argument(help: ArgumentHelp("A second translation of INPUT (with '--to A,B'): both translations are checked through INPUT.", valueName: "second"))
    var second: String?

    @OptionGroup var setup: JobOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    @Option(help: "Output: text (compiler-style lines), json, or html (side-by-side report with the findings beside their beads).")
    var format: Format = .text

    @Option(help: "Exit with 1 when a finding of this severity or worse is found: error, warning, note (any finding) or never.")
    var failOn: FailOn = .never

    func validate() throws {
        if target != nil { try setup.languages.required() }
        if second != nil {
            guard target != nil, setup.languages.targets.count == 2 else { throw ValidationError("three texts need two languages in --to, the translations' (--to es,id)") }
        }
    }

    func run() throws {
        let console = output.console
        let termBase = try setup.termBase.termBase()
        let glossary = termBase?.glossary, glossaryPath = termBase?.path ?? "none, --no-glossary"
        var job = try AlignmentJob(setup, console: console)
        // The term base checked against is the aligner's anchors too.
        job.anchors = glossary
        defer { console.endProgress() }
        if let target, let second {
            let checked = AlignmentJob.check(try job.alignThree(file, target, second), termBase: glossary)
            console.endProgress()
            let all = checked.first + checked.second + checked.through
            if format == .html {
                try output.write(PivotReportWriter(glossary: glossary, confidentThreshold: job.parameters.confidentThreshold).write(checked))
                console.note("\(all.count) findings (glossary: \(glossaryPath))")
                try failIfAsked(all)
            } else {
                try report(all, glossaryPath: glossaryPath, console: console)
            }
            return
        }
        if target == nil, (file as NSString).pathExtension.lowercased() == "tmx" {
            try checkMemory(glossary: glossary, glossaryPath: glossaryPath, job: job, console: console)
            return
        }
        let alignment: Alignment
        if let target {
            alignment = try job.alignPair(file, target)
        } else {
            alignment = try job.readSaved(file).twoTexts()
            try setup.languages.confirm(alignment, path: file)
        }
        console.endProgress()
        let checked = AlignmentJob.check(alignment, termBase: glossary)
        if format == .html {
            try output.write(HTMLReportWriter(glossary: glossary, confidentThreshold: job.parameters.confidentThreshold).write(checked))
            console.note("\(checked.findings.count) findings (glossary: \(glossaryPath))")
            try failIfAsked(checked.findings)
        } else {
            try report(checked.findings, glossaryPath: glossaryPath, console: console)
        }
    }

    /// Writes `findings` as text or JSON, a summary per code on standard error, and exits with 1
    /// when `--fail-on` asks.
    func report(_ findings: [Finding], glossaryPath: String, console: Console) throws {
        switch format {
        case .json:
            try output.write(try FindingsJSONWriter().write(findings))
        case .html, .text:
            try output.write(DiagnosticWriter().write(findings))
            let summary = Dictionary(grouping: findings, by: \.code.rawValue).mapValues(\.count)
            for (code, count) in summary.sorted(by: { $0.key < $1.key }) { console.note(String(format: "%6d  %@", count, code)) }
            console.note("\(findings.count) findings (glossary: \(glossaryPath))")
        }
        try failIfAsked(findings)
    }

    /// Checks a translation memory unit by unit, streaming it in batches of 1000 units (terms
    /// are checked for consistency within a batch). Its languages are the header's source
    /// language and the first other language of its units, unless given (then the header must
    /// agree); a memory with no unit in both is an error, not "0 findings".
    func checkMemory(glossary: Glossary?, glossaryPath: String, job: AlignmentJob, console: Console) throws {
        guard format != .html else { throw ValidationError("a memory is checked to text or json, not html") }
        var source = setup.languages.from.map { Language($0) }, target = setup.languages.targets.first.map { Language($0) }
        var check: MemoryCheck?
        var findings: [Finding] = [], batch: [MemoryCheck.Unit] = [], first = 0, count = 0, skipped = 0
        var seen = Set<String>()
        try TMXReader(limits: job.limits).forEach(path: file) { entry throws(SejajarError) in
            let declared = entry.unit.sourceLanguage ?? entry.header?.sourceLanguage ?? "*all*"
            if check == nil {
                if let given = source, declared != "*all*", Language(declared).base != given.base {
                    throw .usage(message: "\(file): the memory's source language is \(declared) (srclang), not \(given.tag): give --from \(declared), or leave --from out")
                }
                let from = source ?? (declared == "*all*" ? entry.unit.variants.first.map { Language($0.language) } : Language(declared))
                guard let from, let to = target ?? entry.unit.variants.map({ Language($0.language) }).first(where: { $0.base != from.base }) else { return }
                (source, target) = (from, to)
                check = MemoryCheck(glossary: glossary, path: file, source: from, target: to)
            }
            for variant in entry.unit.variants { seen.insert(Language(variant.language).tag) }
            let texts = { (language: Language) in
                entry.unit.variants.first { Language($0.language).base == language.base }?.segment.plainText
            }
            guard let check, let source, let target, let s = texts(source), let t = texts(target) else { skipped += 1; return }
            batch.append(MemoryCheck.Unit(source: s, target: t, line: entry.line))
            count += 1
            if batch.count == 1000 {
                findings += check.findings(batch, first: first)
                first += batch.count
                batch = []
            }
        }
        guard let check, let source, let target, count > 0 else {
            let pair = [source?.tag, target?.tag].compactMap { $0 }.joined(separator: " and ")
            throw SejajarError.usage(message: "\(file): no unit holds both \(pair.isEmpty ? "languages" : pair); the memory's languages are "
                                     + "\(seen.isEmpty ? "none" : seen.sorted().joined(separator: ", ")): give --from and --to")
        }
        findings += check.findings(batch, first: first)
        if skipped > 0 { console.note("\(file): \(skipped) units without both \(source.tag) and \(target.tag) left unchecked") }
        console.note("\(file): \(count) units checked (\(source.tag) → \(target.tag))")
        try report(findings, glossaryPath: glossaryPath, console: console)
    }

    func failIfAsked(_ findings: [Finding]) throws {
        let threshold: Severity? = switch failOn { case .error: .error; case .warning: .warning; case .note: .note; case .never: nil }
        if let threshold, findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
}
