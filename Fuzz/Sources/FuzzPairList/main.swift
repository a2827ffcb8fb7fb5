import Foundation
import FuzzSupport
import SejajarKit

// A batch list read, and its pairs' output names made: every pair listed once, each named at a
// line of the list.
fuzz { bytes in
    guard let pairs = try? PairListReader().read(data: Data(bytes), path: "/fuzz/pairs.tsv") else { return }
    precondition(!pairs.isEmpty, "a list without pairs was read")
    precondition(pairs.allSatisfy { $0.line >= 1 && $0.source.hasPrefix("/") && $0.target.hasPrefix("/") }, "a pair without its line or folder")
    _ = try? BatchOutputs.outputPaths(pairs, folder: "/out", extension: "json", list: "/fuzz/pairs.tsv")
}
