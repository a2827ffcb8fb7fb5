import ArgumentParser
import SejajarKit

extension XLIFFWriter.Version: ExpressibleByArgument {}

/// How an XLIFF file is written.
struct XLIFFOptions: ParsableArguments {
    @Option(help: "XLIFF version for --format xliff: 2.0 or 1.2 (for older CAT tools such as OmegaT 3.6).")
    var xliffVersion: XLIFFWriter.Version = .v2_0
}

/// A corpus: many pairs of files listed in one file.
struct BatchOptions: ParsableArguments {
    @Option(help: "A list of 'source<TAB>target' pairs to align together (paths relative to the list), one lexicon learned from all of them.")
    var batch: String?
}
