import Foundation
import FuzzSupport
import SejajarKit

// Aligner weights read from JSON.
fuzz { bytes in
    _ = try? AlignerParametersReader().read(data: Data(bytes), path: "fuzz.json")
}
