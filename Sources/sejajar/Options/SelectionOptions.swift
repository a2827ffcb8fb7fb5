import ArgumentParser
import SejajarKit

/// Which beads count.
struct SelectionOptions: ParsableArguments {
    @Option(help: "Leave out pairs whose confidence (the probability that the pair is right) is below this value (their number is reported); a locked bead always stays. Default 0.5 for what goes into a memory (tmx, moses, export); no floor for the other formats of 'align'.")
    var minConfidence: Double?

    @Flag(help: "Keep the pairs of texts judged comparable or unrelated (left out of memories by default: they are not translations).")
    var keepComparable = false

    func validate() throws {
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1")
        }
    }

    /// The selection: `--min-confidence` (else the calibrated floor) and `--keep-comparable`.
    var selection: BeadSelection {
        BeadSelection(minimumConfidence: minConfidence ?? BeadSelection.calibratedFloor, translationsOnly: !keepComparable)
    }
}
