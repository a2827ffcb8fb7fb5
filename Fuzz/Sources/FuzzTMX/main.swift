import Foundation
import FuzzSupport
import SejajarKit

// A memory read in full, its statistics gathered, and written back.
fuzz { bytes in
    guard let memory = try? TMXReader().read(data: Data(bytes), path: "fuzz.tmx") else { return }
    var statistics = TMXStatistics()
    for unit in memory.units {
        statistics.add(unit)
        for variant in unit.variants { _ = variant.segment.plainText }
    }
    _ = try? TMXWriter().write(memory)
}
